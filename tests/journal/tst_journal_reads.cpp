// The journal's reads, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under
// pg_virtualenv): queries and paging, the CSV export and its cells, and the end-of-day report
// (training and demo entries apart, amounts that differ, hours on daylight-saving days).
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>

#include "journalfixture.h"

using namespace paydesk;
using namespace paydesk::test;

class TestJournalReads final : public QObject, private JournalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { checkServer(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void exportCsv();
    void csvCells_data();
    void csvCells();
    void report();
    void reportLeavesTrainingAndDemoApart();
    void amountsThatDifferAreReported();
    void reportHoursFollowTheClockOnDstDays_data();
    void reportHoursFollowTheClockOnDstDays();
    void queriesAndPaging();
};

void TestJournalReads::exportCsv()
{
    const BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    attempt(*m_thread, p, saleFor(BackendKind::Checkout, 1250, QStringLiteral("A-1")));
    attempt(*m_thread, p, saleFor(BackendKind::Checkout, 302, QStringLiteral("A-2")));
    attempt(*m_thread, p,
            saleFor(BackendKind::Checkout, 900, QStringLiteral("=HYPERLINK(\"x\",\"y\")")));
    QTemporaryFile file;
    QVERIFY(file.open());
    const auto rows = m_journal->exportCsv(file);
    QVERIFY(rows);
    QCOMPARE(*rows, 3);
    file.seek(0);
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last newline
    QVERIFY(lines.at(0).startsWith("id,created_at,terminal,operator,profile,backend"));
    QVERIFY(lines.at(1).contains(",succeeded,12.50,mxn,pi_"));
    QVERIFY(lines.at(1).contains(",4242,A-1,"));
    // When, in UTC as ISO 8601 to the millisecond: the entry's own moment.
    const QString createdAt = QString::fromUtf8(lines.at(1).split(',').at(1));
    QVERIFY2(createdAt.endsWith(u'Z'), qPrintable(createdAt));
    const auto first = m_journal->entry(lines.at(1).split(',').at(0).toLongLong());
    QVERIFY(first);
    QCOMPARE(QDateTime::fromString(createdAt, Qt::ISODateWithMs), first->createdAt);
    QVERIFY(lines.at(2).contains(",declined,3.02,mxn,"));
    // A formula in a field is defused and quoted, so a spreadsheet shows it as text.
    QVERIFY2(lines.at(3).contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""), lines.at(3).constData());
}

// What a spreadsheet does with each cell of the export: a formula never runs, a cell holding the
// separator of either kind of spreadsheet (',' or ';') stays one cell, a number stays a number.
void TestJournalReads::csvCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::addRow("plain") << "Coffee"
                           << "Coffee";
    QTest::addRow("comma") << "Ana, Luis"
                           << "\"Ana, Luis\"";
    QTest::addRow("semicolon") << "A-1;B-2"
                               << "\"A-1;B-2\"";
    QTest::addRow("quote") << "the \"best\""
                           << "\"the \"\"best\"\"\"";
    QTest::addRow("new line") << "two\nlines"
                              << "\"two\nlines\"";
    QTest::addRow("formula") << "=1+2"
                             << "'=1+2";
    QTest::addRow("plus") << "+52 55 1234"
                          << "'+52 55 1234";
    QTest::addRow("minus formula") << "-2+3"
                                   << "'-2+3";
    QTest::addRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::addRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::addRow("carriage return") << "\r=1"
                                     << "\"'\r=1\"";
    QTest::addRow("formula with a semicolon") << "=SUM(1;2)"
                                              << "\"'=SUM(1;2)\"";
    QTest::addRow("negative amount stays a number") << "-12.50"
                                                    << "-12.50";
    QTest::addRow("negative whole number") << "-3"
                                           << "-3";
    QTest::addRow("amount") << "12.50"
                            << "12.50";
    QTest::addRow("lone minus") << "-"
                                << "'-";
    QTest::addRow("minus point") << "-.5"
                                 << "'-.5";
}

void TestJournalReads::csvCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(value), cell);
}

void TestJournalReads::report()
{
    const BackendProfile checkout = profileFor(BackendKind::Checkout, m_sandbox->url());
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 1250));
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 2000));
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 302));
    attempt(*m_thread, profileFor(BackendKind::Dots, m_sandbox->url()),
            saleFor(BackendKind::Dots, 700));
    const auto r = m_journal->report(QDate::currentDate());
    QVERIFY2(r, qPrintable(r ? QString() : r.error()));
    const QJsonObject j = r->toJson();
    const QJsonObject succeeded
        = j[QStringLiteral("by_state")].toObject()[QStringLiteral("succeeded")].toObject();
    QCOMPARE(succeeded[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(succeeded[QStringLiteral("total_minor")].toObject()[QStringLiteral("mxn")].toInteger(),
             3250);
    const QJsonObject declined
        = j[QStringLiteral("by_state")].toObject()[QStringLiteral("declined")].toObject();
    QCOMPARE(declined[QStringLiteral("count")].toInt(), 1);
    const QJsonObject created
        = j[QStringLiteral("by_state")].toObject()[QStringLiteral("created")].toObject();
    QCOMPARE(created[QStringLiteral("total_minor")].toObject()[QStringLiteral("usd")].toInteger(),
             700);
    // Takings are what was paid: the declined and the unpaid do not count.
    QCOMPARE(j[QStringLiteral("takings_by_currency")]
                 .toObject()[QStringLiteral("mxn")]
                 .toObject()[QStringLiteral("total_minor")]
                 .toObject()[QStringLiteral("mxn")]
                 .toInteger(),
             3250);
    QVERIFY(!j[QStringLiteral("takings_by_currency")].toObject().contains(QStringLiteral("usd")));
    qint64 perHour = 0;
    for (const QJsonValue v : j[QStringLiteral("succeeded_per_hour")].toArray())
        perHour += v.toInteger();
    QCOMPARE(perHour, 2);
    QVERIFY(m_journal->report(QDate::currentDate().addDays(-1))->rows.isEmpty());
}

// Training sales and the demo entries moved no money: the end of day counts them apart.
void TestJournalReads::reportLeavesTrainingAndDemoApart()
{
    const BackendProfile checkout = profileFor(BackendKind::Checkout, m_sandbox->url());
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 1250));
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 2000));
    const auto before = m_journal->report(QDate::currentDate());
    QVERIFY2(before, qPrintable(before ? QString() : before.error()));
    QCOMPARE(before->notCounted, 0);

    m_trainingTill = true;
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 5000));
    attempt(*m_thread, checkout, saleFor(BackendKind::Checkout, 30002)); // declined
    m_trainingTill = false;
    QVERIFY(m_journal->seedDemo(3000, 7)); // terminal DEMO, over the last 30 days
    JournalQuery today;
    today.from = QDateTime(QDate::currentDate(), QTime(0, 0));
    today.to = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0));
    const auto all = m_journal->count(today);
    QVERIFY(all);

    const auto after = m_journal->report(QDate::currentDate());
    QVERIFY2(after, qPrintable(after ? QString() : after.error()));
    const QJsonObject j = after->toJson();
    // The figures are those of the two real sales only: 32.50 paid, nothing declined.
    QCOMPARE(j[QStringLiteral("by_state")].toObject(),
             before->toJson()[QStringLiteral("by_state")].toObject());
    QCOMPARE(j[QStringLiteral("takings_by_currency")]
                 .toObject()[QStringLiteral("mxn")]
                 .toObject()[QStringLiteral("total_minor")]
                 .toObject()[QStringLiteral("mxn")]
                 .toInteger(),
             3250);
    QVERIFY(!j[QStringLiteral("by_state")].toObject().contains(QStringLiteral("declined")));
    QCOMPARE(after->takingsPerHour, before->takingsPerHour);
    QVERIFY(after->amountDifferences.isEmpty());
    // Apart: every entry of the day but the two real sales (two training sales, the demo's).
    QVERIFY(*all >= 4);
    QCOMPARE(after->notCounted, *all - 2);
    QCOMPARE(j[QStringLiteral("training_not_counted")].toInteger(), *all - 2);
}

void TestJournalReads::amountsThatDifferAreReported()
{
    // The journal keeps the sale's own amount beside the backend's; the end of day shows a line
    // for each sale where they differ.
    const auto write = [this](qint64 saleMinor, qint64 backendMinor, const QString &reference) {
        NewAttempt a;
        a.terminal = QStringLiteral("till-7");
        a.operatorName = QStringLiteral("maria");
        a.profile = QStringLiteral("shop");
        a.idempotencyKey = QStringLiteral("amounts-") + reference;
        a.sale = QJsonObject{{QStringLiteral("reference"), reference}};
        a.amount = Money{saleMinor, QStringLiteral("mxn")};
        a.reference = reference;
        const auto id = m_journal->begin(a);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        PaymentRecord record;
        record.backend = BackendKind::Checkout;
        record.intent.id = QStringLiteral("pi_") + reference;
        record.intent.status = QStringLiteral("succeeded");
        record.intent.amount = Money{backendMinor, QStringLiteral("mxn")};
        AttemptOutcome o;
        o.state = JournalState::Succeeded;
        o.httpStatus = 200;
        o.record = record;
        QVERIFY(m_journal->record(*id, JournalState::Pending, o));
        const auto e = m_journal->entry(*id);
        QCOMPARE(e->amount->minor, backendMinor); // amount_minor: the backend's
    };
    write(1250, 1250, QStringLiteral("SAME"));
    write(1250, 12500, QStringLiteral("TENFOLD"));
    write(300, 299, QStringLiteral("CENT"));
    const auto r = m_journal->report(QDate::currentDate());
    QVERIFY2(r, qPrintable(r ? QString() : r.error()));
    QCOMPARE(r->amountDifferences.size(), 2);
    QCOMPARE(r->amountDifferences.at(0).reference, QStringLiteral("TENFOLD"));
    QCOMPARE(r->amountDifferences.at(0).saleMinor, 1250);
    QCOMPARE(r->amountDifferences.at(0).backendMinor, 12500);
    QCOMPARE(r->amountDifferences.at(1).reference, QStringLiteral("CENT"));
    const QJsonArray lines
        = r->toJson(QLocale::c())[QStringLiteral("amount_differences")].toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1)[QStringLiteral("sale_minor")].toInteger(), 300);
    QCOMPARE(lines.at(1)[QStringLiteral("backend_minor")].toInteger(), 299);
}

void TestJournalReads::reportHoursFollowTheClockOnDstDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hour");
    QTest::addRow("clocks go forward (a 23-hour day)") << QDate(2026, 3, 29) << 9;
    QTest::addRow("clocks go back (a 25-hour day)") << QDate(2026, 10, 25) << 10;
    QTest::addRow("clocks go back, last hour") << QDate(2026, 10, 25) << 23;
}

void TestJournalReads::reportHoursFollowTheClockOnDstDays()
{
    QFETCH(QDate, day);
    QFETCH(int, hour);
    // A till in Madrid: a sale paid at HH:30 by the clock is counted in hour HH of that day. The
    // zone is the EU rule as a POSIX TZ string: no tzdata needed.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    const auto restore = qScopeGuard([&] {
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
    });
    const Attempted paid = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                   saleFor(BackendKind::Checkout, 1250));
    QCOMPARE(paid.state, JournalState::Succeeded);
    const qint64 at = QDateTime(day, QTime(hour, 30)).toMSecsSinceEpoch();
    execSql(
        m_location,
        QStringLiteral("UPDATE entries SET created_at = %1 WHERE id = %2").arg(at).arg(paid.id));

    const auto r = m_journal->report(day);
    QVERIFY2(r, qPrintable(r ? QString() : r.error()));
    QCOMPARE(r->takingsPerHour.size(), 24);
    QCOMPARE(r->takingsPerHour.at(hour), 1);
    qint64 all = 0;
    for (qint64 n : r->takingsPerHour)
        all += n;
    QCOMPARE(all, 1);
}

void TestJournalReads::queriesAndPaging()
{
    QVERIFY(m_journal->seedDemo(600, 7));
    const Attempted real = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                   saleFor(BackendKind::Checkout, 1250, QStringLiteral("FIND-ME")));
    JournalQuery all;
    QCOMPARE(*m_journal->count(all), 601);
    all.limit = 50;
    const auto first = m_journal->list(all);
    QCOMPARE(first->size(), 50);
    QCOMPARE(first->first().id, real.id); // newest first
    all.beforeId = first->last().id;
    const auto second = m_journal->list(all);
    QCOMPARE(second->size(), 50);
    QVERIFY(second->first().id < first->last().id); // the next page, no overlap

    // ids(): every matching id, newest first, the same rows as list() without a limit.
    JournalQuery everything;
    const auto allIds = m_journal->ids(everything);
    QCOMPARE(qint64(allIds->size()), *m_journal->count(everything));
    QCOMPARE(allIds->first(), real.id);
    QVERIFY(std::is_sorted(allIds->crbegin(), allIds->crend()));
    everything.beforeId = first->last().id;
    QCOMPARE(m_journal->ids(everything)->first(), second->first().id);

    JournalQuery byRef;
    byRef.search = QStringLiteral("FIND-ME");
    QCOMPARE(m_journal->list(byRef)->size(), 1);
    JournalQuery byIntent;
    byIntent.search = m_journal->entry(real.id)->intentId;
    QCOMPARE(m_journal->list(byIntent)->first().id, real.id);
    JournalQuery byKey;
    byKey.search = real.result.idempotencyKey;
    QCOMPARE(m_journal->list(byKey)->first().id, real.id);

    JournalQuery declined;
    declined.state = JournalState::Declined;
    declined.limit = 1000;
    const auto declinedEntries = m_journal->list(declined);
    QList<qint64> declinedIds;
    for (const JournalEntry &e : *declinedEntries) {
        QCOMPARE(e.state, JournalState::Declined);
        declinedIds << e.id;
    }
    QCOMPARE(*m_journal->ids(declined), declinedIds);
    QCOMPARE(qint64(m_journal->list(declined)->size()), *m_journal->count(declined));

    JournalQuery range;
    range.minAmount = 1000;
    range.maxAmount = 2000;
    range.limit = 1000;
    const auto inRange = m_journal->list(range);
    for (const JournalEntry &e : *inRange)
        QVERIFY(e.amount->minor >= 1000 && e.amount->minor <= 2000);

    JournalQuery today;
    today.from = QDateTime(QDate::currentDate(), QTime(0, 0));
    today.backend = BackendKind::Checkout;
    today.currency = QStringLiteral("MXN");
    QVERIFY(m_journal->list(today)->size() >= 1);
}

QTEST_GUILESS_MAIN(TestJournalReads)
#include "tst_journal_reads.moc"
