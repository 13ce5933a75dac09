// Dates and times as a cashier or a support agent reads them, in their locale (the whole year, the
// seconds, no zone), and the ISO 8601 UTC form the CSV export writes, which must be Qt's own.
#include <QTest>
#include <QTimeZone>

#include "core/datetext.h"

using namespace paydesk;

class TestDateText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data();
    void display();
    void invalidIsEmpty();
    void isoUtcIsQtsOwn();
};

void TestDateText::display_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addRow("US") << QLocale(QLocale::English, QLocale::UnitedStates)
                        << "11/21/2026 10:37:18 AM";
    QTest::addRow("UK") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << "21/11/2026 10:37:18";
    QTest::addRow("Spain") << QLocale(QLocale::Spanish, QLocale::Spain) << "21/11/2026 10:37:18";
    QTest::addRow("Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << "21/11/2026 10:37:18";
    QTest::addRow("France") << QLocale(QLocale::French, QLocale::France) << "21/11/2026 10:37:18";
    QTest::addRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << "21.11.2026 10:37:18";
    QTest::addRow("C") << QLocale::c() << "21 Nov 2026 10:37:18";
}

void TestDateText::display()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    const QDateTime moment(QDate(2026, 11, 21), QTime(10, 37, 18)); // local time
    QCOMPARE(formatDateTime(moment, locale), text);
    // The same moment in UTC is shown in local time.
    QCOMPARE(formatDateTime(moment.toUTC(), locale), text);
}

void TestDateText::invalidIsEmpty()
{
    QVERIFY(formatDateTime(QDateTime()).isEmpty());
}

void TestDateText::isoUtcIsQtsOwn()
{
    // The fast form must be Qt's, character for character: leap days, the epoch, before it, the
    // last millisecond of a day, and a spread of moments over four centuries.
    QList<qint64> moments{0,
                          -1,
                          86399999,
                          951782400000, // 2000-02-29
                          1795257438123, // 2026-11-21T10:37:18.123
                          -2208988800000, // 1900-01-01
                          253402300799999}; // 9999-12-31T23:59:59.999
    for (qint64 ms = -6000000000000; ms < 6000000000000; ms += 7777777777)
        moments.append(ms);
    for (qint64 ms : std::as_const(moments)) {
        const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        const QString qts = moment.toUTC().toString(Qt::ISODateWithMs);
        QCOMPARE(formatIsoUtc(moment), qts);
        // Whatever the zone the moment is held in.
        QCOMPARE(formatIsoUtc(moment.toLocalTime()), qts);
    }
    QVERIFY(formatIsoUtc(QDateTime()).isEmpty());
}

QTEST_APPLESS_MAIN(TestDateText)
#include "tst_datetext.moc"
