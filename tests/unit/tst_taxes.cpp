// The tax included in tax-included prices: the rate as written in a catalogue, the one rounding
// rule (per rate, on the summed gross, half to even), and what the till receipt says.
#include <QTest>

#include "receipts/taxes.h"
#include "receipts/tillreceipt.h"

using namespace paydesk;

class TestTaxes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRate_data();
    void parseRate();
    void rateText_data();
    void rateText();
    void includedTax_data();
    void includedTax();
    void perRateOnTheSummedGross();
    void catalogueRates();
    void receiptSaysTheTaxPerRate();
};

void TestTaxes::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints"); // -1: refused
    QTest::addRow("whole") << QStringLiteral("16") << 1600;
    QTest::addRow("one decimal") << QStringLiteral("8.5") << 850;
    QTest::addRow("two decimals") << QStringLiteral("8.25") << 825;
    QTest::addRow("trailing zeros") << QStringLiteral("16.00") << 1600;
    QTest::addRow("zero") << QStringLiteral("0") << 0;
    QTest::addRow("hundred") << QStringLiteral("100") << 10000;
    QTest::addRow("spaces around") << QStringLiteral(" 16 ") << 1600;
    QTest::addRow("over hundred") << QStringLiteral("100.01") << -1;
    QTest::addRow("three decimals") << QStringLiteral("16.125") << -1;
    QTest::addRow("negative") << QStringLiteral("-1") << -1;
    QTest::addRow("percent sign") << QStringLiteral("16%") << -1;
    QTest::addRow("comma") << QStringLiteral("8,5") << -1;
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("dot only") << QStringLiteral(".") << -1;
    QTest::addRow("no decimals after dot") << QStringLiteral("16.") << -1;
    QTest::addRow("no whole part") << QStringLiteral(".5") << -1;
    QTest::addRow("text") << QStringLiteral("abc") << -1;
}

void TestTaxes::parseRate()
{
    QFETCH(QString, text);
    QFETCH(int, basisPoints);
    const auto rate = parseTaxRate(text);
    if (basisPoints < 0)
        QVERIFY2(!rate, qPrintable(QString::number(rate.value_or(-1))));
    else
        QCOMPARE(rate.value_or(-1), basisPoints);
}

void TestTaxes::rateText_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("spanishSpain");
    QTest::addRow("whole") << 1600 << QStringLiteral("16") << QStringLiteral("16");
    QTest::addRow("half") << 850 << QStringLiteral("8.5") << QStringLiteral("8,5");
    QTest::addRow("quarter") << 825 << QStringLiteral("8.25") << QStringLiteral("8,25");
    QTest::addRow("small") << 5 << QStringLiteral("0.05") << QStringLiteral("0,05");
}

void TestTaxes::rateText()
{
    QFETCH(int, basisPoints);
    QFETCH(QString, english);
    QFETCH(QString, spanishSpain);
    QCOMPARE(taxRateText(basisPoints, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(taxRateText(basisPoints, QLocale(QLocale::Spanish, QLocale::Spain)), spanishSpain);
}

void TestTaxes::includedTax_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("tax");
    // 16 %: tax = gross × 16 / 116.
    QTest::addRow("16%% of 90.00") << qint64(9000) << 1600 << qint64(1241); // 1241.38
    QTest::addRow("16%% of 116.00") << qint64(11600) << 1600 << qint64(1600); // exact
    QTest::addRow("16%% of 0.07") << qint64(7) << 1600 << qint64(1); // 0.966
    QTest::addRow("16%% of 0.03") << qint64(3) << 1600 << qint64(0); // 0.414
    QTest::addRow("16%% of 0.04") << qint64(4) << 1600 << qint64(1); // 0.552
    // 20 %: tax = gross / 6, so exact halves happen: half to even.
    QTest::addRow("20%% half to even down 0.5") << qint64(3) << 2000 << qint64(0);
    QTest::addRow("20%% half to even up 1.5") << qint64(9) << 2000 << qint64(2);
    QTest::addRow("20%% half to even down 2.5") << qint64(15) << 2000 << qint64(2);
    QTest::addRow("20%% half to even up 3.5") << qint64(21) << 2000 << qint64(4);
    QTest::addRow("20%% below half 0.33") << qint64(2) << 2000 << qint64(0);
    QTest::addRow("20%% above half 0.67") << qint64(4) << 2000 << qint64(1);
    // 100 %: tax = gross / 2.
    QTest::addRow("100%% of 0.05 (2.5)") << qint64(5) << 10000 << qint64(2);
    QTest::addRow("100%% of 0.07 (3.5)") << qint64(7) << 10000 << qint64(4);
    QTest::addRow("8.5%% of 108.50") << qint64(10850) << 850 << qint64(850);
    QTest::addRow("zero rate") << qint64(9000) << 0 << qint64(0);
    QTest::addRow("zero gross") << qint64(0) << 1600 << qint64(0);
    QTest::addRow("largest cart") << qint64(99'999'999) << 1600 << qint64(13'793'103); // .310
    // No overflow even far beyond any cart: 9.2e18 × 16 / 116.
    QTest::addRow("int64 max") << std::numeric_limits<qint64>::max() << 1600
                               << qint64(1'272'189'246'462'727'698); // .517 rounds up
}

void TestTaxes::includedTax()
{
    QFETCH(qint64, gross);
    QFETCH(int, rate);
    QFETCH(qint64, tax);
    QCOMPARE(paydesk::includedTax(gross, rate), tax);
}

void TestTaxes::perRateOnTheSummedGross()
{
    // Two lines of 0.03 at 20 %: per line each would round to 0.00 (0.5 → 0); the rule sums the
    // gross first: 0.06 / 6 = 0.01.
    const TaxRates rates{{QStringLiteral("A"), 2000},
                         {QStringLiteral("B"), 2000},
                         {QStringLiteral("C"), 1600},
                         {QStringLiteral("Z"), 0}};
    const QList<CartItem> items{{QStringLiteral("a"), QStringLiteral("Apple"), 1, 3},
                                {QStringLiteral("B"), QStringLiteral("Bread"), 1, 3},
                                {QStringLiteral("C"), QStringLiteral("Coffee"), 2, 4500},
                                {QStringLiteral("Z"), QStringLiteral("Book"), 1, 1000},
                                {QStringLiteral("FREE"), QStringLiteral("Free amount"), 1, 999}};
    const QList<IncludedTax> taxes = includedTaxes(items, rates);
    QCOMPARE(taxes.size(), 3); // 0 %, 16 %, 20 %; the line without a rate is left out
    QCOMPARE(taxes.at(0), (IncludedTax{0, 1000, 0}));
    QCOMPARE(taxes.at(1), (IncludedTax{1600, 9000, 1241}));
    QCOMPARE(taxes.at(2), (IncludedTax{2000, 6, 1}));
}

void TestTaxes::catalogueRates()
{
    const QByteArray json = R"([
        {"sku": "cof-1", "name": "Café", "unit_price": 4500, "currency": "mxn", "tax_rate": "16"},
        {"sku": "BOOK", "name": "Libro", "unit_price": 1000, "currency": "mxn", "tax_rate": 0},
        {"sku": "HALF", "name": "Half", "unit_price": 1000, "currency": "mxn", "tax_rate": 8.5},
        {"sku": "BAD", "name": "Bad", "unit_price": 1000, "currency": "mxn", "tax_rate": "16%"},
        {"sku": "NONE", "name": "No rate", "unit_price": 1000, "currency": "mxn"},
        {"sku": "COF-1", "name": "Coffee", "unit_price": 300, "currency": "usd", "tax_rate": "7"}
    ])";
    const auto mxn = taxRatesFromCatalogue(json, u"mxn");
    QVERIFY(mxn);
    QCOMPARE(mxn->rates,
             (TaxRates{{QStringLiteral("COF-1"), 1600},
                       {QStringLiteral("BOOK"), 0},
                       {QStringLiteral("HALF"), 850}}));
    QCOMPARE(mxn->warnings.size(), 1);
    QVERIFY(mxn->warnings.first().contains(QStringLiteral("16%")));
    QCOMPARE(taxRatesFromCatalogue(json, u"usd")->rates.value(QStringLiteral("COF-1")), 700);
    QVERIFY(!taxRatesFromCatalogue("{}", u"mxn"));
}

void TestTaxes::receiptSaysTheTaxPerRate()
{
    PaymentRecord record;
    record.intent.amount = Money{9000, QStringLiteral("mxn")};
    ReceiptMerchant merchant;
    merchant.taxName = QStringLiteral("IVA");
    merchant.taxId = QStringLiteral("CAF010203AB1");
    TillReceipt r
        = tillReceiptFor(record, {{QStringLiteral("COF-1"), QStringLiteral("Café"), 2, 4500}}, {},
                         merchant, false, QStringLiteral("Paid"));
    r.taxRates = {{QStringLiteral("COF-1"), 1600}};
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QList<IncludedTax> taxes = r.includedTaxes();
    QCOMPARE(taxes.size(), 1);
    QCOMPARE(receipttext::includedTax(r, taxes.first(), en),
             QStringLiteral("IVA 16 %: ") + formatMoney(1241, u"mxn", en));
    QVERIFY(receipttext::includedTax(r, taxes.first(), en).contains(QStringLiteral("12.41")));
    QCOMPARE(receipttext::taxId(r), QStringLiteral("Tax ID: CAF010203AB1"));
}

QTEST_GUILESS_MAIN(TestTaxes)
#include "tst_taxes.moc"
