#include "fieldmessages.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QWidget>

#include "widgets/statuslook.h"

namespace paydesk {
namespace {

/// Gives an input with a style sheet its page's font and palette back whenever the style sheet
/// style polishes it again (Qt does on enabling and disabling): the font once fixed, the
/// readable greyed-out colours too.
class KeepPageLook final : public QObject
{
public:
    KeepPageLook(QWidget *input, const QFont &font, const QPalette &palette)
        : QObject(input)
        , m_font(font)
        , m_palette(everyColourSet(palette))
    {
        setObjectName(name());
        input->installEventFilter(this);
    }
    static QString name() { return QStringLiteral("paydesk_keepPageLook"); }
    /// `palette` with each of its colours set, inherited ones too: set on the input, a colour
    /// the input only inherited (the page's greyed-out text) would otherwise be resolved against
    /// the style sheet style's own (Qt's light grey).
    static QPalette everyColourSet(const QPalette &palette)
    {
        QPalette all = palette;
        for (int group = 0; group < QPalette::NColorGroups; ++group)
            for (int role = 0; role < QPalette::NColorRoles; ++role)
                all.setBrush(QPalette::ColorGroup(group), QPalette::ColorRole(role),
                             palette.brush(QPalette::ColorGroup(group), QPalette::ColorRole(role)));
        return all;
    }
    /// The input's own (no moc here: found by name).
    static KeepPageLook *of(QWidget *input)
    {
        return static_cast<KeepPageLook *>(
            input->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
    }
    void restore(QWidget *input) const
    {
        if (input->font() != m_font)
            input->setFont(m_font);
        if (input->palette() != m_palette)
            input->setPalette(m_palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange || event->type() == QEvent::StyleChange)
            if (auto *input = qobject_cast<QWidget *>(watched))
                restore(input);
        return false;
    }

private:
    QFont m_font;
    QPalette m_palette;
};

} // namespace

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

void FieldMessages::prepareInput(QWidget *input)
{
    if (!input || KeepPageLook::of(input))
        return;
    // One style sheet for the rest of the input's life, keyed on the "invalid" property: a red
    // frame on the input itself only (the class selector keeps it off its children). Setting and
    // clearing a sheet made Qt drop the font and palette the input inherits from the page (the
    // style sheet style fixes them when it polishes): KeepPageLook gives them back, every colour
    // set on the input itself, so that greyed out (while sending) it keeps the page's readable
    // grey rather than Qt's light one (#bebebe on #efefef, 1.6:1).
    auto *keep = new KeepPageLook(input, input->font(), input->palette());
    const QString type = QString::fromLatin1(input->metaObject()->className())
                             .replace(QLatin1String("::"), QLatin1String("--"));
    input->setStyleSheet(QStringLiteral("%1[invalid=\"true\"] { border: 2px solid %2; }")
                             .arg(type, toneBackground(Tone::Danger).name()));
    keep->restore(input);
}

void FieldMessages::markInvalid(QWidget *input, const QString &message)
{
    if (!input)
        return;
    const bool invalid = !message.isEmpty();
    if (invalid)
        prepareInput(input); // once in its place: the font and palette it inherits there
    if (input->property("invalid").toBool() == invalid && input->accessibleDescription() == message)
        return;
    input->setProperty("invalid", invalid);
    input->setAccessibleDescription(message);
    // A property selector is matched at polish time: polish again to show the change.
    input->style()->unpolish(input);
    input->style()->polish(input);
    if (const KeepPageLook *keep = KeepPageLook::of(input))
        keep->restore(input);
    input->update();
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
