// TLS: a backend whose certificate this computer does not trust is refused before anything is
// sent (exit 4, journal state failed, the certificate problem named), and accepted once
// --ca-file names the CA that signed it. Certificates: tests/data/tls/README.md.
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace paydesk::test;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

} // namespace

class TestCliTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem"),
                        QStringLiteral("--tls-key"), tlsFile("server.key")});
        QCOMPARE(m_sandbox->url().scheme(), QStringLiteral("https"));
        // This test process (not paydeskctl) trusts the test CA, to ask the sandbox what it saw.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(tlsFile("ca.pem"), QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    void cleanupTestCase() { m_sandbox.reset(); }
    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void trustedWithItsCa();

private:
    Run create(const QStringList &extra)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_dir.filePath(QStringLiteral("tls.sqlite")));
        return runProcess(QStringLiteral(PAYDESKCTL),
                          QStringList{QStringLiteral("create"), QStringLiteral("--backend"),
                                      QStringLiteral("dots"), QStringLiteral("--base-url"),
                                      m_sandbox->urlText(), QStringLiteral("--amount"),
                                      QStringLiteral("9.00"), QStringLiteral("--json")}
                              + extra,
                          env);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestCliTls::untrustedCertificateIsRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("no CA given") << QStringList{};
    QTest::addRow("another CA") << QStringList{QStringLiteral("--ca-file"),
                                               tlsFile("other-ca.pem")};
}

void TestCliTls::untrustedCertificateIsRefused()
{
    QFETCH(QStringList, extra);
    const Run run = create(extra);
    QCOMPARE(run.exitCode, 4);
    const QJsonObject out = run.json();
    QCOMPARE(out[QStringLiteral("state")].toString(), QStringLiteral("failed")); // never reached
    QCOMPARE(out[QStringLiteral("outcome")].toString(), QStringLiteral("failed"));
    QCOMPARE(out[QStringLiteral("error")][QStringLiteral("kind")].toString(),
             QStringLiteral("tls"));
    const QString detail = out[QStringLiteral("error")][QStringLiteral("detail")].toString();
    QVERIFY2(detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(detail));
    QVERIFY(run.err.contains("identity could not be verified; nothing was sent"));
    // Nothing reached the backend: it has never seen this sale's key.
    QCOMPARE(m_sandbox
                 ->get(QStringLiteral("/sandbox/attempts/")
                       + out[QStringLiteral("idempotency_key")].toString())
                 .first,
             404);
}

void TestCliTls::trustedWithItsCa()
{
    const Run run = create({QStringLiteral("--ca-file"), tlsFile("ca.pem")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()[QStringLiteral("intent")][QStringLiteral("status")].toString(),
             QStringLiteral("requires_payment_method"));
    const Run missing
        = create({QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")});
    QCOMPARE(missing.exitCode, 2); // a configuration error: nothing sent
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_cli_tls.moc"
