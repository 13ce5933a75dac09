// paydeskctl inspect, run as a real process the way a support agent or a script runs it.
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"

using namespace paydesk::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run paydeskctl(const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PAYDESKCTL), args);
    if (!process.waitForStarted())
        qFatal("paydeskctl did not start");
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("paydeskctl did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QString dataPath(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

class TestCliInspect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonOfEachExample_data();
    void jsonOfEachExample();
    void summaryOfCheckout();
    void readsStdin();
    void refusalIsRead();
    void rejects_data();
    void rejects();
    void version();

private:
    QTemporaryDir m_dir;
};

void TestCliInspect::jsonOfEachExample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("intentId");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("secret");
    QTest::addRow("checkout") << "checkout.json"
                              << "checkout"
                              << "pi_3MlgomAJngT1JIsH0fznnVA3" << qint64(30000) << "succeeded"
                              << "0JOau1394g3V2CJyk1pZ81AGw";
    QTest::addRow("offer") << "offer.json"
                           << "offer"
                           << "pi_1JIxLGGISb0W1KPizyaY3P0b" << qint64(12751)
                           << "requires_payment_method"
                           << "Nnu1lJt79Drl8n1wFeivDeqxB";
    QTest::addRow("dots") << "dots.json"
                          << "dots"
                          << "3c90c3cc-0d44-4b50-8888-8dd25736052a" << qint64(1) << "initialized"
                          << "<string>";
    QTest::addRow("ocho") << "ocho.json"
                          << "ocho"
                          << "pi_3OchoAJngT1JIsH0aB12cD3" << qint64(-1) << "created"
                          << "kT5nYv0QpX2wLmR8sJdHq4Zu";
    QTest::addRow("stripe intent")
        << "stripe_payment_intent.json"
        << "stripe"
        << "pi_1PgafyB7WZ01zgkWSjxsAJo3" << qint64(1099) << "requires_payment_method"
        << "Dm43xiq1k0ywrRRjDoi8y1gkM";
}

void TestCliInspect::jsonOfEachExample()
{
    QFETCH(QString, file);
    QFETCH(QString, backend);
    QFETCH(QString, intentId);
    QFETCH(qint64, minor);
    QFETCH(QString, status);
    QFETCH(QString, secret);
    const Run run
        = paydeskctl({QStringLiteral("inspect"), QStringLiteral(PAYDESK_TEST_DATA "/") + file,
                      QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject record = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(record.value(QStringLiteral("backend")).toString(), backend);
    const QJsonObject intent = record.value(QStringLiteral("intent")).toObject();
    QCOMPARE(intent.value(QStringLiteral("id")).toString(), intentId);
    QCOMPARE(intent.value(QStringLiteral("status")).toString(), status);
    if (minor >= 0)
        QCOMPARE(intent[QStringLiteral("amount")].toObject()[QStringLiteral("minor")].toInteger(),
                 minor);
    else
        QVERIFY(intent.value(QStringLiteral("amount")).isNull());
    QVERIFY2(!run.out.contains(secret.toUtf8()), "a secret reached the output");
    // Masked, the client secret still names its intent, for support.
    if (intentId.startsWith(QStringLiteral("pi_")))
        QCOMPARE(intent.value(QStringLiteral("client_secret")).toString(),
                 intentId + QStringLiteral("_secret_****"));
}

void TestCliInspect::summaryOfCheckout()
{
    const Run run = paydeskctl({QStringLiteral("inspect"), dataPath("checkout.json")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *expected :
         {"pi_3MlgomAJngT1JIsH0fznnVA3", "succeeded", "300.00", "MXN",
          "ch_3MlgomAJngT1JIsH0F8YvGhd", "visa ****4242", "exp 05/2025", "authorized",
          "approved_by_network", "risk normal (18)", "Payment complete.",
          "txn_3MlgomAJngT1JIsH0VeJFswz", "https://pay.stripe.com/receipts/payment/"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("0JOau1394g3V2CJyk1pZ81AGw")));
}

void TestCliInspect::readsStdin()
{
    const Run dash
        = paydeskctl({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--json")},
                     readData(QStringLiteral("offer.json")));
    QCOMPARE(dash.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(dash.out).object()[QStringLiteral("backend")].toString(),
             QStringLiteral("offer"));
    const Run none = paydeskctl({QStringLiteral("inspect")}, readData(QStringLiteral("dots.json")));
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
}

void TestCliInspect::refusalIsRead()
{
    const Run run = paydeskctl({QStringLiteral("inspect"), QStringLiteral("--json")},
                               R"({"status":"0","message":"Quote expired","apirequest_oid":"9"})");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("refused")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Quote expired (request 9)"));
}

void TestCliInspect::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("why");
    const QStringList stdinArgs{QStringLiteral("inspect")};
    QTest::addRow("not json") << stdinArgs << QByteArray("<html>Bad gateway</html>")
                              << "The answer is not JSON";
    QTest::addRow("empty input") << stdinArgs << QByteArray() << "not JSON";
    QTest::addRow("unknown shape")
        << stdinArgs << QByteArray(R"({"hello":"world"})") << "not an answer of a known backend";
    QTest::addRow("a list") << stdinArgs << QByteArray("[1]") << "not an object";
    QJsonObject ocho = readObject(QStringLiteral("ocho.json"));
    ocho.remove(QStringLiteral("publishableKey"));
    QTest::addRow("ocho without publishableKey")
        << stdinArgs << QJsonDocument(ocho).toJson()
        << "The Ocho answer breaks the contract: publishableKey is missing";
    QTest::addRow("missing file") << QStringList{QStringLiteral("inspect"),
                                                 QStringLiteral("/nonexistent/answer.json")}
                                  << QByteArray() << "cannot read /nonexistent/answer.json";
    QTest::addRow("unknown command")
        << QStringList{QStringLiteral("fly")} << QByteArray() << "unknown command 'fly'";
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--yaml")} << QByteArray()
        << "Unknown option 'yaml'";
}

void TestCliInspect::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, why);
    const Run run = paydeskctl(args, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(why), run.err.constData());
    // A secret in the rejected input never comes back in the message.
    QVERIFY(!run.err.contains("kT5nYv0QpX2wLmR8sJdHq4Zu"));
}

void TestCliInspect::version()
{
    const Run run = paydeskctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("paydeskctl " PAYDESK_VERSION));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
