#include <QTest>

#include "core/cart.h"

using namespace paydesk;
using Code = CartError::Code;

Q_DECLARE_METATYPE(paydesk::CartItem)

class TestCart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void total();
    void emptyCartIsRejected();
    void invalidLines_data();
    void invalidLines();
    void overflowIsCaught();
    void totalAboveLimit();
    void itemSpec_data();
    void itemSpec();
};

void TestCart::total()
{
    Cart cart(QStringLiteral("mxn"));
    cart.add({QStringLiteral("COF-1"), QStringLiteral("Coffee"), 2, 350});
    cart.add({QStringLiteral("CRO-1"), QStringLiteral("Croissant"), 3, 275});
    const auto total = cart.total();
    QVERIFY(total);
    QCOMPARE(*total, qint64(2 * 350 + 3 * 275));
    cart.removeAt(0);
    QCOMPARE(*cart.total(), qint64(825));
}

void TestCart::emptyCartIsRejected()
{
    const auto total = Cart().total();
    QVERIFY(!total);
    QCOMPARE(total.error().code, Code::Empty);
    QVERIFY(total.error().message.contains(QStringLiteral("empty")));
}

void TestCart::invalidLines_data()
{
    QTest::addColumn<CartItem>("item");
    QTest::addColumn<int>("code");
    QTest::addRow("quantity zero") << CartItem{QStringLiteral("A"), QStringLiteral("a"), 0, 100}
                                   << int(Code::QuantityBelowOne);
    QTest::addRow("quantity negative")
        << CartItem{QStringLiteral("A"), QStringLiteral("a"), -3, 100}
        << int(Code::QuantityBelowOne);
    QTest::addRow("negative price")
        << CartItem{QStringLiteral("A"), QStringLiteral("a"), 1, -1} << int(Code::NegativePrice);
    QTest::addRow("no sku") << CartItem{QStringLiteral(" "), QStringLiteral("a"), 1, 100}
                            << int(Code::MissingSku);
}

void TestCart::invalidLines()
{
    QFETCH(CartItem, item);
    QFETCH(int, code);
    Cart cart;
    cart.add({QStringLiteral("OK"), QStringLiteral("fine"), 1, 100});
    cart.add(item);
    const auto total = cart.total();
    QVERIFY(!total);
    QCOMPARE(int(total.error().code), code);
    QCOMPARE(total.error().line, qsizetype(1)); // the form can point at the faulty line
}

void TestCart::overflowIsCaught()
{
    Cart cart;
    cart.add({QStringLiteral("BIG"), QStringLiteral("big"), std::numeric_limits<qint64>::max() / 2,
              1000});
    const auto total = cart.total();
    QVERIFY(!total);
    QCOMPARE(total.error().code, Code::TooLarge);
}

void TestCart::totalAboveLimit()
{
    Cart cart;
    cart.add({QStringLiteral("A"), QStringLiteral("a"), 1, kMaxMinorAmount});
    QCOMPARE(*cart.total(), kMaxMinorAmount);
    cart.add({QStringLiteral("B"), QStringLiteral("b"), 1, 1});
    const auto total = cart.total();
    QVERIFY(!total);
    QCOMPARE(total.error().code, Code::TooLarge);
    QVERIFY(total.error().message.contains(QStringLiteral("999999.99 USD")));
}

void TestCart::itemSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CartItem>("item");
    QTest::addRow("simple") << "COF-1:Coffee:2:3.50" << true
                            << CartItem{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 2, 350};
    QTest::addRow("colon in name")
        << "TEA:Tea: green:1:2" << true
        << CartItem{QStringLiteral("TEA"), QStringLiteral("Tea: green"), 1, 200};
    QTest::addRow("three parts") << "COF:2:3.50" << false << CartItem{};
    QTest::addRow("bad quantity") << "COF:Coffee:two:3.50" << false << CartItem{};
    QTest::addRow("zero quantity") << "COF:Coffee:0:3.50" << false << CartItem{};
    QTest::addRow("bad price") << "COF:Coffee:1:3.5.0" << false << CartItem{};
    QTest::addRow("empty sku") << ":Coffee:1:3.50" << false << CartItem{};
}

void TestCart::itemSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(CartItem, item);
    const auto parsed = parseCartItemSpec(spec, u"usd");
    QCOMPARE(bool(parsed), ok);
    if (ok)
        QCOMPARE(*parsed, item);
    else
        QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(TestCart)
#include "tst_cart.moc"
