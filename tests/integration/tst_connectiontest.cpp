// The connection test against the real sandbox over loopback HTTP (in-process, so its store can
// be read): for each backend, good and wrong credentials, a wrong address, a closed port, an
// untrusted and a trusted certificate. After every test the sandbox holds no payment intent, and
// what reached it was one GET: never a request to a create endpoint that could create one.
#include <optional>
#include <utility>

#include <QMutex>
#include <QTcpServer>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "settings/connectiontest.h"

using namespace paydesk;
using Probed = ConnectionReport::Outcome;
using MaybeBool = std::optional<bool>;

Q_DECLARE_METATYPE(paydesk::BackendKind)
Q_DECLARE_METATYPE(paydesk::ConnectionReport::Outcome)
Q_DECLARE_METATYPE(MaybeBool)

namespace {

const QString kToken = QStringLiteral("tok-probe-5c21");
const QString kClientId = QStringLiteral("client-probe");
const QString kApiKey = QStringLiteral("key-probe-8e0d");
const QString kWrong = QStringLiteral("wrong-probe-77");

QString tlsFile(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

/// The sandbox's request lines ("GET /api/checkout/ 405"), as its log category writes them.
QMutex g_linesMutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "paydesk.sandbox") == 0) {
        const QMutexLocker lock(&g_linesMutex);
        g_lines.append(message);
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}

QStringList takeLines()
{
    const QMutexLocker lock(&g_linesMutex);
    return std::exchange(g_lines, {});
}

BackendProfile profileFor(BackendKind kind, const QUrl &url, bool goodCredentials)
{
    BackendProfile p;
    p.name = QStringLiteral("probe");
    p.kind = kind;
    p.baseUrl = url;
    p.timeoutMs = 10000;
    const QString token = goodCredentials ? kToken : kWrong;
    switch (kind) {
    case BackendKind::Dots:
        p.clientId = kClientId;
        p.apiKey = goodCredentials ? kApiKey : kWrong;
        break;
    default:
        p.token = token;
        break;
    }
    return p;
}

/// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void addKinds()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addRow("ocho") << BackendKind::Ocho;
    QTest::addRow("offer") << BackendKind::Offer;
    QTest::addRow("dots") << BackendKind::Dots;
    QTest::addRow("checkout") << BackendKind::Checkout;
}

} // namespace

class TestConnectionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void credentials_data();
    void credentials();
    void wrongAddress_data();
    void wrongAddress();
    void unreachable_data() { addKinds(); }
    void unreachable();
    void tls_data() { addKinds(); }
    void tls();

private:
    /// Runs the test, then checks what a user relies on: the sandbox holds no intent, and the one
    /// request it received (when it was reached) was a GET.
    ConnectionReport runAndCheck(const BackendProfile &profile, SandboxServer &sandbox,
                                 bool reaches);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxServer> m_tlsSandbox;
};

void TestConnectionTest::initTestCase()
{
    g_previous = qInstallMessageHandler(collect);
    SandboxOptions options;
    options.token = kToken;
    options.clientId = kClientId;
    options.apiKey = kApiKey;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
    options.tlsCertificateFile = tlsFile("server.pem");
    options.tlsKeyFile = tlsFile("server.key");
    m_tlsSandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_tlsSandbox->listen());
    QCOMPARE(m_tlsSandbox->url().scheme(), QStringLiteral("https"));
}

void TestConnectionTest::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestConnectionTest::init()
{
    takeLines();
}

ConnectionReport TestConnectionTest::runAndCheck(const BackendProfile &profile,
                                                 SandboxServer &sandbox, bool reaches)
{
    const qsizetype requestsBefore = sandbox.requestCount();
    const ConnectionReport report = testConnection(profile);
    [&] {
        QCOMPARE(sandbox.intentCount(), 0);
        QCOMPARE(sandbox.requestCount(), requestsBefore + (reaches ? 1 : 0));
        const QStringList lines = takeLines();
        QCOMPARE(lines.size(), reaches ? 1 : 0);
        if (reaches)
            QVERIFY2(lines.first().startsWith(QStringLiteral("GET ")), qPrintable(lines.first()));
    }();
    return report;
}

void TestConnectionTest::credentials_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<bool>("good");
    QTest::addColumn<bool>("offerHeader");
    QTest::addColumn<Probed>("outcome");
    QTest::addColumn<MaybeBool>("accepted");
    QTest::addColumn<int>("status");
    const MaybeBool yes = true, no = false, unset;
    // Ocho: its query without parameters, 400 after the token is checked.
    QTest::addRow("ocho good") << BackendKind::Ocho << true << false << Probed::Ok << yes << 400;
    QTest::addRow("ocho wrong") << BackendKind::Ocho << false << false << Probed::CredentialsRefused
                                << no << 401;
    // Offer with the token as a header: a GET on the create path, 405 after the token is checked.
    QTest::addRow("offer-header good")
        << BackendKind::Offer << true << true << Probed::Ok << yes << 405;
    QTest::addRow("offer-header wrong")
        << BackendKind::Offer << false << true << Probed::CredentialsRefused << no << 401;
    // Offer with the token in the body (the default): the GET cannot carry it, so the sandbox
    // says it wants one, whatever the profile holds; found, credentials not checked.
    QTest::addRow("offer-body good")
        << BackendKind::Offer << true << false << Probed::Ok << unset << 401;
    QTest::addRow("offer-body wrong")
        << BackendKind::Offer << false << false << Probed::Ok << unset << 401;
    // Dots: the list of intents, a read.
    QTest::addRow("dots good") << BackendKind::Dots << true << false << Probed::Ok << yes << 200;
    QTest::addRow("dots wrong") << BackendKind::Dots << false << false << Probed::CredentialsRefused
                                << no << 401;
    // Checkout: a GET on the checkout path, 405 after the token is checked.
    QTest::addRow("checkout good")
        << BackendKind::Checkout << true << false << Probed::Ok << yes << 405;
    QTest::addRow("checkout wrong")
        << BackendKind::Checkout << false << false << Probed::CredentialsRefused << no << 401;
}

void TestConnectionTest::credentials()
{
    QFETCH(BackendKind, kind);
    QFETCH(bool, good);
    QFETCH(bool, offerHeader);
    QFETCH(Probed, outcome);
    QFETCH(MaybeBool, accepted);
    QFETCH(int, status);
    BackendProfile profile = profileFor(kind, m_sandbox->url(), good);
    if (offerHeader)
        profile.offerTokenPlacement = BackendProfile::TokenPlacement::Header;
    const ConnectionReport report = runAndCheck(profile, *m_sandbox, true);
    if (QTest::currentTestFailed())
        return;
    ConnectionReport expected;
    expected.outcome = outcome;
    QCOMPARE(report.outcomeName(), expected.outcomeName());
    QCOMPARE(report.credentialsAccepted, accepted);
    QCOMPARE(report.httpStatus, status);
    QVERIFY(report.reachable);
    QVERIFY(!report.tlsTrusted); // http://127.0.0.1
    QCOMPARE(report.exitCode(), outcome == Probed::Ok ? 0 : 3);
    if (outcome == Probed::Ok && !accepted)
        QVERIFY2(report.summary().contains(QStringLiteral("not checked")),
                 qPrintable(report.summary()));
}

void TestConnectionTest::wrongAddress_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("ocho elsewhere") << BackendKind::Ocho << QStringLiteral("/shop") << 404;
    // Another XRPC service: the method is not implemented there.
    QTest::addRow("ocho other xrpc") << BackendKind::Ocho << QStringLiteral("/xrpc/other") << 501;
    QTest::addRow("offer") << BackendKind::Offer << QStringLiteral("/shop") << 404;
    QTest::addRow("dots") << BackendKind::Dots << QStringLiteral("/shop") << 404;
    QTest::addRow("checkout") << BackendKind::Checkout << QStringLiteral("/shop") << 404;
}

void TestConnectionTest::wrongAddress()
{
    QFETCH(BackendKind, kind);
    QFETCH(QString, path);
    QFETCH(int, status);
    QUrl url = m_sandbox->url();
    url.setPath(path);
    const ConnectionReport report = runAndCheck(profileFor(kind, url, true), *m_sandbox, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.outcomeName(), QStringLiteral("wrong-endpoint"));
    QCOMPARE(report.httpStatus, status);
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(!report.credentialsAccepted);

    // Checkout's path is a setting of its own: a wrong one is a wrong address too.
    if (kind == BackendKind::Checkout) {
        BackendProfile profile = profileFor(kind, m_sandbox->url(), true);
        profile.checkoutPath = QStringLiteral("/api/pay/");
        const ConnectionReport wrongPath = runAndCheck(profile, *m_sandbox, true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wrongPath.outcomeName(), QStringLiteral("wrong-endpoint"));
    }
}

void TestConnectionTest::unreachable()
{
    QFETCH(BackendKind, kind);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const ConnectionReport report = runAndCheck(profileFor(kind, url, true), *m_sandbox, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.outcomeName(), QStringLiteral("unreachable"));
    QVERIFY(!report.reachable);
    QCOMPARE(report.exitCode(), 4);
}

void TestConnectionTest::tls()
{
    QFETCH(BackendKind, kind);
    BackendProfile profile = profileFor(kind, m_tlsSandbox->url(), true);
    if (kind == BackendKind::Offer)
        profile.offerTokenPlacement = BackendProfile::TokenPlacement::Header;
    const ConnectionReport untrusted = runAndCheck(profile, *m_tlsSandbox, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(untrusted.outcomeName(), QStringLiteral("tls"));
    QCOMPARE(untrusted.tlsTrusted, std::optional<bool>(false));
    QCOMPARE(untrusted.exitCode(), 4);

    profile.caFile = tlsFile("ca.pem");
    const ConnectionReport trusted = runAndCheck(profile, *m_tlsSandbox, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(trusted.outcomeName(), QStringLiteral("ok"));
    QCOMPARE(trusted.tlsTrusted, std::optional<bool>(true));
    QCOMPARE(trusted.credentialsAccepted, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
