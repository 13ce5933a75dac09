// How a status looks: a tone (the colour) and always a text, so no status is told by colour
// alone. One mapping for intents, charges and journal states, shared by every view.
#pragma once

#include <QColor>
#include <QFontMetrics>
#include <QString>

#include "journal/journalentry.h"

namespace paydesk {

enum class Tone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
    Awaiting, ///< created, the customer must act: a colour of its own, not Sending's
};

/// Every tone, for tests and tables.
inline constexpr Tone kAllTones[]
    = {Tone::Neutral, Tone::Info, Tone::Success, Tone::Warning, Tone::Danger, Tone::Awaiting};

struct StatusLook
{
    Tone tone = Tone::Neutral;
    QString text;
    /// The symbol of the tone and the text ("✔ Paid"): how badges and tables show a status.
    QString label() const;
};

StatusLook intentStatusLook(const QString &status);
StatusLook chargeStatusLook(const QString &status);
StatusLook journalStateLook(JournalState state);

QColor toneBackground(Tone tone);
QColor toneForeground(Tone tone);
/// The colours of a status in a long list (the support journal): the settled, usual tones
/// (paid, created, neutral) as pale tints with dark text, declined and unknown in full colour, so
/// the red and amber rows stand out among the paid ones. Every pair above WCAG AA contrast.
QColor toneListBackground(Tone tone);
QColor toneListForeground(Tone tone);
/// The outcome panel of the counter: the whole area in a pale tint of the tone, its text in a
/// dark ink of the same hue (every pair above 7:1), framed in toneBackground().
QColor toneTint(Tone tone);
QColor toneInk(Tone tone);
/// A symbol that repeats the tone for people who cannot tell the colours apart.
QString toneSymbol(Tone tone);
QString toneName(Tone tone); ///< "success", "danger"… for tests and style sheets

/// The width of the widest journal state's label in `metrics` (in the current language): what
/// a State column needs.
int widestJournalStateLabel(const QFontMetrics &metrics);

} // namespace paydesk
