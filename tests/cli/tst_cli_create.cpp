// paydeskctl create, run as a real process against a real paydesk-sandbox process.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "cliprocess.h"
#include "journalstore.h"

using namespace paydesk::test;

namespace {

Run paydeskctl(const QStringList &args, const QProcessEnvironment &env = {})
{
    return runProcess(QStringLiteral(PAYDESKCTL), args, env);
}

QStringList create(const SandboxProcess &sandbox, const QString &backend, const QStringList &fields)
{
    return QStringList{QStringLiteral("create"), QStringLiteral("--backend"), backend,
                       QStringLiteral("--base-url"), sandbox.urlText()}
    + fields;
}

QProcessEnvironment envWith(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    for (const auto &[k, v] : vars)
        env.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return env;
}

} // namespace

class TestCliCreate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sandbox = std::make_unique<SandboxProcess>(); }
    void cleanupTestCase() { m_sandbox.reset(); }

    void createsOnEachBackend_data();
    void createsOnEachBackend();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void declineExitsThree();
    void sameKeyAgainGivesTheJournalsAnswer_data();
    void sameKeyAgainGivesTheJournalsAnswer();
    void sameKeyForAnotherSaleIsRefused();
    void wrongCredentialsAreRefusedAndNeverPrinted();
    void lostAnswerExitsFourAndSaysVerify();
    void deadlineEndsASlowBackend();
    void unreachableBackendFails();
    void timeoutMustBeFiniteAndAtLeastASecond_data();
    void timeoutMustBeFiniteAndAtLeastASecond();
    void resendGoesOnlyWhereTheSaleWent();
    void aJournalThatCannotBeReadIsNeverANewKey();
    void profileFromConfigFile();
    void credentialsInTheUrlAreRefused();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestCliCreate::createsOnEachBackend_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("status");
    QTest::addRow("ocho")
        << "ocho" << QStringList{QStringLiteral("--iss"),      QStringLiteral("did:plc:ewvi7nxzy"),
                                 QStringLiteral("--amount"),   QStringLiteral("12.50"),
                                 QStringLiteral("--currency"), QStringLiteral("eur"),
                                 QStringLiteral("--id"),       QStringLiteral("order-1")}
        << qint64(1250) << "eur"
        << "created";
    QTest::addRow("offer")
        << "offer"
        << QStringList{QStringLiteral("--offer-oid"), QStringLiteral("10311080"),
                       QStringLiteral("--product"),   QStringLiteral("core"),
                       QStringLiteral("--product"),   QStringLiteral("legal_protection"),
                       QStringLiteral("--product"),   QStringLiteral("personal_possessions"),
                       QStringLiteral("--product"),   QStringLiteral("home_emergency"),
                       QStringLiteral("--product"),   QStringLiteral("ad")}
        << qint64(12751) << "gbp"
        << "requires_payment_method";
    QTest::addRow("dots") << "dots"
                          << QStringList{QStringLiteral("--amount"),
                                         QStringLiteral("20"),
                                         QStringLiteral("--currency"),
                                         QStringLiteral("usd"),
                                         QStringLiteral("--user-id"),
                                         QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"),
                                         QStringLiteral("--metadata"),
                                         QStringLiteral("till=3")}
                          << qint64(2000) << "usd"
                          << "requires_payment_method";
    QTest::addRow("checkout")
        << "checkout"
        << QStringList{QStringLiteral("--client"),    QStringLiteral("Ana"),
                       QStringLiteral("--reference"), QStringLiteral("ORD-77"),
                       QStringLiteral("--currency"),  QStringLiteral("mxn"),
                       QStringLiteral("--item"),      QStringLiteral("COF:Coffee:2:35.00"),
                       QStringLiteral("--item"),      QStringLiteral("PAN:Pan dulce:1:230")}
        << qint64(30000) << "mxn"
        << "succeeded";
}

void TestCliCreate::createsOnEachBackend()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, fields);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, status);
    const Run run
        = paydeskctl(create(*m_sandbox, backend, fields + QStringList{QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject record = run.json();
    QCOMPARE(record[QStringLiteral("backend")].toString(), backend);
    const QJsonObject intent = record[QStringLiteral("intent")].toObject();
    QCOMPARE(intent[QStringLiteral("status")].toString(), status);
    QCOMPARE(intent[QStringLiteral("amount")].toObject()[QStringLiteral("minor")].toInteger(),
             minor);
    QCOMPARE(intent[QStringLiteral("amount")].toObject()[QStringLiteral("currency")].toString(),
             currency);
    QVERIFY(!intent[QStringLiteral("id")].toString().isEmpty());
    QVERIFY2(!run.out.contains("_secret_") || run.out.contains("_secret_****"), "unmasked secret");
    if (backend == u"checkout") {
        const QJsonObject charge = record[QStringLiteral("charges")].toArray().first().toObject();
        QCOMPARE(charge[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(charge[QStringLiteral("card")].toObject()[QStringLiteral("last4")].toString(),
                 QStringLiteral("4242"));
        const QString receipt
            = record[QStringLiteral("receipt")].toObject()[QStringLiteral("url")].toString();
        QVERIFY(receipt.startsWith(m_sandbox->urlText() + QStringLiteral("/receipts/ch_")));
    }
}

void TestCliCreate::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    QTest::addRow("ocho bad did") << "ocho" << QStringList{QStringLiteral("--iss"),
                                                           QStringLiteral("did:PLC:x"),
                                                           QStringLiteral("--amount"),
                                                           QStringLiteral("1"),
                                                           QStringLiteral("--id"),
                                                           QStringLiteral("a")}
                                  << "--iss: \"did:PLC:x\" is not a DID";
    QTest::addRow("ocho amount text")
        << "ocho" << QStringList{QStringLiteral("--iss"),    QStringLiteral("did:plc:x"),
                                 QStringLiteral("--amount"), QStringLiteral("ten"),
                                 QStringLiteral("--id"),     QStringLiteral("a")}
        << "--amount: \"ten\" is not an amount";
    QTest::addRow("offer no product")
        << "offer" << QStringList{QStringLiteral("--offer-oid"), QStringLiteral("1")}
        << "--product: Choose at least one product";
    QTest::addRow("offer unknown product")
        << "offer"
        << QStringList{QStringLiteral("--offer-oid"), QStringLiteral("1"),
                       QStringLiteral("--product"), QStringLiteral("pets")}
        << "\"pets\" is not a product of this profile";
    QTest::addRow("dots euro") << "dots"
                               << QStringList{QStringLiteral("--amount"), QStringLiteral("5"),
                                              QStringLiteral("--currency"), QStringLiteral("eur")}
                               << "--currency: Dots accepts only USD";
    QTest::addRow("dots zero") << "dots"
                               << QStringList{QStringLiteral("--amount"), QStringLiteral("0")}
                               << "--amount: The amount must be more than zero";
    QTest::addRow("dots fee above amount")
        << "dots"
        << QStringList{QStringLiteral("--amount"), QStringLiteral("5"),
                       QStringLiteral("--application-fee"), QStringLiteral("6")}
        << "--application-fee: The application fee cannot be more than the amount";
    QTest::addRow("checkout no item")
        << "checkout"
        << QStringList{QStringLiteral("--client"), QStringLiteral("A"),
                       QStringLiteral("--reference"), QStringLiteral("R")}
        << "--item: Give at least one --item";
    QTest::addRow("checkout jpy decimals")
        << "checkout" << QStringList{QStringLiteral("--client"),    QStringLiteral("A"),
                                     QStringLiteral("--reference"), QStringLiteral("R"),
                                     QStringLiteral("--currency"),  QStringLiteral("jpy"),
                                     QStringLiteral("--item"),      QStringLiteral("X:x:1:10.5")}
        << "JPY has no decimals";
    QTest::addRow("checkout no reference")
        << "checkout"
        << QStringList{QStringLiteral("--client"), QStringLiteral("A"), QStringLiteral("--item"),
                       QStringLiteral("X:x:1:10")}
        << "--reference: Enter the reference";
}

void TestCliCreate::invalidInputSendsNothing()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const QString key = QStringLiteral("cli-invalid-")
        + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const Run run = paydeskctl(create(
        *m_sandbox, backend, fields + QStringList{QStringLiteral("--idempotency-key"), key}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.err.contains("Nothing was sent."));
    QCOMPARE(m_sandbox->get(QStringLiteral("/sandbox/attempts/") + key).first, 404);
}

void TestCliCreate::declineExitsThree()
{
    const Run run = paydeskctl(
        create(*m_sandbox, QStringLiteral("checkout"),
               {QStringLiteral("--client"), QStringLiteral("Ana"), QStringLiteral("--reference"),
                QStringLiteral("ORD-D"), QStringLiteral("--item"), QStringLiteral("X:Thing:1:3.02"),
                QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject out = run.json();
    QCOMPARE(out[QStringLiteral("outcome")].toString(), QStringLiteral("refused"));
    QCOMPARE(out[QStringLiteral("error")].toObject()[QStringLiteral("kind")].toString(),
             QStringLiteral("declined"));
    const QJsonObject charge = out[QStringLiteral("record")]
                                   .toObject()[QStringLiteral("charges")]
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(charge[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(charge[QStringLiteral("outcome")].toObject()[QStringLiteral("type")].toString(),
             QStringLiteral("issuer_declined"));
    QVERIFY(run.err.contains("The card was declined"));
}

void TestCliCreate::sameKeyAgainGivesTheJournalsAnswer_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");
    QTest::addRow("paid") << "checkout" << QStringList{QStringLiteral("--client"),
                                                       QStringLiteral("Ana"),
                                                       QStringLiteral("--reference"),
                                                       QStringLiteral("ORD-AGAIN-1"),
                                                       QStringLiteral("--item"),
                                                       QStringLiteral("COF:Coffee:2:35.00")}
                          << 0 << "succeeded";
    QTest::addRow("created") << "dots"
                             << QStringList{QStringLiteral("--amount"), QStringLiteral("7.00")} << 0
                             << "created";
    QTest::addRow("declined") << "checkout" << QStringList{QStringLiteral("--client"),
                                                           QStringLiteral("Ana"),
                                                           QStringLiteral("--reference"),
                                                           QStringLiteral("ORD-AGAIN-2"),
                                                           QStringLiteral("--item"),
                                                           QStringLiteral("X:Thing:1:3.02")}
                              << 3 << "declined";
}

void TestCliCreate::sameKeyAgainGivesTheJournalsAnswer()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, fields);
    QFETCH(int, exitCode);
    QFETCH(QString, state);
    SandboxProcess sandbox; // its own, to count what reaches it
    const QString key = QStringLiteral("cli-again-") + QString::fromLatin1(QTest::currentDataTag())
        + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList args
        = create(sandbox, backend, fields + QStringList{QStringLiteral("--idempotency-key"), key});
    const auto intentId = [exitCode](const Run &run) {
        const QJsonObject json = run.json();
        const QJsonObject record = exitCode == 0 ? json : json[QStringLiteral("record")].toObject();
        return record[QStringLiteral("intent")].toObject()[QStringLiteral("id")].toString();
    };

    const Run first = paydeskctl(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(first.exitCode == exitCode, first.err.constData());
    const QString id = intentId(first);
    QVERIFY(!id.isEmpty());
    QCOMPARE(sandbox.requestLines().size(), 1);

    // The same sale under the same key: the journal's outcome, its exit code, nothing sent.
    const Run again = paydeskctl(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(again.exitCode == exitCode, again.err.constData());
    QCOMPARE(intentId(again), id);
    QVERIFY2(again.err.contains("from the journal. Nothing was sent."), again.err.constData());
    QVERIFY2(
        again.err.contains(
            QStringLiteral("already settled key %1 for this sale (%2)").arg(key, state).toUtf8()),
        again.err.constData());
    if (exitCode == 3) {
        const QJsonObject out = again.json();
        QCOMPARE(out[QStringLiteral("outcome")].toString(), QStringLiteral("refused"));
        QCOMPARE(out[QStringLiteral("state")].toString(), QStringLiteral("declined"));
        QCOMPARE(out[QStringLiteral("error")].toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("declined"));
        QCOMPARE(out[QStringLiteral("journal_id")], first.json()[QStringLiteral("journal_id")]);
        QVERIFY(again.err.contains("The card was declined"));
    } else {
        QCOMPARE(again.json(), first.json()); // the same record, field for field
    }

    // As text too: the same summary as a fresh create, with the key.
    const Run text = paydeskctl(args);
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.out.contains(id.toUtf8()), text.out.constData());
    if (exitCode == 0)
        QVERIFY2(text.out.contains(key.toUtf8()), text.out.constData());

    QCOMPARE(sandbox.requestLines().size(), 1); // the first create, and nothing since
}

void TestCliCreate::sameKeyForAnotherSaleIsRefused()
{
    SandboxProcess sandbox;
    const QString key
        = QStringLiteral("cli-other-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run first
        = paydeskctl(create(sandbox, QStringLiteral("dots"),
                            {QStringLiteral("--amount"), QStringLiteral("7.00"),
                             QStringLiteral("--idempotency-key"), key, QStringLiteral("--json")}));
    QCOMPARE(first.exitCode, 0);
    // Another amount under the key: refused before anything is sent, and said why.
    const Run other = paydeskctl(create(sandbox, QStringLiteral("dots"),
                                        {QStringLiteral("--amount"), QStringLiteral("8.00"),
                                         QStringLiteral("--idempotency-key"), key}));
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains("a different sale"), other.err.constData());
    QVERIFY2(
        other.err.contains(QStringLiteral("key %1 belongs to journal entry").arg(key).toUtf8()),
        other.err.constData());
    QVERIFY(other.err.contains("Nothing was sent."));
    QVERIFY(other.out.isEmpty());
    // Another backend's sale under the key is another sale too.
    const Run elsewhere = paydeskctl(
        create(sandbox, QStringLiteral("ocho"),
               {QStringLiteral("--iss"), QStringLiteral("did:plc:abc"), QStringLiteral("--amount"),
                QStringLiteral("7.00"), QStringLiteral("--id"), QStringLiteral("t-1"),
                QStringLiteral("--idempotency-key"), key}));
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.err.contains("a different sale"), elsewhere.err.constData());
    QCOMPARE(sandbox.requestLines().size(), 1);
    QCOMPARE(sandbox.get(QStringLiteral("/api/v2/payment-intents")).second.array().size(), 1);
}

void TestCliCreate::wrongCredentialsAreRefusedAndNeverPrinted()
{
    SandboxProcess guarded({QStringLiteral("--token"), QStringLiteral("right-token-8841"),
                            QStringLiteral("--client-id"), QStringLiteral("client-77"),
                            QStringLiteral("--api-key"), QStringLiteral("right-key-9931")});
    const QStringList checkout{QStringLiteral("--client"),    QStringLiteral("A"),
                               QStringLiteral("--reference"), QStringLiteral("R"),
                               QStringLiteral("--item"),      QStringLiteral("X:x:1:10")};
    const Run wrong = paydeskctl(create(guarded, QStringLiteral("checkout"), checkout),
                                 envWith({{"PAYDESK_TOKEN", "wrong-token-5512"}}));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains("HTTP 401"));
    const Run right = paydeskctl(create(guarded, QStringLiteral("checkout"), checkout),
                                 envWith({{"PAYDESK_TOKEN", "right-token-8841"}}));
    QCOMPARE(right.exitCode, 0);
    const Run dots = paydeskctl(
        create(guarded, QStringLiteral("dots"), {QStringLiteral("--amount"), QStringLiteral("1")}),
        envWith({{"PAYDESK_CLIENT_ID", "client-77"}, {"PAYDESK_API_KEY", "wrong-key-0001"}}));
    QCOMPARE(dots.exitCode, 3);
    for (const Run *run : {&wrong, &right, &dots})
        for (const char *secret :
             {"wrong-token-5512", "right-token-8841", "wrong-key-0001", "right-key-9931"})
            QVERIFY2(!run->out.contains(secret) && !run->err.contains(secret), secret);
}

void TestCliCreate::lostAnswerExitsFourAndSaysVerify()
{
    SandboxProcess dropping({QStringLiteral("--fault"), QStringLiteral("drop")});
    const Run run = paydeskctl(
        create(dropping, QStringLiteral("ocho"),
               {QStringLiteral("--iss"), QStringLiteral("did:plc:abc"), QStringLiteral("--amount"),
                QStringLiteral("3"), QStringLiteral("--id"), QStringLiteral("t"),
                QStringLiteral("--idempotency-key"), QStringLiteral("cli-lost-1"),
                QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.json()[QStringLiteral("outcome")].toString(), QStringLiteral("unknown"));
    QVERIFY(run.err.contains("check before trying again"));
    QVERIFY2(run.err.contains("is unknown: run 'paydeskctl journal verify"), run.err.constData());
    QCOMPARE(run.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    // The backend did create it: exactly why the cashier must verify rather than resend blindly.
    QCOMPARE(dropping.get(QStringLiteral("/sandbox/attempts/cli-lost-1")).first, 200);
}

void TestCliCreate::deadlineEndsASlowBackend()
{
    SandboxProcess slow({QStringLiteral("--fault"), QStringLiteral("slow")});
    QElapsedTimer clock;
    clock.start();
    const Run run = paydeskctl(create(slow, QStringLiteral("dots"),
                                      {QStringLiteral("--amount"), QStringLiteral("1"),
                                       QStringLiteral("--timeout"), QStringLiteral("2")}));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("did not answer in time"));
    QVERIFY2(clock.elapsed() < 20000, "the deadline did not hold"); // bounded, not a benchmark
}

void TestCliCreate::unreachableBackendFails()
{
    const Run run
        = paydeskctl({QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("dots"),
                      QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                      QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.json()[QStringLiteral("outcome")].toString(), QStringLiteral("failed"));
    QVERIFY(run.err.contains("nothing was sent"));
}

void TestCliCreate::timeoutMustBeFiniteAndAtLeastASecond_data()
{
    QTest::addColumn<QString>("timeout");
    for (const char *t : {"nan", "0", "-1", "1e-9", "0.000001", "inf", "0.5", "601", "soon"})
        QTest::addRow("%s", t) << QString::fromLatin1(t);
}

void TestCliCreate::timeoutMustBeFiniteAndAtLeastASecond()
{
    // A deadline that has already passed (nan turned into 0, a microsecond) once wrote the sale,
    // then closed it unsent: refused before anything is written, with the flag named.
    QFETCH(QString, timeout);
    const QString key
        = QStringLiteral("cli-timeout-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run run = paydeskctl(
        create(*m_sandbox, QStringLiteral("dots"),
               {QStringLiteral("--amount"), QStringLiteral("1.00"), QStringLiteral("--timeout"),
                timeout, QStringLiteral("--idempotency-key"), key}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--timeout takes seconds from 1 to 600"), run.err.constData());
    QCOMPARE(m_sandbox->get(QStringLiteral("/sandbox/attempts/") + key).first, 404);
    const Run written = paydeskctl({QStringLiteral("journal"), QStringLiteral("list"),
                                    QStringLiteral("--search"), key, QStringLiteral("--json")});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(written.out).array().size(), 0);
}

void TestCliCreate::resendGoesOnlyWhereTheSaleWent()
{
    // A sale that failed at one address (nothing listens there) may be sent again under its
    // key, but only there: another base URL is another backend, which promised nothing about
    // this key, and the journal's entry would mix two destinations.
    const QString key
        = QStringLiteral("cli-where-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList sale{QStringLiteral("--amount"), QStringLiteral("4.00"),
                           QStringLiteral("--idempotency-key"), key, QStringLiteral("--json")};
    const Run failed = paydeskctl(QStringList{QStringLiteral("create"), QStringLiteral("--backend"),
                                              QStringLiteral("dots"), QStringLiteral("--base-url"),
                                              QStringLiteral("http://127.0.0.1:9")}
                                  + sale);
    QCOMPARE(failed.exitCode, 4);
    QCOMPARE(failed.json()[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    SandboxProcess elsewhere;
    const Run moved = paydeskctl(create(elsewhere, QStringLiteral("dots"), sale));
    QCOMPARE(moved.exitCode, 2);
    QVERIFY2(moved.err.contains("a re-send goes only there"), moved.err.constData());
    QVERIFY2(moved.err.contains("http://127.0.0.1:9"), moved.err.constData());
    QVERIFY(moved.err.contains("Nothing was sent."));
    QCOMPARE(elsewhere.requestLines().size(), 0);
}

void TestCliCreate::aJournalThatCannotBeReadIsNeverANewKey()
{
    // The journal cannot read the entry of a key (its timeline's table is broken): that is an
    // error with the database's own words, never "no such key", and nothing is sent.
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString journal = dir.filePath(QStringLiteral("broken.sqlite"));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), journal);
    SandboxProcess sandbox;
    const QString key
        = QStringLiteral("cli-broken-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList sale = create(sandbox, QStringLiteral("dots"),
                                    {QStringLiteral("--amount"), QStringLiteral("6.00"),
                                     QStringLiteral("--idempotency-key"), key});
    QCOMPARE(paydeskctl(sale, env).exitCode, 0);
    QCOMPARE(sandbox.requestLines().size(), 1);
    execSql(journal, QStringLiteral("ALTER TABLE events RENAME COLUMN detail TO detail_lost"));
    const Run again = paydeskctl(sale, env);
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains("the journal cannot tell whether key"), again.err.constData());
    QVERIFY2(again.err.contains("detail"), again.err.constData()); // the database's own words
    QVERIFY(again.err.contains("Nothing was sent."));
    QCOMPARE(sandbox.requestLines().size(), 1);
    const Run show
        = paydeskctl({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("1")}, env);
    QCOMPARE(show.exitCode, 1); // an error, not "there is no entry 1"
    QVERIFY2(!show.err.contains("There is no journal entry"), show.err.constData());
}

void TestCliCreate::profileFromConfigFile()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("paydesk.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profile.cafe]\nkind=checkout\ncurrency=eur\nbase_url="
               + m_sandbox->urlText().toUtf8() + "\n");
    file.close();
    const Run run = paydeskctl(
        {QStringLiteral("create"), QStringLiteral("--profile"), QStringLiteral("cafe"),
         QStringLiteral("--config"), config, QStringLiteral("--client"), QStringLiteral("Ana"),
         QStringLiteral("--reference"), QStringLiteral("CAFE-1"), QStringLiteral("--item"),
         QStringLiteral("ESP:Espresso:2:1.80"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject amount
        = run.json()[QStringLiteral("intent")].toObject()[QStringLiteral("amount")].toObject();
    QCOMPARE(amount[QStringLiteral("currency")].toString(), QStringLiteral("eur")); // the profile's
    QCOMPARE(amount[QStringLiteral("minor")].toInteger(), 360);
    const Run missing = paydeskctl({QStringLiteral("create"), QStringLiteral("--profile"),
                                    QStringLiteral("bar"), QStringLiteral("--config"), config});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("There is no profile \"bar\""));
}

void TestCliCreate::credentialsInTheUrlAreRefused()
{
    // https://user:pass@host: refused before anything is sent, without printing the password.
    QUrl url = m_sandbox->url();
    url.setUserName(QStringLiteral("till"));
    url.setPassword(QStringLiteral("pw-Qm3-in-url"));
    const QString key = QStringLiteral("cli-userinfo");
    const Run run
        = paydeskctl({QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("dots"),
                      QStringLiteral("--base-url"), url.toString(), QStringLiteral("--amount"),
                      QStringLiteral("5"), QStringLiteral("--idempotency-key"), key});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The base URL must not hold credentials"), run.err.constData());
    QVERIFY(run.err.contains("Nothing was sent."));
    QVERIFY(!run.err.contains("pw-Qm3-in-url") && !run.out.contains("pw-Qm3-in-url"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/sandbox/attempts/") + key).first, 404);
}

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
