// Dates and times as a cashier or a support agent reads them, in their locale: the whole year, the
// seconds, no zone.
#include <QTest>

#include "core/datetext.h"

using namespace paydesk;

class TestDateText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data();
    void display();
    void invalidIsEmpty();
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

QTEST_APPLESS_MAIN(TestDateText)
#include "tst_datetext.moc"
