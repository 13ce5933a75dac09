#include "datetext.h"

#include <QRegularExpression>

namespace paydesk {

QString dateFormatPattern(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return date;
}

QString formatDate(QDate day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, dateFormatPattern(locale)) : QString();
}

QString formatDateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QString();
    const QString date = dateFormatPattern(locale);
    // The long time format has the seconds, and a zone ("t") nobody at a till needs.
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?\\bt\\b\\)?"));
    const QString time = locale.timeFormat(QLocale::LongFormat).remove(zone).trimmed();
    const QDateTime local = moment.toLocalTime();
    return locale.toString(local.date(), date) + u' ' + locale.toString(local.time(), time);
}

QString formatIsoUtc(const QDateTime &moment)
{
    if (!moment.isValid())
        return QString();
    constexpr qint64 msPerDay = 24 * 3600 * 1000;
    const qint64 ms = moment.toMSecsSinceEpoch();
    qint64 days = ms / msPerDay;
    qint64 rest = ms % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999) // Qt's own form for what four digits cannot hold
        return moment.toUTC().toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, rest / 3600000, 2);
    text[13] = u':';
    put(14, rest / 60000 % 60, 2);
    text[16] = u':';
    put(17, rest / 1000 % 60, 2);
    text[19] = u'.';
    put(20, rest % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace paydesk
