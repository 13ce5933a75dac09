#include "fieldmessages.h"

#include <QLabel>
#include <QWidget>

#include "panels/statuslook.h"

namespace paydesk {

void styleMessageLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                             .arg(toneBackground(Tone::Danger).name()));
}

void FieldMessages::add(const QString &field, QWidget *input, QLabel *message)
{
    if (!m_places.contains(field))
        m_order.append(field);
    m_places.insert(field, {input, message});
    if (message) {
        styleMessageLabel(message);
        message->hide();
    }
}

QString FieldMessages::keyFor(const QString &field) const
{
    if (m_places.contains(field))
        return field;
    const qsizetype bracket = field.indexOf(u'[');
    if (bracket > 0 && m_places.contains(field.left(bracket)))
        return field.left(bracket);
    return {};
}

const FieldMessages::Place *FieldMessages::placeFor(const QString &field) const
{
    const QString key = keyFor(field);
    return key.isEmpty() ? nullptr : &m_places.find(key).value();
}

void FieldMessages::showText(QLabel *label, const QString &text)
{
    if (!label)
        return;
    label->setText(text.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + text);
    label->setVisible(!text.isEmpty());
}

void FieldMessages::markInvalid(QWidget *input, const QString &message)
{
    if (!input)
        return;
    const bool invalid = !message.isEmpty();
    if (input->property("invalid").toBool() == invalid && input->accessibleDescription() == message)
        return;
    input->setProperty("invalid", invalid);
    input->setAccessibleDescription(message);
    // A red frame on the input itself only (the selector keeps it off its children).
    input->setStyleSheet(invalid ? QStringLiteral("%1 { border: 2px solid %2; }")
                                       .arg(QString::fromLatin1(input->metaObject()->className()),
                                            toneBackground(Tone::Danger).name())
                                 : QString());
}

QWidget *FieldMessages::show(const FieldIssues &issues)
{
    clear();
    QHash<const QLabel *, QStringList> texts;
    QStringList fallback;
    QWidget *first = nullptr;
    qsizetype firstOrder = m_order.size();
    for (const FieldIssue &issue : issues) {
        const Place *place = placeFor(issue.field);
        if (!place || !place->message) {
            fallback << issue.message;
            continue;
        }
        QStringList &list = texts[place->message];
        if (!list.contains(issue.message))
            list << issue.message;
        markInvalid(place->input, list.join(u' '));
        const qsizetype order = m_order.indexOf(keyFor(issue.field));
        if (place->input && order < firstOrder) {
            first = place->input;
            firstOrder = order;
        }
    }
    for (const Place &place : std::as_const(m_places))
        if (place.message && texts.contains(place.message))
            showText(place.message, texts.value(place.message).join(QStringLiteral("\n\u26a0 ")));
    if (m_fallback)
        showText(m_fallback, fallback.join(QStringLiteral("\n\u26a0 ")));
    return first;
}

void FieldMessages::clear()
{
    for (const Place &place : std::as_const(m_places)) {
        showText(place.message, QString());
        markInvalid(place.input, QString());
    }
    showText(m_fallback, QString());
}

void FieldMessages::clear(const QString &field)
{
    if (const Place *place = placeFor(field)) {
        showText(place->message, QString());
        markInvalid(place->input, QString());
    }
}

QString FieldMessages::message(const QString &field) const
{
    const Place *place = placeFor(field);
    const QLabel *label = place ? place->message.data() : m_fallback.data();
    if (!label || label->isHidden())
        return {};
    return label->text();
}

} // namespace paydesk
