#include <QJsonArray>
#include <QTest>
#include <QUrl>

#include "backends/answers.h"
#include "core/redaction.h"
#include "testdata.h"

using namespace paydesk;
using namespace paydesk::test;

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskSecret_data();
    void maskSecret();
    void secretKeys_data();
    void secretKeys();
    void nestedSecretsAreMasked();
    void redactionChangesOnlyTheSecrets();
    void stripeCustomerSessionFixture();
    void freeText_data();
    void freeText();
    void knownSecretsInText();
    void escapedKnownSecrets_data();
    void escapedKnownSecrets();
    void excerptMasksBeforeCutting();
    void excerptCutInsideAMask();
    void cardNumbers_data();
    void cardNumbers();
    void cardNumbersInJson();
    void noSecretSurvivesParsing_data();
    void noSecretSurvivesParsing();
};

void TestRedaction::maskSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::addRow("intent client secret") << "pi_3Mlg_secret_0JOau1394g"
                                          << "pi_3Mlg_secret_****";
    QTest::addRow("setup intent secret") << "seti_123_secret_abc"
                                         << "seti_123_secret_****";
    QTest::addRow("ephemeral key") << "ek_test_YWNjdF8x"
                                   << "ek_test_****";
    QTest::addRow("live secret key") << "sk_live_51abcdef"
                                     << "sk_live_****";
    QTest::addRow("restricted key") << "rk_test_51abcdef"
                                    << "rk_test_****";
    QTest::addRow("customer session") << "cuss_secret_QXhWeUEt"
                                      << "cuss_secret_****";
    QTest::addRow("opaque token") << "3f9a-very-secret"
                                  << "****";
    QTest::addRow("placeholder") << "<string>"
                                 << "****";
    QTest::addRow("empty stays empty") << ""
                                       << "";
}

void TestRedaction::maskSecret()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(paydesk::maskSecret(value), masked);
}

void TestRedaction::secretKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    for (const char *k : {"client_secret", "ephemeralKey", "ephemeral_key", "customerSession",
                          "api_token", "apiToken", "token", "access_token", "api_key", "password",
                          "Authorization", "credentials", "secret", "API-KEY", "Client_Secret"})
        QTest::addRow("%s", k) << QString::fromLatin1(k) << true;
    for (const char *k : {"id", "customer", "publishableKey", "amount", "description",
                          "receipt_url", "tokenization_method"})
        QTest::addRow("%s", k) << QString::fromLatin1(k) << false;
    // Case folding is Unicode's, as everywhere: the Kelvin sign folds to "k".
    QTest::addRow("token with a Kelvin sign") << QStringLiteral("to\u212Aen") << true;
}

void TestRedaction::secretKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(isSecretKey(key), secret);
}

void TestRedaction::nestedSecretsAreMasked()
{
    const QJsonObject in{
        {QStringLiteral("api_token"), QStringLiteral("offer-token-123")},
        {QStringLiteral("list"),
         QJsonArray{QJsonObject{{QStringLiteral("password"), QStringLiteral("hunter2")}},
                    QStringLiteral("pi_9_secret_zzz")}},
        {QStringLiteral("headers"),
         QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Basic dXNlcjpwYXNz")}}},
        {QStringLiteral("note"), QStringLiteral("key sk_test_abcdef was rotated")},
        {QStringLiteral("amount"), 1234},
        {QStringLiteral("token"), QJsonValue::Null},
    };
    const QJsonObject out = redactJson(in);
    const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
    for (const char *secret : {"offer-token-123", "hunter2", "zzz", "dXNlcjpwYXNz", "abcdef"})
        QVERIFY2(!text.contains(secret), secret);
    QCOMPARE(out.value(QStringLiteral("amount")).toInt(), 1234);
    QVERIFY(out.value(QStringLiteral("token")).isNull());
    QCOMPARE(out.value(QStringLiteral("note")).toString(),
             QStringLiteral("key sk_test_**** was rotated"));
}

void TestRedaction::redactionChangesOnlyTheSecrets()
{
    // Redaction shares what holds no secret with its input (copy on write): the input must stay
    // as it was, and everything around a secret must come out equal.
    const QJsonObject card{{QStringLiteral("brand"), QStringLiteral("visa")},
                           {QStringLiteral("last4"), QStringLiteral("4242")}};
    const QJsonObject in{
        {QStringLiteral("id"), QStringLiteral("pi_1")},
        {QStringLiteral("card"), card},
        {QStringLiteral("charges"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ch_1")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("ch_2")},
                                {QStringLiteral("ephemeral_key"), QStringLiteral("ek_test_Zz9")}},
                    7}},
        {QStringLiteral("sk_live_Kq1"), QStringLiteral("a secret in a name")},
    };
    const QJsonObject before = in;
    const QJsonObject out = redactJson(in);

    QCOMPARE(in, before);
    QCOMPARE(in.value(QStringLiteral("charges"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("ephemeral_key")),
             QJsonValue(QStringLiteral("ek_test_Zz9")));
    QCOMPARE(out.value(QStringLiteral("id")), QJsonValue(QStringLiteral("pi_1")));
    QCOMPARE(out.value(QStringLiteral("card")).toObject(), card);
    const QJsonArray charges = out.value(QStringLiteral("charges")).toArray();
    QCOMPARE(charges.size(), 3);
    QCOMPARE(charges.at(0).toObject(),
             QJsonObject({{QStringLiteral("id"), QStringLiteral("ch_1")}}));
    QCOMPARE(charges.at(1).toObject(),
             QJsonObject({{QStringLiteral("id"), QStringLiteral("ch_2")},
                          {QStringLiteral("ephemeral_key"), QStringLiteral("ek_test_****")}}));
    QCOMPARE(charges.at(2), QJsonValue(7));
    QVERIFY(!out.contains(QStringLiteral("sk_live_Kq1")));
    QCOMPARE(out.value(QStringLiteral("sk_live_****")),
             QJsonValue(QStringLiteral("a secret in a name")));
    // Nothing secret in the input: the same object back.
    QCOMPARE(redactJson(card), card);
}

void TestRedaction::stripeCustomerSessionFixture()
{
    const QJsonObject out = redactJson(readObject(QStringLiteral("stripe_customer_session.json")));
    const QByteArray text = QJsonDocument(out).toJson();
    QVERIFY(!text.contains("QXhWeUEtZoDV8FHnNbPiBHmAkXKnqYLGMGq7LLf8ODSQ8gL"));
    QCOMPARE(out[QStringLiteral("customer_session")]
                 .toObject()[QStringLiteral("client_secret")]
                 .toString(),
             QStringLiteral("cuss_secret_****"));
    // Ids that support staff need are kept.
    QVERIFY(text.contains("cus_QXg1o8vcGmoR32"));
    QVERIFY(text.contains("ephkey_1Pgc6sB7WZ01zgkWtBC5cOXH"));
}

void TestRedaction::freeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("basic header") << "Authorization: Basic dXNlcjpwYXNz"
                                  << "Authorization: Basic ****";
    QTest::addRow("bearer") << "sent Bearer abc.def-123 to host"
                            << "sent Bearer **** to host";
    QTest::addRow("query token")
        << "Error transferring http://127.0.0.1:1/xrpc/q?iss=did:plc:a&token=s3cr3t&id=7"
        << "Error transferring http://127.0.0.1:1/xrpc/q?iss=did:plc:a&token=****&id=7";
    QTest::addRow("json in a message") << "body {\"api_token\":\"tok123\",\"x\":1}"
                                       << "body {\"api_token\":\"****\",\"x\":1}";
    QTest::addRow("client secret in text") << "intent pi_1_secret_abc ok"
                                           << "intent pi_1_secret_**** ok";
    // Found by fuzzing: secrets glued to other text, or behind an unknown prefix.
    QTest::addRow("glued customer session") << "xyLGcuss_secret_QXhWe"
                                            << "xyLGcuss_secret_****";
    QTest::addRow("unknown prefix") << "qi_3Oc_secret_kT5nYv"
                                    << "qi_3Oc_secret_****";
    QTest::addRow("glued ephemeral key") << "abek_test_YWNj"
                                         << "abek_test_****";
    QTest::addRow("nothing secret") << "Card declined (card_declined)"
                                    << "Card declined (card_declined)";
}

void TestRedaction::freeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactText(text), expected);
}

void TestRedaction::knownSecretsInText()
{
    const QString masked
        = redactText(QStringLiteral("login with my-api-key-777 failed"),
                     {QStringLiteral("my-api-key-777"), QStringLiteral(""), QStringLiteral("ab")});
    QCOMPARE(masked, QStringLiteral("login with **** failed"));
}

void TestRedaction::escapedKnownSecrets_data()
{
    // The token "tok/EDGE+7f3a", echoed by a backend in the forms a URL or an HTML page uses.
    // The profile lists the token, its upper-case percent-encoding and its HTML escape
    // (BackendProfile::secrets()); every other spelling must be found by its value too.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("as it is") << "bad token tok/EDGE+7f3a."
                              << "bad token ****.";
    QTest::addRow("percent, upper case") << "next=tok%2FEDGE%2B7f3a&x=1"
                                         << "next=****&x=1";
    QTest::addRow("percent, lower case") << "next=tok%2fEDGE%2b7f3a&x=1"
                                         << "next=****&x=1";
    QTest::addRow("every character percent-encoded")
        << "/login/%74%6f%6b%2f%45%44%47%45%2b%37%66%33%61"
        << "/login/****";
    QTest::addRow("decimal entities")
        << "<p>&#116;&#111;&#107;&#47;&#69;&#68;&#71;&#69;&#43;&#55;&#102;&#51;&#97;</p>"
        << "<p>****</p>";
    QTest::addRow("hex entities")
        << "<p>&#x74;&#x6F;&#x6b;&#x2F;&#X45;&#x44;&#x47;&#x45;&#x2b;&#x37;&#x66;&#x33;&#x61;</p>"
        << "<p>****</p>";
    QTest::addRow("half escaped") << "<p>t&#111;k%2fEDGE+7f3&#x61;</p>"
                                  << "<p>****</p>";
    QTest::addRow("escapes of other text stay") << "a&amp;b %2F &#116;&#111;k"
                                                << "a&amp;b %2F &#116;&#111;k";
}

void TestRedaction::escapedKnownSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString token = QStringLiteral("tok/EDGE+7f3a");
    const QStringList secrets{token, QString::fromLatin1(QUrl::toPercentEncoding(token)),
                              token.toHtmlEscaped()};
    QCOMPARE(redactText(text, secrets), expected);
    QCOMPARE(containsSecret(text, secrets), text != expected);
    // The same in a stored JSON answer, in a value and in a key.
    const QJsonObject json = redactJson(QJsonObject{{QStringLiteral("message"), text}}, secrets);
    QCOMPARE(json.value(QStringLiteral("message")).toString(), expected);
}

// A proxy's 502 page of 4 KiB that quotes the token at byte 2,040: the copy kept for the journal
// holds no piece of the token, not even the start the cut at 2,048 used to leave ("tok-EDGE").
void TestRedaction::excerptMasksBeforeCutting()
{
    const QString token = QStringLiteral("tok-EDGE-7f3a9c21d0");
    const QString head = QStringLiteral("<html><body><h1>502 Bad Gateway</h1><p>");
    QString body = head + QString(2040 - head.size(), u'x') + token + QStringLiteral("</p>");
    body += QString(4096 - body.size() - 14, u'y') + QStringLiteral("</body></html>");
    QCOMPARE(body.size(), 4096);
    QCOMPARE(body.indexOf(token), 2040);

    const QString kept = redactedExcerpt(body, {token});
    QCOMPARE(kept.size(), 2048);
    QVERIFY(kept.startsWith(head));
    QCOMPARE(kept.mid(2040, 4), QStringLiteral("****"));
    for (qsizetype n = 4; n <= token.size(); ++n)
        QVERIFY2(!kept.contains(token.left(n)), qPrintable(token.left(n)));
}

void TestRedaction::excerptCutInsideAMask()
{
    const QString token = QStringLiteral("kettle42Walrus");
    const QString body = QString(2046, u'x') + token + QString(100, u'y');
    const QString kept = redactedExcerpt(body, {token});
    QCOMPARE(kept, QString(2046, u'x') + QStringLiteral("**"));
    // A cut never splits a character in two.
    const QString emoji = QString(2047, u'x') + QStringLiteral("💳") + QStringLiteral("z");
    QCOMPARE(redactedExcerpt(emoji, {}), QString(2047, u'x'));
}

void TestRedaction::cardNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("visa") << "card 4242424242424242 declined"
                          << "card ************4242 declined";
    QTest::addRow("amex, 15 digits") << "pan=378282246310005"
                                     << "pan=***********0005";
    QTest::addRow("13 digits") << "4222222222222"
                               << "*********2222";
    QTest::addRow("19 digits") << "6011000990139424009 "
                               << "***************4009 ";
    QTest::addRow("glued to letters") << "ref:4000056655665556;"
                                      << "ref:************5556;";
    QTest::addRow("16-digit id failing Luhn") << "order 4242424242424241"
                                              << "order 4242424242424241";
    QTest::addRow("12 digits") << "424242424242"
                               << "424242424242";
    QTest::addRow("20 digits") << "42424242424242424242"
                               << "42424242424242424242";
    QTest::addRow("EAN-13 barcode") << "sku 7501000111206"
                                    << "sku 7501000111206";
}

void TestRedaction::cardNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactText(text), expected);
    QCOMPARE(redactText(text, {QStringLiteral("unrelated-secret")}), expected);
}

void TestRedaction::cardNumbersInJson()
{
    const QJsonObject answer{
        {QStringLiteral("id"), QStringLiteral("ch_1")},
        {QStringLiteral("card"),
         QJsonObject{{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                     {QStringLiteral("last4"), QStringLiteral("4242")}}},
        {QStringLiteral("note"), QStringLiteral("paid with 5555555555554444 at pi_1_secret_ab")},
        {QStringLiteral("order"), QStringLiteral("1234567890123456")},
    };
    const QJsonObject out = redactJson(answer);
    QCOMPARE(out[QStringLiteral("card")][QStringLiteral("number")].toString(),
             QStringLiteral("************4242"));
    QCOMPARE(out[QStringLiteral("card")][QStringLiteral("last4")].toString(),
             QStringLiteral("4242"));
    QCOMPARE(out[QStringLiteral("note")].toString(),
             QStringLiteral("paid with ************4444 at pi_1_secret_****"));
    QCOMPARE(out[QStringLiteral("order")].toString(), QStringLiteral("1234567890123456"));
    QCOMPARE(redactJson(answer, {QStringLiteral("kettle42Walrus")}), out);
}

void TestRedaction::noSecretSurvivesParsing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("secrets");
    QTest::addRow("checkout") << "checkout.json"
                              << QStringList{QStringLiteral("0JOau1394g3V2CJyk1pZ81AGw")};
    QTest::addRow("offer") << "offer.json"
                           << QStringList{QStringLiteral("Nnu1lJt79Drl8n1wFeivDeqxB")};
    QTest::addRow("dots") << "dots.json" << QStringList{QStringLiteral("<string>")};
    QTest::addRow("ocho")
        << "ocho.json"
        << QStringList{QStringLiteral("kT5nYv0QpX2wLmR8sJdHq4Zu"),
                       QStringLiteral("YWNjdF8xT2Nob0FKbmdUMUpJc0gsWmJhRzR3cVhEUWh6cE1MQw"),
                       QStringLiteral("QXhWeUEtZoDV8FHnNbPiBHmAkXKnqYLGMGq7LLf8ODS")};
    QTest::addRow("stripe intent")
        << "stripe_payment_intent.json" << QStringList{QStringLiteral("Dm43xiq1k0ywrRRjDoi8y1gkM")};
}

void TestRedaction::noSecretSurvivesParsing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, secrets);
    const auto r = parseAnswer(readData(file));
    QVERIFY(r);
    const QByteArray json = QJsonDocument(r->toJson()).toJson();
    for (const QString &secret : secrets)
        QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));
}

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
