#include "datetext.h"

#include <QRegularExpression>

namespace paydesk {

QString formatDateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QString();
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // The long time format has the seconds, and a zone ("t") nobody at a till needs.
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?\\bt\\b\\)?"));
    const QString time = locale.timeFormat(QLocale::LongFormat).remove(zone).trimmed();
    const QDateTime local = moment.toLocalTime();
    return locale.toString(local.date(), date) + u' ' + locale.toString(local.time(), time);
}

} // namespace paydesk
