#include "valuelabel.h"

#include <QLabel>

namespace paydesk {

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
}

void setValueText(QLabel *label, const QString &text)
{
    label->setText(text.isEmpty() ? noValue() : text);
}

} // namespace paydesk
