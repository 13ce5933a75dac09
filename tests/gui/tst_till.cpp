// The till for a busy counter (issue 15, points 4 and 5): what the cashier no longer types
// (walk-in client, generated reference, payment method from the profile, Dots' and Ocho's
// identifiers), the Offer button naming its quote, the quick keys, quantity + / −, a scanner's
// burst caught wherever the focus is, and the measured three-item sale: the cashier's own key
// presses to a printed receipt and the time from Charge to the paid screen. Real widgets,
// offscreen, against the in-process sandbox on loopback and a fake ESC/POS printer.
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

#include "core/clock.h"
#include "core/money.h"
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "guiharness.h"
#include "sale/quickkeys.h"
#include "sale/saleform.h"
#include "sale/scancatcher.h"

using namespace paydesk;
using paydesk::test::decodeEscPos;
using paydesk::test::FakePrinter;
using paydesk::test::Harness;

class TestTill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Harness::isolatedHome(); }
    void walkInClientAndGeneratedReference();
    void generatedReferencesNeverRepeat();
    void paymentMethodIsAChoiceOfTheProfile();
    void dotsAndOchoIdentifiersComeFromTheProfile();
    void offerChargeNamesTheQuote();
    void quickKeysAddWithTheirShortcut();
    void quantityPlusAndMinus();
    void scanBurstLandsInTheCartWherever();
    void slowTypingStaysTyping();
    void threeItemSaleToAPrintedReceipt();

private:
    /// A catalogue of three favourites with tax rates, the counter's printer at `printerUrl`.
    static bool open(Harness &h, const QString &printerUrl = QString());
    /// A scanner: after a pause (the cashier picks up the item), the code's characters and
    /// Enter, back to back, to wherever the keys go.
    static void scanBurst(const Harness &h, const QString &code)
    {
        // The pause is what the scan catcher measures (the gap between real key events, on an
        // elapsed timer): it cannot be moved, only waited, and it is two gaps long.
        QTest::qWait(int(ScanCatcher::kMaxGapMs) * 2);
        for (const QChar c : code)
            QTest::keyClicks(h.keyTarget(), QString(c));
        QTest::keyClick(h.keyTarget(), Qt::Key_Return);
        h.reactivate();
    }
    static Expected<CheckoutSale, QString> checkoutSale(const Harness &h)
    {
        const auto sale = h.form()->validate();
        if (!sale)
            return unexpected(sale.error().first().message);
        return std::get<CheckoutSale>(*sale);
    }
    static QComboBox *paymentMethod(const Harness &h)
    {
        return h.find<QComboBox>(QStringLiteral("inputPaymentMethod"));
    }
};

bool TestTill::open(Harness &h, const QString &printerUrl)
{
    const QString catalogue = h.dir.filePath(QStringLiteral("catalogue.json"));
    QFile file(catalogue);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"([{"sku": "COF-1", "name": "Coffee", "unit_price": 3500, "currency": "mxn",
                    "tax_rate": "16", "favourite": true},
                   {"sku": "PAN-1", "name": "Pan dulce", "unit_price": 2300, "currency": "mxn",
                    "tax_rate": 0, "favourite": true},
                   {"sku": "TOR-1", "name": "Torta de jamón", "unit_price": 6500,
                    "currency": "mxn", "tax_rate": "16", "key": 3},
                   {"sku": "7501000111206", "name": "Bottled water", "unit_price": 1800,
                    "currency": "mxn", "tax_rate": "16"}])");
    file.close();
    QList<QPair<QString, QVariant>> settings{
        {QStringLiteral("catalogue/file"), catalogue},
        {QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Luna")},
        {QStringLiteral("receipt/tax_name"), QStringLiteral("IVA")}};
    if (!printerUrl.isEmpty())
        settings << QPair<QString, QVariant>{QStringLiteral("printer/url"), printerUrl}
                 << QPair<QString, QVariant>{QStringLiteral("printer/timeout_ms"),
                                             QStringLiteral("3000")};
    return h.open(settings) && h.selectProfile(QStringLiteral("training-checkout"));
}

void TestTill::walkInClientAndGeneratedReference()
{
    Harness h;
    QVERIFY(open(h));
    // Nothing to fill in: the client and the reference show what they will be.
    QLineEdit *client = h.edit(QStringLiteral("inputClient"));
    QLineEdit *reference = h.edit(QStringLiteral("inputReference"));
    QCOMPARE(client->text(), QString());
    QCOMPARE(client->placeholderText(), QStringLiteral("Walk-in"));
    QCOMPARE(reference->text(), QString());
    scanBurst(h, QStringLiteral("COF-1"));
    auto sale = checkoutSale(h);
    QVERIFY2(sale, sale ? "" : qPrintable(sale.error()));
    QCOMPARE(sale->client, QStringLiteral("Walk-in"));
    QVERIFY2(sale->reference.startsWith(QStringLiteral("counter-1-")), qPrintable(sale->reference));
    // One reference per sale: checked again (e.g. after a decline) it stays the same.
    const QString generated = sale->reference;
    Clock::advance(1100); // a second later, without waiting for one
    QCOMPARE(checkoutSale(h)->reference, generated);

    // The profile's walk-in client; a typed client and reference win.
    BackendProfile profile = h.page()->profile();
    profile.walkInClient = QStringLiteral("Mostrador");
    h.page()->setProfile(profile);
    QCOMPARE(client->placeholderText(), QStringLiteral("Mostrador"));
    QCOMPARE(checkoutSale(h)->client, QStringLiteral("Mostrador"));
    Harness::type(client, QStringLiteral("Ana Lopez"));
    Harness::type(reference, QStringLiteral("ORD-77"));
    QCOMPARE(checkoutSale(h)->client, QStringLiteral("Ana Lopez"));
    QCOMPARE(checkoutSale(h)->reference, QStringLiteral("ORD-77"));

    // Charged, the journal keeps the generated reference; the next sale gets a new one.
    Harness::type(reference, QString());
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    const auto entry = h.journal()->entry(h.page()->journalId());
    QVERIFY(entry);
    QCOMPARE(entry->reference, generated);
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(client->text(), QString());
    scanBurst(h, QStringLiteral("PAN-1"));
    QVERIFY(checkoutSale(h)->reference != generated);
}

void TestTill::generatedReferencesNeverRepeat()
{
    // Three quick sales on one till, within a second or two: three references, the till's name
    // first.
    QSet<QString> seen;
    for (int i = 0; i < 3; ++i) {
        const QString reference = newReference(QStringLiteral("counter 1"));
        QVERIFY2(reference.startsWith(QStringLiteral("counter-1-")), qPrintable(reference));
        seen.insert(reference);
    }
    QCOMPARE(seen.size(), 3);
}

void TestTill::paymentMethodIsAChoiceOfTheProfile()
{
    Harness h;
    QVERIFY(open(h));
    scanBurst(h, QStringLiteral("COF-1"));
    // The training profile lists card and cash: a choice, the first one chosen, nothing typed.
    QComboBox *methods = paymentMethod(h);
    QVERIFY(methods);
    QCOMPARE(methods->count(), 2);
    QCOMPARE(methods->itemText(1), QStringLiteral("Cash")); // in the cashier's words…
    QVERIFY(!methods->isEditable());
    QCOMPARE(checkoutSale(h)->paymentMethod, QStringLiteral("card")); // …the profile's sent
    methods->setFocus();
    QTest::keyClick(methods, Qt::Key_Down);
    QCOMPARE(checkoutSale(h)->paymentMethod, QStringLiteral("cash"));

    // A profile that allows it: typed too; a profile without a list: typed, or none.
    BackendProfile profile = h.page()->profile();
    profile.paymentMethodEditable = true;
    h.page()->setProfile(profile);
    QVERIFY(methods->isEditable());
    QCOMPARE(methods->currentText(), QStringLiteral("Card"));
    Harness::type(methods->lineEdit(), QStringLiteral("voucher"));
    QCOMPARE(checkoutSale(h)->paymentMethod, QStringLiteral("voucher"));
    profile.paymentMethods.clear();
    h.page()->setProfile(profile);
    QCOMPARE(methods->count(), 0);
    QVERIFY(methods->isEditable());
    QCOMPARE(checkoutSale(h)->paymentMethod, QString());
}

void TestTill::dotsAndOchoIdentifiersComeFromTheProfile()
{
    Harness h;
    QVERIFY(open(h));
    QVERIFY(h.selectProfile(QStringLiteral("training-dots")));
    BackendProfile dots = h.page()->profile();
    dots.dotsUserId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    h.page()->setProfile(dots);
    // The identifiers are behind a closed "Advanced", filled in from the profile.
    QToolButton *advanced = h.form()->advancedToggle();
    QVERIFY(advanced && advanced->isVisible());
    QVERIFY(!advanced->isChecked());
    QLineEdit *user = h.edit(QStringLiteral("inputUserId"));
    QVERIFY(!user->isVisible());
    QCOMPARE(user->text(), dots.dotsUserId);
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("4.75"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    const auto sale = h.form()->validate();
    QVERIFY(sale);
    QCOMPARE(std::get<DotsSale>(*sale).userId, dots.dotsUserId);
    QTest::mouseClick(advanced, Qt::LeftButton);
    QVERIFY(user->isVisible());
    // The next sale starts closed again, with the profile's identifiers.
    h.form()->clearSale();
    QVERIFY(!advanced->isChecked() && !user->isVisible());
    QCOMPARE(user->text(), dots.dotsUserId);

    // Ocho: the training profile gives the DID, the transaction id is generated.
    QVERIFY(h.selectProfile(QStringLiteral("training-ocho")));
    QVERIFY(!h.form()->advancedToggle()->isChecked());
    QVERIFY(!h.edit(QStringLiteral("inputIss"))->isVisible());
    h.cart()->scanInput()->setFocus();
    scanBurst(h, QStringLiteral("COF-1")); // USD: no such product, so a free amount
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("3.50"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    const auto ocho = h.form()->validate();
    QVERIFY(ocho);
    QCOMPARE(std::get<OchoSale>(*ocho).iss, h.page()->profile().ochoIss);
    QVERIFY(std::get<OchoSale>(*ocho).id.startsWith(QStringLiteral("counter-1-")));
    // A profile without a DID: the field is shown, and said when empty.
    BackendProfile ochoProfile = h.page()->profile();
    ochoProfile.ochoIss.clear();
    h.page()->setProfile(ochoProfile);
    QVERIFY(h.form()->advancedToggle()->isChecked());
    QVERIFY(h.edit(QStringLiteral("inputIss"))->isVisible());
    QVERIFY(!h.form()->validate());
    QVERIFY(h.label(QStringLiteral("messageIss"))->text().contains(QStringLiteral("DID")));
}

void TestTill::offerChargeNamesTheQuote()
{
    Harness h;
    QVERIFY(open(h));
    QVERIFY(h.selectProfile(QStringLiteral("training-offer")));
    QAbstractButton *charge = h.button(QStringLiteral("chargeButton"));
    QCOMPARE(charge->text(), QStringLiteral("Charge the quote"));
    Harness::type(h.edit(QStringLiteral("inputOfferOid")), QStringLiteral("10311080"));
    QCOMPARE(charge->text(), QStringLiteral("Charge quote 10311080"));
    QCOMPARE(charge->accessibleName(), charge->text());
    // Checkout's button still says the amount.
    QVERIFY(h.selectProfile(QStringLiteral("training-checkout")));
    scanBurst(h, QStringLiteral("COF-1"));
    QCOMPARE(charge->text(), QStringLiteral("Charge %1").arg(formatMoney(3500, u"mxn")));
}

void TestTill::quickKeysAddWithTheirShortcut()
{
    Harness h;
    QVERIFY(open(h));
    QuickKeys *keys = h.cart()->quickKeys();
    QVERIFY(keys->isVisible());
    QCOMPARE(keys->buttons().size(), 3);
    // The key shows the product, its price and its shortcut; TOR-1 asked for Alt+3.
    const QString alt1 = QuickKeys::shortcutFor(1).toString(QKeySequence::NativeText);
    QVERIFY2(keys->buttons().at(0)->text().contains(QStringLiteral("Coffee")),
             qPrintable(keys->buttons().at(0)->text()));
    QVERIFY(keys->buttons().at(0)->text().contains(alt1));
    QVERIFY(keys->buttons().at(0)->text().contains(QStringLiteral("35.00"))); // the till's MXN
    // The whole key is readable: no line of it wider than the key.
    for (QAbstractButton *key : keys->buttons())
        for (const QString &line : key->text().split(u'\n'))
            QVERIFY2(key->fontMetrics().horizontalAdvance(line) <= key->contentsRect().width() - 8,
                     qPrintable(line));
    QVERIFY(keys->buttons().at(2)->text().contains(QStringLiteral("Torta")));
    QVERIFY(keys->buttons().at(2)->text().contains(
        QuickKeys::shortcutFor(3).toString(QKeySequence::NativeText)));

    // Alt+1 twice and Alt+3, wherever the focus is; a click adds too.
    Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana"));
    h.key(Qt::Key_1, Qt::AltModifier);
    h.key(Qt::Key_1, Qt::AltModifier);
    h.key(Qt::Key_3, Qt::AltModifier);
    QTest::mouseClick(keys->buttons().at(1), Qt::LeftButton);
    const auto &lines = h.cart()->model()->lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).sku, QStringLiteral("COF-1"));
    QCOMPARE(lines.at(0).quantity, 2);
    QCOMPARE(lines.at(1).sku, QStringLiteral("TOR-1"));
    QCOMPARE(lines.at(2).sku, QStringLiteral("PAN-1"));
    QCOMPARE(h.edit(QStringLiteral("inputClient"))->text(), QStringLiteral("Ana"));
    QCOMPARE(h.label(QStringLiteral("saleTotal"))->text(),
             formatMoney(2 * 3500 + 6500 + 2300, u"mxn"));

    // The hidden carts' keys are off: Dots (USD) has no favourites here, Alt+1 adds nothing.
    QVERIFY(h.selectProfile(QStringLiteral("training-dots")));
    QVERIFY(!h.cart()->quickKeys()->isVisible());
    h.key(Qt::Key_1, Qt::AltModifier);
    QCOMPARE(h.cart()->model()->rowCount(), 0);
}

void TestTill::quantityPlusAndMinus()
{
    Harness h;
    QVERIFY(open(h));
    auto *less = h.find<QPushButton>(QStringLiteral("lessButton"));
    auto *more = h.find<QPushButton>(QStringLiteral("moreButton"));
    QVERIFY(less && more);
    QVERIFY(!less->isEnabled() && !more->isEnabled()); // no line yet
    scanBurst(h, QStringLiteral("COF-1"));
    scanBurst(h, QStringLiteral("PAN-1"));
    const auto quantity = [&h](int row) {
        return h.cart()->model()->lines().at(row).quantity;
    };
    // The line just scanned is selected: + in the empty scanner field adds one.
    QCOMPARE(QApplication::focusWidget(), h.cart()->scanInput());
    h.key(Qt::Key_Plus);
    h.key(Qt::Key_Plus);
    QCOMPARE(quantity(1), 3);
    h.key(Qt::Key_Minus);
    QCOMPARE(quantity(1), 2);
    QCOMPARE(h.cart()->scanInput()->text(), QString()); // the keys did not land in the field
    // The buttons, on the line chosen; never below one.
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(quantity(1), 3);
    h.cart()->view()->selectRow(0);
    QVERIFY(!less->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(quantity(0), 2);
    QVERIFY(less->isEnabled());
    QTest::mouseClick(less, Qt::LeftButton);
    QTest::mouseClick(less, Qt::LeftButton);
    QCOMPARE(quantity(0), 1);
    QCOMPARE(h.label(QStringLiteral("saleTotal"))->text(), formatMoney(3500 + 3 * 2300, u"mxn"));
    // In a field with text, + is typed.
    h.cart()->scanInput()->setFocus();
    h.keys(QStringLiteral("A+"));
    QCOMPARE(h.cart()->scanInput()->text(), QStringLiteral("A+"));
}

void TestTill::scanBurstLandsInTheCartWherever()
{
    Harness h;
    QVERIFY(open(h));
    // In the client field, halfway through a name: the scan goes to the cart, the name stays.
    QLineEdit *client = h.edit(QStringLiteral("inputClient"));
    Harness::type(client, QStringLiteral("Ana"));
    scanBurst(h, QStringLiteral("COF-1"));
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QCOMPARE(client->text(), QStringLiteral("Ana"));
    QCOMPARE(QApplication::focusWidget(), client);
    // A barcode of digits, in the payment method list: the choice is not changed by it.
    QComboBox *methods = paymentMethod(h);
    methods->setFocus();
    scanBurst(h, QStringLiteral("7501000111206"));
    QCOMPARE(h.cart()->model()->rowCount(), 2);
    QCOMPARE(methods->currentText(), QStringLiteral("Card"));
    // In the cart: typing goes to the scanner field, which reads its scan itself.
    h.cart()->view()->setFocus();
    scanBurst(h, QStringLiteral("PAN-1"));
    QCOMPARE(h.cart()->model()->rowCount(), 3);
    QCOMPARE(h.cart()->scanInput()->text(), QString());
    // A code the catalogue does not know, in a field: it was typing after all, and stays.
    Harness::type(client, QString());
    scanBurst(h, QStringLiteral("NOPE-9"));
    QCOMPARE(client->text(), QStringLiteral("NOPE-9"));
    QCOMPARE(h.cart()->model()->rowCount(), 3);
    // Once charged, the form is locked: a scan changes nothing.
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    scanBurst(h, QStringLiteral("COF-1"));
    QCOMPARE(h.cart()->model()->rowCount(), 3);
    QCOMPARE(h.journalCount(), 1);
}

void TestTill::slowTypingStaysTyping()
{
    Harness h;
    QVERIFY(open(h));
    // A person typing a SKU-like text into the client field, a key every 60 ms, then Enter.
    QLineEdit *client = h.edit(QStringLiteral("inputClient"));
    client->setFocus();
    for (const QChar c : QStringLiteral("COF-1")) {
        QTest::keyClicks(client, QString(c));
        QTest::qWait(int(ScanCatcher::kMaxGapMs) * 2); // a person's pace: the gap is the test
    }
    QTest::keyClick(client, Qt::Key_Return);
    QCOMPARE(client->text(), QStringLiteral("COF-1"));
    QCOMPARE(h.cart()->model()->rowCount(), 0);
    // Fast but short (3 characters): typing too.
    Harness::type(client, QString());
    scanBurst(h, QStringLiteral("COF"));
    QCOMPARE(client->text(), QStringLiteral("COF"));
    QCOMPARE(h.cart()->model()->rowCount(), 0);
}

void TestTill::threeItemSaleToAPrintedReceipt()
{
    FakePrinter printer;
    Harness h;
    QVERIFY(open(h, printer.url()));
    QVERIFY(h.window->counterPrinter());
    int presses = 0; // the cashier's own key presses; the scanner's bursts are not counted
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        ++presses;
        h.key(key, modifiers);
    };
    QElapsedTimer chargeClock;
    qint64 chargeToPaidMs = -1;
    connect(h.page(), &SalePage::phaseChanged, this, [&](SalePage::Phase phase) {
        if (phase == SalePage::Phase::Paid && chargeToPaidMs < 0)
            chargeToPaidMs = chargeClock.elapsed();
    });

    // Three items scanned, nothing typed.
    for (const QString &code :
         {QStringLiteral("COF-1"), QStringLiteral("PAN-1"), QStringLiteral("TOR-1")})
        scanBurst(h, code);
    QCOMPARE(h.cart()->model()->rowCount(), 3);
    const qint64 total = 3500 + 2300 + 6500;
    QCOMPARE(h.label(QStringLiteral("saleTotal"))->text(), formatMoney(total, u"mxn"));
    QVERIFY(h.button(QStringLiteral("chargeButton"))->text().contains(formatMoney(total, u"mxn")));

    // Ctrl+Enter charges; the paid screen puts the focus on Print, and Enter prints.
    chargeClock.start();
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QVERIFY(chargeToPaidMs >= 0);
    QCOMPARE(QApplication::focusWidget(), h.button(QStringLiteral("printButton")));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(decodeEscPos(printer.received()).endsWithCut, 10000);

    // What the cashier checks on the paper: the three lines and the total.
    const auto paper = decodeEscPos(printer.received());
    const QString texts = paper.texts().join(u'\n');
    const QString paperTotal
        = formatMoney(total, u"mxn").replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    for (const QString &text : {QStringLiteral("Coffee"), QStringLiteral("Pan dulce"),
                                QStringLiteral("Torta de jam"), paperTotal})
        QVERIFY2(paper.find(text), qPrintable(text + QStringLiteral(" not in:\n") + texts));
    QCOMPARE(paper.cuts, 1);
    QCOMPARE(h.journalCount(), 1);

    qInfo("Three-item sale to a printed receipt: %d key presses by the cashier (scans aside; "
          "goal 2), Charge to the paid screen %lld ms against the sandbox",
          presses, chargeToPaidMs);
    QCOMPARE(presses, 2);
}

QTEST_MAIN(TestTill)
#include "tst_till.moc"
