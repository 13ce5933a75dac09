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

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
