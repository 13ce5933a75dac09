// No secret anywhere: sales on every backend with known credentials (and the secrets the
// backends hand out: client secrets, ephemeral keys, customer sessions) — then every byte
// Paydesk wrote is searched: stdout, stderr (with all of Paydesk's logging switched on), the
// exported CSV, and the journal's SQLite files or PostgreSQL tables. (The sandbox's own log is
// checked in tests/integration/tst_sandbox.cpp.)
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "../cli/cliprocess.h"
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

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
