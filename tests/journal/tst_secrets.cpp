// No secret anywhere: sales on every backend with known credentials (and the secrets the
// backends hand out: client secrets, ephemeral keys, customer sessions) — then every byte
// Paydesk wrote is searched: stdout, stderr (with all of Paydesk's logging switched on), the
// exported CSV, and the journal's SQLite files or PostgreSQL tables. (The sandbox's own log is
// checked in tests/integration/tst_sandbox.cpp.) Then a backend that echoes the credentials it
// received (tests/integration/echobackend.h): in a JSON error, a header, an HTML 502 page and a
// redirect's URL; the profile's own secrets must be masked by their value wherever they appear.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"
#include "echobackend.h"
#include "journalstore.h"

using namespace paydesk::test;

namespace {

const QString kToken = QStringLiteral("tok-Zq81-never-printed");
const QString kClientId = QStringLiteral("client-Aw3");
const QString kApiKey = QStringLiteral("key-Pv77-never-printed");

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretAnywhere();
    void echoedSecretsMasked();
    void serverNoticesStayInTheDebugLog();

private:
    QTemporaryDir m_dir;
};

void TestSecrets::initTestCase()
{
    if (kPostgres)
        QVERIFY2(qEnvironmentVariableIsSet("PGHOST"),
                 "run the PostgreSQL pass under pg_virtualenv");
}

void TestSecrets::noSecretAnywhere()
{
    const QString journal = freshJournalLocation(m_dir.path(), QStringLiteral("secrets"));
    SandboxProcess sandbox({QStringLiteral("--token"), kToken, QStringLiteral("--client-id"),
                            kClientId, QStringLiteral("--api-key"), kApiKey});
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), journal);
    env.insert(QStringLiteral("PAYDESK_TOKEN"), kToken);
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), kClientId);
    env.insert(QStringLiteral("PAYDESK_API_KEY"), kApiKey);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paydesk.*=true"));

    const QString url = sandbox.urlText();
    const QList<QStringList> sales{
        {QStringLiteral("--backend"), QStringLiteral("ocho"), QStringLiteral("--iss"),
         QStringLiteral("did:plc:s"), QStringLiteral("--amount"), QStringLiteral("4.00"),
         QStringLiteral("--id"), QStringLiteral("S-1")},
        {QStringLiteral("--backend"), QStringLiteral("offer"), QStringLiteral("--offer-oid"),
         QStringLiteral("77"), QStringLiteral("--product"), QStringLiteral("core")},
        {QStringLiteral("--backend"), QStringLiteral("dots"), QStringLiteral("--amount"),
         QStringLiteral("5.00")},
        {QStringLiteral("--backend"), QStringLiteral("checkout"), QStringLiteral("--client"),
         QStringLiteral("A"), QStringLiteral("--reference"), QStringLiteral("S-4"),
         QStringLiteral("--item"), QStringLiteral("A:a:1:6.00")},
        {QStringLiteral("--backend"), QStringLiteral("checkout"), QStringLiteral("--client"),
         QStringLiteral("A"), QStringLiteral("--reference"), QStringLiteral("S-5"),
         QStringLiteral("--item"), QStringLiteral("A:a:1:3.02")},
    };
    QByteArray everything;
    QStringList keys;
    int n = 0;
    for (const QStringList &sale : sales) {
        for (const bool json : {false, true}) {
            const QString key = QStringLiteral("secrets-%1").arg(++n);
            keys << key;
            QStringList args = QStringList{QStringLiteral("create"), QStringLiteral("--base-url"),
                                           url, QStringLiteral("--idempotency-key"), key}
                + sale;
            if (json)
                args << QStringLiteral("--json");
            const Run run = runProcess(QStringLiteral(PAYDESKCTL), args, env);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
            everything += run.out + run.err;
        }
    }
    // A sale refused for its credentials, too.
    QProcessEnvironment wrong = env;
    wrong.insert(QStringLiteral("PAYDESK_TOKEN"), QStringLiteral("tok-Wrong-9911"));
    const Run refused = runProcess(
        QStringLiteral(PAYDESKCTL),
        QStringList{QStringLiteral("create"), QStringLiteral("--base-url"), url} + sales.at(3),
        wrong);
    QCOMPARE(refused.exitCode, 3);
    everything += refused.out + refused.err;

    const QString csv = m_dir.filePath(QStringLiteral("secrets.csv"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("list")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("4"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("8")},
          QStringList{QStringLiteral("journal"), QStringLiteral("report"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--csv"),
                      csv}}) {
        const Run run = runProcess(QStringLiteral(PAYDESKCTL), args, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        everything += run.out + run.err;
    }
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    everything += exported.readAll();
    everything += storedBytes(journal);

    // The secrets the backend handed out, as it recorded them.
    QStringList secrets{kToken, kApiKey, QStringLiteral("tok-Wrong-9911"),
                        QString::fromLatin1((kClientId + u':' + kApiKey).toUtf8().toBase64())};
    for (const QString &key : std::as_const(keys)) {
        const auto [status, lookup] = sandbox.get(QStringLiteral("/sandbox/attempts/") + key);
        QCOMPARE(status, 200);
        const QJsonObject answer = lookup.object().value(QStringLiteral("answer")).toObject();
        const QJsonObject intent = answer.value(QStringLiteral("data")).isObject()
            ? answer.value(QStringLiteral("data")).toObject()
            : answer.value(QStringLiteral("response"))
                  .toObject()
                  .value(QStringLiteral("payment_intent"))
                  .toObject();
        for (const QJsonValue &v : {answer.value(QStringLiteral("paymentIntent")),
                                    answer.value(QStringLiteral("ephemeralKey")),
                                    answer.value(QStringLiteral("customerSession")),
                                    answer.value(QStringLiteral("client_secret")),
                                    intent.value(QStringLiteral("client_secret"))}) {
            const QString secret = v.toString();
            const qsizetype cut = secret.indexOf(QStringLiteral("_secret_"));
            if (cut >= 0)
                secrets << secret.mid(cut
                                      + 8); // the secret part (the pi_ id before it is no secret)
            else if (secret.startsWith(QStringLiteral("ek_")))
                secrets << secret.mid(8);
        }
    }
    QVERIFY(secrets.size() > 10); // the sales really handed out secrets to look for
    QVERIFY(everything.contains("pi_")); // and Paydesk really wrote about them
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!everything.contains(secret.toUtf8()),
                 qPrintable(QStringLiteral("found: ") + secret.left(6) + QStringLiteral("…")));
}

namespace {

// Secrets with no recognisable shape: only their value can find them.
const QString kEchoToken = QStringLiteral("plain7Q2wordX");
const QString kEchoClientId = QStringLiteral("cid84Halo");
const QString kEchoApiKey = QStringLiteral("walrus55Kettle");

} // namespace

void TestSecrets::echoedSecretsMasked()
{
    const QString journal = freshJournalLocation(m_dir.path(), QStringLiteral("echo"));
    EchoBackend backend;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), journal);
    env.insert(QStringLiteral("PAYDESK_TOKEN"), kEchoToken);
    env.insert(QStringLiteral("PAYDESK_CLIENT_ID"), kEchoClientId);
    env.insert(QStringLiteral("PAYDESK_API_KEY"), kEchoApiKey);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paydesk.*=true"));
    const QString url = backend.url().toString();
    // Every way a credential travels: Bearer (Checkout), the JSON body (Offer), Basic (Dots),
    // the query (Ocho).
    const QList<QStringList> sales{
        {QStringLiteral("--backend"), QStringLiteral("checkout"), QStringLiteral("--client"),
         QStringLiteral("A"), QStringLiteral("--reference"), QStringLiteral("E-1"),
         QStringLiteral("--item"), QStringLiteral("A:a:1:6.00")},
        {QStringLiteral("--backend"), QStringLiteral("offer"), QStringLiteral("--offer-oid"),
         QStringLiteral("77"), QStringLiteral("--product"), QStringLiteral("core")},
        {QStringLiteral("--backend"), QStringLiteral("dots"), QStringLiteral("--amount"),
         QStringLiteral("5.00")},
        {QStringLiteral("--backend"), QStringLiteral("ocho"), QStringLiteral("--iss"),
         QStringLiteral("did:plc:e"), QStringLiteral("--amount"), QStringLiteral("4.00"),
         QStringLiteral("--id"), QStringLiteral("E-4")},
    };
    using Mode = EchoBackend::Mode;
    QByteArray everything;
    int runs = 0;
    for (const Mode mode :
         {Mode::JsonError, Mode::Header, Mode::Html502, Mode::Redirect, Mode::SameOriginRedirect}) {
        backend.mode = mode;
        for (const QStringList &sale : sales) {
            for (const bool json : {false, true}) {
                QStringList args
                    = QStringList{QStringLiteral("create"), QStringLiteral("--base-url"), url}
                    + sale;
                if (json)
                    args << QStringLiteral("--json");
                const Run run = runProcess(QStringLiteral(PAYDESKCTL), args, env);
                // A refusal (3) or no usable answer (4): never a sale, never a crash.
                QVERIFY2(
                    run.exitCode == 3 || run.exitCode == 4,
                    qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
                everything += run.out + run.err;
                ++runs;
            }
        }
    }
    QVERIFY(backend.answered() >= runs); // every sale reached the echoing backend

    const QString csv = m_dir.filePath(QStringLiteral("echo.csv"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("list")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("1"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("3")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("5")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("7")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("20"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("36"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--csv"),
                      csv}}) {
        const Run run = runProcess(QStringLiteral(PAYDESKCTL), args, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        everything += run.out + run.err;
    }
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    everything += exported.readAll();
    const QByteArray stored = storedBytes(journal);
    everything += stored;

    // The echoes really were written about, masked.
    QVERIFY2(everything.contains("Unknown api_token ****"), everything.left(4000).constData());
    QVERIFY(everything.contains("bad token ****"));
    QVERIFY(stored.contains("upstream refused token ****"));
    QVERIFY(everything.contains("login.example.net"));
    // Nothing of the credentials, in any form: as given, Basic, percent-encoded.
    const QStringList secrets{
        kEchoToken, kEchoApiKey, kEchoClientId,
        QString::fromLatin1((kEchoClientId + u':' + kEchoApiKey).toUtf8().toBase64())};
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret.toUtf8()),
                 qPrintable(QStringLiteral("found: ") + secret.left(4) + QStringLiteral("…")));
}

// Every paydeskctl command on a PostgreSQL journal used to print the server's NOTICE ("relation
// \"journal_meta\" already exists, skipping") on stderr: notices stay in the debug log.
void TestSecrets::serverNoticesStayInTheDebugLog()
{
    const QString journal = freshJournalLocation(m_dir.path(), QStringLiteral("quiet"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), journal);
    for (int i = 0; i < 2; ++i) { // the first creates the tables, the second finds them
        const Run run = runProcess(QStringLiteral(PAYDESKCTL),
                                   {QStringLiteral("journal"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
    }
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("paydesk.journal.server.debug=true"));
    const Run logged = runProcess(QStringLiteral(PAYDESKCTL),
                                  {QStringLiteral("journal"), QStringLiteral("list")}, env);
    QCOMPARE(logged.exitCode, 0);
    if (kPostgres) // the notice is there, in its category, for whoever switches it on
        QVERIFY2(logged.err.contains("already exists, skipping"), logged.err.constData());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
