// Verifying an unknown sale, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under
// pg_virtualenv): settled only on proof, against the sandbox and against a real HTTP server that
// is not the sandbox; what cannot be asked is explained; a sale still in flight is left alone;
// Dots' list read as late as it fills.
#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "httprequest.h"
#include "journalfixture.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

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

} // namespace

class TestJournalVerify final : public QObject, private JournalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { checkServer(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void verifySettlesUnknown_data();
    void verifySettlesUnknown();
    void verifyExplainsWhatCannotBeAsked();
    void verifyNeedsProof_data();
    void verifyNeedsProof();
    void verifyLeavesASaleInFlightAlone();
    void dotsListsTheIntentLate();
    void dotsKeyHoldingASecretIsStillFound();
};

void TestJournalVerify::verifySettlesUnknown_data()
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

void TestJournalVerify::verifySettlesUnknown()
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

void TestJournalVerify::verifyExplainsWhatCannotBeAsked()
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

void TestJournalVerify::verifyNeedsProof_data()
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

void TestJournalVerify::verifyNeedsProof()
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

void TestJournalVerify::verifyLeavesASaleInFlightAlone()
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

void TestJournalVerify::dotsListsTheIntentLate()
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

void TestJournalVerify::dotsKeyHoldingASecretIsStillFound()
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

QTEST_GUILESS_MAIN(TestJournalVerify)
#include "tst_journal_verify.moc"
