// The retry policy (docs/retries.md): what may be re-sent, how, and the automatic re-send of a
// sale that provably never reached the backend, against the real sandbox.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "backendtest.h"
#include "payments/saleattempt.h"

using namespace paydesk;
using Kind = BackendError::Kind;
using Reach = BackendError::Reach;
using test::freePort;

Q_DECLARE_METATYPE(paydesk::RetryAdvice)

namespace {

Sale dotsSale()
{
    DotsForm form;
    form.amount = QStringLiteral("5.00");
    return *validateSale(form, BackendProfile{});
}

/// A loopback port that takes no connection: its listen queue is full, so the kernel drops
/// every new SYN and a connect waits (a backend host that went silent). Nothing can arrive.
class SilentPort
{
public:
    ~SilentPort()
    {
        m_filler.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 0) != 0)
            return false;
        m_filler = std::make_unique<QTcpSocket>(); // takes the one place in the queue
        m_filler->connectToHost(QHostAddress::LocalHost, port);
        return m_filler->waitForConnected(2000);
    }

private:
    int m_fd = -1;
    std::unique_ptr<QTcpSocket> m_filler;
};

} // namespace

class TestRetries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_journal.reset(); }
    void advice_data();
    void advice();
    void notReachedIsResentAutomatically();
    void givesUpAfterTwoRetries();
    void neverResendsWhatMayHaveArrived();
    void reSendsShareTheSaleDeadline();
    void cancelCallsOffAWaitingReSend();

private:
    struct Outcome
    {
        JournalState state;
        int retries;
        QStringList events;
        qint64 id;
    };
    Outcome run(const BackendProfile &profile, JobOptions options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<JournalThread> m_journal;
    /// What the journal holds now (read on the journal's thread).
    std::optional<JournalEntry> stored(qint64 id) const
    {
        auto read = m_journal->wait([id](const Journal &j) { return j.entry(id); });
        return read ? std::optional<JournalEntry>(std::move(*read)) : std::nullopt;
    }
    QNetworkAccessManager m_network;
    int m_n = 0;
};

void TestRetries::init()
{
    auto j = JournalThread::open(m_dir.filePath(QStringLiteral("retries-%1.sqlite").arg(++m_n)));
    QVERIFY(j);
    m_journal = std::move(*j);
}

TestRetries::Outcome TestRetries::run(const BackendProfile &profile, JobOptions options)
{
    SaleAttempt a(m_journal.get(), &m_network, profile, dotsSale(), {}, options);
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    if (!finished.wait(20000))
        qFatal("attempt never finished");
    QStringList kinds;
    const auto entry = stored(a.journalId()); // kept: a range-for over a temporary dangles
    for (const JournalEvent &e : entry->events)
        kinds << e.kind;
    return {a.state(), a.automaticRetries(), kinds, a.journalId()};
}

void TestRetries::advice_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("reach");
    QTest::addColumn<bool>("honours");
    QTest::addColumn<RetryAdvice>("advice");
    const auto row = [](const char *name, Kind k, Reach r, bool h, RetryAdvice a) {
        QTest::addRow("%s", name) << int(k) << int(r) << h << a;
    };
    row("refused connection", Kind::NotReached, Reach::NotSent, false, RetryAdvice::Automatically);
    row("certificate", Kind::Tls, Reach::NotSent, true, RetryAdvice::Never);
    row("bad setup", Kind::Configuration, Reach::NotSent, true, RetryAdvice::Never);
    row("plain http", Kind::Insecure, Reach::NotSent, true, RetryAdvice::Never);
    row("declined", Kind::Declined, Reach::Answered, true, RetryAdvice::Never);
    row("refused", Kind::Refused, Reach::Answered, true, RetryAdvice::Never);
    row("canceled before sending", Kind::Canceled, Reach::NotSent, true, RetryAdvice::Never);
    row("timeout, replaying backend", Kind::Timeout, Reach::Unknown, true,
        RetryAdvice::WithSameKey);
    row("timeout, no replay", Kind::Timeout, Reach::Unknown, false, RetryAdvice::AfterVerify);
    row("lost answer, replaying", Kind::ConnectionLost, Reach::Unknown, true,
        RetryAdvice::WithSameKey);
    row("lost answer, no replay", Kind::ConnectionLost, Reach::Unknown, false,
        RetryAdvice::AfterVerify);
    row("5xx, no replay", Kind::ServerError, Reach::Unknown, false, RetryAdvice::AfterVerify);
    row("unreadable, replaying", Kind::Unreadable, Reach::Unknown, true, RetryAdvice::WithSameKey);
    row("canceled while waiting", Kind::Canceled, Reach::Unknown, false, RetryAdvice::AfterVerify);
    row("timeout before sending", Kind::Timeout, Reach::NotSent, false, RetryAdvice::Automatically);
}

void TestRetries::advice()
{
    QFETCH(int, kind);
    QFETCH(int, reach);
    QFETCH(bool, honours);
    QFETCH(RetryAdvice, advice);
    BackendError e;
    e.kind = Kind(kind);
    e.reach = Reach(reach);
    BackendProfile p;
    p.honoursIdempotencyKey = honours;
    QCOMPARE(retryAdvice(e, p), advice);
}

void TestRetries::notReachedIsResentAutomatically()
{
    const quint16 port = freePort();
    SandboxServer sandbox;
    // Nobody listens at first; the backend comes up before the first automatic re-send.
    QTimer::singleShot(150, &sandbox, [&] { QVERIFY(sandbox.listen(port)); });
    BackendProfile p;
    p.kind = BackendKind::Dots;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const Outcome o = run(p);
    QCOMPARE(o.state, JournalState::Created);
    QCOMPARE(o.retries, 1);
    QCOMPARE(o.events,
             (QStringList{QStringLiteral("pending"), QStringLiteral("retry"),
                          QStringLiteral("outcome")}));
    QCOMPARE(sandbox.intentCount(), 1);
}

void TestRetries::givesUpAfterTwoRetries()
{
    BackendProfile p;
    p.kind = BackendKind::Dots;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
    const Outcome o = run(p);
    QCOMPARE(o.state, JournalState::Failed);
    QCOMPARE(o.retries, kMaxAutomaticRetries);
    QCOMPARE(o.events,
             (QStringList{QStringLiteral("pending"), QStringLiteral("retry"),
                          QStringLiteral("retry"), QStringLiteral("outcome")}));
}

void TestRetries::neverResendsWhatMayHaveArrived()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen(0));
    BackendProfile p;
    p.kind = BackendKind::Dots;
    p.baseUrl = sandbox.url();
    p.honoursIdempotencyKey = true; // even then: a person decides, never the program alone
    for (const QByteArray &fault :
         {QByteArray("drop"), QByteArray("status=503"), QByteArray("malformed")}) {
        JobOptions options;
        options.extraHeaders = {{"X-Sandbox-Fault", fault}};
        const Outcome o = run(p, options);
        QCOMPARE(o.state, JournalState::Unknown);
        QCOMPARE(o.retries, 0);
        QCOMPARE(o.events.size(), 2);
    }
    QCOMPARE(sandbox.intentCount(), 2); // drop and malformed were processed once each
}

void TestRetries::reSendsShareTheSaleDeadline()
{
    // The first try is refused at once; by the re-send the host has gone silent. The re-send
    // gets what is left of the sale's 3 s, not 3 s of its own.
    const quint16 port = freePort();
    SilentPort silent;
    QTimer::singleShot(150, [&] { QVERIFY(silent.open(port)); });
    BackendProfile p;
    p.kind = BackendKind::Dots;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    p.timeoutMs = 3000;
    SaleAttempt a(m_journal.get(), &m_network, p, dotsSale(), {}, {});
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(a.automaticRetries(), 1);
    QCOMPARE(a.state(), JournalState::Failed); // nothing ever reached a backend
    const BackendError &e = *a.result().error;
    QCOMPARE(e.kind, Kind::Timeout);
    QCOMPARE(e.reach, Reach::NotSent);
    const QRegularExpressionMatch within
        = QRegularExpression(QStringLiteral("within ([0-9.]+) s")).match(e.message);
    QVERIFY2(within.hasMatch(), qPrintable(e.message));
    const double seconds = within.captured(1).toDouble();
    // 3 s less the 0.5 s wait (a fresh timeout would say 3 s)
    QVERIFY2(seconds > 0 && seconds < 2.6, qPrintable(e.message));
    const auto entry = stored(a.journalId());
    QVERIFY2(entry->events.at(1).detail.contains(QStringLiteral("within the")),
             qPrintable(entry->events.at(1).detail));
}

void TestRetries::cancelCallsOffAWaitingReSend()
{
    const quint16 port = freePort();
    BackendProfile p;
    p.kind = BackendKind::Dots;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    p.timeoutMs = 10000;
    SaleAttempt a(m_journal.get(), &m_network, p, dotsSale(), {}, {});
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QTRY_VERIFY_WITH_TIMEOUT(a.isWaitingToRetry(), 5000); // refused; the re-send waits 0.5 s
    QVERIFY(a.isRunning());
    SandboxServer sandbox; // the backend is back: a re-send would now create an intent
    QVERIFY(sandbox.listen(port));
    a.cancel(); // Esc: the outcome is written, then finished()
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!a.isRunning());
    QCOMPARE(a.state(), JournalState::Failed);
    // Nothing may happen now: the only way to see that no re-send goes is to let the moment it
    // would have gone (0.5 s, the back-off's timer, which a test clock does not move) pass.
    QTest::qWait(1500);
    QCOMPARE(sandbox.intentCount(), 0);
    QCOMPARE(finished.count(), 1);
    QStringList kinds;
    const auto entry = stored(a.journalId());
    for (const JournalEvent &ev : entry->events)
        kinds << ev.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("pending"), QStringLiteral("retry"),
                          QStringLiteral("canceled"), QStringLiteral("outcome")}));
    QCOMPARE(entry->state, JournalState::Failed);
}

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
