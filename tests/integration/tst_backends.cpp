// The backend layer against the real sandbox over loopback HTTP: each backend's success, input
// validation (nothing sent), wrong credentials, declines, idempotent replay, and the whole
// backend × fault matrix (no crash, no hang past the deadline, the right outcome, never a
// second intent).
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "backends/dots/jobs.h"
#include "backendtest.h"

using namespace paydesk;
using Kind = BackendError::Kind;
using Reach = BackendError::Reach;

Q_DECLARE_METATYPE(paydesk::BackendKind)

using test::profileFor;
using test::saleFor;

class TestBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsOnEachBackend_data();
    void createsOnEachBackend();
    void validationCatchesBadInput();
    void wrongCredentials_data();
    void wrongCredentials();
    void declines_data();
    void declines();
    void idempotentReplay_data();
    void idempotentReplay();
    void sameKeyOtherSaleIsRefused();
    void faultMatrix_data();
    void faultMatrix();
    void insecureUrlSendsNothing();
    void unreachableIsNotSent();
    void dotsRetrieveAndList();
    void redirects();
    void errorBodiesOfOtherShapes_data();
    void errorBodiesOfOtherShapes();

private:
    JobResult run(const BackendProfile &profile, const Sale &sale, JobOptions options = {});

    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestBackends::init()
{
    m_sandbox = std::make_unique<SandboxServer>(test::sandboxOptions());
    QVERIFY(m_sandbox->listen(0));
}

void TestBackends::cleanup()
{
    m_sandbox.reset();
}

JobResult TestBackends::run(const BackendProfile &profile, const Sale &sale, JobOptions options)
{
    return test::runCreate(&m_network, profile, sale, options);
}

void TestBackends::createsOnEachBackend_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("status");
    QTest::addRow("ocho") << BackendKind::Ocho << qint64(1250) << "created";
    QTest::addRow("offer") << BackendKind::Offer << qint64(6751 + 1249)
                           << "requires_payment_method";
    QTest::addRow("dots") << BackendKind::Dots << qint64(1250) << "requires_payment_method";
    QTest::addRow("checkout") << BackendKind::Checkout << qint64(1250) << "succeeded";
}

void TestBackends::createsOnEachBackend()
{
    QFETCH(BackendKind, kind);
    QFETCH(qint64, minor);
    QFETCH(QString, status);
    const JobResult r = run(profileFor(kind, m_sandbox->url()), saleFor(kind));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->detail() : QString()));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.sent);
    QVERIFY(r.record);
    QCOMPARE(r.record->backend, kind);
    QCOMPARE(r.record->intent.status, status);
    QCOMPARE(r.record->intent.amount->minor, minor);
    QCOMPARE(m_sandbox->intentCount(), 1);
    // The kept copy of the request carries no credential.
    const QByteArray request = QJsonDocument(r.request).toJson();
    for (const char *secret : {"tok-integration-1", "key-integration-1",
                               "Y2xpZW50LWludGVncmF0aW9uOmtleS1pbnRlZ3JhdGlvbi0x"})
        QVERIFY2(!request.contains(secret), secret);
    QVERIFY(request.contains("Idempotency-Key"));
    if (kind == BackendKind::Checkout) {
        const Charge *charge = r.record->latestCharge();
        QVERIFY(charge);
        QCOMPARE(charge->card->last4, QStringLiteral("4242"));
        QCOMPARE(charge->outcome->type, QStringLiteral("authorized"));
        QVERIFY(r.record->receipt.url.startsWith(m_sandbox->url().toString()
                                                 + QStringLiteral("/receipts/")));
        QVERIFY(r.record->warnings.isEmpty());
    }
}

void TestBackends::validationCatchesBadInput()
{
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    DotsForm form;
    form.amount = QStringLiteral("12.345");
    form.userId = QStringLiteral("not-a-uuid");
    form.setupFutureUsage = QStringLiteral("sometimes");
    const auto sale = validateSale(form, dots);
    QVERIFY(!sale);
    QStringList fields;
    for (const FieldIssue &i : sale.error())
        fields << i.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("amount"), QStringLiteral("user_id"),
                          QStringLiteral("setup_future_usage")}));
    QCOMPARE(m_sandbox->intentCount(), 0);
}

void TestBackends::wrongCredentials_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addRow("ocho") << BackendKind::Ocho << "AuthenticationRequired";
    QTest::addRow("offer") << BackendKind::Offer << "";
    QTest::addRow("dots") << BackendKind::Dots << "";
    QTest::addRow("checkout") << BackendKind::Checkout << "";
}

void TestBackends::wrongCredentials()
{
    QFETCH(BackendKind, kind);
    QFETCH(QString, name);
    BackendProfile p = profileFor(kind, m_sandbox->url());
    p.token = QStringLiteral("wrong-token");
    p.apiKey = QStringLiteral("wrong-key");
    const JobResult r = run(p, saleFor(kind));
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, Kind::Refused);
    QCOMPARE(r.error->reach, Reach::Answered);
    QCOMPARE(r.error->httpStatus, 401);
    QCOMPARE(r.error->exitCode(), 3);
    QCOMPARE(r.error->name, name);
    QVERIFY(!r.error->message.isEmpty());
    QVERIFY(!r.error->message.contains(QStringLiteral("wrong-")));
    QCOMPARE(m_sandbox->intentCount(), 0);
}

void TestBackends::declines_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<qint64>("minor");
    QTest::addRow("ocho") << BackendKind::Ocho << qint64(1202);
    QTest::addRow("dots") << BackendKind::Dots << qint64(302);
    QTest::addRow("checkout") << BackendKind::Checkout << qint64(302);
}

void TestBackends::declines()
{
    QFETCH(BackendKind, kind);
    QFETCH(qint64, minor);
    const JobResult r = run(profileFor(kind, m_sandbox->url()), saleFor(kind, minor));
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, Kind::Declined);
    QCOMPARE(r.error->reach, Reach::Answered);
    QCOMPARE(r.error->exitCode(), 3);
    QVERIFY(r.error->cashierText().startsWith(QStringLiteral("The card was declined")));
    if (kind == BackendKind::Checkout) {
        QVERIFY(r.record); // the failed charge is shown to the cashier
        const Charge &c = r.record->charges.first();
        QCOMPARE(c.status, QStringLiteral("failed"));
        QCOMPARE(c.failureCode, QStringLiteral("card_declined"));
        QCOMPARE(c.outcome->type, QStringLiteral("issuer_declined"));
    }
}

void TestBackends::idempotentReplay_data()
{
    QTest::addColumn<BackendKind>("kind");
    for (BackendKind k :
         {BackendKind::Ocho, BackendKind::Offer, BackendKind::Dots, BackendKind::Checkout})
        QTest::addRow("%s", qPrintable(backendName(k))) << k;
}

void TestBackends::idempotentReplay()
{
    QFETCH(BackendKind, kind);
    JobOptions options;
    options.idempotencyKey = QStringLiteral("replay-") + backendName(kind);
    const BackendProfile p = profileFor(kind, m_sandbox->url());
    const Sale sale = saleFor(kind);
    const JobResult first = run(p, sale, options);
    const JobResult second = run(p, sale, options);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(!first.replayed);
    QVERIFY(second.replayed);
    QCOMPARE(second.record->intent.id, first.record->intent.id);
    QCOMPARE(m_sandbox->intentCount(), 1);
}

void TestBackends::sameKeyOtherSaleIsRefused()
{
    JobOptions options;
    options.idempotencyKey = QStringLiteral("reused-key");
    const BackendProfile p = profileFor(BackendKind::Checkout, m_sandbox->url());
    QVERIFY(run(p, saleFor(BackendKind::Checkout, 1000), options).ok());
    const JobResult other = run(p, saleFor(BackendKind::Checkout, 2000), options);
    QVERIFY(other.error);
    QCOMPARE(other.error->kind, Kind::Refused);
    QCOMPARE(other.error->httpStatus, 400);
    QCOMPARE(m_sandbox->intentCount(), 1);
}

void TestBackends::faultMatrix_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("intents"); // what the backend created: the client never adds one
    const struct
    {
        const char *spec;
        Kind kind;
        int intents;
    } faults[] = {
        {"drop", Kind::ConnectionLost, 1},
        {"reset-after-body", Kind::ConnectionLost, 1},
        {"status=500", Kind::ServerError, 0},
        {"status=503", Kind::ServerError, 0},
        {"html-502", Kind::ServerError, 0},
        {"malformed", Kind::Unreadable, 1},
        {"truncated", Kind::ConnectionLost, 1},
        {"huge", Kind::Unreadable, 1},
        {"slow", Kind::Timeout, 1},
        {"delay=4000", Kind::Timeout, 1},
    };
    for (BackendKind k :
         {BackendKind::Ocho, BackendKind::Offer, BackendKind::Dots, BackendKind::Checkout})
        for (const auto &f : faults)
            QTest::addRow("%s %s", qPrintable(backendName(k)), f.spec)
                << k << QByteArray(f.spec) << int(f.kind) << f.intents;
}

void TestBackends::faultMatrix()
{
    QFETCH(BackendKind, kind);
    QFETCH(QByteArray, fault);
    QFETCH(int, errorKind);
    QFETCH(int, intents);
    JobOptions options;
    options.timeoutMs = 1500;
    options.extraHeaders = {{"X-Sandbox-Fault", fault}};
    QElapsedTimer clock;
    clock.start();
    const JobResult r = run(profileFor(kind, m_sandbox->url()), saleFor(kind), options);
    QVERIFY2(r.error, "a fault was taken for a success");
    QCOMPARE(int(r.error->kind), errorKind);
    QCOMPARE(r.error->reach, Reach::Unknown); // it may have reached the backend: verify first
    QCOMPARE(r.error->exitCode(), 4);
    QVERIFY(r.error->cashierText().contains(QStringLiteral("check before trying again")));
    QVERIFY(!r.record);
    QVERIFY2(clock.elapsed() < options.timeoutMs + 5000, "the deadline did not hold");
    QCOMPARE(m_sandbox->intentCount(), intents);
    // Sent exactly once: Qt would silently re-send a request whose connection closed before
    // any answer byte (drop, reset) — for a backend without idempotency, a second payment.
    QCOMPARE(m_sandbox->requestCount(), 1);
}

void TestBackends::insecureUrlSendsNothing()
{
    const JobResult r
        = run(profileFor(BackendKind::Dots, QUrl(QStringLiteral("http://example.com"))),
              saleFor(BackendKind::Dots));
    QCOMPARE(r.error->kind, Kind::Insecure);
    QCOMPARE(r.error->reach, Reach::NotSent);
    QCOMPARE(r.error->exitCode(), 2);
    QVERIFY(!r.sent);
    QVERIFY(r.error->message.contains(QStringLiteral("https://")));
}

void TestBackends::unreachableIsNotSent()
{
    const quint16 port = m_sandbox->port();
    m_sandbox.reset(); // nobody listens there any more
    const JobResult r
        = run(profileFor(BackendKind::Ocho, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
              saleFor(BackendKind::Ocho));
    QCOMPARE(r.error->kind, Kind::NotReached);
    QCOMPARE(r.error->reach, Reach::NotSent);
    QCOMPARE(r.error->exitCode(), 4);
}

void TestBackends::dotsRetrieveAndList()
{
    const BackendProfile p = profileFor(BackendKind::Dots, m_sandbox->url());
    const JobResult created = run(p, saleFor(BackendKind::Dots));
    QVERIFY(created.ok());
    DotsRetrieveJob retrieve(&m_network, p, created.record->intent.id, {});
    QSignalSpy retrieved(&retrieve, &HttpJob::finished);
    retrieve.start();
    QVERIFY(retrieved.wait());
    QVERIFY(retrieve.result().ok());
    QCOMPARE(retrieve.result().record->intent.id, created.record->intent.id);

    DotsRetrieveJob missing(&m_network, p, QStringLiteral("3c90c3cc-0d44-4b50-8888-000000000000"),
                            {});
    QSignalSpy missed(&missing, &HttpJob::finished);
    missing.start();
    QVERIFY(missed.wait());
    QCOMPARE(missing.result().error->httpStatus, 404);
    QCOMPARE(missing.result().error->message, QStringLiteral("PaymentIntent not found"));

    DotsListJob list(&m_network, p, {});
    QSignalSpy listed(&list, &HttpJob::finished);
    list.start();
    QVERIFY(listed.wait());
    QCOMPARE(list.result().records.size(), 1);
}

namespace {

/// A server that answers its requests with fixed raw HTTP answers, in order, and keeps what it
/// got.
class RawServer final : public QTcpServer
{
public:
    explicit RawServer(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        listen(QHostAddress::LocalHost, 0);
    }
    QList<QByteArray> requests;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            const qsizetype length
                = buffer.mid(0, end).toLower().contains("content-length: 0") ? 0 : -1;
            if (end < 0 || (length < 0 && buffer.size() <= end + 4))
                return; // wait for the body
            requests.append(buffer);
            buffer.clear();
            socket->write(m_answers.at(qMin(requests.size(), m_answers.size()) - 1));
            socket->disconnectFromHost();
        });
    }

private:
    QList<QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray redirectTo(const QString &location)
{
    return "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location.toUtf8()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

void TestBackends::redirects()
{
    // Another origin (localhost is not 127.0.0.1): not followed, and the sandbox there never
    // sees the request nor its credentials.
    RawServer away({redirectTo(
        QStringLiteral("http://localhost:%1/api/v2/payment-intents").arg(m_sandbox->port()))});
    const JobResult refused
        = run(profileFor(BackendKind::Dots,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(away.serverPort()))),
              saleFor(BackendKind::Dots));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, Kind::Redirected);
    QCOMPARE(refused.error->reach, Reach::Unknown);
    QVERIFY(refused.error->message.contains(QStringLiteral("another site (localhost)")));
    QCOMPARE(away.requests.size(), 1);
    QCOMPARE(m_sandbox->requestCount(), 0);

    // The same origin, with a 307, on a create: never sent a second time. The first server may
    // have acted on it before redirecting, so the sale may have arrived (docs/retries.md).
    const QByteArray dots
        = R"({"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","amount":1250,"currency":"usd","status":"requires_payment_method"})";
    const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(dots.size()) + "\r\nConnection: close\r\n\r\n" + dots;
    RawServer here({redirectTo(QStringLiteral("/api/v2/payment-intents-moved")), ok});
    JobOptions options;
    options.idempotencyKey = QStringLiteral("redirect-key-1");
    const BackendProfile hereProfile = profileFor(
        BackendKind::Dots, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(here.serverPort())));
    const JobResult held = run(hereProfile, saleFor(BackendKind::Dots), options);
    QVERIFY(held.error);
    QCOMPARE(held.error->kind, Kind::Redirected);
    QCOMPARE(held.error->reach, Reach::Unknown);
    QCOMPARE(here.requests.size(), 1);
    QVERIFY(here.requests.at(0).startsWith("POST /api/v2/payment-intents "));

    // A read (verify's list) follows it once, on the same origin.
    RawServer list({redirectTo(QStringLiteral("/api/v2/payment-intents-moved")),
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2"
                    "\r\nConnection: close\r\n\r\n[]"});
    QNetworkAccessManager network;
    DotsListJob job(&network,
                    profileFor(BackendKind::Dots,
                               QUrl(QStringLiteral("http://127.0.0.1:%1").arg(list.serverPort()))),
                    {});
    QSignalSpy done(&job, &HttpJob::finished);
    job.start();
    QVERIFY(done.wait(10000));
    QVERIFY2(job.result().ok(),
             qPrintable(job.result().error ? job.result().error->detail() : QString()));
    QCOMPARE(list.requests.size(), 2);
    QVERIFY(list.requests.at(1).startsWith("GET /api/v2/payment-intents-moved "));
}

void TestBackends::errorBodiesOfOtherShapes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("RFC 7807 problem details")
        << QByteArray("application/problem+json")
        << QByteArray(R"({"type":"about:blank","title":"Bad Gateway","status":502,)"
                      R"("detail":"The upstream payment service did not answer."})")
        << QStringLiteral("Bad Gateway")
        << QStringLiteral("The upstream payment service did not answer.");
    QTest::addRow("JSON of no known shape")
        << QByteArray("application/json") << QByteArray(R"({"oops":[1,2,3]})") << QString()
        << QStringLiteral("HTTP 502 with an answer of an unknown shape.");
    QTest::addRow("not JSON") << QByteArray("text/plain") << QByteArray("upstream timed out")
                              << QString()
                              << QStringLiteral("HTTP 502 with a body that is not JSON.");
}

void TestBackends::errorBodiesOfOtherShapes()
{
    // A gateway's or a validator's own error is read for what it says, not called "not JSON".
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QString, message);
    RawServer server({"HTTP/1.1 502 Bad Gateway\r\nContent-Type: " + contentType
                      + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body});
    const JobResult r
        = run(profileFor(BackendKind::Dots,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))),
              saleFor(BackendKind::Dots));
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, Kind::ServerError);
    QCOMPARE(r.error->reach, Reach::Unknown); // a 5xx may come after the backend acted
    QCOMPARE(r.error->name, name);
    QCOMPARE(r.error->message, message);
}

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
