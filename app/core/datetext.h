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

} // namespace paydesk
