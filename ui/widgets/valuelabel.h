// Helpers for the read-only values of the result panels: selectable so support can copy an
// id, and a dash when the answer has no value.
#pragma once

#include <QString>

class QLabel;

namespace paydesk {

/// The text shown for an absent value.
QString noValue();

/// Makes `label` a value: plain text, selectable, word-wrapped; a word wider than the label (an
/// id, a code, a link) is elided in the middle, the whole value in the tooltip.
void prepareValueLabel(QLabel *label);
/// Shows `text`, or noValue() when it is empty.
void setValueText(QLabel *label, const QString &text);
/// Shows a link to `href` reading `shown` (elided as a value is).
void setValueLink(QLabel *label, const QString &href, const QString &shown);
/// The value `label` shows, whole (its text, when it is not a value label).
QString valueText(const QLabel *label);

} // namespace paydesk
