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
};

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
/// A symbol that repeats the tone for people who cannot tell the colours apart.
QString toneSymbol(Tone tone);
QString toneName(Tone tone); ///< "success", "danger"… for tests and style sheets

/// The width of the widest journal state's label in `metrics` (in the current language): what
/// a State column needs.
int widestJournalStateLabel(const QFontMetrics &metrics);

} // namespace paydesk
