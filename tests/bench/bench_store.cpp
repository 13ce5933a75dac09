// Benchmarks of a store (one PostgreSQL journal, many tills that each write their own SQLite
// journal first and forward it): run by scripts/bench under pg_virtualenv, which gives a throwaway
// cluster (PGHOST, PGPORT, PGUSER, PGPASSWORD). `bench_store outage|watch|backlog|years` runs one
// part.
//
//  - outage: 4 tills selling at once (SaleAttempts against a paydesk-sandbox process over
//    loopback, each till its own journal and its own forwarder thread, as the window has), the
//    store reached through a TCP gate that is shut (connections refused, open ones cut) for 8 s
//    in the middle: sales refused, lost (not in the store as their till has them), sent twice (the
//    sandbox's own log of requests, and its record of each key), and the p95 of a sale while the
//    store is down against the p95 while it is up.
//  - watch: `paydeskctl journal watch --json` on the store while a till sells 100 sales, its
//    forwarder asked at once when each ends (as the window asks it): the lag from a sale's end
//    on the till to its line.
//  - backlog: a till whose journal holds 100,000 entries (PAYDESK_BENCH_BACKLOG) with two events
//    each, never forwarded, forwards them (its forwarder thread, as the window) while it sells a
//    sale every 100 ms: the time until the store has everything, and the slowest sale.
//  - years: a store of 10,000,000 entries (PAYDESK_BENCH_STORE_ENTRIES) over 16 tills and three
//    years, seeded by the server itself (generate_series, the schema's indexes built after): the
//    support view's first rows, searches, `paydeskctl journal list --search` as a whole process,
//    the end-of-day report of one day, and a till's forward when it has nothing new.
#include <algorithm>
#include <cmath>
#include <functional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "benchutil.h"
#include "journal/forwarder.h"
#include "journal/forwarderthread.h"
#include "journal/journal.h"
#include "journal/journalthread.h"
#include "journalstore.h"
#include "payments/saleattempt.h"

using namespace paydesk;
using namespace paydesk::bench;
using paydesk::test::execSql;
using paydesk::test::openTestConnection;
using paydesk::test::pgUrl;

namespace {

/// A new database on pg_virtualenv's cluster, its URL.
QString freshDatabase(const QString &name)
{
    execSql(pgUrl(QStringLiteral("postgres")), QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    execSql(pgUrl(QStringLiteral("postgres")), QStringLiteral("CREATE DATABASE ") + name);
    return pgUrl(name);
}

/// Opens (creating and migrating) the journal at `location`, fatal when it cannot.
std::unique_ptr<Journal> openJournal(const QString &location)
{
    auto opened = Journal::open(location);
    if (!opened)
        qFatal("journal: %s", qPrintable(opened.error()));
    return std::move(*opened);
}

/// paydesk-sandbox as a process of its own; its log (one line per request) kept.
class Sandbox
{
public:
    Sandbox()
    {
        m_process.start(QStringLiteral(PAYDESK_SANDBOX),
                        {QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
            qFatal("paydesk-sandbox did not start");
        const QByteArray line = m_process.readLine().trimmed();
        m_url = QUrl(QString::fromLatin1(line.mid(line.indexOf("http"))));
    }
    ~Sandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(Sandbox)

    QUrl url() const { return m_url; }
    /// The requests it logged to `path` so far.
    qsizetype requests(const QString &path)
    {
        m_log += m_process.readAllStandardError();
        return m_log.count(QByteArray(" " + path.toLatin1() + " "));
    }
    /// Whether it kept an answer for `key` (it saw the key).
    bool saw(QNetworkAccessManager &network, const QString &key) const
    {
        QUrl url = m_url;
        url.setPath(QStringLiteral("/sandbox/attempts/") + key);
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
};

/// A TCP gate in front of the store's PostgreSQL, on a thread of its own: open, it passes bytes
/// both ways; shut, it refuses connections and cuts the open ones, as a store that went away.
class Gate
{
public:
    explicit Gate(quint16 target)
    {
        m_worker = new Worker(target);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        open();
    }
    ~Gate()
    {
        shut();
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(Gate)

    void open()
    {
        QMetaObject::invokeMethod(m_worker, &Worker::open, Qt::BlockingQueuedConnection);
    }
    void shut()
    {
        QMetaObject::invokeMethod(m_worker, &Worker::shut, Qt::BlockingQueuedConnection);
    }
    quint16 port() const { return m_worker->port; }

private:
    class Worker : public QObject
    {
    public:
        explicit Worker(quint16 t)
            : target(t)
        { }
        void open()
        {
            server = new QTcpServer(this);
            if (!server->listen(QHostAddress::LocalHost, port))
                qFatal("the gate cannot listen on %u", port);
            port = server->serverPort();
            connect(server, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *in = server->nextPendingConnection())
                    join(in);
            });
        }
        void shut()
        {
            delete server;
            server = nullptr;
            const auto open = sockets;
            sockets.clear();
            for (QTcpSocket *s : open) {
                s->abort();
                s->deleteLater();
            }
        }
        void join(QTcpSocket *in)
        {
            auto *out = new QTcpSocket(this);
            sockets << in << out;
            const auto pass = [](QTcpSocket *from, QTcpSocket *to) {
                if (to->state() == QAbstractSocket::ConnectedState)
                    to->write(from->readAll());
            };
            connect(in, &QTcpSocket::readyRead, out, [=] { pass(in, out); });
            connect(out, &QTcpSocket::readyRead, in, [=] { pass(out, in); });
            connect(out, &QTcpSocket::connected, in, [=] { pass(in, out); });
            const auto end = [this, in, out] {
                if (!sockets.contains(in))
                    return;
                sockets.removeAll(in);
                sockets.removeAll(out);
                in->disconnectFromHost();
                out->disconnectFromHost();
                in->deleteLater();
                out->deleteLater();
            };
            connect(in, &QTcpSocket::disconnected, this, end);
            connect(out, &QTcpSocket::disconnected, this, end);
            connect(out, &QTcpSocket::errorOccurred, this, end);
            out->connectToHost(QHostAddress::LocalHost, target);
        }

        quint16 target;
        quint16 port = 0;
        QTcpServer *server = nullptr;
        QList<QTcpSocket *> sockets;
    };

    QThread m_thread;
    Worker *m_worker;
};

/// One sale as the bench saw it.
struct Sold
{
    QString key;
    JournalState state = JournalState::Unknown;
    double startedMs = 0; ///< since the run began
    double tookMs = 0;
};

/// A till: its own journal (SQLite) and network; sells a Checkout sale at a time.
class Till
{
public:
    Till(const QString &path, const QUrl &backend, const QString &name)
        : m_name(name)
    {
        auto opened = JournalThread::open(path);
        if (!opened)
            qFatal("journal: %s", qPrintable(opened.error()));
        m_journal = std::move(*opened);
        m_profile.kind = BackendKind::Checkout;
        m_profile.baseUrl = backend;
        m_form.client = QStringLiteral("Bench");
        m_form.currency = QStringLiteral("mxn");
        m_form.items = {{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 2, 3500}};
    }

    bool busy() const { return m_attempt != nullptr; }
    const QList<Sold> &sold() const { return m_sold; }

    /// Starts a sale; `done` after it finished.
    void sell(const QElapsedTimer &run, std::function<void()> done = {})
    {
        m_form.reference = QStringLiteral("%1-%2").arg(m_name).arg(m_sold.size() + 1);
        const auto sale = validateSale(m_form, m_profile);
        if (!sale)
            qFatal("the bench's sale is not valid");
        AttemptContext context;
        context.terminal = m_name;
        const double started = double(run.nsecsElapsed()) / 1e6;
        m_attempt = new SaleAttempt(m_journal.get(), &m_network, m_profile, *sale, context, {});
        QObject::connect(m_attempt, &SaleAttempt::finished, m_attempt, [this, &run, started, done] {
            m_sold.append({m_attempt->idempotencyKey(), m_attempt->state(), started,
                           double(run.nsecsElapsed()) / 1e6 - started});
            m_attempt->deleteLater();
            m_attempt = nullptr;
            if (done)
                done();
        });
        m_attempt->start();
    }

private:
    QString m_name;
    std::unique_ptr<JournalThread> m_journal;
    QNetworkAccessManager m_network;
    BackendProfile m_profile;
    CheckoutForm m_form;
    SaleAttempt *m_attempt = nullptr;
    QList<Sold> m_sold;
};

/// Runs the event loop until `done()`; false after `limitMs`.
template<typename Done> bool spin(Done done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
    return true;
}

/// Forwards `till` to `store` now, to the end; fatal when it cannot.
void forwardAll(const QString &till, const QString &store)
{
    auto t = openJournal(till);
    auto s = openJournal(store);
    Forwarder forwarder(*t, *s);
    ForwardCounts counts;
    if (const auto done = forwarder.run(counts); !done)
        qFatal("the last forward failed: %s", qPrintable(done.error().message));
}

/// The store's state of every entry, by Idempotency-Key.
QHash<QString, QString> storeStates(const QString &store)
{
    QHash<QString, QString> states;
    {
        QSqlDatabase d = openTestConnection(store, QStringLiteral("bench-peek"));
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT idempotency_key, state FROM entries")))
            qFatal("the store cannot be read");
        while (q.next())
            states.insert(q.value(0).toString(), q.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-peek"));
    return states;
}

// ---- outage ------------------------------------------------------------------------------------

int outage(const QString &dir)
{
    constexpr int kTills = 4;
    constexpr int kPeriodMs = 100; // a sale every 100 ms at each till when it can
    constexpr int kPhaseMs = 8000; // up, down (connections refused), up
    constexpr int kForwardEveryMs = 1000; // the window's forwarder every 15 s; more often here

    Sandbox sandbox;
    const QString store = freshDatabase(QStringLiteral("paydesk_bench_outage"));
    openJournal(store); // its schema, before the tills
    Gate gate(quint16(qEnvironmentVariableIntValue("PGPORT")));
    QUrl viaGate(store);
    viaGate.setHost(QStringLiteral("127.0.0.1"));
    viaGate.setPort(gate.port());

    std::vector<std::unique_ptr<Till>> tills;
    std::vector<std::unique_ptr<ForwarderThread>> forwarders;
    QStringList paths;
    for (int i = 1; i <= kTills; ++i) {
        paths << dir + QStringLiteral("/till-%1.sqlite").arg(i);
        tills.push_back(
            std::make_unique<Till>(paths.last(), sandbox.url(), QStringLiteral("till-%1").arg(i)));
        forwarders.push_back(
            std::make_unique<ForwarderThread>(paths.last(), viaGate.toString(), kForwardEveryMs));
    }
    int reportsDown = 0; // forwards that said the store cannot be reached, during the outage
    bool down = false;
    for (const auto &f : forwarders)
        QObject::connect(f.get(), &ForwarderThread::forwarded, f.get(),
                         [&](const ForwardStatus &s) { reportsDown += down && !s.reachable; });

    QElapsedTimer run;
    run.start();
    bool selling = true;
    QTimer tick;
    tick.setInterval(kPeriodMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (auto &till : tills)
            if (selling && !till->busy())
                till->sell(run);
    });
    tick.start();
    QTimer::singleShot(kPhaseMs, [&] {
        down = true;
        gate.shut();
    });
    QTimer::singleShot(2 * kPhaseMs, [&] {
        gate.open();
        down = false;
    });
    spin([&] { return run.elapsed() >= 3 * kPhaseMs; }, 4 * kPhaseMs);
    selling = false;
    tick.stop();
    spin(
        [&] { return std::none_of(tills.begin(), tills.end(), [](auto &t) { return t->busy(); }); },
        60000);
    forwarders.clear(); // each lets its forward in progress finish
    for (const QString &path : paths)
        forwardAll(path, store); // what the next turn of each forwarder would do

    // What the tills sold, and where it is now.
    const auto inStore = storeStates(store);
    QNetworkAccessManager network;
    int sales = 0, refused = 0, lost = 0, unseen = 0;
    QList<double> up, during;
    for (const auto &till : tills) {
        for (const Sold &s : till->sold()) {
            ++sales;
            refused += s.state != JournalState::Succeeded;
            lost += inStore.value(s.key) != stateName(s.state);
            unseen += !sandbox.saw(network, s.key);
            const bool outageSale = s.startedMs >= kPhaseMs && s.startedMs < 2 * kPhaseMs;
            (outageSale ? during : up) << s.tookMs;
        }
    }
    const qsizetype sent = sandbox.requests(QStringLiteral("/api/checkout/"));
    const qsizetype twice = qMax<qsizetype>(0, sent - (sales - unseen));
    const QString label = QStringLiteral("store outage 8 s, %1 tills: ").arg(kTills);
    row(label + QStringLiteral("sales refused"), QStringLiteral("%1 of %2").arg(refused).arg(sales),
        QStringLiteral("0"), verdict(refused == 0 && sales > 0));
    row(label + QStringLiteral("lost (not in the store)"), QString::number(lost),
        QStringLiteral("0"), verdict(lost == 0));
    row(label + QStringLiteral("keys sent twice / never"),
        QStringLiteral("%1 / %2").arg(twice).arg(unseen), QStringLiteral("0 / 0"),
        verdict(twice == 0 && unseen == 0));
    row(label + QStringLiteral("forwards that said the store is down"),
        QString::number(reportsDown), QStringLiteral("> 0"), verdict(reportsDown > 0));
    const double p95Up = percentile(up, 0.95), p95Down = percentile(during, 0.95);
    row(label + QStringLiteral("p95 per sale, store up (%1 sales)").arg(up.size()), ms(p95Up));
    row(label + QStringLiteral("p95 per sale, store down (%1 sales)").arg(during.size()),
        ms(p95Down) + QString::asprintf(" %+.0f %%", 100 * (p95Down - p95Up) / qMax(p95Up, 0.001)),
        QStringLiteral("≤ up + 10 %"), verdict(p95Down <= 1.10 * p95Up));
    return 0;
}

// ---- watch -------------------------------------------------------------------------------------

/// `paydeskctl journal watch --json` on the store while a till sells 100 sales, one at a time,
/// its forwarder asked at once when each ends (as the window does): the lag from the end of a
/// sale on the till to its paid line in the watch's output.
int watch(const QString &dir)
{
    constexpr int kSales = 100;
    Sandbox sandbox;
    const QString store = freshDatabase(QStringLiteral("paydesk_bench_watch"));
    openJournal(store); // its schema (and its triggers) before anyone listens
    const QString path = dir + QStringLiteral("/till-watch.sqlite");
    Till till(path, sandbox.url(), QStringLiteral("till-w"));
    ForwarderThread forwarder(path, store, 15000); // the window's turn; a sale asks it now

    QElapsedTimer run;
    run.start();
    QHash<QString, double> endedAt; // by Idempotency-Key, since the run began
    QList<double> lags;
    QProcess watcher;
    QByteArray pending;
    QObject::connect(&watcher, &QProcess::readyReadStandardOutput, [&] {
        pending += watcher.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString key = o.value(QStringLiteral("idempotency_key")).toString();
            if (o.value(QStringLiteral("state")).toString() == u"succeeded"
                && endedAt.contains(key))
                lags << double(run.nsecsElapsed()) / 1e6 - endedAt.take(key);
        }
    });
    watcher.start(QStringLiteral(PAYDESKCTL),
                  {QStringLiteral("--journal"), store, QStringLiteral("journal"),
                   QStringLiteral("watch"), QStringLiteral("--json")});
    if (!watcher.waitForStarted(10000))
        qFatal("journal watch did not start");
    QThread::msleep(500); // LISTEN before the first sale

    for (int i = 0; i < kSales; ++i) {
        bool done = false;
        till.sell(run, [&] {
            endedAt.insert(till.sold().last().key, double(run.nsecsElapsed()) / 1e6);
            forwarder.forwardNow();
            done = true;
        });
        if (!spin([&] { return done; }, 30000))
            qFatal("a sale did not end");
    }
    spin([&] { return lags.size() >= kSales; }, 20000);
    watcher.terminate();
    watcher.waitForFinished(5000);
    const QString label = QStringLiteral("journal watch, %1 sales: ").arg(kSales);
    row(label + QStringLiteral("lines seen"), QString::number(lags.size()), QString::number(kSales),
        verdict(lags.size() == kSales));
    row(label + QStringLiteral("lag from a sale's end to its line, median"),
        ms(percentile(lags, 0.5)));
    row(label + QStringLiteral("lag from a sale's end to its line, p95"),
        ms(percentile(lags, 0.95)), QStringLiteral("≤ 500 ms"),
        verdict(!lags.isEmpty() && percentile(lags, 0.95) <= 500));
    return 0;
}

// ---- backlog -----------------------------------------------------------------------------------

int backlog(const QString &dir)
{
    const qint64 n = qEnvironmentVariableIsSet("PAYDESK_BENCH_BACKLOG")
        ? qEnvironmentVariable("PAYDESK_BENCH_BACKLOG").toLongLong()
        : 100'000;
    constexpr int kPeriodMs = 100;
    const QString path = dir + QStringLiteral("/backlog.sqlite");
    {
        auto till = openJournal(path);
        if (!till->seedDemo(n, 4242))
            qFatal("seeding failed");
    }
    // Each entry's two events (sent, outcome), in the order a till writes them.
    execSql(
        path,
        QStringLiteral("INSERT INTO events (entry_id, at, kind, state, detail) SELECT id, "
                       "CASE k WHEN 0 THEN created_at ELSE updated_at END, CASE k WHEN 0 THEN "
                       "'sent' ELSE 'outcome' END, CASE k WHEN 0 THEN 'pending' ELSE state END, "
                       "NULL FROM entries, (SELECT 0 AS k UNION ALL SELECT 1) ORDER BY id, k"));
    Sandbox sandbox;
    const QString store = freshDatabase(QStringLiteral("paydesk_bench_backlog"));
    openJournal(store);

    Till till(path, sandbox.url(), QStringLiteral("till-1"));
    QElapsedTimer run;
    run.start();
    std::optional<ForwardStatus> forwarded;
    double forwardMs = 0;
    ForwarderThread forwarder(path, store, 3600 * 1000); // once now, the window's way
    QObject::connect(&forwarder, &ForwarderThread::forwarded, &forwarder,
                     [&](const ForwardStatus &s) {
                         if (!forwarded) {
                             forwardMs = double(run.nsecsElapsed()) / 1e6;
                             forwarded = s;
                         }
                     });
    QTimer tick;
    tick.setInterval(kPeriodMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (!forwarded && !till.busy())
            till.sell(run);
    });
    tick.start();
    if (!spin([&] { return forwarded.has_value() && !till.busy(); }, 600000))
        qFatal("the backlog was not forwarded in 10 minutes");
    tick.stop();

    QList<double> times;
    int paid = 0;
    for (const Sold &s : till.sold()) {
        times << s.tookMs;
        paid += s.state == JournalState::Succeeded;
    }
    qint64 entries = 0, events = 0, disordered = 0;
    {
        QSqlDatabase d = openTestConnection(store, QStringLiteral("bench-count"));
        QSqlQuery q(d);
        // Each entry's events in its till's order: its outcome never before its sending.
        q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM entries), (SELECT COUNT(*) FROM events), (SELECT "
            "COUNT(*) FROM events a JOIN events b ON b.entry_id = a.entry_id AND b.id > a.id "
            "WHERE a.kind = 'outcome' AND b.kind = 'sent')"));
        q.next();
        entries = q.value(0).toLongLong();
        events = q.value(1).toLongLong();
        disordered = q.value(2).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    const bool all = forwarded->reachable && entries >= n && events >= 2 * n && disordered == 0;
    const QString label = QStringLiteral("backlog of %L1 entries forwarded: ").arg(n);
    row(label + QStringLiteral("time"),
        QString::number(forwardMs / 1000, 'f', 1) + QStringLiteral(" s"), QStringLiteral("≤ 60 s"),
        verdict(all && forwardMs <= 60000));
    const double slowest = times.isEmpty() ? 0 : *std::max_element(times.begin(), times.end());
    row(label + QStringLiteral("%1 sales meanwhile, slowest").arg(times.size()), ms(slowest),
        QStringLiteral("≤ 250 ms"),
        verdict(!times.isEmpty() && paid == times.size() && slowest <= 250));
    row(label + QStringLiteral("p95 per sale meanwhile"), ms(percentile(times, 0.95)));
    return 0;
}

// ---- years -------------------------------------------------------------------------------------

/// The seed of a store that has sold for years: `n` sales of 16 tills over three years up to
/// now, every column a sale of the sandbox's backends would fill (the shape of Journal::seedDemo,
/// but real sales: not training, not terminal DEMO, so the end of day counts them), written by
/// the server itself. The schema's indexes are dropped first and built again after.
void seedYears(const QString &store, qint64 n)
{
    QSqlDatabase d = openTestConnection(store, QStringLiteral("bench-seed"));
    QSqlQuery q(d);
    const auto exec = [&](const QString &sql) {
        if (!q.exec(sql))
            qFatal("seed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    };
    QStringList indexes;
    exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'entries' "
                        "AND indexname <> 'entries_pkey'"));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        indexes << q.value(1).toString();
    }
    for (const QString &name : names)
        exec(QStringLiteral("DROP INDEX ") + name);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 3LL * 365 * 24 * 3600 * 1000;
    exec(QStringLiteral("SELECT setseed(0.42)"));
    // r: one random number per sale, cut into the draws a sale needs.
    exec(QStringLiteral(
             "INSERT INTO entries (created_at, updated_at, terminal, operator, profile, backend, "
             "base_url, training, idempotency_key, state, owner, deadline_at, http_status, sale, "
             "answer, intent_id, charge_id, amount_minor, sale_amount_minor, currency, status, "
             "card_brand, last4, reference, receipt_number, client, gid, origin, "
             "forwarded_state, kind) "
             "SELECT c, c + 800, 'till-' || lpad((t + 1)::text, 2, '0'), 'cashier-' || (g % 40), "
             "'shop', b, 'https://pay.example.com', 0, 'year-' || g, st, 'seed', c + 30000, "
             "CASE WHEN st IN ('succeeded', 'created') THEN 200 WHEN st = 'declined' THEN 402 END, "
             "'{\"reference\":\"Y-' || g || '\",\"items\":[{\"sku\":\"COF-1\",\"qty\":2}]}', "
             "'{\"id\":\"pi_' || h || '\",\"status\":\"' || st || '\"}', 'pi_' || h, "
             "CASE WHEN ch THEN 'ch_' || substr(md5(h), 1, 24) END, a, a, "
             "(ARRAY['mxn','usd','usd','gbp'])[bi], st, "
             "CASE WHEN ch THEN (ARRAY['visa','mastercard','amex','discover'])[1 + (r * 7)::int % "
             "4] END, "
             "CASE WHEN ch THEN lpad(((r * 1e7)::bigint % 10000)::text, 4, '0') END, "
             "'Y-' || lpad(g::text, 9, '0'), "
             "CASE WHEN ch AND st = 'succeeded' THEN (1000 + g / 10000) || '-' || lpad((g % "
             "10000)::text, 4, '0') END, "
             "CASE WHEN b = 'checkout' THEN (ARRAY['Ana López','Walk-in','Jean Dupont','María "
             "García','Walk-in','Tom Baker','Lucía Pérez','Walk-in'])[1 + g % 8] END, "
             "md5('gid' || g)::uuid::text, md5('till' || t)::uuid::text, st, 'sale' "
             "FROM (SELECT g, t, h, r, c, bi, b, st, a, b = 'checkout' AND st IN ('succeeded', "
             "'declined') AS ch "
             "  FROM (SELECT g, g % 16 AS t, substr(md5(g::text), 1, 24) AS h, r, "
             "          %1::bigint - %2::bigint + (%2::bigint * g) / %3 AS c, 1 + g % 4 AS bi, "
             "          (ARRAY['checkout','dots','ocho','offer'])[1 + g % 4] AS b, "
             "          CASE WHEN r < 0.80 THEN 'succeeded' WHEN r < 0.88 THEN 'created' "
             "               WHEN r < 0.93 THEN 'declined' WHEN r < 0.97 THEN 'failed' "
             "               ELSE 'unknown' END AS st, "
             "          ((r * 1e9)::bigint % 49990 + 10) * 10 AS a "
             "        FROM (SELECT g, random() AS r FROM generate_series(1, %3) g) s0) s1) s2")
             .arg(now)
             .arg(span)
             .arg(n));
    exec(QStringLiteral("SET maintenance_work_mem = '1GB'"));
    for (const QString &index : std::as_const(indexes))
        exec(index);
    exec(QStringLiteral("VACUUM ANALYZE entries"));
    d.close();
}

int years(const QString &dir)
{
    const qint64 n = qEnvironmentVariableIsSet("PAYDESK_BENCH_STORE_ENTRIES")
        ? qEnvironmentVariable("PAYDESK_BENCH_STORE_ENTRIES").toLongLong()
        : 10'000'000;
    const QString store = freshDatabase(QStringLiteral("paydesk_bench_years"));
    openJournal(store);
    QElapsedTimer t;
    t.start();
    seedYears(store, n);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-seed"));
    const QString label = QStringLiteral("store of %L1 sales: ").arg(n);
    row(label + QStringLiteral("seed (server-side)"),
        QString::number(double(t.elapsed()) / 1000, 'f', 0) + QStringLiteral(" s"));

    // The support view opened on the store: its journal, then the model's first page
    // (JournalTableModel::kPageSize rows of no filter, newest first).
    constexpr int kPageSize = 200;
    const double first = medianMs(5, [&] {
        auto journal = openJournal(store);
        JournalQuery q;
        q.limit = kPageSize;
        if (const auto rows = journal->list(q); !rows || rows->size() != kPageSize)
            qFatal("the first page failed");
    });
    row(label + QStringLiteral("support view: open + first rows (median)"), ms(first),
        QStringLiteral("≤ 300 ms"), verdict(first <= 300));

    auto journal = openJournal(store);
    const double counted = medianMs(3, [&] {
        if (!journal->count({}))
            qFatal("count failed");
    });
    row(label + QStringLiteral("support view: the count after (median)"), ms(counted));

    // Keys of real rows spread over the table.
    QList<JournalEntry> samples;
    for (qint64 id : {n / 7, n / 3, n / 2, (2 * n) / 3, n - 5}) {
        JournalQuery q;
        q.beforeId = id;
        q.backend = BackendKind::Checkout;
        q.state = JournalState::Succeeded;
        q.limit = 1;
        if (const auto e = journal->list(q); e && !e->isEmpty())
            samples << e->first();
    }
    if (samples.isEmpty())
        qFatal("no sample rows");
    const struct
    {
        const char *what;
        QString JournalEntry::*key;
    } searches[] = {
        {"search by reference", &JournalEntry::reference},
        {"search by last4", &JournalEntry::last4},
        {"search by intent id", &JournalEntry::intentId},
    };
    for (const auto &s : searches) {
        qsizetype found = 0;
        const double time = medianMs(int(samples.size()) * 3, [&, i = 0]() mutable {
            JournalQuery q;
            q.search = samples.at(i++ % samples.size()).*s.key;
            found += journal->list(q)->size();
        });
        row(label + QLatin1String(s.what) + QStringLiteral(" (median)"), ms(time),
            QStringLiteral("≤ 100 ms"), verdict(time <= 100 && found > 0));
    }

    // paydeskctl as a script runs it: a process of its own, from start to exit.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    QUrl withoutPassword(store); // libpq takes it from PGPASSWORD, as a script's would
    withoutPassword.setPassword(QString());
    int failed = 0;
    const double cli = medianMs(int(samples.size()) * 2, [&, i = 0]() mutable {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAYDESKCTL),
                {QStringLiteral("--journal"), withoutPassword.toString(), QStringLiteral("journal"),
                 QStringLiteral("list"), QStringLiteral("--search"),
                 samples.at(i++ % samples.size()).reference});
        p.waitForFinished();
        failed += p.exitCode() != 0 || !p.readAllStandardOutput().contains("Y-");
    });
    row(label + QStringLiteral("paydeskctl journal list --search (median)"), ms(cli),
        QStringLiteral("≤ 150 ms"), verdict(failed == 0 && cli <= 150));

    const QDate day = QDate::currentDate().addDays(-400);
    qint64 sales = 0;
    const double report = medianMs(3, [&] {
        const auto r = journal->report(day);
        if (!r)
            qFatal("report failed: %s", qPrintable(r.error()));
        sales = 0;
        for (const ReportRow &row : r->rows)
            sales += row.count;
    });
    row(label + QStringLiteral("end of day, %L1 sales (median)").arg(sales), ms(report),
        QStringLiteral("≤ 1 s"), verdict(sales > 0 && report <= 1000));

    // A till of the store forwarding with nothing new: what every till's forwarder does every
    // turn; the store is asked for that till's verdicts.
    const QString tillPath = dir + QStringLiteral("/years-till.sqlite");
    {
        // The first of the 16 tills: its journal id is their copies' origin.
        openJournal(tillPath);
        execSql(
            tillPath,
            QStringLiteral("UPDATE journal_meta SET value = '%1' WHERE key = "
                           "'journal_id'")
                .arg(QUuid::fromRfc4122(QCryptographicHash::hash("till0", QCryptographicHash::Md5))
                         .toString(QUuid::WithoutBraces)));
        forwardAll(tillPath, store);
    }
    auto till = openJournal(tillPath);
    const double idle = medianMs(5, [&] {
        Forwarder forwarder(*till, *journal);
        ForwardCounts counts;
        if (!forwarder.run(counts))
            qFatal("forward failed");
    });
    row(label + QStringLiteral("a till's forward with nothing new (median)"), ms(idle));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("PGPORT"))
        qFatal("bench_store runs under pg_virtualenv (scripts/bench)");
    QTemporaryDir dir;
    const QString part = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (part.isEmpty() || part == u"outage")
        outage(dir.path());
    if (part.isEmpty() || part == u"watch")
        watch(dir.path());
    if (part.isEmpty() || part == u"backlog")
        backlog(dir.path());
    if (part.isEmpty() || part == u"years")
        years(dir.path());
    return 0;
}
