// The window never waits for the journal (the workplace issue, point 6). The journal is on
// PostgreSQL (a throwaway cluster: ctest runs this under pg_virtualenv) and its server processes
// are stopped (SIGSTOP) in the middle of a sale, as a stuck store database is:
//  - before the sale is written: the window goes on (no gap over 100 ms between two ticks of a
//    5 ms timer), says what it waits for, sends nothing, and the sale is paid once the database
//    answers again;
//  - while the answer is recorded: the same, and the outcome lands;
//  - for longer than the sale's deadline: the sale ends "not charged" at its deadline, nothing
//    reaches the backend, and the entry the database writes afterwards is closed as never sent.
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include "backendtest.h"
#include "guiharness.h"
#include "journalstore.h"
#include "payments/salecontroller.h"
#include "stall.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

constexpr double kGoalMs = 100;

} // namespace

class TestJournalStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stoppedBeforeTheSaleIsWritten();
    void stoppedWhileTheAnswerIsRecorded();
    void stoppedPastTheSaleDeadline();

private:
    /// The window on a fresh PostgreSQL journal, a sale of 12.50 in its form, ready to charge.
    bool openWithSale(Harness &h, const QString &reference);
    QString freshLocation()
    {
        return freshJournalLocation({}, QStringLiteral("stall%1").arg(++m_n));
    }
    static QString journalText(Harness &h)
    {
        return h.window->findChild<QLabel *>(QStringLiteral("journalLabel"))->text();
    }
    int m_n = 0;
};

void TestJournalStall::initTestCase()
{
    QVERIFY2(kPostgres && qEnvironmentVariableIsSet("PGHOST"),
             "a PostgreSQL journal is needed: run it under pg_virtualenv, as ctest does");
}

bool TestJournalStall::openWithSale(Harness &h, const QString &reference)
{
    h.journalLocation = freshLocation();
    if (!h.open())
        return false;
    QLineEdit *amount = h.edit(QStringLiteral("freeAmountInput"));
    Harness::type(amount, QStringLiteral("12.50"));
    QTest::keyClick(amount, Qt::Key_Return);
    Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana"));
    Harness::type(h.edit(QStringLiteral("inputReference")), reference);
    return true;
}

void TestJournalStall::stoppedBeforeTheSaleIsWritten()
{
    Harness h;
    QVERIFY(openWithSale(h, QStringLiteral("STALL-WRITE")));
    StoppedDatabase database(h.journalLocation);
    QVERIFY(database.processes() > 0);

    StallMeter meter;
    database.stop();
    database.resumeAfter(1500);
    h.page()->charge();
    // The database does not answer: the window says so, and nothing has been sent.
    QTRY_VERIFY_WITH_TIMEOUT(
        journalText(h).contains(QStringLiteral("Waiting for the journal database")), 1400);
    QVERIFY2(journalText(h).contains(QStringLiteral("writing the sale before it is sent")),
             qPrintable(journalText(h)));
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QCOMPARE(h.sandbox()->intentCount(), 0);
    // The sale page says it too, and that nothing is sent yet.
    QTRY_VERIFY(h.window->findChild<QLabel *>(QStringLiteral("progressText"))
                    ->text()
                    .contains(QStringLiteral("Nothing is sent before the sale is written")));

    QVERIFY(h.waitIdle(20000));
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(h.sandbox()->intentCount(), 1);
    qInfo("longest gap of the window's event loop, database stopped 1.5 s before the sale was "
          "written: %.1f ms",
          meter.longest());
    QVERIFY2(meter.longest() <= kGoalMs, qPrintable(QString::number(meter.longest())));
    QCOMPARE(h.journal()->entry(h.page()->journalId())->state, JournalState::Succeeded);
    QTRY_VERIFY(journalText(h).startsWith(QStringLiteral("Journal: ")));
}

void TestJournalStall::stoppedWhileTheAnswerIsRecorded()
{
    Harness h;
    QVERIFY(openWithSale(h, QStringLiteral("STALL-RECORD")));
    StoppedDatabase database(h.journalLocation);
    QVERIFY(database.processes() > 0);
    auto *controller = h.page()->findChild<SaleController *>();
    QVERIFY(controller);
    // The backend answers 0.5 s after the request: the database is stopped as it leaves.
    h.sandbox()->setFault(*Fault::parse(QStringLiteral("delay=500")));
    StallMeter meter;
    connect(controller, &SaleController::sent, this, [&database] {
        database.stop();
        database.resumeAfter(1500);
    });
    h.page()->charge();
    QTRY_VERIFY_WITH_TIMEOUT(
        journalText(h).contains(QStringLiteral("recording the sale's outcome")), 3000);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QVERIFY(h.waitIdle(20000));
    h.sandbox()->setFault(Fault{});
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    qInfo("longest gap of the window's event loop, database stopped 1.5 s while the answer was "
          "recorded: %.1f ms",
          meter.longest());
    QVERIFY2(meter.longest() <= kGoalMs, qPrintable(QString::number(meter.longest())));
    QCOMPARE(h.journal()->entry(h.page()->journalId())->state, JournalState::Succeeded);
    QCOMPARE(h.sandbox()->intentCount(), 1);
}

void TestJournalStall::stoppedPastTheSaleDeadline()
{
    // The controller alone, with a 2 s deadline; the database stays stopped 3.5 s.
    const QString location = freshLocation();
    auto journal = JournalThread::open(location);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    SandboxServer sandbox(sandboxOptions());
    QVERIFY(sandbox.listen(0));
    QNetworkAccessManager network;
    SaleController sale(journal->get(), &network, AttemptContext{});
    BackendProfile profile = profileFor(BackendKind::Checkout, sandbox.url());
    profile.timeoutMs = 2000;
    sale.setProfile(profile);
    StoppedDatabase database(location);
    QVERIFY(database.processes() > 0);

    StallMeter meter;
    database.stop();
    database.resumeAfter(3500);
    QVERIFY(sale.charge(saleFor(BackendKind::Checkout)));
    QTRY_VERIFY_WITH_TIMEOUT(!sale.isBusy(), 3000); // the deadline, not the database
    QCOMPARE(sale.phase(), SaleController::Phase::NotCharged);
    QVERIFY2(sale.journalError().contains(QStringLiteral("nothing was sent")),
             qPrintable(sale.journalError()));
    QVERIFY(meter.longest() <= kGoalMs);
    qInfo("longest gap of the controller's event loop, database stopped past the deadline: "
          "%.1f ms",
          meter.longest());

    // The database answers again: whatever it wrote is closed as never sent, and the backend
    // never saw the sale.
    database.resume();
    QTRY_COMPARE_WITH_TIMEOUT((*journal)->outstanding(), 0, 10000);
    const auto entries = (*journal)->wait([](const Journal &j) { return j.list({}); });
    QVERIFY(entries);
    for (const JournalEntry &e : *entries) {
        QCOMPARE(e.state, JournalState::Failed);
        QCOMPARE(e.errorKind, QStringLiteral("not_sent"));
    }
    // A negative: nothing may reach the backend later either (a request on loopback would have
    // arrived well within this).
    QTest::qWait(300);
    QCOMPARE(sandbox.intentCount(), 0);
}

QTEST_MAIN(TestJournalStall)
#include "tst_journalstall.moc"
