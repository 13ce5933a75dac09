#include "statusbadge.h"

namespace paydesk {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // As high as its lines once wrapped (below), never squeezed to one.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Minimum);
    // A long state in words ("Declined: another card can be tried", longer in Spanish and
    // French) wraps rather than widening its panel past a narrow counter screen.
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    clearLook();
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
