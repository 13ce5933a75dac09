// The journal's writes, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under
// pg_virtualenv): every state, the pending entry committed before sending, who owns a pending
// entry (the dead-process rule with a real SIGKILL, a live sender left alone, another host's
// deadline, a second till in its own PID namespace), compare-and-set outcomes and confirms, and
// re-sending under the same key.
#include <csignal>

#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include "journalfixture.h"

using namespace paydesk;
using namespace paydesk::test;

class TestJournalWrites final : public QObject, private JournalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { checkServer(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void everyState_data();
    void everyState();
    void pendingIsCommittedBeforeSending();
    void deadProcessPendingBecomesUnknown();
    void livePendingIsLeftAlone();
    void otherHostPendingWaitsForItsDeadline();
    void outcomesAreCompareAndSet();
    void anAnswerStillSettlesARecoveredSale();
    void secondTillInItsOwnPidNamespace();
    void confirmIsCompareAndSetFromCreated();
    void resendUnderTheSameKey();
    void resendNeedsFailedByProof();
    void lateResendKeepsUnknown();
};

void TestJournalWrites::everyState_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<JournalState>("state");
    QTest::addColumn<QString>("errorKind");
    QTest::addRow("succeeded") << BackendKind::Checkout << qint64(1250) << ""
                               << JournalState::Succeeded << "";
    QTest::addRow("created") << BackendKind::Dots << qint64(1250) << "" << JournalState::Created
                             << "";
    QTest::addRow("declined") << BackendKind::Checkout << qint64(302) << ""
                              << JournalState::Declined << "declined";
    QTest::addRow("failed: refused")
        << BackendKind::Ocho << qint64(1250) << "wrong-token" << JournalState::Failed << "refused";
    QTest::addRow("failed: never reached") << BackendKind::Dots << qint64(1250) << "closed-port"
                                           << JournalState::Failed << "not_reached";
    QTest::addRow("unknown: answer lost") << BackendKind::Checkout << qint64(1250) << "drop"
                                          << JournalState::Unknown << "connection_lost";
    QTest::addRow("unknown: server error") << BackendKind::Offer << qint64(0) << "status=502"
                                           << JournalState::Unknown << "server_error";
}

void TestJournalWrites::everyState()
{
    QFETCH(BackendKind, kind);
    QFETCH(qint64, minor);
    QFETCH(QString, setup);
    QFETCH(JournalState, state);
    QFETCH(QString, errorKind);
    BackendProfile p = profileFor(kind, m_sandbox->url());
    JobOptions options;
    if (setup == u"wrong-token")
        p.token = QStringLiteral("wrong");
    else if (setup == u"closed-port")
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    else if (!setup.isEmpty())
        options.extraHeaders = {{"X-Sandbox-Fault", setup.toUtf8()}};
    const Attempted a = attempt(*m_thread, p, saleFor(kind, minor), options);
    QCOMPARE(a.state, state);
    const auto e = m_journal->entry(a.id);
    QVERIFY(e);
    QCOMPARE(e->state, state);
    QCOMPARE(e->errorKind, errorKind);
    QCOMPARE(e->backend, kind);
    QCOMPARE(e->profile, p.name);
    // pending, then the outcome; a sale that never reached the backend was re-sent
    // automatically in between (docs/retries.md).
    const int retries = setup == u"closed-port" ? kMaxAutomaticRetries : 0;
    QCOMPARE(e->events.size(), 2 + retries);
    QCOMPARE(e->events.first().kind, QStringLiteral("pending"));
    for (int i = 1; i <= retries; ++i)
        QCOMPARE(e->events.at(i).kind, QStringLiteral("retry"));
    QCOMPARE(e->events.last().kind, QStringLiteral("outcome"));
    QCOMPARE(e->events.last().state, state);
    if (state == JournalState::Succeeded) {
        QVERIFY(e->intentId.startsWith(QStringLiteral("pi_")));
        QVERIFY(e->chargeId.startsWith(QStringLiteral("ch_")));
        QCOMPARE(e->last4, QStringLiteral("4242"));
        QCOMPARE(e->cardBrand, QStringLiteral("visa"));
        QCOMPARE(e->amount, (Money{1250, QStringLiteral("mxn")}));
        QVERIFY(e->receiptUrl.contains(QStringLiteral("/receipts/ch_")));
        QVERIFY(e->record);
        QCOMPARE(e->record->intent.id, e->intentId);
        QVERIFY(e->answer.isObject()); // the redacted answer is kept
    }
    if (state == JournalState::Unknown)
        QVERIFY(!e->errorMessage.isEmpty());
}

void TestJournalWrites::pendingIsCommittedBeforeSending()
{
    BackendProfile p = profileFor(BackendKind::Dots, m_sandbox->url());
    JobOptions options;
    options.extraHeaders = {{"X-Sandbox-Fault", "delay=1500"}};
    SaleAttempt a(m_thread.get(), &m_network, p, saleFor(BackendKind::Dots), {}, options);
    QSignalSpy sent(&a, &SaleAttempt::sent);
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QVERIFY(sent.wait(5000));
    // A second process's view of the store while the request is out: already there, pending,
    // and not mistaken for abandoned (its process is alive).
    {
        auto other = Journal::open(m_location);
        QVERIFY(other);
        const auto e = (*other)->entry(a.journalId());
        QVERIFY(e);
        QCOMPARE(e->state, JournalState::Pending);
    }
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_journal->entry(a.journalId())->state, JournalState::Created);
}

void TestJournalWrites::deadProcessPendingBecomesUnknown()
{
    // This process's own journal thread plays no part here (the dead till is paydeskctl), and is
    // closed before the children start: Qt starts a child with clone(CLONE_VM), which
    // ThreadSanitizer does not see, and a worker closed after that was reported as racing with
    // its own opening (docs/architecture.md, "ThreadSanitizer").
    m_thread.reset();
    QProcess sandbox;
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"),
                   QStringLiteral("delay=60000")});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(10000));
    const QByteArray line = sandbox.readLine().trimmed();
    const QString url = QString::fromLatin1(line.mid(line.indexOf("http")));

    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_location);
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(PAYDESKCTL),
              {QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("checkout"),
               QStringLiteral("--base-url"), url, QStringLiteral("--client"), QStringLiteral("Ana"),
               QStringLiteral("--reference"), QStringLiteral("KILLED-1"), QStringLiteral("--item"),
               QStringLiteral("A:a:1:10"), QStringLiteral("--timeout"), QStringLiteral("6")});
    QVERIFY(ctl.waitForStarted());
    // Wait until the attempt is journaled and in flight, then kill the process mid-request.
    JournalQuery byReference;
    byReference.search = QStringLiteral("KILLED-1");
    QTRY_VERIFY_WITH_TIMEOUT(!m_journal->list(byReference)->isEmpty(), 10000);
    QCOMPARE(m_journal->list(byReference)->first().state, JournalState::Pending);
    // The request has left once the sandbox has it (it logs each request as it takes it).
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += sandbox.readAllStandardError()).contains("POST /api/checkout"),
                             10000);
    ::kill(static_cast<pid_t>(ctl.processId()), SIGKILL);
    QVERIFY(ctl.waitForFinished(5000));
    QCOMPARE(ctl.exitStatus(), QProcess::CrashExit);
    sandbox.kill();
    sandbox.waitForFinished();

    m_journal.reset();
    if (kPostgres) {
        // The server dropped the dead till's lock with its connection; the entry is recovered
        // once its deadline (6 s, on the server's clock) has passed, not before: a till whose
        // connection dropped may still be waiting for its answer until then.
        auto early = Journal::open(m_location);
        QVERIFY(early);
        const JournalEntry pending = (*early)->list(byReference)->first();
        QCOMPARE(pending.state, JournalState::Pending);
        early->reset();
        backdate(pending.id, 6500); // the deadline passes (instead of waiting for it)
    }
    auto next = Journal::open(m_location); // the next process to open the journal
    QVERIFY(next);
    const JournalEntry e = (*next)->list(byReference)->first();
    QCOMPARE(e.state, JournalState::Unknown);
    QCOMPARE(e.errorKind, QStringLiteral("abandoned"));
    QVERIFY(e.errorMessage.contains(QStringLiteral("verify before trying again")));
    const auto full = (*next)->entry(e.id);
    QCOMPARE(full->events.last().kind, QStringLiteral("recovered"));
    QCOMPARE(full->events.last().state, JournalState::Unknown);
}

void TestJournalWrites::livePendingIsLeftAlone()
{
    NewAttempt n;
    n.terminal = QStringLiteral("till-1");
    n.idempotencyKey = QStringLiteral("live-1");
    n.sale = QJsonObject{{QStringLiteral("x"), 1}};
    const auto id = m_journal->begin(n);
    QVERIFY(id);
    auto other = Journal::open(m_location);
    QVERIFY(other);
    QCOMPARE((*other)->entry(*id)->state, JournalState::Pending);
}

void TestJournalWrites::otherHostPendingWaitsForItsDeadline()
{
    NewAttempt n;
    n.idempotencyKey = QStringLiteral("elsewhere-1");
    n.sale = QJsonObject{{QStringLiteral("x"), 1}};
    n.timeoutMs = 30000;
    // Written by a till whose connection is gone (PostgreSQL: its lock with it) and that is
    // not on this machine (SQLite: its process cannot be looked up).
    auto sender = Journal::open(m_location);
    QVERIFY(sender);
    const auto inFlight = (*sender)->begin(n);
    n.idempotencyKey = QStringLiteral("elsewhere-2");
    const auto stale = (*sender)->begin(n);
    QVERIFY(inFlight && stale);
    sender->reset();
    execSql(m_location,
            QStringLiteral("UPDATE entries SET owner = 'another-till|4242|99' WHERE id IN (%1, %2)")
                .arg(*inFlight)
                .arg(*stale));
    execSql(m_location,
            QStringLiteral("UPDATE entries SET deadline_at = 1000 WHERE id = %1").arg(*stale));
    auto other = Journal::open(m_location);
    QVERIFY(other);
    QCOMPARE((*other)->entry(*inFlight)->state,
             JournalState::Pending); // may still be in flight there
    QCOMPARE((*other)->entry(*stale)->state, JournalState::Unknown); // long past any deadline
}

void TestJournalWrites::outcomesAreCompareAndSet()
{
    NewAttempt n;
    n.idempotencyKey = QStringLiteral("race-1");
    n.sale = QJsonObject{{QStringLiteral("x"), 1}};
    const auto id = m_journal->begin(n);
    QVERIFY(id);
    AttemptOutcome lost;
    lost.state = JournalState::Unknown;
    lost.errorKind = QStringLiteral("timeout");
    QVERIFY(m_journal->record(*id, JournalState::Pending, lost));

    // Two verifies on two tills read "unknown"; B settles it first ...
    auto tillB = Journal::open(m_location);
    QVERIFY(tillB);
    AttemptOutcome paid;
    paid.state = JournalState::Succeeded;
    paid.eventKind = QStringLiteral("verify");
    QVERIFY((*tillB)->record(*id, JournalState::Unknown, paid));
    // ... and A's answer, which expected "unknown" too, is not written over it.
    AttemptOutcome neverArrived;
    neverArrived.state = JournalState::Failed;
    neverArrived.eventKind = QStringLiteral("verify");
    const auto written = m_journal->record(*id, JournalState::Unknown, neverArrived);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, JournalError::Kind::Conflict);
    QVERIFY2(written.error().message.contains(QStringLiteral("is now succeeded")),
             qPrintable(written.error().message));
    const auto e = m_journal->entry(*id);
    QCOMPARE(e->state, JournalState::Succeeded);
    QCOMPARE(e->events.last().kind, QStringLiteral("conflict"));
    QVERIFY(e->events.last().detail.contains(QStringLiteral("failed")));
    // A pending outcome on a settled entry is refused the same way.
    QVERIFY(!m_journal->record(*id, JournalState::Pending, lost));
    QCOMPARE(m_journal->entry(*id)->state, JournalState::Succeeded);
}

void TestJournalWrites::anAnswerStillSettlesARecoveredSale()
{
    // While the answer is on its way, another program takes the sale for abandoned (unknown).
    // The answer still lands, compare-and-set against "unknown", and the timeline says so.
    const BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    JobOptions slow;
    slow.extraHeaders = {{"X-Sandbox-Fault", "delay=800"}};
    AttemptContext context;
    SaleAttempt a(m_thread.get(), &m_network, p, saleFor(BackendKind::Checkout), context, slow);
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QTRY_VERIFY(a.journalId() > 0);
    execSql(
        m_location,
        QStringLiteral("UPDATE entries SET state = 'unknown' WHERE id = %1").arg(a.journalId()));
    QVERIFY(finished.wait(10000));
    QVERIFY2(a.journalError().isEmpty(), qPrintable(a.journalError()));
    const auto e = m_journal->entry(a.journalId());
    QCOMPARE(e->state, JournalState::Succeeded);
    QStringList kinds;
    for (const JournalEvent &ev : e->events)
        kinds << ev.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("pending"), QStringLiteral("conflict"),
                          QStringLiteral("outcome")}));
}

void TestJournalWrites::secondTillInItsOwnPidNamespace()
{
    // Till A sells through a slow backend; till B, a clone of A's disk (the same host name and
    // machine id) running in a PID namespace of its own, opens the journal and verifies while
    // A's sale is in flight.
    QProcess sandbox;
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"),
                   QStringLiteral("delay=4000")});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(10000));
    const QByteArray line = sandbox.readLine().trimmed();
    const QString url = QString::fromLatin1(line.mid(line.indexOf("http")));
    const auto stopSandbox = qScopeGuard([&] {
        sandbox.kill();
        sandbox.waitForFinished();
    });

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_location);
    QProcess tillA;
    tillA.setProcessEnvironment(env);
    tillA.start(QStringLiteral(PAYDESKCTL),
                {QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("checkout"),
                 QStringLiteral("--base-url"), url, QStringLiteral("--client"),
                 QStringLiteral("Ana"), QStringLiteral("--reference"), QStringLiteral("TILL-A-1"),
                 QStringLiteral("--item"), QStringLiteral("A:a:1:10"), QStringLiteral("--timeout"),
                 QStringLiteral("30")});
    QVERIFY(tillA.waitForStarted());
    JournalQuery byReference;
    byReference.search = QStringLiteral("TILL-A-1");
    QTRY_VERIFY_WITH_TIMEOUT(!m_journal->list(byReference)->isEmpty(), 10000);
    const qint64 id = m_journal->list(byReference)->first().id;

    const auto tillB = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("unshare"),
                QStringList{QStringLiteral("--pid"), QStringLiteral("--fork"),
                            QStringLiteral("--mount-proc"), QStringLiteral(PAYDESKCTL)}
                    + args);
        if (!p.waitForFinished(20000))
            qFatal("till B did not finish");
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [listed, listing] = tillB({QStringLiteral("journal"), QStringLiteral("list")});
    QVERIFY2(listed == 0, qPrintable(listing)); // fails if unshare cannot make the namespace
    QCOMPARE(m_journal->entry(id)->state, JournalState::Pending);
    const auto [verified, said] = tillB({QStringLiteral("journal"), QStringLiteral("verify"),
                                         QString::number(id), QStringLiteral("--sandbox")});
    QVERIFY2(said.contains(QStringLiteral("still being sent")), qPrintable(said));
    QCOMPARE(m_journal->entry(id)->state, JournalState::Pending);

    QVERIFY(tillA.waitForFinished(30000));
    QCOMPARE(tillA.exitCode(), 0);
    const auto e = m_journal->entry(id);
    QCOMPARE(e->state, JournalState::Succeeded);
    for (const JournalEvent &ev : e->events)
        QVERIFY2(ev.kind != u"recovered" && ev.kind != u"conflict", qPrintable(ev.detail));
}

void TestJournalWrites::confirmIsCompareAndSetFromCreated()
{
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    const Attempted created = attempt(*m_thread, dots, saleFor(BackendKind::Dots, 1500));
    QCOMPARE(created.state, JournalState::Created);
    const JournalEntry entry = *m_journal->entry(created.id);
    const auto confirm = [&](const JournalEntry &e) {
        SaleAttempt a(m_thread.get(), &m_network, dots,
                      confirmOperation(e, QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a")),
                      AttemptContext{}, JobOptions{});
        QSignalSpy finished(&a, &SaleAttempt::finished);
        a.start();
        if (!finished.wait(20000))
            qFatal("confirm never finished");
        return std::pair{a.state(), a.journalError()};
    };
    const auto [state, error] = confirm(entry);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state, JournalState::Succeeded);
    const JournalEntry paid = *m_journal->entry(created.id);
    QCOMPARE(paid.state, JournalState::Succeeded);
    QCOMPARE(paid.status, QStringLiteral("succeeded"));
    QVERIFY(std::any_of(paid.events.cbegin(), paid.events.cend(),
                        [](const JournalEvent &e) { return e.kind == u"confirm"; }));
    // Once: the entry is no longer created, so a second confirm is refused before sending.
    const auto [again, refused] = confirm(entry);
    QVERIFY(refused.contains(QStringLiteral("only a created intent can be confirmed")));
    QCOMPARE(m_journal->entry(created.id)->state, JournalState::Succeeded);
}

void TestJournalWrites::resendUnderTheSameKey()
{
    BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    p.honoursIdempotencyKey = true; // the sandbox replays a repeated key
    JobOptions lost;
    lost.idempotencyKey = QStringLiteral("resend-key-1");
    lost.extraHeaders = {{"X-Sandbox-Fault", "drop"}};
    const Sale sale = saleFor(BackendKind::Checkout);
    const Attempted first = attempt(*m_thread, p, sale, lost);
    QCOMPARE(first.state, JournalState::Unknown);
    JobOptions again;
    again.idempotencyKey = QStringLiteral("resend-key-1");
    const Attempted second = attempt(*m_thread, p, sale, again, first.id);
    QCOMPARE(second.id, first.id); // the same entry, not a second sale
    QCOMPARE(second.state, JournalState::Succeeded);
    QVERIFY(second.result.replayed); // the backend answered the first request's outcome
    QCOMPARE(m_sandbox->intentCount(), 1);
    const auto e = m_journal->entry(first.id);
    QStringList kinds;
    for (const JournalEvent &ev : e->events)
        kinds << ev.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("pending"), QStringLiteral("outcome"),
                          QStringLiteral("resend"), QStringLiteral("outcome")}));
    // A settled entry cannot be sent again.
    QVERIFY(!m_journal->resume(first.id, 1000));
}

void TestJournalWrites::resendNeedsFailedByProof()
{
    const BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    QVERIFY(!p.honoursIdempotencyKey);
    JobOptions lost;
    lost.idempotencyKey = QStringLiteral("proof-key-1");
    lost.extraHeaders = {{"X-Sandbox-Fault", "status=502"}}; // never processed
    const Sale sale = saleFor(BackendKind::Checkout);
    const Attempted first = attempt(*m_thread, p, sale, lost);
    QCOMPARE(first.state, JournalState::Unknown);
    // Unknown, and the backend promises no replay: the journal itself refuses a re-send.
    const auto refused = m_journal->resume(first.id, 1000, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, JournalError::Kind::NotAllowed);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Verify it first")),
             qPrintable(refused.error().message));
    QCOMPARE(m_journal->entry(first.id)->state, JournalState::Unknown);
    // The sandbox proves it never arrived: then, and only then, the same key goes out again.
    QCOMPARE(verify(*m_thread, p, first.id).state, JournalState::Failed);
    QCOMPARE(m_journal->entry(first.id)->state, JournalState::Failed);
    JobOptions again;
    again.idempotencyKey = QStringLiteral("proof-key-1");
    const Attempted second = attempt(*m_thread, p, sale, again, first.id);
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.state, JournalState::Succeeded);
    QCOMPARE(m_sandbox->intentCount(), 1);
}

void TestJournalWrites::lateResendKeepsUnknown()
{
    // An unknown sale re-sent under its key (the backend replays it) whose journal write comes
    // back too late to send: nothing is sent, and the entry stays unknown, never "failed":
    // the first send may have charged.
    BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    p.honoursIdempotencyKey = true;
    JobOptions lost;
    lost.idempotencyKey = QStringLiteral("late-resend-1");
    lost.extraHeaders = {{"X-Sandbox-Fault", "drop"}};
    const Sale sale = saleFor(BackendKind::Checkout);
    const Attempted first = attempt(*m_thread, p, sale, lost);
    QCOMPARE(first.state, JournalState::Unknown);
    QCOMPARE(m_sandbox->intentCount(), 1);
    // The journal writes the re-send at once, but its answer is read only after the re-send's
    // whole deadline (this thread busy: what a loaded till does).
    BackendProfile hurried = p;
    hurried.timeoutMs = 300;
    AttemptContext context;
    SaleAttempt again(m_thread.get(), &m_network, hurried, sale, context, lost);
    again.resumeEntry(first.id);
    QSignalSpy finished(&again, &SaleAttempt::finished);
    again.start();
    m_thread->wait([](const Journal &) { return true; }); // the re-send is written (pending)
    QThread::msleep(400); // busy past the re-send's 300 ms deadline: what this test is about
    QVERIFY(finished.wait(20000));
    QCOMPARE(again.journalId(), 0); // nothing sent
    QVERIFY(!again.journalError().isEmpty());
    QCOMPARE(again.state(), JournalState::Unknown);
    QTRY_COMPARE(m_journal->entry(first.id)->state, JournalState::Unknown);
    m_thread->wait([](const Journal &) { return true; }); // whatever was queued has run
    QCOMPARE(m_journal->entry(first.id)->state, JournalState::Unknown);
    QCOMPARE(m_sandbox->intentCount(), 1);
    QCOMPARE(m_sandbox->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestJournalWrites)
#include "tst_journal_writes.moc"
