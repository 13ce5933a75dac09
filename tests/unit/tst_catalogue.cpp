// The workplace's catalogue keeps each product's tax rate (read the way the receipts read it,
// taxRatesFromCatalogue), per currency; a rate it cannot read is said and left out, and never
// costs the product.
#include <QTest>

#include "workplace/catalogue.h"

using namespace paydesk;

class TestCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTaxRates_data();
    void keepsTaxRates();
    void favouritesAreTheQuickKeys();
    void shippedCatalogueHasQuickKeys();
};

void TestCatalogue::keepsTaxRates_data()
{
    QTest::addColumn<QByteArray>("rate"); // the JSON value of "tax_rate", or empty: none
    QTest::addColumn<int>("basisPoints"); // -1: no rate kept
    QTest::addColumn<bool>("warned");
    QTest::addRow("string") << QByteArray(R"("16")") << 1600 << false;
    QTest::addRow("number") << QByteArray("16") << 1600 << false;
    QTest::addRow("decimals") << QByteArray(R"("8.5")") << 850 << false;
    QTest::addRow("zero") << QByteArray("0") << 0 << false;
    QTest::addRow("none") << QByteArray() << -1 << false;
    QTest::addRow("over 100") << QByteArray(R"("101")") << -1 << true;
    QTest::addRow("words") << QByteArray(R"("sixteen")") << -1 << true;
}

void TestCatalogue::keepsTaxRates()
{
    QFETCH(QByteArray, rate);
    QFETCH(int, basisPoints);
    QFETCH(bool, warned);
    const QByteArray json = R"([{"sku": "cof-1", "name": "Coffee", "unit_price": 3500,
                                 "currency": "MXN")"
        + (rate.isEmpty() ? QByteArray() : QByteArray(R"(, "tax_rate": )") + rate)
        + R"(}, {"sku": "COF-1", "name": "Coffee", "unit_price": 300, "currency": "usd"}])";
    const auto catalogue = Catalogue::fromJson(json);
    QVERIFY(catalogue);
    QCOMPARE(catalogue->products().size(), 2); // a bad rate never costs the product
    const TaxRates mxn = catalogue->taxRates(u"mxn");
    if (basisPoints < 0)
        QVERIFY(mxn.isEmpty());
    else
        QCOMPARE(mxn.value(QStringLiteral("COF-1"), -1), basisPoints);
    QVERIFY(catalogue->taxRates(u"usd").isEmpty()); // the same SKU in another currency
    QCOMPARE(!catalogue->warnings().isEmpty(), warned);
}

void TestCatalogue::favouritesAreTheQuickKeys()
{
    const auto catalogue = Catalogue::fromJson(R"([
        {"sku": "A", "name": "A", "unit_price": 100, "currency": "mxn", "favourite": true},
        {"sku": "B", "name": "B", "unit_price": 100, "currency": "mxn"},
        {"sku": "C", "name": "C", "unit_price": 100, "currency": "mxn", "key": 1},
        {"sku": "D", "name": "D", "unit_price": 100, "currency": "mxn", "key": 1},
        {"sku": "E", "name": "E", "unit_price": 100, "currency": "mxn", "key": 12},
        {"sku": "F", "name": "F", "unit_price": 100, "currency": "usd", "favourite": true}])");
    QVERIFY(catalogue);
    // C asked for 1; A, D (its 1 was taken) and E (12 is no key) get the next ones free.
    const QList<Product> keys = catalogue->favourites(u"mxn");
    QStringList order;
    for (const Product &p : keys)
        order << p.sku + u'=' + QString::number(p.key);
    QCOMPARE(order,
             (QStringList{QStringLiteral("C=1"), QStringLiteral("A=2"), QStringLiteral("D=3"),
                          QStringLiteral("E=4")}));
    QCOMPARE(catalogue->warnings().size(), 2); // the taken key and the key out of range
    QVERIFY(catalogue->warnings().join(u' ').contains(QStringLiteral("key 1 is already C's")));
    QCOMPARE(catalogue->favourites(u"usd").size(), 1);
    QCOMPARE(catalogue->favourites(u"usd").first().key, 1);
    QVERIFY(catalogue->favourites(u"eur").isEmpty());
    QVERIFY(!catalogue->find(u"B", u"mxn")->favourite);
}

void TestCatalogue::shippedCatalogueHasQuickKeys()
{
    const auto catalogue
        = Catalogue::load(QStringLiteral(PAYDESK_TEST_DATA "/../../resources/catalogue.json"));
    QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error()));
    QVERIFY(catalogue->warnings().isEmpty());
    for (const char *currency : {"mxn", "usd"}) {
        const QList<Product> keys = catalogue->favourites(QString::fromLatin1(currency));
        QVERIFY2(keys.size() >= 4 && keys.size() <= kMaxQuickKeys, currency);
        QCOMPARE(keys.first().key, 1);
    }
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
