#include "valuelabel.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>

namespace paydesk {
namespace {

const char kFullText[] = "paydesk_fullText";
const char kHref[] = "paydesk_href";
const char kOwnToolTip[] = "paydesk_ownToolTip";

/// Shows the label's whole value with each word wider than the label elided in the middle (a
/// word-wrapped label does not break inside a word: it would be cut off at the edge).
void fitValue(QLabel *label)
{
    const QString full = label->property(kFullText).toString();
    const QString href = label->property(kHref).toString();
    // A few pixels to spare: a glyph may reach past its advance (the drawn width of "…ab" can be a
    // pixel more than its horizontalAdvance).
    const int width
        = label->contentsRect().width() - 2 * label->margin() - std::max(label->indent(), 0) - 3;
    const QFontMetrics metrics(label->font());
    bool elided = false;
    QStringList words = full.split(u' ');
    // Its width is known once it is shown, or about to be (a hidden one is not laid out):
    // whole until then.
    if (label->isVisibleTo(label->window()) && width > 0) {
        for (QString &word : words) {
            if (metrics.horizontalAdvance(word) > width) {
                word = metrics.elidedText(word, Qt::ElideMiddle, width);
                elided = true;
            }
        }
    }
    const QString shown = words.join(u' ');
    const QString text = href.isEmpty()
        ? shown
        : QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), shown.toHtmlEscaped());
    if (label->text() != text)
        label->setText(text);
    // The whole value in the tooltip, unless the label has one of its own.
    const bool own = label->property(kOwnToolTip).toBool();
    if (elided && (label->toolTip().isEmpty() || own)) {
        label->setToolTip(full);
        label->setProperty(kOwnToolTip, true);
    } else if (!elided && own && label->toolTip() == full) {
        label->setToolTip(QString());
        label->setProperty(kOwnToolTip, false);
    }
}

/// Fits a value label's text again whenever its width changes.
class ValueFit final : public QObject
{
public:
    explicit ValueFit(QLabel *label)
        : QObject(label)
    {
        setObjectName(name());
        label->installEventFilter(this);
    }
    /// No moc here: found by name.
    static QString name() { return QStringLiteral("paydesk_valueFit"); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show
            || event->type() == QEvent::FontChange)
            if (auto *label = qobject_cast<QLabel *>(watched))
                if (label->property(kFullText).isValid())
                    fitValue(label);
        return false;
    }
};

void watch(QLabel *label)
{
    if (!label->findChild<QObject *>(ValueFit::name(), Qt::FindDirectChildrenOnly))
        new ValueFit(label);
}

} // namespace

QString noValue()
{
    return QStringLiteral("\u2014"); // —
}

void prepareValueLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    // Mouse only: keyboard selection would put every value in the tab order.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumWidth(80);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    watch(label);
}

void setValueText(QLabel *label, const QString &text)
{
    watch(label);
    label->setProperty(kFullText, text.isEmpty() ? noValue() : text);
    label->setProperty(kHref, QString());
    fitValue(label);
}

QString valueText(const QLabel *label)
{
    const QVariant full = label->property(kFullText);
    return full.isValid() ? full.toString() : label->text();
}

void setValueLink(QLabel *label, const QString &href, const QString &shown)
{
    watch(label);
    label->setProperty(kFullText, shown);
    label->setProperty(kHref, href);
    fitValue(label);
}

} // namespace paydesk
