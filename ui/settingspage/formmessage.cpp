#include "formmessage.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

#include "widgets/statuslook.h"

namespace paydesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("paydesk::FormMessage", text);
}

Tone toneOf(FormMessage kind)
{
    switch (kind) {
    case FormMessage::Plain:
    case FormMessage::Locked:
        return Tone::Neutral;
    case FormMessage::Progress:
        return Tone::Info;
    case FormMessage::Success:
        return Tone::Success;
    case FormMessage::Error:
        return Tone::Danger;
    }
    return Tone::Neutral;
}

QString kindName(FormMessage kind)
{
    switch (kind) {
    case FormMessage::Plain:
        return QStringLiteral("plain");
    case FormMessage::Progress:
        return QStringLiteral("progress");
    case FormMessage::Success:
        return QStringLiteral("success");
    case FormMessage::Error:
        return QStringLiteral("error");
    case FormMessage::Locked:
        return QStringLiteral("locked");
    }
    return {};
}
} // namespace

void showFormMessage(QLabel *label, const QString &text, FormMessage kind)
{
    label->setProperty("message", kindName(kind));
    label->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        label->clear();
        label->setStyleSheet({});
        return;
    }
    QString shown = text;
    if (kind == FormMessage::Error && !text.startsWith(QStringLiteral("\u26a0")))
        shown = QStringLiteral("\u26a0 ") + text; // ⚠: not told by colour alone
    label->setTextFormat(Qt::PlainText);
    label->setText(shown);
    if (kind == FormMessage::Plain) {
        label->setStyleSheet({});
        return;
    }
    const Tone tone = toneOf(kind);
    label->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border-left: 4px "
                       "solid %3; padding: 4px 6px; }")
            .arg(toneInk(tone).name(), toneTint(tone).name(), toneBackground(tone).name()));
}

QString connectionChecksText(const ConnectionReport &report)
{
    QString html;
    const Tone danger = Tone::Danger;
    for (const ConnectionCheck &check : report.checks()) {
        QString symbol, colour;
        switch (check.result) {
        case ConnectionCheck::Result::Passed:
            symbol = QStringLiteral("\u2714"); // ✔
            colour = toneInk(Tone::Success).name();
            break;
        case ConnectionCheck::Result::Failed:
            symbol = QStringLiteral("\u2718"); // ✘
            colour = toneInk(danger).name();
            break;
        case ConnectionCheck::Result::NotChecked:
            symbol = QStringLiteral("\u2013"); // –
            colour = toneInk(Tone::Neutral).name();
            break;
        }
        html += QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                    .arg(colour, symbol, check.text.toHtmlEscaped());
        if (!check.todo.isEmpty())
            html += QStringLiteral("<div style=\"margin-left:1.4em; color:%1\">%2</div>")
                        .arg(check.result == ConnectionCheck::Result::Failed
                                 ? toneInk(danger).name()
                                 : toneInk(Tone::Neutral).name(),
                             check.todo.toHtmlEscaped());
    }
    return html;
}

QIcon lockIcon()
{
    return QIcon(QStringLiteral(":/paydesk/icons/lock.svg"));
}

void markLocked(QWidget *form, QWidget *field, const QString &systemFile)
{
    field->setToolTip(lockedBy(systemFile));
    if (auto *line = qobject_cast<QLineEdit *>(field);
        line && !line->property("lockMarked").toBool()) {
        QAction *lock = line->addAction(lockIcon(), QLineEdit::TrailingPosition);
        lock->setToolTip(lockedBy(systemFile));
        line->setProperty("lockMarked", true);
    }
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() != field || label->property("lockMarked").toBool())
            continue;
        QString text = label->text();
        if (text.endsWith(u':'))
            text.chop(1);
        label->setText(tr("%1 (locked):").arg(text.trimmed()));
        label->setProperty("lockMarked", true);
    }
}

QString lockSource(const QString &systemFile)
{
    return systemFile.isEmpty() ? tr("the system-wide settings") : systemFile;
}

QString lockedBy(const QString &systemFile)
{
    return tr("Set by your administrator in %1: it cannot be changed here.")
        .arg(lockSource(systemFile));
}

} // namespace paydesk
