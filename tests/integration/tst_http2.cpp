// Payment requests through a real HTTPS gateway that offers HTTP/2: nginx (TLS, `http2` on its
// listen line) in front of the in-process sandbox, started by this test on loopback with a
// throwaway config. The jobs speak HTTP/1.1 to it (HttpJob turns HTTP/2 off: nginx's access log
// says so), every sandbox fault behind the gateway is "may have arrived", and a closed port or an
// untrusted certificate is "not sent". nginx is a test dependency (scripts/deps): without it this
// test fails, it is never skipped.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "backendtest.h"

using namespace paydesk;
using namespace paydesk::test;
using Kind = BackendError::Kind;
using Reach = BackendError::Reach;

Q_DECLARE_METATYPE(paydesk::BackendKind)

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

/// nginx as a child process (no daemon, no master), every file it writes in a temporary folder,
/// listening with TLS and HTTP/2 on a free loopback port and proxying everything to `upstream`.
class Nginx final
{
public:
    ~Nginx() { stop(); }

    /// Empty when it listens; otherwise why not.
    QString start(const QUrl &upstream)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("nginx")).isEmpty()
            ? QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")})
            : QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (program.isEmpty())
            return QStringLiteral("nginx is not installed (scripts/deps installs it)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_port = freePort();
        // The access log names the protocol each request came in with; $uri, not the query (an
        // Ocho query carries its token).
        const QString conf
            = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
    log_format paydesk '$server_protocol $request_method $uri $status $http_idempotency_key';
    access_log %1/access.log paydesk;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2 ssl http2;
        ssl_certificate %3;
        ssl_certificate_key %4;
        location / {
            proxy_pass %5;
            proxy_buffering off;
        }
    }
}
)")
                  .arg(m_dir.path())
                  .arg(m_port)
                  .arg(tlsFile("server.pem"), tlsFile("server.key"), upstream.toString());
        QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) != conf.toUtf8().size())
            return QStringLiteral("cannot write the nginx config");
        file.close();
        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("-p"), m_dir.path() + u'/', QStringLiteral("-c"),
                                file.fileName(), QStringLiteral("-e"),
                                m_dir.filePath(QStringLiteral("error.log"))});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted())
            return QStringLiteral("nginx did not start: ") + m_process.errorString();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("nginx exited: ") + QString::fromUtf8(m_process.readAll())
                    + errorLog();
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return {};
            QTest::qWait(50);
        }
        return QStringLiteral("nginx never listened: ") + errorLog();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

    /// The access log line of the request whose URI or Idempotency-Key holds `token`, once
    /// nginx has written it (it logs after the answer went out); empty if it never does.
    QByteArray logLine(const QByteArray &token) const
    {
        QByteArray found;
        (void)QTest::qWaitFor(
            [&] {
                QFile log(m_dir.filePath(QStringLiteral("access.log")));
                if (!log.open(QIODevice::ReadOnly))
                    return false;
                for (const QByteArray &line : log.readAll().split('\n'))
                    if (line.contains(token))
                        found = line;
                return !found.isEmpty();
            },
            5000);
        return found;
    }

    QString errorLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestHttp2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void theGatewayOffersHttp2();
    void createsOverHttp11_data();
    void createsOverHttp11();
    void faultsBehindTheGateway_data();
    void faultsBehindTheGateway();
    void untrustedCertificateIsNotSent();
    void closedPortIsNotSent(); // last: it stops nginx

private:
    BackendProfile profile(BackendKind kind) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    Nginx m_nginx;
    QNetworkAccessManager m_network;
};

void TestHttp2::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
    QVERIFY(m_sandbox->listen(0));
    const QString problem = m_nginx.start(m_sandbox->url());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHttp2::cleanupTestCase()
{
    m_nginx.stop();
}

BackendProfile TestHttp2::profile(BackendKind kind) const
{
    BackendProfile p = profileFor(kind, m_nginx.url());
    p.caFile = tlsFile("ca.pem");
    return p;
}

void TestHttp2::theGatewayOffersHttp2()
{
    // A plain Qt request, HTTP/2 allowed as Qt's default: nginx and Qt agree on HTTP/2, so the
    // HTTP/1.1 of the payment requests below is HttpJob's choice, not the setup's.
    QNetworkRequest request(
        m_nginx.url().resolved(QUrl(QStringLiteral("/sandbox/attempts/h2-control"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(tlsFile("ca.pem"), QSsl::Pem);
    request.setSslConfiguration(tls);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    reply->deleteLater();
    const QByteArray line = m_nginx.logLine("h2-control");
    QVERIFY2(line.startsWith("HTTP/2.0 GET /sandbox/attempts/h2-control 404"), line.constData());
}

void TestHttp2::createsOverHttp11_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addRow("ocho") << BackendKind::Ocho << QByteArray("GET");
    QTest::addRow("offer") << BackendKind::Offer << QByteArray("POST");
    QTest::addRow("dots") << BackendKind::Dots << QByteArray("POST");
    QTest::addRow("checkout") << BackendKind::Checkout << QByteArray("POST");
}

void TestHttp2::createsOverHttp11()
{
    QFETCH(BackendKind, kind);
    QFETCH(QByteArray, method);
    const qsizetype intents = m_sandbox->intentCount();
    JobOptions options;
    options.idempotencyKey = QStringLiteral("h1-create-") + backendName(kind);
    const JobResult r = runCreate(&m_network, profile(kind), saleFor(kind), options);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->detail() : QString()));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.sent);
    QVERIFY(r.record);
    QCOMPARE(m_sandbox->intentCount(), intents + 1);
    // What a user can check too: the gateway's own log of the protocol the request came in.
    const QByteArray line = m_nginx.logLine(options.idempotencyKey.toUtf8());
    QVERIFY2(line.startsWith(QByteArray("HTTP/1.1 " + method + ' ')), line.constData());
    QVERIFY2(line.contains(" 200 "), line.constData());
}

void TestHttp2::faultsBehindTheGateway_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("intents"); // what the backend created behind the gateway
    // Every fault happens after the request reached the sandbox; the gateway turns some into
    // its own answer (a 502 for a connection the sandbox closed or reset).
    const struct
    {
        const char *spec;
        Kind kind;
        int intents;
    } faults[] = {
        {"drop", Kind::ServerError, 1},
        {"reset-after-body", Kind::ServerError, 1},
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

void TestHttp2::faultsBehindTheGateway()
{
    QFETCH(BackendKind, kind);
    QFETCH(QByteArray, fault);
    QFETCH(int, errorKind);
    QFETCH(int, intents);
    const qsizetype intentsBefore = m_sandbox->intentCount();
    const qsizetype requestsBefore = m_sandbox->requestCount();
    JobOptions options;
    options.timeoutMs = 1500;
    options.extraHeaders = {{"X-Sandbox-Fault", fault}};
    const JobResult r = runCreate(&m_network, profile(kind), saleFor(kind), options);
    QVERIFY2(r.error, "a fault was taken for a success");
    QCOMPARE(r.error->reach, Reach::Unknown); // it may have arrived: verify first
    QCOMPARE(int(r.error->kind), errorKind);
    QCOMPARE(r.error->exitCode(), 4);
    QVERIFY(r.sent);
    QVERIFY(!r.record);
    // The sandbox got it exactly once (neither Qt nor the gateway sent it again), and acted on
    // it where the fault says so.
    QCOMPARE(m_sandbox->requestCount(), requestsBefore + 1);
    QCOMPARE(m_sandbox->intentCount(), intentsBefore + intents);
}

void TestHttp2::untrustedCertificateIsNotSent()
{
    BackendProfile p = profile(BackendKind::Dots);
    p.caFile.clear();
    const qsizetype requests = m_sandbox->requestCount();
    // A network of its own: Qt would reuse the trusted connection of the earlier tests.
    QNetworkAccessManager network;
    const JobResult r = runCreate(&network, p, saleFor(BackendKind::Dots));
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, Kind::Tls);
    QCOMPARE(r.error->reach, Reach::NotSent);
    QVERIFY(!r.sent);
    QCOMPARE(m_sandbox->requestCount(), requests);
}

void TestHttp2::closedPortIsNotSent()
{
    m_nginx.stop();
    const qsizetype requests = m_sandbox->requestCount();
    // A network of its own: no kept-alive connection to the stopped nginx to try first.
    QNetworkAccessManager network;
    const JobResult r = runCreate(&network, profile(BackendKind::Dots), saleFor(BackendKind::Dots));
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, Kind::NotReached);
    QCOMPARE(r.error->reach, Reach::NotSent);
    QVERIFY(!r.sent);
    QCOMPARE(m_sandbox->requestCount(), requests);
}

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
