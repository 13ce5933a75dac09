#include <QCommandLineParser>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "backends/backendspec.h"
#include "backends/profile.h"
#include "backends/sale.h"

using namespace paydesk;

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnInstallersFile();
    void roundTrip();
    void rejectsBadProfiles_data();
    void rejectsBadProfiles();
    void environmentOverridesCredentials();
    void secretsIncludeTheBasicHeader();
    void baseUrlRules_data();
    void baseUrlRules();
    void offerProductsComeFromTheProfile();
    void tillDefaults();
    void tillDefaultsRoundTrip();
    void descriptorTable();
    void saleFromFlags();

private:
    QTemporaryDir m_dir;
};

void TestProfile::readsAnInstallersFile()
{
    const QString path = m_dir.filePath(QStringLiteral("installer.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profile.shop]\n"
               "kind=checkout\n"
               "base_url=https://pay.example.test/shop\n"
               "token=shop-token\n"
               "currency=MXN\n"
               "checkout_path=/v2/checkout\n"
               "timeout_ms=15000\n"
               "\n"
               "[profile.quotes]\n"
               "kind=offer\n"
               "base_url=https://offer.example.test\n"
               "offer_token_placement=header\n"
               "offer_products=core=Core cover, ad=Accidental damage\n");
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(profileNames(settings),
             (QStringList{QStringLiteral("quotes"), QStringLiteral("shop")}));
    const auto shop = readProfile(settings, QStringLiteral("shop"));
    QVERIFY2(shop, qPrintable(shop ? QString() : shop.error()));
    QCOMPARE(shop->kind, BackendKind::Checkout);
    QCOMPARE(shop->baseUrl, QUrl(QStringLiteral("https://pay.example.test/shop")));
    QCOMPARE(shop->token, QStringLiteral("shop-token"));
    QCOMPARE(shop->currency, QStringLiteral("mxn"));
    QCOMPARE(shop->checkoutPath, QStringLiteral("/v2/checkout"));
    QCOMPARE(shop->timeoutMs, 15000);
    const auto quotes = readProfile(settings, QStringLiteral("quotes"));
    QVERIFY(quotes);
    QCOMPARE(quotes->offerTokenPlacement, BackendProfile::TokenPlacement::Header);
    QCOMPARE(quotes->offerProducts.size(), 2);
    QCOMPARE(quotes->offerProducts.at(1).code, QStringLiteral("ad"));
    QCOMPARE(quotes->offerProducts.at(1).label, QStringLiteral("Accidental damage"));
}

void TestProfile::roundTrip()
{
    BackendProfile p;
    p.name = QStringLiteral("till-2");
    p.kind = BackendKind::Dots;
    p.baseUrl = QUrl(QStringLiteral("https://api.dots.example"));
    p.clientId = QStringLiteral("cid");
    p.apiKey = QStringLiteral("key");
    p.honoursIdempotencyKey = true;
    p.caFile = m_dir.filePath(QStringLiteral("store-ca.pem")); // a ca_file must exist
    QFile ca(p.caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    QSettings settings(m_dir.filePath(QStringLiteral("roundtrip.conf")), QSettings::IniFormat);
    writeProfile(settings, p);
    settings.sync();
    const auto back = readProfile(settings, QStringLiteral("till-2"));
    QVERIFY(back);
    QCOMPARE(back->kind, p.kind);
    QCOMPARE(back->baseUrl, p.baseUrl);
    QCOMPARE(back->clientId, p.clientId);
    QCOMPARE(back->apiKey, p.apiKey);
    QCOMPARE(back->honoursIdempotencyKey, true);
    QCOMPARE(back->caFile, p.caFile);
    QCOMPARE(back->offerProducts.size(), BackendProfile::defaultOfferProducts().size());
}

void TestProfile::rejectsBadProfiles_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing profile") << QByteArray("[profile.a]\nkind=dots\n") << "b"
                                     << "There is no profile \"b\"";
    QTest::addRow("bad kind") << QByteArray("[profile.a]\nkind=paypal\n") << "a"
                              << "kind must be ocho, offer, dots or checkout";
    QTest::addRow("bad placement")
        << QByteArray("[profile.a]\nkind=offer\noffer_token_placement=url\n") << "a"
        << "offer_token_placement must be body or header";
    QTest::addRow("credentials in base_url")
        << QByteArray("[profile.a]\nkind=checkout\nbase_url=https://till:s3cret@pay.example.com\n")
        << "a"
        << "Profile \"a\": base_url: The base URL must not hold credentials";
    QTest::addRow("user in base_url")
        << QByteArray("[profile.a]\nkind=checkout\nbase_url=https://till@pay.example.com\n") << "a"
        << "must not hold credentials";
    QTest::addRow("timeout too short")
        << QByteArray("[profile.a]\nkind=dots\nbase_url=https://x.example\ntimeout_ms=999\n") << "a"
        << "Profile \"a\": timeout_ms must be between 1000 (1 s) and 600000 (10 min), not 999";
    QTest::addRow("timeout too long")
        << QByteArray("[profile.a]\nkind=dots\nbase_url=https://x.example\ntimeout_ms=600001\n")
        << "a"
        << "timeout_ms must be between";
    QTest::addRow("timeout not a number")
        << QByteArray("[profile.a]\nkind=dots\nbase_url=https://x.example\ntimeout_ms=soon\n")
        << "a"
        << "timeout_ms must be between";
    QTest::addRow("missing ca_file")
        << QByteArray("[profile.a]\nkind=dots\nbase_url=https://x.example\n"
                      "ca_file=/nonexistent/store-ca.pem\n")
        << "a"
        << "Profile \"a\": ca_file: the file /nonexistent/store-ca.pem does not exist";
    QTest::addRow("dots_user_id not a UUID")
        << QByteArray("[profile.a]\nkind=dots\nbase_url=https://x.example\ndots_user_id=user-7\n")
        << "a"
        << "Profile \"a\": dots_user_id must be a UUID like";
    QTest::addRow("ocho_iss not a DID")
        << QByteArray("[profile.a]\nkind=ocho\nbase_url=https://x.example\nocho_iss=did:Bad\n")
        << "a"
        << "Profile \"a\": ocho_iss must be a DID";
    QTest::addRow("payment method too long") << QByteArray(
        "[profile.a]\nkind=checkout\nbase_url=https://x.example\npayment_methods=card,"
        + QByteArray(51, 'x') + "\n") << "a"
                                             << "payment_methods: \"xxx";
}

void TestProfile::rejectsBadProfiles()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini);
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    const auto p = readProfile(settings, name);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(message), qPrintable(p.error()));
}

void TestProfile::environmentOverridesCredentials()
{
    BackendProfile p;
    p.token = QStringLiteral("from-file");
    qputenv("PAYDESK_TOKEN", "from-env");
    qputenv("PAYDESK_API_KEY", "key-env");
    applyEnvironmentCredentials(p);
    qunsetenv("PAYDESK_TOKEN");
    qunsetenv("PAYDESK_API_KEY");
    QCOMPARE(p.token, QStringLiteral("from-env"));
    QCOMPARE(p.apiKey, QStringLiteral("key-env"));
    QVERIFY(p.clientId.isEmpty());
}

void TestProfile::secretsIncludeTheBasicHeader()
{
    BackendProfile p;
    p.clientId = QStringLiteral("user");
    p.apiKey = QStringLiteral("pass");
    QVERIFY(p.secrets().contains(QStringLiteral("dXNlcjpwYXNz"))); // base64("user:pass")
}

void TestProfile::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addRow("https anywhere") << "https://api.example.com" << true;
    QTest::addRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::addRow("http loopback other") << "http://127.0.0.2:8080" << true;
    QTest::addRow("http localhost") << "http://localhost:1" << true;
    QTest::addRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::addRow("http lan") << "http://192.168.1.10" << false;
    QTest::addRow("http public") << "http://api.example.com" << false;
    QTest::addRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::addRow("no host") << "https://" << false;
}

void TestProfile::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(checkBaseUrl(QUrl(url)).isEmpty(), ok);
}

void TestProfile::offerProductsComeFromTheProfile()
{
    BackendProfile p;
    p.kind = BackendKind::Offer;
    p.offerProducts = {{QStringLiteral("pets"), QStringLiteral("Pet cover")}};
    QVERIFY(validateSale(OfferForm{QStringLiteral("1"), {QStringLiteral("pets")}}, p));
    const auto sale = validateSale(OfferForm{QStringLiteral("1"), {QStringLiteral("core")}}, p);
    QVERIFY(!sale);
    QCOMPARE(sale.error().first().field, QStringLiteral("products"));
}

void TestProfile::tillDefaults()
{
    const QString path = m_dir.filePath(QStringLiteral("till.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profile.shop]\nkind=checkout\nbase_url=https://x.example\n"
               "walk_in_client=Counter customer\npayment_methods=card, cash ,card\n"
               "[profile.free]\nkind=checkout\nbase_url=https://x.example\n"
               "payment_methods=card\npayment_method_editable=true\n"
               "[profile.plain]\nkind=checkout\nbase_url=https://x.example\n"
               "[profile.dots]\nkind=dots\nbase_url=https://x.example\n"
               "dots_user_id=3c90c3cc-0d44-4b50-8888-8dd25736052a\n"
               "[profile.ocho]\nkind=ocho\nbase_url=https://x.example\nocho_iss=did:plc:shop1\n");
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    const auto shop = readProfile(settings, QStringLiteral("shop"));
    QVERIFY2(shop, shop ? "" : qPrintable(shop.error()));
    QCOMPARE(shop->walkInClient, QStringLiteral("Counter customer"));
    QCOMPARE(shop->paymentMethods, (QStringList{QStringLiteral("card"), QStringLiteral("cash")}));
    QVERIFY(!shop->paymentMethodEditable); // a list: a choice, unless the profile says so
    const auto free = readProfile(settings, QStringLiteral("free"));
    QVERIFY(free && free->paymentMethodEditable);
    const auto plain = readProfile(settings, QStringLiteral("plain"));
    QVERIFY(plain);
    QVERIFY(plain->walkInClient.isEmpty());
    QVERIFY(plain->paymentMethods.isEmpty());
    QVERIFY(plain->paymentMethodEditable); // no list: typed, as before
    const auto dots = readProfile(settings, QStringLiteral("dots"));
    QVERIFY(dots);
    QCOMPARE(dots->dotsUserId, QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    const auto ocho = readProfile(settings, QStringLiteral("ocho"));
    QVERIFY(ocho);
    QCOMPARE(ocho->ochoIss, QStringLiteral("did:plc:shop1"));
}

void TestProfile::tillDefaultsRoundTrip()
{
    BackendProfile p;
    p.name = QStringLiteral("till-3");
    p.baseUrl = QUrl(QStringLiteral("https://pay.example.com"));
    p.walkInClient = QStringLiteral("Mostrador");
    p.paymentMethods = {QStringLiteral("card"), QStringLiteral("cash")};
    p.paymentMethodEditable = true;
    p.dotsCustomerId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    p.ochoIss = QStringLiteral("did:web:shop.example");
    QSettings settings(m_dir.filePath(QStringLiteral("till-roundtrip.conf")), QSettings::IniFormat);
    writeProfile(settings, p);
    settings.sync();
    const auto back = readProfile(settings, p.name);
    QVERIFY2(back, back ? "" : qPrintable(back.error()));
    QCOMPARE(back->walkInClient, p.walkInClient);
    QCOMPARE(back->paymentMethods, p.paymentMethods);
    QCOMPARE(back->paymentMethodEditable, true);
    QCOMPARE(back->dotsCustomerId, p.dotsCustomerId);
    QCOMPARE(back->dotsUserId, QString());
    QCOMPARE(back->ochoIss, p.ochoIss);
    // Unset again: the keys go.
    BackendProfile bare;
    bare.name = p.name;
    bare.baseUrl = p.baseUrl;
    writeProfile(settings, bare);
    settings.sync();
    settings.beginGroup(QStringLiteral("profile.till-3"));
    for (const char *key : {"walk_in_client", "payment_methods", "payment_method_editable",
                            "dots_customer_id", "ocho_iss"})
        QVERIFY2(!settings.contains(QLatin1String(key)), key);
    settings.endGroup();
}

void TestProfile::descriptorTable()
{
    // The one table: the four backends in the profile editor's order, each found by its kind.
    QCOMPARE(backendKinds(),
             (QList<BackendKind>{BackendKind::Checkout, BackendKind::Offer, BackendKind::Dots,
                                 BackendKind::Ocho}));
    // Stripe is an answer shape apart from the backends: no kind, no descriptor.
    QVERIFY(!backendFromName(u"stripe"));
    QVERIFY(shapeFromName(u"stripe")->isStripe());
    QSet<QString> flags{QStringLiteral("amount"), QStringLiteral("currency")};
    for (const BackendSpec *spec : backendSpecs()) {
        const QString name = backendName(spec->kind);
        QCOMPARE(&backendSpec(spec->kind), spec);
        // Its name and title (what the journal writes) read back to it.
        QVERIFY(!name.isEmpty() && !backendTitle(spec->kind).isEmpty());
        QCOMPARE(backendFromName(name), std::optional<BackendKind>(spec->kind));
        // Its answers are recognised and read by its own parser; a refund API comes with the
        // reader of its refunds.
        QVERIFY2(spec->answer.recognises && spec->answer.parse, qPrintable(name));
        QCOMPARE(bool(spec->refundRequest), bool(spec->readRefund));
        QVERIFY2(spec->createRequest && spec->probe && spec->needsCredentials && spec->whereToCheck
                     && spec->whereToRefund && spec->profileCurrency && spec->flags
                     && spec->saleFromFlags && spec->trainingDefaults && spec->saleTitle
                     && spec->missingCredentials,
                 qPrintable(name));
        // A backend that prices the sale itself says so on the total and on the price line.
        QCOMPARE(bool(spec->pricedCaption), bool(spec->pricedAmount));
        // paydeskctl create gives every backend's flags to one parser: no name twice.
        for (const QCommandLineOption &option : spec->flags())
            for (const QString &flag : option.names())
                QVERIFY2(!flags.contains(flag), qPrintable(name + QStringLiteral(": --") + flag));
        for (const QCommandLineOption &option : spec->flags())
            for (const QString &flag : option.names())
                flags.insert(flag);
    }
    // The currency rule as the profile list shows it.
    BackendProfile p;
    p.currency = QStringLiteral("mxn");
    QCOMPARE(backendSpec(BackendKind::Checkout).profileCurrency(p), QStringLiteral("MXN"));
    QCOMPARE(backendSpec(BackendKind::Ocho).profileCurrency(p), QStringLiteral("MXN"));
    QCOMPARE(backendSpec(BackendKind::Dots).profileCurrency(p), QStringLiteral("USD"));
    QCOMPARE(backendSpec(BackendKind::Offer).profileCurrency(p), QString());
    // The credential rule: Checkout without auth needs no token; Ocho's token is optional.
    p.kind = BackendKind::Checkout;
    p.checkoutAuth = BackendProfile::Auth::None;
    QVERIFY(!backendSpec(p.kind).needsCredentials(p));
    p.checkoutAuth = BackendProfile::Auth::Bearer;
    QVERIFY(backendSpec(p.kind).needsCredentials(p));
    QCOMPARE(backendSpec(BackendKind::Ocho).credentials, BackendSpec::Credentials::OptionalToken);
    QCOMPARE(backendSpec(BackendKind::Dots).credentials, BackendSpec::Credentials::ClientIdAndKey);
}

void TestProfile::saleFromFlags()
{
    // Each backend reads its own flags from the one parser paydeskctl create builds.
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("amount"), QString(), QStringLiteral("decimal")},
                       {QStringLiteral("currency"), QString(), QStringLiteral("code")}});
    parser.addOptions(saleFlags());
    QVERIFY(parser.parse(
        {QStringLiteral("paydeskctl"), QStringLiteral("--iss"), QStringLiteral("did:plc:abc123"),
         QStringLiteral("--id"), QStringLiteral("t-1"), QStringLiteral("--amount"),
         QStringLiteral("12.50"), QStringLiteral("--item"), QStringLiteral("A1:Tea:2:3.00"),
         QStringLiteral("--client"), QStringLiteral("Ana"), QStringLiteral("--reference"),
         QStringLiteral("R-7"), QStringLiteral("--metadata"), QStringLiteral("no-equals")}));
    BackendProfile profile;
    profile.currency = QStringLiteral("mxn");
    profile.kind = BackendKind::Ocho;
    const auto ocho = backendSpec(profile.kind).saleFromFlags(parser, profile);
    QVERIFY(ocho);
    QCOMPARE(saleBackend(*ocho), BackendKind::Ocho);
    QCOMPARE(*saleAmount(*ocho), (Money{1250, QStringLiteral("mxn")}));
    QCOMPARE(saleReference(*ocho), QStringLiteral("t-1"));
    profile.kind = BackendKind::Checkout;
    const auto checkout = backendSpec(profile.kind).saleFromFlags(parser, profile);
    QVERIFY(checkout);
    QCOMPARE(*saleAmount(*checkout), (Money{600, QStringLiteral("mxn")}));
    QCOMPARE(saleClient(*checkout), QStringLiteral("Ana"));
    // Dots: the bad --metadata is named before anything else is judged.
    profile.kind = BackendKind::Dots;
    const auto dots = backendSpec(profile.kind).saleFromFlags(parser, profile);
    QVERIFY(!dots);
    QCOMPARE(dots.error().first().field, QStringLiteral("metadata"));
    // Offer: no quote given.
    profile.kind = BackendKind::Offer;
    const auto offer = backendSpec(profile.kind).saleFromFlags(parser, profile);
    QVERIFY(!offer);
    QCOMPARE(offer.error().first().field, QStringLiteral("offer_oid"));
}

QTEST_APPLESS_MAIN(TestProfile)
#include "tst_profile.moc"
