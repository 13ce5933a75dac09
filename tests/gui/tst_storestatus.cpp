// The window of a store's till (issue 21, point 4): its journal is forwarded to the store on a
// thread of its own, and the status bar says so. With the store unreachable (a port where
// nothing listens) the window opens and sells as ever, and says how many sales wait on the till;
// with the store up (pg_virtualenv's PostgreSQL) the same sales reach it and the bar says so.
#include <QLabel>
#include <QTcpServer>
#include <QTest>

#include "guiharness.h"
#include "journal/journal.h"
#include "journalstore.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

/// Three sales written on the till's journal before the window opens.
void sellThree(const QString &till)
{
    auto journal = Journal::open(till);
    if (!journal)
        qFatal("till: %s", qPrintable(journal.error()));
    for (int i = 1; i <= 3; ++i) {
        NewAttempt a;
        a.terminal = QStringLiteral("counter-1");
        a.operatorName = QStringLiteral("ana");
        a.profile = QStringLiteral("shop");
        a.idempotencyKey = QStringLiteral("status-%1").arg(i);
        a.amount = Money{1250, QStringLiteral("mxn")};
        const auto id = (*journal)->begin(a);
        AttemptOutcome paid;
        paid.state = JournalState::Succeeded;
        if (!id || !(*journal)->record(*id, JournalState::Pending, paid))
            qFatal("a sale could not be written");
    }
}

QString storeText(Harness &h)
{
    const auto *label = h.window->findChild<QLabel *>(QStringLiteral("storeLabel"));
    return label ? label->text() : QString();
}

} // namespace

class TestStoreStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreachableStoreIsSaidWithTheSalesKept()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        Harness h;
        h.journalLocation = h.dir.filePath(QStringLiteral("till.sqlite"));
        sellThree(h.journalLocation);
        QVERIFY(h.open({{QStringLiteral("journal/store"),
                         QStringLiteral("postgresql://till@127.0.0.1:%1/store").arg(closed)}}));
        QTRY_COMPARE_WITH_TIMEOUT(storeText(h),
                                  QStringLiteral("Store journal unreachable: 3 sales kept on this "
                                                 "till, sent on when it returns"),
                                  20000);
        // The till's journal is as it was: every sale kept.
        QCOMPARE(*h.journal()->count({}), 3);
    }

    void reachableStoreGetsTheSales()
    {
        const QString store = pgUrl(QStringLiteral("statusstore"));
        execSql(pgUrl(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
                QStringLiteral("CREATE DATABASE statusstore"));
        Harness h;
        h.journalLocation = h.dir.filePath(QStringLiteral("till.sqlite"));
        sellThree(h.journalLocation);
        QVERIFY(h.open({{QStringLiteral("journal/store"), store}}));
        QTRY_COMPARE_WITH_TIMEOUT(storeText(h), QStringLiteral("Store journal: up to date"), 20000);
        auto copy = Journal::open(store);
        QVERIFY(copy);
        QCOMPARE(*(*copy)->count({}), 3);
        // A sale made now is in the store within seconds, not at the forwarder's next turn
        // (every 15 s): the window hands it on as soon as it ends.
        h.scan(QStringLiteral("COF-1"));
        QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(h.waitIdle());
        QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
        QTRY_COMPARE_WITH_TIMEOUT(*(*copy)->count({}), 4, 5000);
        // The store's password is never shown.
        const QString password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY(!h.window->findChild<QLabel *>(QStringLiteral("storeLabel"))
                     ->toolTip()
                     .contains(password));
    }
};

QTEST_MAIN(TestStoreStatus)
#include "tst_storestatus.moc"
