// A moment as a cashier or a support agent reads it: local time, the date in the locale's short
// form with the whole year, the time to the second without a zone ("21/11/2026 10:37:18",
// "11/21/2026 10:37:18 AM"). Machine copies (JSON, CSV, file names) stay ISO 8601.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace paydesk {

/// Empty for an invalid moment.
QString formatDateTime(const QDateTime &moment, const QLocale &locale = QLocale());

/// The date part of formatDateTime() alone ("21/11/2026"), and its pattern for a QDateEdit's
/// displayFormat: a day is written one way wherever a moment is.
QString formatDate(QDate day, const QLocale &locale = QLocale());
QString dateFormatPattern(const QLocale &locale = QLocale());

/// The moment in UTC as ISO 8601 with milliseconds, "2026-11-21T10:37:18.123Z": exactly what
/// toUTC().toString(Qt::ISODateWithMs) writes, at a fraction of its cost (a million-row CSV
/// export writes one per row). Empty for an invalid moment.
QString formatIsoUtc(const QDateTime &moment);

} // namespace paydesk
