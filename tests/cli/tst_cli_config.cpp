// paydeskctl config show|check as real processes, in a home of their own (HOME, XDG_CONFIG_HOME,
// XDG_CONFIG_DIRS in a temporary folder; credentials in the user-only file): the user's file over
// a system-wide file with locks, secrets masked everywhere, and the connection test against a
// real paydesk-sandbox: good and wrong credentials for each backend, unreachable, untrusted and
// trusted TLS.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace paydesk::test;

namespace {

const QString kToken = QStringLiteral("tok-good-7f3a9c");
const QString kClientId = QStringLiteral("client-5512");
const QString kApiKey = QStringLiteral("key-good-91bd2e");
const QString kSystemToken = QStringLiteral("sys-token-44e1");
const QString kStoredToken = QStringLiteral("stored-token-c0ffee");

QString tlsFile(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

} // namespace

class TestCliConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showMergesUserAndSystemWithLocks();
    void showJsonMasksEverySecret();
    void showMasksCredentialsInUrls_data();
    void showMasksCredentialsInUrls();
    void checkAcceptsGoodCredentials_data();
    void checkAcceptsGoodCredentials();
    void checkRefusesWrongCredentials_data();
    void checkRefusesWrongCredentials();
    void checkOfferBodyTokenIsNotChecked_data();
    void checkOfferBodyTokenIsNotChecked();
    void checkUsesStoredCredentials();
    void checkUnreachable();
    void checkTls();
    void checkBadArguments();
    void checkRefusesBadSettings_data();
    void checkRefusesBadSettings();

private:
    QString userFile() const { return m_home->filePath(QStringLiteral("cfg/Paydesk/paydesk.ini")); }
    QString systemFile() const
    {
        return m_home->filePath(QStringLiteral("etc/Paydesk/paydesk.conf"));
    }
    void writeProfile(const QString &file, const QString &name, const QString &kind,
                      const QString &url, const QList<QPair<QString, QString>> &extra = {})
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("profile.") + name);
        ini.setValue(QStringLiteral("kind"), kind);
        ini.setValue(QStringLiteral("base_url"), url);
        for (const auto &[k, v] : extra)
            ini.setValue(k, v);
        ini.endGroup();
    }
    Run ctl(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("cfg")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_home->filePath(QStringLiteral("etc")));
        env.insert(QStringLiteral("PAYDESK_CREDENTIALS"), QStringLiteral("file"));
        return runProcess(QStringLiteral(PAYDESKCTL), args, env);
    }
    static void noSecretIn(const Run &run)
    {
        for (const QString &secret : {kToken, kClientId, kApiKey, kSystemToken, kStoredToken,
                                      QStringLiteral("wrong-token-x1")}) {
            QVERIFY2(!run.out.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!run.err.contains(secret.toUtf8()), qPrintable(secret));
        }
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxProcess> m_tlsSandbox;
};

void TestCliConfig::initTestCase()
{
    for (const char *name :
         {"PAYDESK_TOKEN", "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY", "PAYDESK_SYSTEM_CONFIG"})
        qunsetenv(name);
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--token"), kToken, QStringLiteral("--client-id"), kClientId,
                    QStringLiteral("--api-key"), kApiKey});
    m_tlsSandbox = std::make_unique<SandboxProcess>(QStringList{
        QStringLiteral("--tls-cert"), tlsFile("server.pem"), QStringLiteral("--tls-key"),
        tlsFile("server.key"), QStringLiteral("--token"), kToken});
    QCOMPARE(m_tlsSandbox->url().scheme(), QStringLiteral("https"));
}

void TestCliConfig::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("cfg/Paydesk"))));
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("etc/Paydesk"))));
}

void TestCliConfig::showMergesUserAndSystemWithLocks()
{
    writeProfile(systemFile(), QStringLiteral("fleet"), QStringLiteral("checkout"),
                 m_sandbox->urlText(), {{QStringLiteral("token"), kSystemToken}});
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Fleet Store"));
        sys.setValue(QStringLiteral("terminal/operator"), QStringLiteral("nobody"));
        sys.setValue(QStringLiteral("locks/keys"),
                     QStringList{QStringLiteral("receipt"), QStringLiteral("profile.fleet")});
        QSettings user(userFile(), QSettings::IniFormat);
        user.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Cashier's Own"));
        user.setValue(QStringLiteral("terminal/operator"), QStringLiteral("ana"));
    }
    writeProfile(userFile(), QStringLiteral("mine"), QStringLiteral("dots"), m_sandbox->urlText(),
                 {{QStringLiteral("api_key"), kApiKey}, {QStringLiteral("client_id"), kClientId}});

    const Run run = ctl({QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(
        out.contains(QStringLiteral("receipt/merchant_name = Fleet Store    [system, locked]")),
        qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("Cashier's Own"))); // locked: the user's value is ignored
    QVERIFY(out.contains(QStringLiteral("terminal/operator = ana    [user]")));
    QVERIFY(out.contains(QStringLiteral("profile.fleet/token = ********    [system, locked]")));
    QVERIFY(out.contains(QStringLiteral("profile.mine/api_key = ********    [user]")));
    QVERIFY(out.contains(QStringLiteral("profiles:     mine, fleet")));
    QVERIFY(out.contains(systemFile()));
    noSecretIn(run);
}

void TestCliConfig::showJsonMasksEverySecret()
{
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("offer"), m_sandbox->urlText(),
                 {{QStringLiteral("token"), kToken}});
    writeProfile(userFile(), QStringLiteral("stored"), QStringLiteral("checkout"),
                 m_sandbox->urlText());
    QFile creds(m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json")));
    QVERIFY(creds.open(QIODevice::WriteOnly));
    creds.write(QJsonDocument(QJsonObject{{QStringLiteral("stored"),
                                           QJsonObject{{QStringLiteral("token"), kStoredToken}}}})
                    .toJson());
    creds.close();

    const Run run
        = ctl({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("credentials")).toString(), QStringLiteral("file"));
    QCOMPARE(json.value(QStringLiteral("system_file_exists")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("profiles")).toArray().size(), 2);
    QStringList masked;
    const QJsonArray values = json.value(QStringLiteral("values")).toArray();
    for (const QJsonValue &v : values)
        if (v[QStringLiteral("value")].toString() == u"********")
            masked << v[QStringLiteral("key")].toString() + u'@'
                    + v[QStringLiteral("source")].toString();
    masked.sort();
    QCOMPARE(masked,
             (QStringList{QStringLiteral("profile.shop/token@user"),
                          QStringLiteral("profile.stored/token@credentials-file")}));
    noSecretIn(run);
}

void TestCliConfig::showMasksCredentialsInUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::addRow("token as user name")
        << QStringLiteral("https://%1@pay.example.com/api").arg(kToken)
        << "https://********@pay.example.com/api";
    QTest::addRow("user and password")
        << QStringLiteral("https://%1:%2@pay.example.com").arg(kClientId, kApiKey)
        << "https://********@pay.example.com";
    QTest::addRow("no user info") << "https://pay.example.com/api"
                                  << "https://pay.example.com/api";
}

void TestCliConfig::showMasksCredentialsInUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"), url);
    for (const QString &format : {QString(), QStringLiteral("--json")}) {
        QStringList args{QStringLiteral("config"), QStringLiteral("show")};
        if (!format.isEmpty())
            args << format;
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(shown), qPrintable(out));
        noSecretIn(run);
    }
}

void TestCliConfig::checkAcceptsGoodCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("credentials");
    QTest::addRow("ocho") << QStringLiteral("ocho") << QStringList{QStringLiteral("token"), kToken};
    QTest::addRow("offer-header") << QStringLiteral("offer")
                                  << QStringList{QStringLiteral("token"), kToken,
                                                 QStringLiteral("offer_token_placement"),
                                                 QStringLiteral("header")};
    QTest::addRow("dots") << QStringLiteral("dots")
                          << QStringList{QStringLiteral("client_id"), kClientId,
                                         QStringLiteral("api_key"), kApiKey};
    QTest::addRow("checkout") << QStringLiteral("checkout")
                              << QStringList{QStringLiteral("token"), kToken};
}

void TestCliConfig::checkAcceptsGoodCredentials()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, credentials);
    QList<QPair<QString, QString>> extra;
    for (qsizetype i = 0; i + 1 < credentials.size(); i += 2)
        extra.append({credentials[i], credentials[i + 1]});
    writeProfile(userFile(), QStringLiteral("shop"), kind, m_sandbox->urlText(), extra);

    const Run run
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = run.json()[QStringLiteral("profiles")][0].toObject();
    QCOMPARE(result[QStringLiteral("outcome")].toString(), QStringLiteral("ok"));
    QCOMPARE(result[QStringLiteral("reachable")].toBool(), true);
    QCOMPARE(result[QStringLiteral("credentials_accepted")].toBool(), true);
    QVERIFY(result[QStringLiteral("tls_trusted")].isNull()); // http://127.0.0.1
    noSecretIn(run);

    const Run text = ctl({QStringLiteral("config"), QStringLiteral("check"),
                          QStringLiteral("--profile"), QStringLiteral("shop")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("credentials:  accepted"), text.out.constData());
    noSecretIn(text);
}

void TestCliConfig::checkRefusesWrongCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("credentials");
    const QString wrong = QStringLiteral("wrong-token-x1");
    QTest::addRow("ocho") << QStringLiteral("ocho") << QStringList{QStringLiteral("token"), wrong};
    const QString header = QStringLiteral("offer_token_placement");
    QTest::addRow("offer-header") << QStringLiteral(
        "offer") << QStringList{QStringLiteral("token"), wrong, header, QStringLiteral("header")};
    QTest::addRow("offer-header-none")
        << QStringLiteral("offer") << QStringList{header, QStringLiteral("header")};
    QTest::addRow("dots") << QStringLiteral("dots")
                          << QStringList{QStringLiteral("client_id"), kClientId,
                                         QStringLiteral("api_key"), wrong};
    QTest::addRow("checkout") << QStringLiteral("checkout")
                              << QStringList{QStringLiteral("token"), wrong};
}

void TestCliConfig::checkRefusesWrongCredentials()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, credentials);
    QList<QPair<QString, QString>> extra;
    for (qsizetype i = 0; i + 1 < credentials.size(); i += 2)
        extra.append({credentials[i], credentials[i + 1]});
    writeProfile(userFile(), QStringLiteral("shop"), kind, m_sandbox->urlText(), extra);

    const Run run
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject result = run.json()[QStringLiteral("profiles")][0].toObject();
    QCOMPARE(result[QStringLiteral("outcome")].toString(), QStringLiteral("credentials-refused"));
    QCOMPARE(result[QStringLiteral("reachable")].toBool(), true);
    QCOMPARE(result[QStringLiteral("credentials_accepted")].toBool(), false);
    QCOMPARE(result[QStringLiteral("http_status")].toInt(), 401);
    noSecretIn(run);
}

void TestCliConfig::checkOfferBodyTokenIsNotChecked_data()
{
    QTest::addColumn<QString>("token");
    QTest::addRow("good") << kToken;
    QTest::addRow("wrong") << QStringLiteral("wrong-token-x1");
}

void TestCliConfig::checkOfferBodyTokenIsNotChecked()
{
    // Offer reads a body token only from a sale's request, which the test never sends: it says
    // the backend is there and that the credentials were not checked, right or wrong.
    QFETCH(QString, token);
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("offer"), m_sandbox->urlText(),
                 {{QStringLiteral("token"), token}});
    const Run run
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = run.json()[QStringLiteral("profiles")][0].toObject();
    QCOMPARE(result[QStringLiteral("outcome")].toString(), QStringLiteral("ok"));
    QCOMPARE(result[QStringLiteral("reachable")].toBool(), true);
    QVERIFY(result[QStringLiteral("credentials_accepted")].isNull());
    QVERIFY2(result[QStringLiteral("message")].toString().contains(QStringLiteral("not checked")),
             run.out.constData());
    noSecretIn(run);

    const Run text = ctl({QStringLiteral("config"), QStringLiteral("check")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("credentials:  not checked"), text.out.constData());
    noSecretIn(text);
}

void TestCliConfig::checkUsesStoredCredentials()
{
    // The profile has no token in the INI file; the credential file (what the setup writes
    // without a keyring) has the good one.
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 m_sandbox->urlText());
    const Run missing = ctl({QStringLiteral("config"), QStringLiteral("check")});
    QCOMPARE(missing.exitCode, 3);
    QFile creds(m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json")));
    QVERIFY(creds.open(QIODevice::WriteOnly));
    creds.write(QJsonDocument(QJsonObject{{QStringLiteral("shop"),
                                           QJsonObject{{QStringLiteral("token"), kToken}}}})
                    .toJson());
    creds.close();
    const Run run = ctl({QStringLiteral("config"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("shop (checkout, "));
    noSecretIn(run);
}

void TestCliConfig::checkUnreachable()
{
    // A port nothing listens on: ask the OS for one, then close it.
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 QStringLiteral("http://127.0.0.1:9"), {{QStringLiteral("token"), kToken}});
    writeProfile(userFile(), QStringLiteral("good"), QStringLiteral("checkout"),
                 m_sandbox->urlText(), {{QStringLiteral("token"), kToken}});
    const Run run
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4); // the worst of the profiles
    const QJsonArray results = run.json()[QStringLiteral("profiles")].toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &r : results) {
        if (r[QStringLiteral("profile")].toString() == u"shop") {
            QCOMPARE(r[QStringLiteral("outcome")].toString(), QStringLiteral("unreachable"));
            QCOMPARE(r[QStringLiteral("reachable")].toBool(), false);
        } else {
            QCOMPARE(r[QStringLiteral("outcome")].toString(), QStringLiteral("ok"));
        }
    }
    const Run one = ctl({QStringLiteral("config"), QStringLiteral("check"),
                         QStringLiteral("--profile"), QStringLiteral("good")});
    QCOMPARE(one.exitCode, 0);
}

void TestCliConfig::checkTls()
{
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 m_tlsSandbox->urlText(), {{QStringLiteral("token"), kToken}});
    const Run untrusted
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(untrusted.exitCode == 4, untrusted.err.constData());
    QJsonObject result = untrusted.json()[QStringLiteral("profiles")][0].toObject();
    QCOMPARE(result[QStringLiteral("outcome")].toString(), QStringLiteral("tls"));
    QCOMPARE(result[QStringLiteral("tls_trusted")].toBool(true), false);

    writeProfile(
        userFile(), QStringLiteral("shop"), QStringLiteral("checkout"), m_tlsSandbox->urlText(),
        {{QStringLiteral("token"), kToken}, {QStringLiteral("ca_file"), tlsFile("ca.pem")}});
    const Run trusted
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(trusted.exitCode, 0);
    result = trusted.json()[QStringLiteral("profiles")][0].toObject();
    QCOMPARE(result[QStringLiteral("tls_trusted")].toBool(false), true);
    QCOMPARE(result[QStringLiteral("credentials_accepted")].toBool(false), true);

    // Trusted TLS but another CA: refused again.
    writeProfile(
        userFile(), QStringLiteral("shop"), QStringLiteral("checkout"), m_tlsSandbox->urlText(),
        {{QStringLiteral("token"), kToken}, {QStringLiteral("ca_file"), tlsFile("other-ca.pem")}});
    QCOMPARE(ctl({QStringLiteral("config"), QStringLiteral("check")}).exitCode, 4);
}

void TestCliConfig::checkBadArguments()
{
    // No profile at all: nothing to check.
    QCOMPARE(ctl({QStringLiteral("config"), QStringLiteral("check")}).exitCode, 2);
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 m_sandbox->urlText());
    const Run unknown = ctl({QStringLiteral("config"), QStringLiteral("check"),
                             QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("there is no profile \"nope\""));
    QCOMPARE(ctl({QStringLiteral("config")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("config"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("config"), QStringLiteral("--help")}).exitCode, 0);
    // A remote plain-http backend is refused before anything is sent.
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 QStringLiteral("http://pay.example.com"), {{QStringLiteral("token"), kToken}});
    const Run insecure
        = ctl({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(insecure.exitCode, 2);
    QCOMPARE(insecure.json()[QStringLiteral("profiles")][0][QStringLiteral("outcome")].toString(),
             QStringLiteral("invalid-profile"));
}

void TestCliConfig::checkRefusesBadSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("credentials in base_url")
        << QStringLiteral("base_url") << QStringLiteral("http://till:pw-Kx81@127.0.0.1:9")
        << QStringLiteral("base_url: The base URL must not hold credentials");
    QTest::addRow("timeout_ms below 1 s") << QStringLiteral("timeout_ms") << QStringLiteral("10")
                                          << QStringLiteral("timeout_ms must be between");
    QTest::addRow("timeout_ms past 10 min")
        << QStringLiteral("timeout_ms") << QStringLiteral("3600000")
        << QStringLiteral("timeout_ms must be between");
    QTest::addRow("unknown kind") << QStringLiteral("kind") << QStringLiteral("paypal")
                                  << QStringLiteral("kind must be ocho, offer, dots or checkout");
    QTest::addRow("missing ca_file")
        << QStringLiteral("ca_file") << QStringLiteral("/nonexistent/ca.pem")
        << QStringLiteral("ca_file: the file /nonexistent/ca.pem does not exist");
}

void TestCliConfig::checkRefusesBadSettings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    writeProfile(userFile(), QStringLiteral("shop"), QStringLiteral("checkout"),
                 m_sandbox->urlText(), {{QStringLiteral("token"), kToken}, {key, value}});
    const qsizetype asked = m_sandbox->requestLines().size();
    const Run run = ctl({QStringLiteral("config"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 2); // an unusable profile: nothing was sent
    QVERIFY2(run.out.contains(message.toUtf8()), run.out.constData());
    QVERIFY(run.out.contains("Profile \"shop\""));
    QVERIFY(!run.out.contains("pw-Kx81") && !run.err.contains("pw-Kx81"));
    QCOMPARE(m_sandbox->requestLines().size(), asked); // the backend was never asked
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
