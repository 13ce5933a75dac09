// The journal, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under pg_virtualenv):
// every state, written before sending, the dead-process rule with a real SIGKILL, a second till
// in its own PID namespace, verification only on proof (against the sandbox and against a real
// HTTP server that is not the sandbox), compare-and-set outcomes, many programs opening a fresh
// journal at once, re-sending under the same key, export, report, queries, privacy, and no
// secret stored.
#include <csignal>
#include <sys/stat.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include "httprequest.h"
#include "journal/duplicates.h"
#include "journalstore.h"
#include "payments/saleattempt.h"
#include "payments/verifier.h"
#include "sandbox/sandboxserver.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

BackendProfile profileFor(BackendKind kind, const QUrl &url)
{
    BackendProfile p;
    p.name = QStringLiteral("test-") + backendName(kind);
    p.kind = kind;
    p.baseUrl = url;
    p.token = QStringLiteral("tok-SECRET-journal-1");
    p.clientId = QStringLiteral("client-journal");
    p.apiKey = QStringLiteral("key-SECRET-journal-2");
    p.timeoutMs = 2000;
    p.sandbox = url.isValid(); // the test's backend is the sandbox: its lookup may settle a sale
    return p;
}

/// A real HTTP server on loopback that is not the sandbox (a TLS tunnel's local end, say): it
/// takes a sale (any POST) and never answers it, and answers anything else with `status` and
/// `body`.
class PlainServer final : public QTcpServer
{
public:
    int status = 404;
    QByteArray body = R"({"error":"not found"})";
    QStringList requests; ///< "POST /api/checkout/", "GET /sandbox/attempts/…"

    PlainServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
        if (!listen(QHostAddress::LocalHost, 0))
            qFatal("the plain server cannot listen");
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            const auto request = takeHttpRequest(*buffer);
            if (!request)
                return;
            buffer->clear();
            requests << QString::fromLatin1(request->methodAndTarget());
            if (request->head.startsWith("POST"))
                return; // received: the answer never comes
            s->write("HTTP/1.1 " + QByteArray::number(status)
                     + " Answer\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
        });
    }
};

/// `n` Dots intents created `createdSecs` (unix time), none carrying a Paydesk key.
QByteArray dotsIntents(int n, qint64 createdSecs)
{
    QJsonArray list;
    for (int i = 0; i < n; ++i)
        list.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("3c90c3cc-0d44-4b50-8888-%1").arg(i, 12, 10, QChar(u'0'))},
            {QStringLiteral("amount"), 100},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("status"), QStringLiteral("initialized")},
            {QStringLiteral("created"), createdSecs},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("paydesk_idempotency_key"), QStringLiteral("other")}}},
        });
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

Sale saleFor(BackendKind kind, qint64 minor = 1250,
             const QString &reference = QStringLiteral("REF-1"))
{
    const BackendProfile p = profileFor(kind, QUrl());
    const QString amount = toDecimalString(minor, u"usd");
    Expected<Sale, FieldIssues> sale = unexpected(FieldIssues{});
    switch (kind) {
    case BackendKind::Ocho:
        sale = validateSale(
            OchoForm{QStringLiteral("did:plc:journal"), amount, QString(), reference}, p);
        break;
    case BackendKind::Offer:
        sale = validateSale(OfferForm{QStringLiteral("10311080"), {QStringLiteral("core")}}, p);
        break;
    case BackendKind::Dots: {
        DotsForm form;
        form.amount = amount;
        form.description = reference;
        sale = validateSale(form, p);
        break;
    }
    default: {
        CheckoutForm form;
        form.client = QStringLiteral("Ana");
        form.reference = reference;
        form.currency = QStringLiteral("mxn");
        form.items = {{QStringLiteral("X"), QStringLiteral("Thing"), 1, minor}};
        sale = validateSale(form, p);
    }
    }
    if (!sale)
        qFatal("invalid test sale");
    return *sale;
}

} // namespace

Q_DECLARE_METATYPE(paydesk::BackendKind)
Q_DECLARE_METATYPE(paydesk::JournalState)

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensMigratesAndKeeps();
    void migratesAnOlderJournal();
    void privacy();
    void everyState_data();
    void everyState();
    void pendingIsCommittedBeforeSending();
    void deadProcessPendingBecomesUnknown();
    void livePendingIsLeftAlone();
    void otherHostPendingWaitsForItsDeadline();
    void verifySettlesUnknown_data();
    void verifySettlesUnknown();
    void verifyExplainsWhatCannotBeAsked();
    void verifyNeedsProof_data();
    void verifyNeedsProof();
    void verifyLeavesASaleInFlightAlone();
    void dotsListsTheIntentLate();
    void dotsKeyHoldingASecretIsStillFound();
    void lateResendKeepsUnknown();
    void outcomesAreCompareAndSet();
    void anAnswerStillSettlesARecoveredSale();
    void secondTillInItsOwnPidNamespace();
    void manyProgramsOpenAFreshJournal();
    void resendUnderTheSameKey();
    void resendNeedsFailedByProof();
    void exportCsv();
    void csvCells_data();
    void csvCells();
    void report();
    void reportLeavesTrainingAndDemoApart();
    void amountsThatDifferAreReported();
    void reportHoursFollowTheClockOnDstDays_data();
    void reportHoursFollowTheClockOnDstDays();
    void queriesAndPaging();
    void noSecretIsStored();
    void refundsOfASale();
    void refundThatNeverArrivedNeedsTwoLooks();
    void confirmIsCompareAndSetFromCreated();

private:
    QString freshLocation();
    struct Attempted
    {
        qint64 id;
        JournalState state;
        JobResult result;
    };
    Attempted attempt(JournalThread &journal, const BackendProfile &profile, const Sale &sale,
                      JobOptions options = {}, qint64 resume = 0);
    /// Time passing for entry `id`, as the journal's clock sees it: its deadline and its
    /// timeline moved `ms` into the past.
    void backdate(qint64 id, qint64 ms) const
    {
        execSql(m_location,
                QStringLiteral("UPDATE entries SET deadline_at = deadline_at - %1 "
                               "WHERE id = %2")
                    .arg(ms)
                    .arg(id));
        execSql(
            m_location,
            QStringLiteral("UPDATE events SET at = at - %1 WHERE entry_id = %2").arg(ms).arg(id));
    }
    /// Verifies entry `id` to its end; fatal when finished() does not come.
    VerifyResult verify(JournalThread &journal, const BackendProfile &profile, qint64 id);

    QTemporaryDir m_dir;
    bool m_trainingTill = false; ///< attempt() sells on a till in training mode
    int m_counter = 0;
    QString m_location;
    std::unique_ptr<Journal> m_journal; ///< the test's own connection: what it checks
    std::unique_ptr<JournalThread> m_thread; ///< the sale flow's journal, on its own thread
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestJournal::initTestCase()
{
    if (kPostgres)
        QVERIFY2(qEnvironmentVariableIsSet("PGHOST"),
                 "PostgreSQL pass without a server: run it under pg_virtualenv, as ctest does");
}

QString TestJournal::freshLocation()
{
    return freshJournalLocation(m_dir.path(), QStringLiteral("journal_%1").arg(++m_counter));
}

void TestJournal::init()
{
    m_trainingTill = false;
    m_location = freshLocation();
    auto journal = Journal::open(m_location);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    m_journal = std::move(*journal);
    auto thread = JournalThread::open(m_location);
    QVERIFY2(thread, qPrintable(thread ? QString() : thread.error()));
    m_thread = std::move(*thread);
    SandboxOptions options;
    options.token = QStringLiteral("tok-SECRET-journal-1");
    options.clientId = QStringLiteral("client-journal");
    options.apiKey = QStringLiteral("key-SECRET-journal-2");
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
}

void TestJournal::cleanup()
{
    m_thread.reset();
    m_journal.reset();
    m_sandbox.reset();
}

TestJournal::Attempted TestJournal::attempt(JournalThread &journal, const BackendProfile &profile,
                                            const Sale &sale, JobOptions options, qint64 resume)
{
    AttemptContext context;
    context.terminal = QStringLiteral("till-7");
    context.operatorName = QStringLiteral("maria");
    context.training = m_trainingTill;
    SaleAttempt a(&journal, &m_network, profile, sale, context, options);
    if (resume > 0)
        a.resumeEntry(resume);
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    if (!finished.wait(20000))
        qFatal("attempt never finished");
    if (!a.journalError().isEmpty())
        qFatal("journal error: %s", qPrintable(a.journalError()));
    return {a.journalId(), a.state(), a.result()};
}

void TestJournal::opensMigratesAndKeeps()
{
    QCOMPARE(m_journal->schemaVersion(), 8);
    const Attempted a = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                saleFor(BackendKind::Checkout));
    m_thread.reset();
    m_journal.reset();
    auto reopened = Journal::open(m_location);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), 8);
    const auto e = (*reopened)->entry(a.id);
    QVERIFY(e);
    QCOMPARE(e->state, JournalState::Succeeded);
    QCOMPARE(e->terminal, QStringLiteral("till-7"));
    QCOMPARE(e->operatorName, QStringLiteral("maria"));
    QCOMPARE(e->client, QStringLiteral("Ana")); // the support list shows it, the search finds it
    JournalQuery byClient;
    byClient.search = QStringLiteral("Ana");
    QCOMPARE((*reopened)->list(byClient)->size(), 1);
}

void TestJournal::migratesAnOlderJournal()
{
    // A journal at schema 1 (as the first release wrote it) is brought to the current schema,
    // its entries kept.
    const Attempted a = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                saleFor(BackendKind::Checkout));
    m_thread.reset();
    m_journal.reset();
    // Newest first: schema 8 (the store's verdicts' index), 7 (the tills' state, the store's
    // notifications), 6 (refunds), then 5 (global ids), 4, 3.
    execSql(m_location, QStringLiteral("DROP INDEX entries_verdicts"));
    if (kPostgres)
        execSql(m_location, QStringLiteral("DROP STATISTICS entries_states"));
    execSql(m_location, QStringLiteral("DROP TABLE tills"));
    if (kPostgres)
        for (const char *sql :
             {"DROP TRIGGER entries_written ON entries", "DROP TRIGGER entries_changed ON entries",
              "DROP FUNCTION paydesk_entry_changed()", "DROP FUNCTION paydesk_till_changed()"})
            execSql(m_location, QLatin1String(sql));
    execSql(m_location, QStringLiteral("DROP INDEX entries_parent"));
    execSql(m_location, QStringLiteral("DROP INDEX entries_remote"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN kind"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN parent_id"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN remote_id"));
    for (const char *sql :
         {"DROP INDEX entries_gid", "DROP INDEX entries_origin", "DROP INDEX events_gid",
          "ALTER TABLE entries DROP COLUMN gid", "ALTER TABLE entries DROP COLUMN origin",
          "ALTER TABLE entries DROP COLUMN forwarded_state", "ALTER TABLE events DROP COLUMN gid",
          "DELETE FROM journal_meta WHERE key = 'journal_id'"})
        execSql(m_location, QLatin1String(sql));
    execSql(m_location, QStringLiteral("DROP INDEX entries_client"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN client"));
    execSql(m_location, QStringLiteral("DROP INDEX entries_amount"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN sale_amount_minor"));
    execSql(m_location,
            QStringLiteral("UPDATE journal_meta SET value = '1' WHERE key = 'schema_version'"));
    auto reopened = Journal::open(m_location);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
    QCOMPARE((*reopened)->schemaVersion(), 8);
    QCOMPARE((*reopened)->entry(a.id)->state, JournalState::Succeeded);
    // Schema 6: every entry written before is a sale, with nothing refunded yet.
    QCOMPARE((*reopened)->entry(a.id)->kind, EntryKind::SaleEntry);
    QCOMPARE((*reopened)->refundable(a.id)->leftMinor(), (*reopened)->entry(a.id)->amount->minor);
    // Schema 4 finds an older entry's client in the sale it kept.
    QCOMPARE((*reopened)->entry(a.id)->client, QStringLiteral("Ana"));
    // An entry from before schema 3 has no sale amount of its own: it differs from nothing.
    QVERIFY((*reopened)->report(QDate::currentDate())->amountDifferences.isEmpty());
    // A journal from a newer Paydesk is refused, not damaged.
    (*reopened).reset();
    execSql(m_location,
            QStringLiteral("UPDATE journal_meta SET value = '99' WHERE key = 'schema_version'"));
    const auto newer = Journal::open(m_location);
    QVERIFY(!newer);
    QVERIFY(newer.error().contains(QStringLiteral("newer Paydesk")));
}

void TestJournal::privacy()
{
    if (kPostgres) {
        // The store's password never shows in what Paydesk says about the journal.
        QVERIFY(!m_journal->displayLocation().contains(qEnvironmentVariable("PGPASSWORD")));
        QVERIFY(m_journal->displayLocation().contains(QStringLiteral(":****@")));
        return;
    }
    // Private from the first byte, whatever the umask: the folder 0700, the journal, its -wal and
    // -shm 0600, created so (never wider, then tightened).
    m_thread.reset();
    m_journal.reset();
    const QString folder = m_dir.filePath(QStringLiteral("private/Paydesk"));
    const QString location = folder + QStringLiteral("/journal.sqlite");
    const mode_t previous = ::umask(0);
    auto journal = Journal::open(location);
    ::umask(previous);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    QCOMPARE(QFileInfo(folder).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("private"))).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    m_location = location;
    m_journal = std::move(*journal);
    auto thread = JournalThread::open(location);
    QVERIFY(thread);
    m_thread = std::move(*thread);
    attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
            saleFor(BackendKind::Checkout));
    QVERIFY(QFile::exists(m_location + QStringLiteral("-wal")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(m_location + suffix))
            continue;
        QCOMPARE(QFile::permissions(m_location + suffix) & 0x0777 /* user/group/other bits */,
                 QFile::permissions(m_location + suffix)
                     & (QFileDevice::ReadUser | QFileDevice::WriteUser));
        QCOMPARE(QFile::permissions(m_location + suffix)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
}

void TestJournal::everyState_data()
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

void TestJournal::everyState()
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

void TestJournal::pendingIsCommittedBeforeSending()
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

VerifyResult TestJournal::verify(JournalThread &journal, const BackendProfile &profile, qint64 id)
{
    Verifier verifier(&journal, &m_network, profile, id);
    QSignalSpy done(&verifier, &Verifier::finished);
    verifier.start();
    if (!done.wait(10000))
        qFatal("verify never finished");
    return verifier.result();
}

void TestJournal::deadProcessPendingBecomesUnknown()
{
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

    m_thread.reset();
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

void TestJournal::livePendingIsLeftAlone()
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

void TestJournal::otherHostPendingWaitsForItsDeadline()
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

void TestJournal::verifySettlesUnknown_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<JournalState>("settled");
    QTest::addRow("checkout, answer lost: it was paid")
        << BackendKind::Checkout << QByteArray("drop") << JournalState::Succeeded;
    QTest::addRow("checkout, gateway error: never arrived")
        << BackendKind::Checkout << QByteArray("status=500") << JournalState::Failed;
    QTest::addRow("ocho, reset: created")
        << BackendKind::Ocho << QByteArray("reset-after-body") << JournalState::Created;
    QTest::addRow("offer, unreadable: created")
        << BackendKind::Offer << QByteArray("malformed") << JournalState::Created;
    QTest::addRow("dots, lost: found by key in the list")
        << BackendKind::Dots << QByteArray("drop") << JournalState::Created;
    QTest::addRow("dots, gateway: not in the list")
        << BackendKind::Dots << QByteArray("html-502") << JournalState::Failed;
}

void TestJournal::verifySettlesUnknown()
{
    QFETCH(BackendKind, kind);
    QFETCH(QByteArray, fault);
    QFETCH(JournalState, settled);
    const BackendProfile p = profileFor(kind, m_sandbox->url());
    JobOptions options;
    options.extraHeaders = {{"X-Sandbox-Fault", fault}};
    const Attempted a = attempt(*m_thread, p, saleFor(kind), options);
    QCOMPARE(a.state, JournalState::Unknown);

    VerifyResult verified = verify(*m_thread, p, a.id);
    if (kind == BackendKind::Dots && settled == JournalState::Failed) {
        // Absence from Dots' list: too early at once; two looks after the settle period.
        QVERIFY(!verified.definite);
        backdate(a.id, 60'000);
        QVERIFY(!verify(*m_thread, p, a.id).definite);
        backdate(a.id, p.dotsSettleMs + 1000);
        verified = verify(*m_thread, p, a.id);
    }
    QVERIFY2(verified.error.isEmpty(), qPrintable(verified.error));
    QVERIFY(verified.definite);
    QCOMPARE(verified.state, settled);
    const auto e = m_journal->entry(a.id);
    QCOMPARE(e->state, settled);
    QCOMPARE(e->events.last().kind, QStringLiteral("verify"));
    // The timeline shows the proof: what was asked, and what answered.
    QVERIFY(e->events.last().detail.startsWith(verified.explanation));
    QVERIFY2(e->events.last().detail.contains(QStringLiteral("Asked: GET ")),
             qPrintable(e->events.last().detail));
    if (settled == JournalState::Succeeded) {
        QVERIFY(e->record);
        QCOMPARE(e->last4, QStringLiteral("4242"));
        QVERIFY(!e->receiptUrl.isEmpty());
    }
    QCOMPARE(m_sandbox->intentCount(),
             settled == JournalState::Failed ? 0 : 1); // verifying sends no sale
}

void TestJournal::verifyExplainsWhatCannotBeAsked()
{
    NewAttempt n;
    n.backend = BackendKind::Offer;
    n.baseUrl = QStringLiteral("https://offer.example.invalid");
    n.idempotencyKey = QStringLiteral("offer-real-1");
    n.reference = QStringLiteral("10311080");
    n.sale = QJsonObject{{QStringLiteral("offer_oid"), QStringLiteral("10311080")}};
    const auto id = m_journal->begin(n);
    QVERIFY(id);
    AttemptOutcome lost;
    lost.state = JournalState::Unknown;
    lost.errorKind = QStringLiteral("timeout");
    QVERIFY(m_journal->record(*id, JournalState::Pending, lost));
    BackendProfile p;
    p.kind = BackendKind::Offer;
    const VerifyResult verified = verify(*m_thread, p, *id);
    QVERIFY(!verified.definite);
    QVERIFY(verified.explanation.contains(
        QStringLiteral("Ask the Offer back office whether quote 10311080")));
    const auto e = m_journal->entry(*id);
    QCOMPARE(e->state, JournalState::Unknown); // unchanged, but the timeline says what to check
    QCOMPARE(e->events.last().kind, QStringLiteral("verify"));
}

void TestJournal::verifyNeedsProof_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<bool>("markedSandbox");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<JournalState>("settled");
    QTest::addColumn<QString>("asked"); ///< the request verify makes, empty for none
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray notFound = R"({"error":"not found"})";
    QTest::addRow("checkout on loopback, not a sandbox: nothing to ask")
        << BackendKind::Checkout << false << 404 << notFound << JournalState::Unknown << QString();
    QTest::addRow("marked a sandbox, a 404 not in the lookup's shape")
        << BackendKind::Checkout << true << 404 << notFound << JournalState::Unknown
        << QStringLiteral("GET /sandbox/attempts/");
    QTest::addRow("marked a sandbox, the lookup's 404 about another key")
        << BackendKind::Offer << true << 404
        << QByteArray(R"({"error":"NotFound","message":"No answer is kept for "
                      "Idempotency-Key 'other'."})")
        << JournalState::Unknown << QStringLiteral("GET /sandbox/attempts/");
    QTest::addRow("marked a sandbox, a 200 not in the lookup's shape")
        << BackendKind::Checkout << true << 200 << QByteArray(R"({"ok":true})")
        << JournalState::Unknown << QStringLiteral("GET /sandbox/attempts/");
    QTest::addRow("dots, one page of a longer list (has_more)")
        << BackendKind::Dots << false << 200 << QByteArray(R"({"data":[],"has_more":true})")
        << JournalState::Unknown << QStringLiteral("GET /api/v2/payment-intents");
    QTest::addRow("dots, a list capped at 100")
        << BackendKind::Dots << false << 200 << dotsIntents(100, now - 3600)
        << JournalState::Unknown << QStringLiteral("GET /api/v2/payment-intents");
    QTest::addRow("dots, a list only newer than the sale")
        << BackendKind::Dots << false << 200 << dotsIntents(3, now + 3600) << JournalState::Unknown
        << QStringLiteral("GET /api/v2/payment-intents");
    QTest::addRow("dots, the whole list, without the sale: never arrived")
        << BackendKind::Dots << false << 200 << dotsIntents(3, now - 3600) << JournalState::Failed
        << QStringLiteral("GET /api/v2/payment-intents");
    QTest::addRow("dots, an empty list: never arrived")
        << BackendKind::Dots << false << 200 << QByteArray("[]") << JournalState::Failed
        << QStringLiteral("GET /api/v2/payment-intents");
}

void TestJournal::verifyNeedsProof()
{
    QFETCH(BackendKind, kind);
    QFETCH(bool, markedSandbox);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(JournalState, settled);
    QFETCH(QString, asked);
    PlainServer server;
    server.status = status;
    server.body = body;
    BackendProfile p = profileFor(kind, server.url());
    p.sandbox = markedSandbox;
    p.timeoutMs = 800;
    const Attempted a = attempt(*m_thread, p, saleFor(kind));
    QCOMPARE(a.state, JournalState::Unknown); // the server took the sale and never answered
    QVERIFY(server.requests.first().startsWith(QStringLiteral("POST ")));

    VerifyResult r = verify(*m_thread, p, a.id);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    int looks = 1;
    if (kind == BackendKind::Dots && settled == JournalState::Failed) {
        // An intent may take seconds to appear in Dots' list: absence counts only after the
        // deadline plus the settle period, and from two complete lists that far apart.
        QVERIFY(!r.definite);
        QVERIFY2(r.explanation.startsWith(QStringLiteral("Too early to tell")),
                 qPrintable(r.explanation));
        QCOMPARE(m_journal->entry(a.id)->state, JournalState::Unknown);
        backdate(a.id, 60'000); // a minute later
        r = verify(*m_thread, p, a.id);
        QVERIFY(!r.definite);
        QVERIFY2(r.explanation.contains(QStringLiteral("One more look settles it")),
                 qPrintable(r.explanation));
        QCOMPARE(m_journal->entry(a.id)->events.last().kind, QStringLiteral("absent"));
        QCOMPARE(m_journal->entry(a.id)->state, JournalState::Unknown);
        r = verify(*m_thread, p, a.id); // at once: too soon after the first look
        QVERIFY(!r.definite);
        backdate(a.id, p.dotsSettleMs + 1000);
        r = verify(*m_thread, p, a.id);
        looks = 4;
    }
    QCOMPARE(r.definite, settled != JournalState::Unknown);
    const auto e = m_journal->entry(a.id);
    QCOMPARE(e->state, settled);
    if (settled == JournalState::Unknown) {
        QVERIFY2(!r.explanation.contains(QStringLiteral("sent again")), qPrintable(r.explanation));
        QCOMPARE(e->errorKind, QStringLiteral("timeout")); // the attempt's own, kept
    }
    QCOMPARE(e->events.last().kind, QStringLiteral("verify"));
    QVERIFY(e->events.last().detail.startsWith(r.explanation));
    QCOMPARE(server.requests.size(), asked.isEmpty() ? 1 : 1 + looks);
    if (!asked.isEmpty()) {
        QVERIFY2(server.requests.last().startsWith(asked), qPrintable(server.requests.last()));
        const QString path = asked.section(u' ', 1);
        QVERIFY2(e->events.last().detail.contains(QStringLiteral("Asked: GET http://127.0.0.1:")
                                                  + QString::number(server.serverPort()) + path),
                 qPrintable(e->events.last().detail));
    }
}

void TestJournal::dotsListsTheIntentLate()
{
    // Dots was still at work when the sale stopped waiting: the intent is in its list only 6 s
    // after the create. Verify at once must not take its absence for "never arrived".
    const BackendProfile p = profileFor(BackendKind::Dots, m_sandbox->url());
    JobOptions options;
    options.extraHeaders = {{"X-Sandbox-Fault", "late=6000"}};
    const Attempted a = attempt(*m_thread, p, saleFor(BackendKind::Dots), options);
    QCOMPARE(a.state, JournalState::Unknown);
    VerifyResult r = verify(*m_thread, p, a.id);
    QVERIFY(!r.definite);
    QVERIFY2(r.explanation.startsWith(QStringLiteral("Too early to tell")),
             qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("Try again after ")), qPrintable(r.explanation));
    QCOMPARE(m_journal->entry(a.id)->state, JournalState::Unknown);
    // Asked again as a person would, until Dots lists it (polling the backend, not sleeping a
    // fixed time): never "failed" on the way.
    QElapsedTimer clock;
    clock.start();
    while (!r.definite && clock.elapsed() < 20000) {
        QTest::qWait(500);
        r = verify(*m_thread, p, a.id);
        QVERIFY2(!r.definite || r.state == JournalState::Created, qPrintable(r.explanation));
    }
    QVERIFY(r.definite);
    QCOMPARE(m_journal->entry(a.id)->state, JournalState::Created);
    QCOMPARE(m_sandbox->intentCount(), 1);
}

void TestJournal::dotsKeyHoldingASecretIsStillFound()
{
    // The records are masked by the profile's secrets; a key that contains one must still be
    // recognised, as Dots sent it.
    const BackendProfile p = profileFor(BackendKind::Dots, m_sandbox->url());
    JobOptions options;
    options.idempotencyKey = QStringLiteral("till-") + p.apiKey + QStringLiteral("-7");
    options.extraHeaders = {{"X-Sandbox-Fault", "drop"}};
    const Attempted a = attempt(*m_thread, p, saleFor(BackendKind::Dots), options);
    QCOMPARE(a.state, JournalState::Unknown);
    const VerifyResult r = verify(*m_thread, p, a.id);
    QVERIFY2(r.definite, qPrintable(r.explanation));
    QCOMPARE(r.state, JournalState::Created);
    QCOMPARE(m_journal->entry(a.id)->state, JournalState::Created);
}

void TestJournal::lateResendKeepsUnknown()
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
    QThread::msleep(400);
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

void TestJournal::verifyLeavesASaleInFlightAlone()
{
    // Till A (this journal) has the sale in flight; till B (a second connection, as another
    // process would have) is asked to verify it before A has its answer.
    NewAttempt n;
    n.backend = BackendKind::Checkout;
    n.baseUrl = m_sandbox->url().toString();
    n.idempotencyKey = QStringLiteral("in-flight-1");
    n.sale = QJsonObject{{QStringLiteral("x"), 1}};
    const auto id = m_journal->begin(n);
    QVERIFY(id);
    auto tillB = Journal::open(m_location);
    QVERIFY(tillB);
    auto tillBThread = JournalThread::open(m_location);
    QVERIFY(tillBThread);
    const VerifyResult verified
        = verify(**tillBThread, profileFor(BackendKind::Checkout, m_sandbox->url()), *id);
    QVERIFY(!verified.definite);
    QVERIFY(verified.explanation.contains(QStringLiteral("still being sent")));
    QCOMPARE((*tillB)->entry(*id)->state, JournalState::Pending);
    QCOMPARE((*tillB)->entry(*id)->events.last().kind, QStringLiteral("verify"));

    // A's real outcome still lands.
    AttemptOutcome paid;
    paid.state = JournalState::Succeeded;
    QVERIFY(m_journal->record(*id, JournalState::Pending, paid));
    QCOMPARE((*tillB)->entry(*id)->state, JournalState::Succeeded);
}

void TestJournal::outcomesAreCompareAndSet()
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

void TestJournal::anAnswerStillSettlesARecoveredSale()
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

void TestJournal::secondTillInItsOwnPidNamespace()
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

void TestJournal::manyProgramsOpenAFreshJournal()
{
    // Eight paydeskctl start together on a journal nobody opened yet: they migrate it, and each
    // sells (none is refused with "database is locked").
    const QString fresh = freshLocation();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), fresh);
    env.insert(QStringLiteral("PAYDESK_TOKEN"), QStringLiteral("tok-SECRET-journal-1"));
    std::vector<std::unique_ptr<QProcess>> tills;
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PAYDESKCTL),
                 {QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("checkout"),
                  QStringLiteral("--base-url"), m_sandbox->url().toString(),
                  QStringLiteral("--client"), QStringLiteral("Ana"), QStringLiteral("--reference"),
                  QStringLiteral("MANY-%1").arg(i), QStringLiteral("--item"),
                  QStringLiteral("A:a:1:10")});
        tills.push_back(std::move(p));
    }
    // The sandbox runs in this process: serve it while the tills sell.
    for (auto &p : tills) {
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 qPrintable(QString::fromUtf8(p->readAllStandardError())));
    }
    auto journal = Journal::open(fresh);
    QVERIFY(journal);
    JournalQuery paid;
    paid.state = JournalState::Succeeded;
    QCOMPARE(*(*journal)->count(paid), 8);
    QCOMPARE(m_sandbox->intentCount(), 8);
}

void TestJournal::resendNeedsFailedByProof()
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

void TestJournal::resendUnderTheSameKey()
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

void TestJournal::exportCsv()
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
void TestJournal::csvCells_data()
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

void TestJournal::csvCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(value), cell);
}

// Training sales and the demo entries moved no money: the end of day counts them apart.
void TestJournal::reportLeavesTrainingAndDemoApart()
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

void TestJournal::report()
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

void TestJournal::refundsOfASale()
{
    // A paid Dots sale of 50.00, refunded through the sandbox over HTTP, on this journal
    // (SQLite, or PostgreSQL in the _postgres pass).
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    DotsSale paid;
    paid.amount = Money{5000, QStringLiteral("usd")};
    paid.confirm = true;
    paid.paymentMethodId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    const Attempted sale = attempt(*m_thread, dots, paid);
    QCOMPARE(sale.state, JournalState::Succeeded);
    const JournalEntry entry = *m_journal->entry(sale.id);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 5000);

    struct Refunded
    {
        qint64 id;
        JournalState state;
        QString journalError;
    };
    const auto refund = [&](qint64 minor) {
        AttemptContext context;
        context.terminal = QStringLiteral("support-1");
        SaleAttempt a(
            m_thread.get(), &m_network, dots,
            refundOperation(entry,
                            RefundOrder{entry.intentId, Money{minor, QStringLiteral("usd")},
                                        QStringLiteral("duplicate")}),
            context, JobOptions{});
        QSignalSpy finished(&a, &SaleAttempt::finished);
        a.start();
        if (!finished.wait(20000))
            qFatal("refund never finished");
        return Refunded{a.journalId(), a.state(), a.journalError()};
    };

    // More than was taken: refused with the figures, no entry written, nothing sent.
    const Refunded over = refund(5001);
    QCOMPARE(over.id, 0);
    QVERIFY2(over.journalError.contains(QStringLiteral("so at most")),
             qPrintable(over.journalError));
    JournalQuery refunds;
    refunds.kind = EntryKind::RefundEntry;
    refunds.parentId = sale.id;
    QCOMPARE(*m_journal->count(refunds), 0);

    // An answer that never comes: unknown, and it blocks any other refund of the sale.
    m_sandbox->setFault(*Fault::parse(QStringLiteral("drop")));
    const Refunded lost = refund(1200);
    m_sandbox->setFault(Fault{});
    QVERIFY(lost.id > 0);
    QCOMPARE(lost.state, JournalState::Unknown);
    const JournalEntry lostEntry = *m_journal->entry(lost.id);
    QCOMPARE(lostEntry.kind, EntryKind::RefundEntry);
    QCOMPARE(lostEntry.parentId, sale.id);
    QCOMPARE(lostEntry.intentId, entry.intentId);
    QVERIFY(lostEntry.idempotencyKey != entry.idempotencyKey);
    QCOMPARE(m_journal->refundable(sale.id)->openMinor, 1200);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 3800);
    const Refunded blocked = refund(100);
    QCOMPARE(blocked.id, 0);
    QVERIFY2(blocked.journalError.contains(QStringLiteral("verify it")),
             qPrintable(blocked.journalError));

    // Verify: the complete refunds list holds it (the sandbox did it before dropping the
    // connection): succeeded, with the backend's refund id.
    const VerifyResult verified = verify(*m_thread, dots, lost.id);
    QVERIFY2(verified.definite, qPrintable(verified.explanation));
    QCOMPARE(verified.state, JournalState::Succeeded);
    QVERIFY(!m_journal->entry(lost.id)->remoteId.isEmpty());
    QCOMPARE(m_journal->refundable(sale.id)->refundedMinor, 1200);

    // The same amount again is a refund of its own; then the rest; then nothing is left.
    QCOMPARE(refund(1200).state, JournalState::Succeeded);
    QCOMPARE(refund(2600).state, JournalState::Succeeded);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 0);
    QCOMPARE(refund(1).id, 0);
    QCOMPARE(*m_journal->count(refunds), 3);
    QCOMPARE(m_journal->entry(sale.id)->state, JournalState::Succeeded); // the sale stays paid
    // Two refunds of the same amount and reference are no double charge, nor is the sale.
    QVERIFY(potentialDuplicates(*m_journal, *m_journal->entry(lost.id))->isEmpty());
    QVERIFY(potentialDuplicates(*m_journal, *m_journal->entry(sale.id))->isEmpty());

    // End of day: the takings, the refunds, and the net.
    const QJsonObject day = m_journal->report(QDate::currentDate())->toJson();
    QCOMPARE(day[QStringLiteral("takings_by_currency")][QStringLiteral("usd")]
                [QStringLiteral("total_minor")][QStringLiteral("usd")]
                    .toInteger(),
             5000);
    QCOMPARE(
        day[QStringLiteral("refunds_by_currency")][QStringLiteral("usd")][QStringLiteral("count")]
            .toInteger(),
        3);
    QCOMPARE(day[QStringLiteral("refunds_by_currency")][QStringLiteral("usd")]
                [QStringLiteral("total_minor")][QStringLiteral("usd")]
                    .toInteger(),
             5000);
    QCOMPARE(day[QStringLiteral("net_minor")][QStringLiteral("usd")].toInteger(), 0);
}

void TestJournal::refundThatNeverArrivedNeedsTwoLooks()
{
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    DotsSale paid;
    paid.amount = Money{3000, QStringLiteral("usd")};
    paid.confirm = true;
    paid.paymentMethodId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    const Attempted sale = attempt(*m_thread, dots, paid);
    const JournalEntry entry = *m_journal->entry(sale.id);
    // A gateway's 503: the backend never saw the refund, but the till cannot know that.
    m_sandbox->setFault(*Fault::parse(QStringLiteral("status=503")));
    SaleAttempt a(
        m_thread.get(), &m_network, dots,
        refundOperation(entry, RefundOrder{entry.intentId, Money{1000, QStringLiteral("usd")}, {}}),
        AttemptContext{}, JobOptions{});
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QVERIFY(finished.wait(20000));
    m_sandbox->setFault(Fault{});
    QCOMPARE(a.state(), JournalState::Unknown);
    const qint64 id = a.journalId();

    // The complete list has no such refund, but it may still be on its way: too early.
    VerifyResult r = verify(*m_thread, dots, id);
    QVERIFY(!r.definite);
    QVERIFY2(r.explanation.contains(QStringLiteral("Too early")), qPrintable(r.explanation));
    // Past the deadline and the settle period: a first look, then a second one that far apart.
    backdate(id, 60000);
    r = verify(*m_thread, dots, id);
    QVERIFY(!r.definite);
    QVERIFY2(r.explanation.contains(QStringLiteral("One more look")), qPrintable(r.explanation));
    QCOMPARE(m_journal->entry(id)->state, JournalState::Unknown);
    QCOMPARE(m_journal->refundable(sale.id)->openRefundId, id); // still blocks another refund
    backdate(id, 60000);
    r = verify(*m_thread, dots, id);
    QVERIFY2(r.definite, qPrintable(r.explanation));
    QCOMPARE(r.state, JournalState::Failed);
    QVERIFY(r.proof.contains(QStringLiteral("the whole refunds list")));
    // Nothing was refunded: all of it is left, and nothing blocks a new refund.
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 3000);
    QCOMPARE(m_journal->refundable(sale.id)->openRefundId, 0);
}

void TestJournal::confirmIsCompareAndSetFromCreated()
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

void TestJournal::amountsThatDifferAreReported()
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

void TestJournal::reportHoursFollowTheClockOnDstDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hour");
    QTest::addRow("clocks go forward (a 23-hour day)") << QDate(2026, 3, 29) << 9;
    QTest::addRow("clocks go back (a 25-hour day)") << QDate(2026, 10, 25) << 10;
    QTest::addRow("clocks go back, last hour") << QDate(2026, 10, 25) << 23;
}

void TestJournal::reportHoursFollowTheClockOnDstDays()
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

void TestJournal::queriesAndPaging()
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

void TestJournal::noSecretIsStored()
{
    // Sales on every backend with known credentials; the answers carry client secrets,
    // ephemeral keys and customer-session secrets.
    for (BackendKind kind :
         {BackendKind::Ocho, BackendKind::Offer, BackendKind::Dots, BackendKind::Checkout})
        attempt(*m_thread, profileFor(kind, m_sandbox->url()), saleFor(kind));
    BackendProfile header = profileFor(BackendKind::Offer, m_sandbox->url());
    header.offerTokenPlacement = BackendProfile::TokenPlacement::Header;
    attempt(*m_thread, header, saleFor(BackendKind::Offer));
    m_thread.reset();
    m_journal.reset(); // flush and close
    const QByteArray bytes = storedBytes(m_location);
    QVERIFY(bytes.contains("pi_")); // the journal does hold the sales…
    for (const char *secret : {"tok-SECRET-journal-1", "key-SECRET-journal-2",
                               "Y2xpZW50LWpvdXJuYWw6a2V5LVNFQ1JFVC1qb3VybmFsLTI=" /* Basic */})
        QVERIFY2(!bytes.contains(secret), secret);
    // …and no secret part of a client secret, ephemeral key or customer session.
    static const QRegularExpression unmasked(
        QStringLiteral("(_secret_|ek_test_|ek_live_|cuss_secret_)(?!\\*\\*\\*\\*)[A-Za-z0-9]"));
    const QRegularExpressionMatch m = unmasked.match(QString::fromLatin1(bytes));
    QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0)));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
