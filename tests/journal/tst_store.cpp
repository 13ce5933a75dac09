// A store: each till writes its own journal (a real SQLite file) first, and `paydeskctl journal
// forward` (a real process) copies it to the store's journal (a real PostgreSQL under
// pg_virtualenv), each entry and event once. Sales made while the store is unreachable are kept
// and forwarded when it returns; forwarding twice writes nothing twice; a forwarder killed with
// SIGKILL at several moments of a large backlog and run again ends with everything exactly once;
// a verdict reached on the store settles the till's unknown entry; two different outcomes are a
// conflict, never an overwrite; the store never recovers a till's pending entry; a journal
// written before the store existed (schema 4) gets its global ids and forwards.
#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cliprocess.h"
#include "journal/forwarder.h"
#include "journal/journal.h"
#include "journalstore.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

/// A connection of the test's own to a journal, to count what is stored.
class Peek
{
public:
    explicit Peek(const QString &location)
        : m_name(QStringLiteral("peek-%1").arg(++s_count))
    {
        openTestConnection(location, m_name);
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Peek)

    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            qFatal("peek failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            qFatal("peek failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            qFatal("peek failed: %s", qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

NewAttempt attemptFor(const QString &key, qint64 minor = 1250)
{
    NewAttempt a;
    a.terminal = QStringLiteral("till-1");
    a.operatorName = QStringLiteral("maria");
    a.profile = QStringLiteral("shop");
    a.backend = BackendKind::Checkout;
    a.baseUrl = QStringLiteral("https://pay.example.com");
    a.idempotencyKey = key;
    a.sale = QJsonObject{{QStringLiteral("reference"), key}};
    a.amount = Money{minor, QStringLiteral("mxn")};
    a.reference = key;
    a.client = QStringLiteral("Ana");
    a.timeoutMs = 30000;
    return a;
}

AttemptOutcome outcome(JournalState state, const QString &kind = QStringLiteral("outcome"))
{
    AttemptOutcome o;
    o.state = state;
    o.eventKind = kind;
    if (state == JournalState::Unknown) {
        o.errorKind = QStringLiteral("timeout");
        o.errorMessage = QStringLiteral("No answer in time.");
    }
    return o;
}

/// A loopback port where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("no free port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// A TCP relay to the test's PostgreSQL server, on a thread of its own (the forwarders it serves
/// are processes this thread waits for), that can refuse connections: closed, a connection to its
/// port is refused and the ones it relays are cut; opened again, on the same port, it relays.
class RefusingProxy
{
public:
    RefusingProxy()
    {
        m_thread.start();
        m_relay = new Relay;
        m_relay->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_relay, [this] { m_relay->open(0); }, Qt::BlockingQueuedConnection);
        m_port = m_relay->port;
    }
    ~RefusingProxy()
    {
        QMetaObject::invokeMethod(
            m_relay, [this] { delete m_relay; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(RefusingProxy)

    quint16 port() const { return m_port; }
    /// From now on, connections are refused and the ones relayed are cut.
    void refuse()
    {
        QMetaObject::invokeMethod(
            m_relay, [this] { m_relay->close(); }, Qt::BlockingQueuedConnection);
    }
    /// Relays again, on the same port.
    void accept()
    {
        QMetaObject::invokeMethod(
            m_relay, [this] { m_relay->open(m_port); }, Qt::BlockingQueuedConnection);
    }

private:
    class Relay : public QObject
    {
    public:
        Relay()
        {
            QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { relay(); });
        }
        quint16 port = 0;
        void open(quint16 wanted)
        {
            if (!m_server.listen(QHostAddress::LocalHost, wanted))
                qFatal("the proxy cannot listen: %s", qPrintable(m_server.errorString()));
            port = m_server.serverPort();
        }
        void close()
        {
            m_server.close();
            for (QTcpSocket *s : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
                s->abort();
        }

    private:
        void relay()
        {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                auto *server = new QTcpSocket(this);
                const auto pass = [](QTcpSocket *from, QTcpSocket *to) {
                    if (to->state() == QAbstractSocket::ConnectedState)
                        to->write(from->readAll());
                };
                QObject::connect(client, &QTcpSocket::readyRead, server,
                                 [=] { pass(client, server); });
                QObject::connect(server, &QTcpSocket::connected, client,
                                 [=] { pass(client, server); });
                QObject::connect(server, &QTcpSocket::readyRead, client,
                                 [=] { pass(server, client); });
                for (auto [a, b] : {std::pair{client, server}, std::pair{server, client}}) {
                    QObject::connect(a, &QTcpSocket::disconnected, b, [a, b] {
                        b->disconnectFromHost();
                        a->deleteLater();
                    });
                    QObject::connect(a, &QTcpSocket::errorOccurred, b, [a, b] {
                        b->abort();
                        a->deleteLater();
                    });
                }
                server->connectToHost(qEnvironmentVariable("PGHOST"),
                                      quint16(qEnvironmentVariableIntValue("PGPORT")));
            }
        }
        QTcpServer m_server{this};
    };

    QThread m_thread;
    Relay *m_relay = nullptr;
    quint16 m_port = 0;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store; ///< this test function's store (a new PostgreSQL database)
    QString m_till; ///< this test function's till journal (a new SQLite file)
    QString m_config; ///< a config file naming the store: [journal] store=
    int m_n = 0;

    /// paydeskctl on the till's journal, the store named by the config file.
    Run ctl(const QStringList &args, const QStringList &global = {})
    {
        return runProcess(QStringLiteral(PAYDESKCTL),
                          QStringList{QStringLiteral("--journal"), m_till} + global + args);
    }
    Run forward(const QStringList &extra = {})
    {
        const Run r = ctl(QStringList{QStringLiteral("journal"), QStringLiteral("forward"),
                                      QStringLiteral("--config"), m_config}
                          + extra);
        // The store's password is in its URL, in the config file: never in what is printed.
        const QByteArray password = qEnvironmentVariable("PGPASSWORD").toUtf8();
        if (!password.isEmpty() && (r.out.contains(password) || r.err.contains(password)))
            qFatal("the store's password was printed");
        return r;
    }
    std::unique_ptr<Journal> openTill()
    {
        auto j = Journal::open(m_till);
        if (!j)
            qFatal("till: %s", qPrintable(j.error()));
        return std::move(*j);
    }
    std::unique_ptr<Journal> openStore()
    {
        auto j = Journal::open(m_store);
        if (!j)
            qFatal("store: %s", qPrintable(j.error()));
        return std::move(*j);
    }
    /// A sale on the till that ends `state`; its key.
    QString sale(Journal &till, JournalState state)
    {
        const QString key = QStringLiteral("key-%1-%2")
                                .arg(QLatin1String(QTest::currentTestFunction()))
                                .arg(++m_n);
        const auto id = till.begin(attemptFor(key));
        if (!id)
            qFatal("begin: %s", qPrintable(id.error().message));
        if (const auto r = till.record(*id, JournalState::Pending, outcome(state)); !r)
            qFatal("record: %s", qPrintable(r.error().message));
        return key;
    }
    /// Every entry's key and state, and every event's kind, of the till: what the store must
    /// hold of it, exactly once.
    static QStringList entriesOf(const Peek &p, const QString &where = {})
    {
        QStringList rows = p.column(
            QStringLiteral("SELECT idempotency_key || ' ' || state || ' ' || gid FROM entries")
            + where);
        rows.sort();
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString name
            = QStringLiteral("store_%1").arg(QLatin1String(QTest::currentTestFunction())).toLower();
        execSql(pgUrl(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
                QStringLiteral("CREATE DATABASE ") + name);
        m_store = pgUrl(name);
        m_till = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                + QStringLiteral(".sqlite"));
        m_config = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                  + QStringLiteral(".ini"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[journal]\nstore=" + m_store.toUtf8() + "\n[terminal]\nname=till-1\n");
    }

    void keptWhileTheStoreIsDownThenForwarded()
    {
        // Real sales through paydeskctl create, with a store where nothing listens: the till
        // sells (its own journal first) and never waits for the store.
        SandboxProcess sandbox;
        const QString down = QStringLiteral("postgresql://%1@127.0.0.1:%2/store?connect_timeout=2")
                                 .arg(qEnvironmentVariable("PGUSER"))
                                 .arg(closedPort());
        for (int i = 1; i <= 3; ++i) {
            const Run r = ctl({QStringLiteral("create"), QStringLiteral("--backend"),
                               QStringLiteral("checkout"), QStringLiteral("--base-url"),
                               sandbox.urlText(), QStringLiteral("--client"), QStringLiteral("Ana"),
                               QStringLiteral("--reference"), QStringLiteral("ORD-%1").arg(i),
                               QStringLiteral("--currency"), QStringLiteral("mxn"),
                               QStringLiteral("--item"), QStringLiteral("COF-1:Coffee:2:35.00")},
                              {QStringLiteral("--store"), down});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Forwarding to it: exit 4, nothing lost, the count said.
        const Run failed
            = runProcess(QStringLiteral(PAYDESKCTL),
                         {QStringLiteral("--journal"), m_till, QStringLiteral("--store"), down,
                          QStringLiteral("journal"), QStringLiteral("forward")});
        QCOMPARE(failed.exitCode, 4);
        QVERIFY2(failed.out.contains("waiting: 3"), failed.out.constData());
        QVERIFY2(failed.err.contains("kept on this till"), failed.err.constData());
        {
            const Peek till(m_till);
            QCOMPARE(till.count(QStringLiteral("SELECT COUNT(*) FROM entries WHERE state = "
                                               "'succeeded'")),
                     3);
        }
        // The store returns (the config's [journal] store=): everything is forwarded.
        const Run ok = forward();
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("entries=3 "), ok.out.constData());
        QVERIFY2(ok.out.contains("waiting: 0"), ok.out.constData());
        const Peek till(m_till);
        const Peek store(m_store);
        QCOMPARE(entriesOf(store), entriesOf(till));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")),
                 till.count(QStringLiteral("SELECT COUNT(*) FROM events")));
        // The store's copy keeps the sale: the amount and the reference are searchable there.
        QCOMPARE(store.count(QStringLiteral("SELECT SUM(amount_minor) FROM entries")), 3 * 7000);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference = "
                                            "'ORD-2'")),
                 1);
    }

    void forwardingTwiceWritesNothingTwice()
    {
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            sale(*till, JournalState::Declined);
            sale(*till, JournalState::Unknown);
        }
        const Run first = forward();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const Peek store(m_store);
        const qint64 entries = store.count(QStringLiteral("SELECT COUNT(*) FROM entries"));
        const qint64 events = store.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        QCOMPARE(entries, 3);
        QCOMPARE(events, 6); // pending, then the outcome, of each
        const Run second = forward();
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("entries=0 updated=0 events=0"), second.out.constData());
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), entries);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);

        // Forgetting what was forwarded (a till restored from a backup) sends it all again:
        // the store still holds each entry and event once.
        execSql(m_till, QStringLiteral("DELETE FROM journal_meta WHERE key LIKE 'forwarded%'"));
        const Run again = forward();
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("entries=0 updated=0 events=0"), again.out.constData());
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), entries);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);

        // A sale settled later moves its copy forward, with its new event only.
        {
            auto till = openTill();
            const QString key = sale(*till, JournalState::Unknown);
            const Run mid = forward();
            QVERIFY2(mid.exitCode == 0, mid.err.constData());
            const qint64 id = till->entryByKey(key)->id;
            QVERIFY(till->record(id, JournalState::Unknown,
                                 outcome(JournalState::Succeeded, QStringLiteral("verify"))));
        }
        const Run later = forward();
        QVERIFY2(later.exitCode == 0, later.err.constData());
        QVERIFY2(later.out.contains("entries=0 updated=1 events=1"), later.out.constData());
        const Peek till(m_till);
        QCOMPARE(entriesOf(store), entriesOf(till));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")),
                 till.count(QStringLiteral("SELECT COUNT(*) FROM events")));
    }

    void killedMidBatchEndsExactlyOnce()
    {
        // A large backlog: 6000 entries without events (seeded), then 300 sales with their
        // events; forwarded 100 at a time by a real paydeskctl, killed with SIGKILL at several
        // moments, then run again to the end.
        {
            auto till = openTill();
            QVERIFY(till->seedDemo(6000));
            for (int i = 0; i < 300; ++i)
                sale(*till, i % 3 == 0 ? JournalState::Unknown : JournalState::Succeeded);
        }
        const Peek store(m_store);
        const auto storeCount = [&store](const char *table) {
            // The store's tables exist once the first forwarder has opened it.
            const qint64 exists = store.count(
                QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name "
                               "= '%1'")
                    .arg(QLatin1String(table)));
            return exists == 0
                ? 0
                : store.count(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        };
        // Kill moments: every 400 entries through the entries, then through the events. The
        // store is asked as fast as it answers (no sleep): each kill lands a moment after a
        // batch was committed, somewhere in the next one.
        QList<std::pair<const char *, qint64>> moments;
        for (qint64 n = 1; n < 6000; n += 400)
            moments.append({"entries", n});
        for (qint64 n : {1, 200, 400})
            moments.append({"events", n});
        int killed = 0;
        for (const auto &[table, atLeast] : std::as_const(moments)) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PAYDESKCTL),
                    {QStringLiteral("--journal"), m_till, QStringLiteral("journal"),
                     QStringLiteral("forward"), QStringLiteral("--config"), m_config,
                     QStringLiteral("--batch"), QStringLiteral("100")});
            QVERIFY(p.waitForStarted());
            QElapsedTimer waited;
            waited.start();
            while (storeCount(table) < atLeast && p.state() != QProcess::NotRunning) {
                QCoreApplication::processEvents();
                QVERIFY2(waited.elapsed() < 60000, "the forwarder made no progress");
            }
            if (p.state() != QProcess::NotRunning) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++killed;
            }
            QVERIFY(p.waitForFinished(10000));
            // Whatever the moment: everything the till counts as forwarded is in the store.
            const Peek till(m_till);
            const auto cursor = [&till](const char *key) {
                return till.count(QStringLiteral("SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) "
                                                 "FROM journal_meta WHERE key = '%1'")
                                      .arg(QLatin1String(key)));
            };
            QVERIFY2(storeCount("entries") >= cursor("forwarded_entry_id"),
                     "the till counts as forwarded an entry the store does not have");
            QVERIFY2(storeCount("events")
                         >= till.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE id <= %1")
                                           .arg(cursor("forwarded_event_id"))),
                     "the till counts as forwarded an event the store does not have");
        }
        qInfo("killed %d forwarders of %lld", killed, qint64(moments.size()));
        QVERIFY2(killed >= 10, "the forwarder finished before most of its kills");

        const Run last = forward();
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY2(last.out.contains("waiting: 0"), last.out.constData());
        const Peek till(m_till);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 6300);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(DISTINCT gid) FROM entries")), 6300);
        QCOMPARE(entriesOf(store), entriesOf(till));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")), 600);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(DISTINCT gid) FROM events")), 600);
        // Each event once, under its own entry, in the till's order.
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT COUNT(*) FROM events v JOIN entries e ON e.id = v.entry_id WHERE "
                     "v.gid NOT LIKE e.gid || '/%'")),
                 0);
    }

    void aStoreLostAtCommitLosesNothing()
    {
        // The store goes away at the very moment a batch commits: its COMMIT is held (a deferred
        // trigger waits for a lock this test holds), then its server session is terminated. The
        // till must not count that batch as forwarded: the next forward brings it, once.
        {
            auto till = openTill();
            for (int i = 0; i < 150; ++i)
                sale(*till, JournalState::Succeeded);
            openStore(); // the store's tables, to hold the commit on
        }
        Peek holder(m_store);
        holder.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
        holder.exec(QStringLiteral(
            "CREATE FUNCTION hold_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
            "pg_advisory_xact_lock_shared(4242); RETURN NULL; END $$"));
        holder.exec(QStringLiteral(
            "CREATE CONSTRAINT TRIGGER hold_commit AFTER INSERT OR UPDATE ON entries DEFERRABLE "
            "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hold_commit()"));
        QProcess p;
        p.start(QStringLiteral(PAYDESKCTL),
                {QStringLiteral("--journal"), m_till, QStringLiteral("journal"),
                 QStringLiteral("forward"), QStringLiteral("--config"), m_config,
                 QStringLiteral("--batch"), QStringLiteral("100")});
        QVERIFY(p.waitForStarted());
        const QString waiting = QStringLiteral(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND "
            "wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
        QTRY_VERIFY_WITH_TIMEOUT(holder.count(waiting) == 1, 30000);
        holder.value(QStringLiteral(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
            "current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(p.readAllStandardError().contains("Nothing is lost"));
        {
            const Peek till(m_till);
            QCOMPARE(till.count(QStringLiteral("SELECT COUNT(*) FROM journal_meta WHERE key = "
                                               "'forwarded_entry_id' AND value <> '0'")),
                     0);
        }
        QCOMPARE(holder.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 0);
        holder.exec(QStringLiteral("DROP TRIGGER hold_commit ON entries"));
        holder.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("entries=150 "), r.out.constData());
        QCOMPARE(holder.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 150);
        QCOMPARE(holder.count(QStringLiteral("SELECT COUNT(*) FROM events")), 300);
    }

    void aForwarderHeldElsewhereGivesUpAndLosesNothing()
    {
        // Another forward of this till holds the store's forwarding lock and never lets go (its
        // session is still open on the server, as for a till cut off from the network): the
        // next forward waits 30 s for it, then exits 4 and keeps everything for later.
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            openStore();
        }
        const QString tillId = Peek(m_till)
                                   .value(QStringLiteral("SELECT value FROM journal_meta WHERE "
                                                         "key = 'journal_id'"))
                                   .toString();
        {
            Peek other(m_store);
            other.exec(QStringLiteral("SELECT pg_advisory_lock(7271, hashtext('%1'))").arg(tillId));
            const Run held = forward();
            QCOMPARE(held.exitCode, 4);
            QVERIFY2(held.err.contains("another forward of this till"), held.err.constData());
            QVERIFY2(held.out.contains("waiting: 1"), held.out.constData());
        } // its session ends, and the lock with it
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("entries=1 ") && r.out.contains("waiting: 0"), r.out.constData());
    }

    void aVerdictOnTheStoreSettlesTheTill()
    {
        QString key;
        {
            auto till = openTill();
            key = sale(*till, JournalState::Unknown);
        }
        QCOMPARE(forward().exitCode, 0);
        // Support verifies the sale on the store (as journal verify does there): paid.
        {
            auto store = openStore();
            const auto copy = store->entryByKey(key);
            QVERIFY(copy);
            QCOMPARE(copy->state, JournalState::Unknown);
            QVERIFY(store->record(copy->id, JournalState::Unknown,
                                  outcome(JournalState::Succeeded, QStringLiteral("verify"))));
        }
        const Run back = forward();
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QVERIFY2(back.out.contains("verdicts=1 conflicts=0"), back.out.constData());
        {
            auto till = openTill();
            const auto e = till->entryByKey(key);
            QVERIFY(e);
            QCOMPARE(e->state, JournalState::Succeeded);
            QCOMPARE(e->events.last().kind, QStringLiteral("store-verdict"));
        }
        // Once: the next forward brings nothing back, and the store agrees with the till.
        const Run again = forward();
        QVERIFY2(again.out.contains("verdicts=0 conflicts=0"), again.out.constData());
        const Peek store(m_store);
        QCOMPARE(store.value(QStringLiteral("SELECT forwarded_state FROM entries")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                            "'store-verdict'")),
                 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                            "'conflict'")),
                 0);
    }

    void twoOutcomesAreAConflictNotAnOverwrite()
    {
        QString key;
        {
            auto till = openTill();
            key = sale(*till, JournalState::Unknown);
        }
        QCOMPARE(forward().exitCode, 0);
        // The store says paid; meanwhile the till itself learned declined.
        {
            auto store = openStore();
            QVERIFY(store->record(store->entryByKey(key)->id, JournalState::Unknown,
                                  outcome(JournalState::Succeeded, QStringLiteral("verify"))));
            auto till = openTill();
            QVERIFY(till->record(till->entryByKey(key)->id, JournalState::Unknown,
                                 outcome(JournalState::Declined, QStringLiteral("verify"))));
        }
        const Run first = forward();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("verdicts=0 conflicts=1"), first.out.constData());
        QVERIFY2(first.err.contains("conflict"), first.err.constData());
        const Run second = forward();
        QVERIFY2(second.out.contains("conflicts=0"), second.out.constData());
        // Neither outcome is written over the other; the conflict is kept once, for support.
        QCOMPARE(openTill()->entryByKey(key)->state, JournalState::Declined);
        const auto copy = openStore()->entryByKey(key);
        QCOMPARE(copy->state, JournalState::Succeeded);
        int conflicts = 0;
        for (const JournalEvent &e : copy->events)
            if (e.kind == u"conflict") {
                ++conflicts;
                QVERIFY(e.detail.contains(QStringLiteral("declined")));
                QVERIFY(e.detail.contains(QStringLiteral("succeeded")));
            }
        QCOMPARE(conflicts, 1);
    }

    void theStoreNeverRecoversATillsPendingSale()
    {
        // A sale in flight on the till (its sender, this process, is alive): its copy is
        // pending, its deadline passed, and opening the store (which recovers abandoned entries
        // of its own) leaves it to its till.
        auto till = openTill();
        NewAttempt a = attemptFor(QStringLiteral("in-flight"));
        a.timeoutMs = 0;
        const auto id = till->begin(a);
        QVERIFY(id);
        QCOMPARE(forward().exitCode, 0);
        {
            auto store = openStore();
            QVERIFY(store->recoverAbandoned());
            QCOMPARE(store->entryByKey(QStringLiteral("in-flight"))->state, JournalState::Pending);
            // Nor is it sent again from there.
            const auto resumed
                = store->resume(store->entryByKey(QStringLiteral("in-flight"))->id, 30000, true);
            QVERIFY(!resumed);
        }
        // Its till settles it, and the copy follows.
        QVERIFY(till->record(*id, JournalState::Pending, outcome(JournalState::Succeeded)));
        const Run r = forward();
        QVERIFY2(r.out.contains("updated=1"), r.out.constData());
        QCOMPARE(openStore()->entryByKey(QStringLiteral("in-flight"))->state,
                 JournalState::Succeeded);
    }

    void anOlderJournalGetsGlobalIdsAndForwards()
    {
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            sale(*till, JournalState::Failed);
        }
        // As schema 4 left it: no verdicts' index (schema 8), no tills (schema 7), no refunds'
        // columns (schema 6), no global ids, no journal id.
        for (const char *sql :
             {"DROP INDEX entries_verdicts", "DROP TABLE tills", "DROP INDEX entries_parent",
              "DROP INDEX entries_remote", "ALTER TABLE entries DROP COLUMN kind",
              "ALTER TABLE entries DROP COLUMN parent_id",
              "ALTER TABLE entries DROP COLUMN remote_id", "DROP INDEX entries_gid",
              "DROP INDEX entries_origin", "DROP INDEX events_gid",
              "ALTER TABLE entries DROP COLUMN gid", "ALTER TABLE entries DROP COLUMN origin",
              "ALTER TABLE entries DROP COLUMN forwarded_state",
              "ALTER TABLE events DROP COLUMN gid",
              "DELETE FROM journal_meta WHERE key = 'journal_id'",
              "UPDATE journal_meta SET value = '4' WHERE key = 'schema_version'"})
            execSql(m_till, QLatin1String(sql));
        QCOMPARE(openTill()->schemaVersion(), 8);
        const Peek till(m_till);
        QCOMPARE(till.count(QStringLiteral("SELECT COUNT(DISTINCT gid) FROM entries")), 2);
        QCOMPARE(till.count(QStringLiteral("SELECT COUNT(*) FROM journal_meta WHERE key = "
                                           "'journal_id'")),
                 1);
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Peek store(m_store);
        QCOMPARE(entriesOf(store), entriesOf(till));
    }

    void aRefundIsForwardedAsARefundOfItsSale()
    {
        // A refund's copy is a refund (never read as a sale on the store), with the backend's
        // refund id, and its sale is the store's copy of the till's sale (by its global id).
        {
            auto till = openTill();
            const QString saleKey = sale(*till, JournalState::Succeeded);
            const auto saleEntry = till->entryByKey(saleKey);
            QVERIFY(saleEntry);
            NewAttempt refund = attemptFor(QStringLiteral("refund-of-%1").arg(saleKey), 500);
            refund.kind = EntryKind::RefundEntry;
            refund.parentId = saleEntry->id;
            const auto id = till->begin(refund);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            AttemptOutcome done = outcome(JournalState::Succeeded);
            done.remoteId = QStringLiteral("re_forwarded");
            QVERIFY(till->record(*id, JournalState::Pending, done));
            sale(*till, JournalState::Succeeded); // after it, another sale
        }
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Peek store(m_store);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'refund'")),
                 1);
        QCOMPARE(store.value(QStringLiteral("SELECT remote_id FROM entries WHERE kind = 'refund'"))
                     .toString(),
                 QStringLiteral("re_forwarded"));
        const qint64 storeSale
            = store.count(QStringLiteral("SELECT parent_id FROM entries WHERE kind = 'refund'"));
        QVERIFY(storeSale > 0);
        QCOMPARE(
            store.value(QStringLiteral("SELECT kind FROM entries WHERE id = %1").arg(storeSale))
                .toString(),
            QStringLiteral("sale"));
        const auto left = openStore()->refundable(storeSale);
        QVERIFY(left);
        QCOMPARE(left->refundedMinor, 500);
        QCOMPARE(left->leftMinor(), 1250 - 500);
        // The same gids on both sides, the sale's and the refund's.
        const Peek till(m_till);
        QCOMPARE(till.value(QStringLiteral("SELECT p.gid FROM entries p, entries r WHERE r.kind "
                                           "= 'refund' AND p.id = r.parent_id"))
                     .toString(),
                 store.value(QStringLiteral("SELECT gid FROM entries WHERE id = %1").arg(storeSale))
                     .toString());
        // Forwarded again, nothing changes.
        QCOMPARE(forward().exitCode, 0);
        QCOMPARE(openStore()->refundable(storeSale)->refundedMinor, 500);
    }

    void anotherTillsKeyIsRefusedNotOverwritten()
    {
        // Two tills used one Idempotency-Key (typed by hand on both): the store keeps the first
        // one forwarded, refuses the other (kept on its till), and every other entry still goes.
        {
            auto till = openTill();
            const auto id = till->begin(attemptFor(QStringLiteral("typed-twice"), 100));
            QVERIFY(id);
            QVERIFY(till->record(*id, JournalState::Pending, outcome(JournalState::Succeeded)));
        }
        QCOMPARE(forward().exitCode, 0);
        const QString first = m_till;
        m_till = m_dir.filePath(QStringLiteral("second-till.sqlite"));
        {
            auto till = openTill();
            const auto id = till->begin(attemptFor(QStringLiteral("typed-twice"), 900));
            QVERIFY(id);
            QVERIFY(till->record(*id, JournalState::Pending, outcome(JournalState::Declined)));
            sale(*till, JournalState::Succeeded);
        }
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("entries=1 ") && r.out.contains("refused=1"), r.out.constData());
        QVERIFY2(r.err.contains("refused"), r.err.constData());
        const Peek store(m_store);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 2);
        QCOMPARE(store
                     .value(QStringLiteral("SELECT state || ' ' || amount_minor FROM entries "
                                           "WHERE idempotency_key = 'typed-twice'"))
                     .toString(),
                 QStringLiteral("succeeded 100"));
        // Only the store's copy's own events: the other till's never land under it.
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events v JOIN entries e ON "
                                            "e.id = v.entry_id WHERE e.idempotency_key = "
                                            "'typed-twice'")),
                 2);
        m_till = first;
    }

    void aNewStoreGetsEverything()
    {
        // The store's database is replaced (a new server): the till's next forward sends it
        // everything, not only what came after the old one.
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            sale(*till, JournalState::Unknown);
        }
        QCOMPARE(forward().exitCode, 0);
        execSql(pgUrl(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
                QStringLiteral("CREATE DATABASE store_replaced"));
        m_store = pgUrl(QStringLiteral("store_replaced"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("[journal]\nstore=" + m_store.toUtf8() + "\n");
        config.close();
        const Run r = forward();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("entries=2 "), r.out.constData());
        const Peek till(m_till);
        const Peek store(m_store);
        QCOMPARE(entriesOf(store), entriesOf(till));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")), 4);
    }

    void aWatchPrintsEachSaleAsItLands()
    {
        // On a till's own journal there is nothing to watch: said, exit 2, no file made.
        const Run onTill = runProcess(QStringLiteral(PAYDESKCTL),
                                      {QStringLiteral("--journal"), m_till,
                                       QStringLiteral("journal"), QStringLiteral("watch")});
        QCOMPARE(onTill.exitCode, 2);
        QVERIFY2(onTill.err.contains("needs a store's journal (PostgreSQL)"),
                 onTill.err.constData());
        QVERIFY(!QFile::exists(m_till));

        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(PAYDESKCTL),
                    {QStringLiteral("--journal"), m_store, QStringLiteral("journal"),
                     QStringLiteral("watch"), QStringLiteral("--json")});
        QVERIFY(watch.waitForStarted());
        // It says when it listens: what lands from then on is printed.
        QByteArray said;
        while (!said.contains("Watching")) {
            QVERIFY2(watch.waitForReadyRead(20000) || watch.state() == QProcess::Running,
                     said.constData());
            said += watch.readAllStandardError();
            QVERIFY2(watch.state() == QProcess::Running, said.constData());
        }
        const auto nextLine = [&watch]() {
            while (!watch.canReadLine())
                if (!watch.waitForReadyRead(20000))
                    qFatal("journal watch printed no line: %s",
                           watch.readAllStandardError().constData());
            return QJsonDocument::fromJson(watch.readLine()).object();
        };

        // A sale on a till, forwarded by a real forwarder: its line, as list --json's row.
        QString key;
        {
            auto till = openTill();
            key = sale(*till, JournalState::Unknown);
        }
        const Run forwarded = forward();
        QVERIFY2(forwarded.exitCode == 0, forwarded.err.constData());
        const QJsonObject landed = nextLine();
        QCOMPARE(landed.value(QStringLiteral("idempotency_key")).toString(), key);
        QCOMPARE(landed.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
        QCOMPARE(landed.value(QStringLiteral("terminal")).toString(), QStringLiteral("till-1"));
        QCOMPARE(landed.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor")),
                 1250);
        const auto copy = openStore()->entryByKey(key);
        QVERIFY(copy);
        QCOMPARE(landed.value(QStringLiteral("id")).toInteger(), copy->id);

        // Support settles the copy on the store itself: the store announces it too.
        QVERIFY(openStore()->record(copy->id, JournalState::Unknown,
                                    outcome(JournalState::Succeeded, QStringLiteral("verify"))));
        const QJsonObject settled = nextLine();
        QCOMPARE(settled.value(QStringLiteral("id")).toInteger(), copy->id);
        QCOMPARE(settled.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));

        // SIGTERM ends it cleanly: exit 0, nothing on stderr but its own words.
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
    }

    void theStoreRefusingConnectionsMidRunLosesNothing()
    {
        // Two tills sell while their forwarders (real processes, as the timer runs them) reach
        // the store through a proxy; mid-run the proxy refuses every connection and cuts the
        // ones it relays, for a while, then relays again.
        RefusingProxy proxy;
        const QString name = QUrl(m_store).path().mid(1);
        const QString through
            = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?connect_"
                             "timeout=2")
                  .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"))
                  .arg(proxy.port())
                  .arg(name);
        const QStringList tills{m_till, m_dir.filePath(QStringLiteral("outage-till-2.sqlite"))};
        // A backlog on the first till, so that a forward is under way when the proxy refuses.
        QVERIFY(openTill()->seedDemo(3000));
        const auto forwardFrom = [&](const QString &till) {
            QProcess *p = new QProcess;
            p->start(QStringLiteral(PAYDESKCTL),
                     {QStringLiteral("--journal"), till, QStringLiteral("--store"), through,
                      QStringLiteral("journal"), QStringLiteral("forward"),
                      QStringLiteral("--batch"), QStringLiteral("100")});
            if (!p->waitForStarted())
                qFatal("no forwarder");
            return p;
        };
        QList<int> exits;
        int refusedSales = 0;
        for (int round = 0; round < 12; ++round) {
            // Each till sells (its own journal first; never the store's).
            for (const QString &till : tills) {
                auto j = Journal::open(till);
                if (!j) {
                    ++refusedSales;
                    continue;
                }
                const QString key
                    = QStringLiteral("outage-%1-%2").arg(QFileInfo(till).baseName()).arg(round);
                const auto id = (*j)->begin(attemptFor(key));
                QVERIFY(id);
                const JournalState state = round % 4 == 3 ? JournalState::Unknown
                    : round % 4 == 2                      ? JournalState::Declined
                                                          : JournalState::Succeeded;
                QVERIFY((*j)->record(*id, JournalState::Pending, outcome(state)));
            }
            QList<QProcess *> running;
            for (const QString &till : tills)
                running << forwardFrom(till);
            if (round == 3) {
                // The store goes away while these forwards run.
                QTest::qWait(300);
                proxy.refuse();
            }
            if (round == 8)
                proxy.accept();
            for (QProcess *p : running) {
                QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60000));
                exits << (p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
                if (round < 3)
                    QCOMPARE(p->exitCode(), 0); // through the proxy, before the outage
                if (round > 3 && round < 8) {
                    QCOMPARE(p->exitCode(), 4);
                    QVERIFY2(p->readAllStandardError().contains("Nothing is lost"),
                             "an unreachable store's forward says nothing is lost");
                }
                delete p;
            }
        }
        QCOMPARE(refusedSales, 0);
        QVERIFY2(exits.count(4) >= 8, "the store never looked unreachable");
        // Every till forwarded everything once the store was back.
        for (const QString &till : tills) {
            const Run r
                = runProcess(QStringLiteral(PAYDESKCTL),
                             {QStringLiteral("--journal"), till, QStringLiteral("--store"), through,
                              QStringLiteral("journal"), QStringLiteral("forward")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("entries=0 updated=0 events=0"), r.out.constData());
            QVERIFY2(r.out.contains("waiting: 0"), r.out.constData());
        }
        const Peek store(m_store);
        QStringList expected;
        qint64 events = 0;
        for (const QString &till : tills) {
            const Peek t(till);
            expected += entriesOf(t);
            events += t.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        }
        expected.sort();
        // Each sale exactly once, in the state its till recorded; each event once.
        QCOMPARE(entriesOf(store), expected);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 3000 + 24);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(DISTINCT gid) FROM events")), events);
    }

    void twoTillsAndSupportSettleTheSameUnknownSale()
    {
        // Sale X ends unknown on till 1 and reaches the store. Then, at once: support settles
        // the store's copy (paid, by proof), till 1 verifies it itself (paid), and till 2 holds
        // a sale under X's Idempotency-Key (the order re-sent from the next counter, replayed by
        // the backend: paid). Sale Y, also unknown on till 1, is settled by support only
        // (declined). Both tills forward at the same time (real processes).
        const QString till1 = m_till;
        const QString till2 = m_dir.filePath(QStringLiteral("settle-till-2.sqlite"));
        QString x, y;
        {
            auto till = openTill();
            x = sale(*till, JournalState::Unknown);
            y = sale(*till, JournalState::Unknown);
        }
        QCOMPARE(forward().exitCode, 0);
        {
            auto store = openStore();
            QVERIFY(store->record(store->entryByKey(x)->id, JournalState::Unknown,
                                  outcome(JournalState::Succeeded, QStringLiteral("verify"))));
            QVERIFY(store->record(store->entryByKey(y)->id, JournalState::Unknown,
                                  outcome(JournalState::Declined, QStringLiteral("verify"))));
            auto mine = openTill();
            QVERIFY(mine->record(mine->entryByKey(x)->id, JournalState::Unknown,
                                 outcome(JournalState::Succeeded, QStringLiteral("verify"))));
            auto other = Journal::open(till2);
            QVERIFY(other);
            const auto id = (*other)->begin(attemptFor(x));
            QVERIFY(id);
            QVERIFY((*other)->record(*id, JournalState::Pending, outcome(JournalState::Succeeded)));
        }
        QProcess first, second;
        for (auto [p, till] : {std::pair{&first, till1}, std::pair{&second, till2}})
            p->start(QStringLiteral(PAYDESKCTL),
                     {QStringLiteral("--journal"), till, QStringLiteral("journal"),
                      QStringLiteral("forward"), QStringLiteral("--config"), m_config});
        for (QProcess *p : {&first, &second})
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60000));
        const QByteArray firstOut = first.readAllStandardOutput();
        const QByteArray secondOut = second.readAllStandardOutput();
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        // Till 1 took the verdict on Y (it agreed with the store on X: no conflict).
        QVERIFY2(firstOut.contains("verdicts=1 conflicts=0"), firstOut.constData());
        // Till 2's sale under X's key is refused by the store, kept on till 2.
        QVERIFY2(secondOut.contains("refused=1"), secondOut.constData());
        QCOMPARE(forward().exitCode, 0);

        const Peek store(m_store);
        const Peek t1(till1);
        // Each sale once in the store, in the state till 1 (its owner) recorded.
        QCOMPARE(entriesOf(store), entriesOf(t1));
        QCOMPARE(store
                     .value(QStringLiteral("SELECT state FROM entries WHERE idempotency_key = "
                                           "'%1'")
                                .arg(x))
                     .toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(
            t1.value(
                  QStringLiteral("SELECT state FROM entries WHERE idempotency_key = '%1'").arg(y))
                .toString(),
            QStringLiteral("declined"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                            "'conflict'")),
                 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries WHERE "
                                            "forwarded_state <> state")),
                 0);
    }

    void entriesTheStoreNeverSawAreForwardedOnRestart()
    {
        // The store is restored from a backup taken before the till's last forward: the till's
        // journal holds entries the store never saw, though the till had forwarded them. When
        // the till forwards next (its timer, or the window started again), the store gets them,
        // each once.
        QString unknown;
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            unknown = sale(*till, JournalState::Unknown);
        }
        QCOMPARE(forward().exitCode, 0);
        const QString name = QUrl(m_store).path().mid(1);
        const QString backup = m_dir.filePath(name + QStringLiteral(".dump"));
        const Run dumped = runProcess(QStringLiteral("pg_dump"),
                                      {QStringLiteral("-Fc"), QStringLiteral("-f"), backup, name});
        QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
        {
            auto till = openTill();
            sale(*till, JournalState::Declined);
            sale(*till, JournalState::Succeeded);
            QVERIFY(till->record(till->entryByKey(unknown)->id, JournalState::Unknown,
                                 outcome(JournalState::Succeeded, QStringLiteral("verify"))));
        }
        QCOMPARE(forward().exitCode, 0);
        // The store's server is restored from the backup.
        for (const QStringList &args :
             {QStringList{QStringLiteral("dropdb"), name},
              QStringList{QStringLiteral("createdb"), name},
              QStringList{QStringLiteral("pg_restore"), QStringLiteral("-d"), name, backup}}) {
            const Run r = runProcess(args.first(), args.mid(1));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        {
            const Peek store(m_store);
            QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM entries")), 2);
        }
        const Run again = forward();
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("entries=2 updated=1"), again.out.constData());
        QVERIFY2(again.out.contains("waiting: 0"), again.out.constData());
        const Peek till(m_till);
        const Peek store(m_store);
        QCOMPARE(entriesOf(store), entriesOf(till));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM events")),
                 till.count(QStringLiteral("SELECT COUNT(*) FROM events")));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(DISTINCT gid) FROM events")),
                 till.count(QStringLiteral("SELECT COUNT(*) FROM events")));
    }

    void theStoreKnowsEachTillsBacklog()
    {
        // Each forward tells the store what still waits on its till; the end of day on the
        // store counts every till's sales once and names a till's backlog.
        const QString till1 = m_till;
        {
            auto till = openTill();
            sale(*till, JournalState::Succeeded);
            sale(*till, JournalState::Succeeded);
        }
        QCOMPARE(forward().exitCode, 0);
        QCOMPARE(forward().exitCode, 0); // twice: counted once all the same
        // Till 3: its own journal, its own name in its config (the store names it so).
        const QString config1 = m_config;
        m_till = m_dir.filePath(QStringLiteral("till-3.sqlite"));
        m_config = m_dir.filePath(QStringLiteral("till-3.ini"));
        {
            QFile config(m_config);
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("[journal]\nstore=" + m_store.toUtf8() + "\n[terminal]\nname=till-3\n");
        }
        {
            auto till = openTill();
            auto a = attemptFor(QStringLiteral("till-3-first"));
            a.terminal = QStringLiteral("till-3");
            const auto id = till->begin(a);
            QVERIFY(id);
            QVERIFY(till->record(*id, JournalState::Pending, outcome(JournalState::Succeeded)));
        }
        QCOMPARE(forward().exitCode, 0);
        {
            // Four more sales on till 3 that are not forwarded: it reports them when it next
            // reaches the store and another key of it is refused.
            auto till = openTill();
            for (int i = 0; i < 4; ++i) {
                auto a = attemptFor(QStringLiteral("till-3-later-%1").arg(i));
                a.terminal = QStringLiteral("till-3");
                const auto id = till->begin(a);
                QVERIFY(id);
                QVERIFY(till->record(*id, JournalState::Pending, outcome(JournalState::Succeeded)));
            }
        }
        // Till 3's forward stops before its batch (the store refuses its lock for a while, as
        // for a till cut off): it reported its backlog first.
        const QString tillId = Peek(m_till)
                                   .value(QStringLiteral("SELECT value FROM journal_meta WHERE "
                                                         "key = 'journal_id'"))
                                   .toString();
        {
            const Peek holder(m_store);
            holder.exec(QStringLiteral("CREATE FUNCTION hold() RETURNS trigger LANGUAGE plpgsql "
                                       "AS $$ BEGIN RAISE EXCEPTION 'held'; END $$"));
            holder.exec(QStringLiteral("CREATE TRIGGER hold BEFORE INSERT ON entries FOR EACH ROW "
                                       "EXECUTE FUNCTION hold()"));
            const Run held = forward();
            QCOMPARE(held.exitCode, 4);
            holder.exec(QStringLiteral("DROP TRIGGER hold ON entries"));
        }
        const auto tills = openStore()->tills();
        QVERIFY(tills);
        QCOMPARE(tills->size(), 2);
        const TillState three = tills->at(1);
        QCOMPARE(three.name, QStringLiteral("till-3"));
        QCOMPARE(three.journalId, tillId);
        QCOMPARE(three.backlog, 4);
        QVERIFY(three.oldestWaiting.isValid());
        QVERIFY(three.reportedAt > three.forwardedAt);
        QCOMPARE(tills->at(0).name, QStringLiteral("till-1"));
        QCOMPARE(tills->at(0).backlog, 0);

        const Run report = runProcess(QStringLiteral(PAYDESKCTL),
                                      {QStringLiteral("--journal"), m_store,
                                       QStringLiteral("journal"), QStringLiteral("report")});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY2(report.out.contains("till-1       2 sales"), report.out.constData());
        QVERIFY2(report.out.contains("till-3       1 sale\n"), report.out.constData());
        QVERIFY2(report.out.contains("till-3: 4 sales not yet forwarded (as of "),
                 report.out.constData());
        QVERIFY2(!report.out.contains("till-1: "), report.out.constData());
        const Run json
            = runProcess(QStringLiteral(PAYDESKCTL),
                         {QStringLiteral("--journal"), m_store, QStringLiteral("journal"),
                          QStringLiteral("report"), QStringLiteral("--json")});
        QCOMPARE(json.json()
                     .value(QStringLiteral("by_state"))
                     .toObject()
                     .value(QStringLiteral("succeeded"))
                     .toObject()
                     .value(QStringLiteral("count")),
                 3);
        // Once forwarded, the backlog is gone from the report.
        QCOMPARE(forward().exitCode, 0);
        const Run after = runProcess(QStringLiteral(PAYDESKCTL),
                                     {QStringLiteral("--journal"), m_store,
                                      QStringLiteral("journal"), QStringLiteral("report")});
        QVERIFY2(after.out.contains("till-3       5 sales"), after.out.constData());
        QVERIFY2(after.out.contains("(none: every till has forwarded everything)"),
                 after.out.constData());
        m_till = till1;
        m_config = config1;
    }

    void noStoreIsSaid()
    {
        const Run r = runProcess(QStringLiteral(PAYDESKCTL),
                                 {QStringLiteral("--journal"), m_till, QStringLiteral("journal"),
                                  QStringLiteral("forward"), QStringLiteral("--config"),
                                  m_dir.filePath(QStringLiteral("none.ini"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no store"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
