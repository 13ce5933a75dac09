// Helpers for the read-only values of the result panels: selectable so support can copy an
// id, and a dash when the answer has no value.
#pragma once

#include <QString>

class QLabel;

namespace paydesk {

/// The text shown for an absent value.
QString noValue();

/// Makes `label` a value: plain text, selectable, wrapping anywhere long ids need.
void prepareValueLabel(QLabel *label);
/// Shows `text`, or noValue() when it is empty.
void setValueText(QLabel *label, const QString &text);

} // namespace paydesk
