// paydeskctl journal refund: real paydeskctl processes, a real paydesk-sandbox over loopback HTTP
// and a real SQLite journal. What support checks: what was refunded, what is left, that nothing
// is sent when a refund is refused, and that a refund without an answer blocks the next one until
// it is verified.
#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace paydesk::test;

namespace {

constexpr auto kClientId = "client_refunds_7d1e";
constexpr auto kApiKey = "key_live_refunds_5c2a9";
const QString kMethod = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");

/// The output with the no-break spaces of amounts ("26.00\u00a0USD") as plain spaces.
QByteArray plain(QByteArray text)
{
    return text.replace("\xc2\xa0", " ");
}

QStringList sandboxArgs(const QStringList &more = {})
{
    return QStringList{QStringLiteral("--client-id"), QString::fromLatin1(kClientId),
                       QStringLiteral("--api-key"), QString::fromLatin1(kApiKey)}
    + more;
}

} // namespace

class TestCliRefund final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void partialThenTheRest();
    void overRefundIsRefusedAndNothingSent();
    void declinedRefundIsFailedAndRefundsNothing();
    void unknownRefundBlocksUntilVerified();
    void refundKilledMidFlightIsRecoverable();
    void refundKilledBeforeSendingIsNeverGuessed();
    void backendWithoutRefunds();
    void unpaidSaleAndBadInput_data();
    void unpaidSaleAndBadInput();

private:
    Run ctl(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_journal);
        env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), QString::fromLatin1(kClientId));
        env.insert(QStringLiteral("PAYDESK_API_KEY"), QString::fromLatin1(kApiKey));
        // No user settings: the entry's own address and the environment's credentials.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        const Run run = runProcess(QStringLiteral(PAYDESKCTL), args, env);
        for (const QByteArray &output : {run.out, run.err})
            if (output.contains(kApiKey))
                qFatal("the API key was printed: %s", output.constData());
        return run;
    }
    /// A paid Dots sale of `amount`; its journal id.
    qint64 paidSale(const SandboxProcess &sandbox, const QString &amount,
                    const QStringList &extra = {}) const
    {
        const Run run = ctl(
            QStringList{QStringLiteral("create"), QStringLiteral("--backend"),
                        QStringLiteral("dots"), QStringLiteral("--base-url"), sandbox.urlText(),
                        QStringLiteral("--amount"), amount, QStringLiteral("--confirm"),
                        QStringLiteral("--payment-method-id"), kMethod, QStringLiteral("--json")}
            + extra);
        if (run.exitCode != 0)
            qWarning("create: %s", run.err.constData());
        return entryOf(run);
    }
    /// The journal entry of what `create --json` printed (its intent).
    qint64 entryOf(const Run &created) const
    {
        if (created.json().contains(QStringLiteral("journal_id")))
            return created.json()[QStringLiteral("journal_id")].toInteger();
        const QString intent
            = created.json()[QStringLiteral("intent")][QStringLiteral("id")].toString();
        const Run list = ctl({QStringLiteral("journal"), QStringLiteral("list"),
                              QStringLiteral("--json"), QStringLiteral("--search"), intent});
        for (const QJsonValue e : QJsonDocument::fromJson(list.out).array())
            if (e[QStringLiteral("kind")] == QStringLiteral("sale"))
                return e[QStringLiteral("id")].toInteger();
        return 0;
    }
    Run refund(qint64 sale, const QStringList &args = {}) const
    {
        return ctl(QStringList{QStringLiteral("journal"), QStringLiteral("refund"),
                               QString::number(sale), QStringLiteral("--json")}
                   + args);
    }
    /// The journal's refunds of `sale`, newest first.
    QJsonArray refundsOf(qint64 sale) const
    {
        const Run list
            = ctl({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--limit"), QStringLiteral("100")});
        QJsonArray out;
        for (const QJsonValue e : QJsonDocument::fromJson(list.out).array())
            if (e[QStringLiteral("kind")] == QStringLiteral("refund")
                && e[QStringLiteral("parent_id")].toInteger() == sale)
                out.append(e);
        return out;
    }
    static int refundRequests(SandboxProcess &sandbox)
    {
        return int(sandbox.requestLines().filter(QStringLiteral("POST /api/v2/refunds")).size());
    }

    QTemporaryDir m_dir;
    QString m_journal;
    int m_journals = 0;
};

void TestCliRefund::init()
{
    m_journal = m_dir.filePath(QStringLiteral("refunds-%1.sqlite").arg(++m_journals));
}

void TestCliRefund::partialThenTheRest()
{
    SandboxProcess sandbox; // any credentials: the test reads the backend's refunds itself
    const qint64 sale = paidSale(sandbox, QStringLiteral("50.00"));
    QVERIFY(sale > 0);

    const Run part = refund(sale,
                            {QStringLiteral("--amount"), QStringLiteral("12.00"),
                             QStringLiteral("--reason"), QStringLiteral("duplicate")});
    QVERIFY2(part.exitCode == 0, part.err.constData());
    QCOMPARE(part.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(part.json()[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 1200);
    QCOMPARE(part.json()[QStringLiteral("refundable_minor")].toInteger(), 3800);
    const QString refundId = part.json()[QStringLiteral("refund_id")].toString();
    QVERIFY(!refundId.isEmpty());
    // What the backend has: that refund, of that amount and reason, of that sale's intent.
    const auto [status, answer] = sandbox.get(QStringLiteral("/api/v2/refunds/") + refundId);
    QCOMPARE(status, 200);
    QCOMPARE(answer[QStringLiteral("amount")].toInteger(), 1200);
    QCOMPARE(answer[QStringLiteral("reason")].toString(), QStringLiteral("duplicate"));

    // The same partial refund again: allowed, the first one has settled.
    const Run again = refund(sale, {QStringLiteral("--amount"), QStringLiteral("12.00")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json()[QStringLiteral("refundable_minor")].toInteger(), 2600);

    // No amount: all that is left.
    const Run rest
        = ctl({QStringLiteral("journal"), QStringLiteral("refund"), QString::number(sale)});
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QVERIFY2(plain(rest.out).contains("Refunded 26.00 USD of sale"), rest.out.constData());
    QVERIFY2(plain(rest.out).contains("Left to refund: 0.00 USD."), rest.out.constData());

    const QJsonArray refunds = refundsOf(sale);
    QCOMPARE(refunds.size(), 3);
    for (const QJsonValue r : refunds) {
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
        QVERIFY(!r[QStringLiteral("refund_id")].toString().isEmpty());
        QVERIFY(r[QStringLiteral("idempotency_key")].toString()
                    != refunds.at(0)[QStringLiteral("idempotency_key")].toString()
                || r == refunds.at(0));
    }
    QCOMPARE(refunds.at(0)[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 2600);

    const Run more = refund(sale, {QStringLiteral("--amount"), QStringLiteral("0.01")});
    QCOMPARE(more.exitCode, 2);
    QVERIFY2(plain(more.err).contains("at most 0.00 USD can be refunded"), more.err.constData());
    QCOMPARE(refundRequests(sandbox), 3);

    // The sale itself is still paid: a refund is its own entry.
    const Run show = ctl({QStringLiteral("journal"), QStringLiteral("show"), QString::number(sale),
                          QStringLiteral("--json")});
    QCOMPARE(show.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    const Run shown
        = ctl({QStringLiteral("journal"), QStringLiteral("show"), QString::number(sale)});
    QVERIFY2(plain(shown.out).contains("refunded 50.00 USD, not settled 0.00 USD, left to refund "
                                       "0.00 USD"),
             shown.out.constData());
    const Run refundShown = ctl({QStringLiteral("journal"), QStringLiteral("show"),
                                 QString::number(refunds.at(0)[QStringLiteral("id")].toInteger())});
    QVERIFY2(refundShown.out.contains(QByteArray("refund of sale " + QByteArray::number(sale))),
             refundShown.out.constData());

    // End of day: the sale's takings, the refunds, and the net.
    const Run report = ctl({QStringLiteral("journal"), QStringLiteral("report")});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(plain(report.out).contains("Refunds: 3 refunds, 50.00 USD"), report.out.constData());
    QVERIFY2(plain(report.out).contains("Net takings (takings less refunds): 0.00 USD"),
             report.out.constData());
    const Run reportJson
        = ctl({QStringLiteral("journal"), QStringLiteral("report"), QStringLiteral("--json")});
    QCOMPARE(reportJson.json()[QStringLiteral("net_minor")][QStringLiteral("usd")].toInteger(), 0);
    QCOMPARE(reportJson
                 .json()[QStringLiteral("takings_by_currency")][QStringLiteral("usd")]
                        [QStringLiteral("total_minor")][QStringLiteral("usd")]
                 .toInteger(),
             5000);
}

void TestCliRefund::overRefundIsRefusedAndNothingSent()
{
    SandboxProcess sandbox; // any credentials: the test reads the backend's refunds itself
    const qint64 sale = paidSale(sandbox, QStringLiteral("20.00"));
    QVERIFY(sale > 0);
    const Run over = refund(sale, {QStringLiteral("--amount"), QStringLiteral("20.01")});
    QCOMPARE(over.exitCode, 2);
    // The figures: what it took, what is refunded, what is open, what is left.
    for (const char *part : {"Refusing to refund 20.01 USD", "it took 20.00 USD",
                             "0.00 USD is already "
                             "refunded",
                             "at most 20.00 USD can be refunded", "Nothing was sent."})
        QVERIFY2(plain(over.err).contains(part), part);
    QCOMPARE(refundRequests(sandbox), 0);
    QCOMPARE(refundsOf(sale).size(), 0);
    const auto [status, page] = sandbox.get(QStringLiteral("/api/v2/refunds"));
    QCOMPARE(status, 200);
    QCOMPARE(page[QStringLiteral("data")].toArray().size(), 0);
}

void TestCliRefund::declinedRefundIsFailedAndRefundsNothing()
{
    SandboxProcess sandbox(sandboxArgs());
    const qint64 sale = paidSale(sandbox, QStringLiteral("30.00"));
    // The sandbox declines a refund whose amount ends in 02.
    const Run declined = refund(sale, {QStringLiteral("--amount"), QStringLiteral("1.02")});
    QCOMPARE(declined.exitCode, 3);
    QCOMPARE(declined.json()[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    QVERIFY(declined.err.contains("failed: nothing was refunded"));
    const QJsonArray refunds = refundsOf(sale);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    // Nothing moved: all of it can still be refunded.
    const Run all = refund(sale);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(all.json()[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 3000);
}

void TestCliRefund::unknownRefundBlocksUntilVerified()
{
    // A backend still at work: every request is handled 2.5 s after it arrives. The sale waits
    // that long; the refund, under a profile that waits 1 s, gets no answer.
    SandboxProcess sandbox(sandboxArgs({QStringLiteral("--fault"), QStringLiteral("late=2500")}));
    const QString config = m_dir.filePath(QStringLiteral("refunds.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[profile.hurried]\nkind=dots\ntimeout_ms=1000\nbase_url="
               + sandbox.urlText().toUtf8() + "\n[profile.patient]\nkind=dots\ntimeout_ms=30000\n"
               + "base_url=" + sandbox.urlText().toUtf8() + "\n");
    file.close();
    const qint64 sale = paidSale(sandbox, QStringLiteral("40.00"));
    QVERIFY(sale > 0);
    const QStringList hurried{QStringLiteral("--profile"), QStringLiteral("hurried"),
                              QStringLiteral("--config"), config};
    const QStringList patient{QStringLiteral("--profile"), QStringLiteral("patient"),
                              QStringLiteral("--config"), config};

    const Run lost
        = refund(sale, QStringList{QStringLiteral("--amount"), QStringLiteral("15.00")} + hurried);
    QCOMPARE(lost.exitCode, 4);
    QCOMPARE(lost.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    const qint64 lostId = lost.json()[QStringLiteral("id")].toInteger();
    QVERIFY2(lost.err.contains(QByteArray("journal verify " + QByteArray::number(lostId))),
             lost.err.constData());

    // Another refund, even a small one, waits for the verify: nothing is sent.
    const int sent = refundRequests(sandbox);
    const Run blocked
        = refund(sale, QStringList{QStringLiteral("--amount"), QStringLiteral("1.00")} + patient);
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.err.contains(QByteArray("Refund " + QByteArray::number(lostId) + " of sale")),
             blocked.err.constData());
    QVERIFY(blocked.err.contains("verify it"));
    QCOMPARE(refundRequests(sandbox), sent);

    // Verify: the refunds list, paged to the end, holds the one refund of this intent that no
    // entry knows, of this amount: it arrived.
    const Run verify = ctl(QStringList{QStringLiteral("journal"), QStringLiteral("verify"),
                                       QString::number(lostId), QStringLiteral("--json")}
                           + patient);
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QCOMPARE(verify.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QVERIFY(verify.json()[QStringLiteral("proof")].toString().contains(
        QStringLiteral("the whole refunds list")));
    const QJsonArray refunds = refundsOf(sale);
    QCOMPARE(refunds.size(), 1);
    QVERIFY(!refunds.at(0)[QStringLiteral("refund_id")].toString().isEmpty());

    // Settled: the rest can be refunded, and only the rest.
    const Run over
        = refund(sale, QStringList{QStringLiteral("--amount"), QStringLiteral("25.01")} + patient);
    QCOMPARE(over.exitCode, 2);
    const Run rest = refund(sale, patient);
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QCOMPARE(rest.json()[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 2500);
}

void TestCliRefund::refundKilledMidFlightIsRecoverable()
{
    // A backend still at work: every request is taken at once and handled 2 s later, whether or
    // not anyone still waits for the answer.
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("late=2000")});
    const qint64 sale = paidSale(sandbox, QStringLiteral("40.00"));
    QVERIFY(sale > 0);

    // A real `paydeskctl journal refund`, killed with SIGKILL once its entry is written and its
    // request has reached the backend, before the answer comes.
    QProcess killed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_journal);
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), QString::fromLatin1(kClientId));
    env.insert(QStringLiteral("PAYDESK_API_KEY"), QString::fromLatin1(kApiKey));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    killed.setProcessEnvironment(env);
    killed.start(QStringLiteral(PAYDESKCTL),
                 {QStringLiteral("journal"), QStringLiteral("refund"), QString::number(sale),
                  QStringLiteral("--amount"), QStringLiteral("15.00"), QStringLiteral("--reason"),
                  QStringLiteral("duplicate"), QStringLiteral("--json")});
    QVERIFY(killed.waitForStarted());
    // The sandbox logs a late request as it takes it.
    QTRY_COMPARE_WITH_TIMEOUT(refundRequests(sandbox), 1, 10000);
    QCOMPARE(killed.state(), QProcess::Running); // still waiting for its answer
    ::kill(static_cast<pid_t>(killed.processId()), SIGKILL);
    QVERIFY(killed.waitForFinished(5000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    QVERIFY(killed.readAllStandardOutput().isEmpty()); // it never said how it ended

    // Written before it was sent: the refund is in the journal, and with its process gone it is
    // unknown (the next process to open the journal says so), of the amount asked.
    QJsonArray refunds = refundsOf(sale);
    QCOMPARE(refunds.size(), 1);
    const QJsonObject lost = refunds.at(0).toObject();
    const qint64 lostId = lost[QStringLiteral("id")].toInteger();
    QCOMPARE(lost[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QCOMPARE(lost[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 1500);
    QVERIFY(lost[QStringLiteral("refund_id")].toString().isEmpty()); // no answer, no refund id
    QVERIFY(!lost[QStringLiteral("idempotency_key")].toString().isEmpty());

    // It blocks what it may have refunded: another refund of the sale is refused, nothing sent.
    const Run blocked = refund(sale, {QStringLiteral("--amount"), QStringLiteral("1.00")});
    QCOMPARE(blocked.exitCode, 2);
    QVERIFY2(blocked.err.contains(QByteArray("Refund " + QByteArray::number(lostId) + " of sale")),
             blocked.err.constData());
    QVERIFY(blocked.err.contains("Nothing was sent."));
    QCOMPARE(refundRequests(sandbox), 1);

    // Verify settles it with proof: the intent's refunds list, paged to the end, has the one
    // refund no entry knows, of this amount.
    const Run verify = ctl({QStringLiteral("journal"), QStringLiteral("verify"),
                            QString::number(lostId), QStringLiteral("--json")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QCOMPARE(verify.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QVERIFY(verify.json()[QStringLiteral("proof")].toString().contains(
        QStringLiteral("the whole refunds list")));
    refunds = refundsOf(sale);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    const QString refundId = refunds.at(0)[QStringLiteral("refund_id")].toString();
    QVERIFY(!refundId.isEmpty());

    // The backend saw exactly one refund for that intent: the one the journal now knows.
    QCOMPARE(refundRequests(sandbox), 1);
    const QString intent = refunds.at(0)[QStringLiteral("intent_id")].toString();
    QVERIFY(!intent.isEmpty());
    const auto [status, page] = sandbox.get(QStringLiteral("/api/v2/refunds?limit=100"));
    QCOMPARE(status, 200);
    QJsonArray ofIntent;
    for (const QJsonValue r : page[QStringLiteral("data")].toArray())
        if (r[QStringLiteral("payment_intent_id")].toString() == intent)
            ofIntent.append(r);
    QCOMPARE(ofIntent.size(), 1);
    QCOMPARE(ofIntent.at(0)[QStringLiteral("id")].toString(), refundId);
    QCOMPARE(ofIntent.at(0)[QStringLiteral("amount")].toInteger(), 1500);

    // Settled: the rest can be refunded, and only the rest.
    const Run over = refund(sale, {QStringLiteral("--amount"), QStringLiteral("25.01")});
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(plain(over.err).contains("at most 25.00 USD can be refunded"), over.err.constData());
    QCOMPARE(refundRequests(sandbox), 1);
}

void TestCliRefund::refundKilledBeforeSendingIsNeverGuessed()
{
    SandboxProcess sandbox;
    const qint64 sale = paidSale(sandbox, QStringLiteral("40.00"));
    QVERIFY(sale > 0);
    // A profile that waits 3 s for an answer (the refund's deadline), at the sandbox.
    const QString config = m_dir.filePath(QStringLiteral("before-send.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[profile.quick]\nkind=dots\ntimeout_ms=3000\nbase_url=" + sandbox.urlText().toUtf8()
               + "\n");
    file.close();
    const QStringList quick{QStringLiteral("--profile"), QStringLiteral("quick"),
                            QStringLiteral("--config"), config};

    // The backend hangs before it takes a connection: its process stopped, its queue of
    // connections full (the test's own), so the refund's connection is never made.
    QVERIFY(::kill(static_cast<pid_t>(sandbox.processId()), SIGSTOP) == 0);
    std::vector<std::unique_ptr<QTcpSocket>> queue;
    for (int i = 0; i < 300; ++i) {
        queue.push_back(std::make_unique<QTcpSocket>());
        queue.back()->connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
    }
    QTest::qWait(1500);
    const auto waiting = std::count_if(queue.cbegin(), queue.cend(), [](const auto &socket) {
        return socket->state() != QAbstractSocket::ConnectedState;
    });
    QVERIFY2(waiting > 0, "the sandbox's queue of connections did not fill up");

    QProcess killed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_journal);
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), QString::fromLatin1(kClientId));
    env.insert(QStringLiteral("PAYDESK_API_KEY"), QString::fromLatin1(kApiKey));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    killed.setProcessEnvironment(env);
    killed.start(QStringLiteral(PAYDESKCTL),
                 QStringList{QStringLiteral("journal"), QStringLiteral("refund"),
                             QString::number(sale), QStringLiteral("--amount"),
                             QStringLiteral("10.00"), QStringLiteral("--json")}
                     + quick);
    QVERIFY(killed.waitForStarted());
    // Written before sending: the refund's entry is there, pending, while it tries to connect.
    QTRY_COMPARE_WITH_TIMEOUT(refundsOf(sale).size(), 1, 2500);
    QCOMPARE(refundsOf(sale).at(0)[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    QCOMPARE(killed.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(killed.processId()), SIGKILL);
    QVERIFY(killed.waitForFinished(5000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    queue.clear(); // the test's connections go
    QVERIFY(::kill(static_cast<pid_t>(sandbox.processId()), SIGCONT) == 0);

    // The backend never saw it. The journal cannot know that: unknown, and it blocks.
    QCOMPARE(refundRequests(sandbox), 0);
    const QJsonObject lost = refundsOf(sale).at(0).toObject();
    const qint64 lostId = lost[QStringLiteral("id")].toInteger();
    QCOMPARE(lost[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    const Run blocked
        = refund(sale, QStringList{QStringLiteral("--amount"), QStringLiteral("1.00")} + quick);
    QCOMPARE(blocked.exitCode, 2);
    QCOMPARE(refundRequests(sandbox), 0);

    // Verify never guesses from one look at a list that may still be filling: it says when to
    // look again, twice, and only then that nothing was refunded.
    const auto verify = [&] {
        return ctl(QStringList{QStringLiteral("journal"), QStringLiteral("verify"),
                               QString::number(lostId), QStringLiteral("--json")}
                   + quick);
    };
    const Run early = verify();
    QCOMPARE(early.exitCode, 4);
    QCOMPARE(early.json()[QStringLiteral("definite")].toBool(), false);
    QCOMPARE(early.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QStringList answers;
    Run settled;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        settled = verify();
        answers << settled.json()[QStringLiteral("explanation")].toString();
        if (settled.exitCode == 0)
            break;
        QCOMPARE(settled.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
        QTest::qWait(1000);
    }
    QVERIFY2(settled.exitCode == 0, qPrintable(answers.join(u'\n')));
    QVERIFY2(answers.join(u'\n').contains(QStringLiteral("One more look settles it")),
             qPrintable(answers.join(u'\n')));
    QCOMPARE(settled.json()[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    QVERIFY(settled.json()[QStringLiteral("explanation")].toString().contains(
        QStringLiteral("it never reached Dots")));
    QCOMPARE(refundRequests(sandbox), 0);

    // Nothing was refunded: all of it can be refunded, once.
    const Run all = refund(sale, quick);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(all.json()[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 4000);
    QCOMPARE(refundRequests(sandbox), 1);
}

void TestCliRefund::backendWithoutRefunds()
{
    SandboxProcess sandbox;
    const Run sale
        = ctl({QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("checkout"),
               QStringLiteral("--base-url"), sandbox.urlText(), QStringLiteral("--client"),
               QStringLiteral("Ana"), QStringLiteral("--reference"), QStringLiteral("ORD-77"),
               QStringLiteral("--currency"), QStringLiteral("mxn"), QStringLiteral("--item"),
               QStringLiteral("A:Coffee:1:35.00"), QStringLiteral("--json")});
    QCOMPARE(sale.exitCode, 0);
    const qint64 id = entryOf(sale);
    const int before = int(sandbox.requestLines().size());
    const Run refused = refund(id);
    QCOMPARE(refused.exitCode, 2);
    // It names the backend and where its refunds are made.
    QVERIFY2(refused.err.contains("paid through checkout"), refused.err.constData());
    QVERIFY2(refused.err.contains("refund order \"ORD-77\" in the shop's orders"),
             refused.err.constData());
    QCOMPARE(int(sandbox.requestLines().size()), before);
    QCOMPARE(refundsOf(id).size(), 0);
}

void TestCliRefund::unpaidSaleAndBadInput_data()
{
    QTest::addColumn<QString>("amount"); // the sale's
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("declined sale") << QStringLiteral("10.02") << QStringList{}
                                   << QStringLiteral("not paid: there is nothing to refund");
    QTest::addRow("unknown reason")
        << QStringLiteral("10.00")
        << QStringList{QStringLiteral("--reason"), QStringLiteral("because")}
        << QStringLiteral("--reason must be one of duplicate, fraudulent");
    QTest::addRow("bad amount") << QStringLiteral("10.00")
                                << QStringList{QStringLiteral("--amount"), QStringLiteral("1,50")}
                                << QStringLiteral("--amount:");
    QTest::addRow("zero") << QStringLiteral("10.00")
                          << QStringList{QStringLiteral("--amount"), QStringLiteral("0")}
                          << QStringLiteral("must be a positive amount");
}

void TestCliRefund::unpaidSaleAndBadInput()
{
    QFETCH(QString, amount);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    SandboxProcess sandbox(sandboxArgs());
    const Run sale
        = ctl({QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("dots"),
               QStringLiteral("--base-url"), sandbox.urlText(), QStringLiteral("--amount"), amount,
               QStringLiteral("--confirm"), QStringLiteral("--payment-method-id"), kMethod,
               QStringLiteral("--json")});
    const qint64 id = entryOf(sale);
    QVERIFY(id > 0);
    const Run refused = refund(id, args);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    QVERIFY(refused.err.contains("Nothing was sent."));
    QCOMPARE(refundRequests(sandbox), 0);
}

QTEST_GUILESS_MAIN(TestCliRefund)
#include "tst_cli_refund.moc"
