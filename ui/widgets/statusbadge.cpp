#include "statusbadge.h"

namespace paydesk {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // A long state in words ("Declined: another card can be tried", longer in Spanish and
    // French) wraps rather than widening its panel past a narrow counter screen: never wider
    // than its line (sizeHint()), narrower when the layout has less room, and then as high as
    // its lines at that width (height for width, which every layout it sits in honours).
    QSizePolicy policy(QSizePolicy::Maximum, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    clearLook();
}

QSize StatusBadge::sizeHint() const
{
    const QString shown = text();
    if (shown.isEmpty())
        return QLabel::sizeHint();
    // The text on one line: its width, and what the label lays around it: the style sheet's
    // padding (the contents margins), the margin, and the indent (with a frame and no indent
    // set, QLabel keeps an 'x' of room). Should the label's own layout of the text round
    // differently, a pixel more at a time until it is on one line.
    const int oneLineHeight = heightForWidth(QWIDGETSIZE_MAX);
    const QFontMetrics metrics = fontMetrics();
    const QRect line = metrics.boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX),
                                            int(alignment()), shown);
    const QMargins around = contentsMargins();
    int indentRoom = indent();
    if (indentRoom < 0 && frameWidth() > 0)
        indentRoom = metrics.horizontalAdvance(u'x') - 2 * margin();
    int width
        = line.width() + around.left() + around.right() + 2 * margin() + std::max(indentRoom, 0);
    for (int tries = 0; tries < 32 && heightForWidth(width) > oneLineHeight; ++tries)
        ++width;
    return {width, oneLineHeight};
}

void StatusBadge::setLook(const StatusLook &look)
{
    m_look = look;
    setText(look.label());
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px;"
                                 " padding: 2px 8px; font-weight: bold; }")
                      .arg(toneBackground(look.tone).name(), toneForeground(look.tone).name()));
    setProperty("tone", toneName(look.tone));
    setVisible(true);
}

void StatusBadge::clearLook()
{
    m_look = {};
    clear();
    setStyleSheet(QString());
    setProperty("tone", QString());
}

} // namespace paydesk
