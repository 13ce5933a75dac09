// The cashier window as a cashier uses it: real widgets, driven offscreen, against the real
// in-process sandbox over loopback and a real SQLite journal in a temporary folder.
#include <QCheckBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include "guiharness.h"
#include "panels/chargepanel.h"
#include "panels/intentpanel.h"
#include "panels/receiptpanel.h"
#include "sandbox/sandboxserver.h"
#include "widgets/qrcodewidget.h"
#include "widgets/statusbadge.h"
#include "widgets/valuelabel.h"

using namespace paydesk;
using paydesk::test::Harness;

/// Receives what QDesktopServices::openUrl would open in the browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestCashier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsInTrainingMode();
    void checkoutSaleToReceiptPanel();
    void cartScannerAndFreeAmounts();
    void freeAmountsInTheCashiersLocale();
    void offerQuote();
    void dotsCreatedIsConfirmedAtTheTill();
    void declineShowsTheFailedCharge();
    void unknownOutcomeAsksToCheckThenVerifies();
    void cancelWhileWaitingIsUnknown();
    void validationMessagesSendNothing_data();
    void validationMessagesSendNothing();
    void doubleSubmitIsImpossible();
    void keyboardOnlySale();
    void everyControlHasAnAccessibleName();
    void shortcutsAreShownInMenusAndTooltips();

private:
    /// A label's text: in the form shown, or on the page (outcome, progress).
    static QString text(const Harness &h, const QString &name)
    {
        const QLabel *label = h.find<QLabel>(name);
        return label ? valueText(label) : QStringLiteral("<no %1>").arg(name);
    }
    static QString in(const QWidget *panel, const QString &name)
    {
        const QLabel *label = panel->findChild<QLabel *>(name);
        return label ? valueText(label) : QStringLiteral("<no %1>").arg(name);
    }
    static QString intent(const Harness &h, const QString &name)
    {
        return in(h.page()->recordView()->intentPanel(), name);
    }
    static QString charge(const Harness &h, const QString &name)
    {
        return in(h.page()->recordView()->chargePanel(), name);
    }
    static QString receipt(const Harness &h, const QString &name)
    {
        return in(h.page()->recordView()->receiptPanel(), name);
    }
    /// Ticks a check box where a person clicks: on its box.
    static void tick(QAbstractButton *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    static StatusBadge *outcome(const Harness &h)
    {
        return h.window->findChild<StatusBadge *>(QStringLiteral("outcomeBadge"));
    }
    static JournalState entryState(const Harness &h)
    {
        const auto entry = h.journal()->entry(h.page()->journalId());
        return entry ? entry->state : JournalState::Pending;
    }
    static void fillCheckout(Harness &h)
    {
        h.scan(QStringLiteral("COF-1"));
        h.scan(QStringLiteral("COF-1"));
        h.scan(QStringLiteral("PAN-1"));
        Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana Lopez"));
        Harness::type(h.edit(QStringLiteral("inputReference")), QStringLiteral("ORD-77"));
    }
    static void clickCharge(Harness &h)
    {
        QTest::mouseClick(h.button(QStringLiteral("chargeButton")), Qt::LeftButton);
    }
};

void TestCashier::startsInTrainingMode()
{
    Harness h;
    QVERIFY(h.open());
    QCOMPARE(h.window->windowTitle(), QStringLiteral("Paydesk"));
    QVERIFY(h.window->trainingBadge()->isVisible());
    QVERIFY(h.window->trainingBadge()->text().contains(QStringLiteral("TRAINING")));
    QVERIFY(h.sandbox() != nullptr);
    QVERIFY(h.workplace->context.training);
    QCOMPARE(h.window->profileCombo()->count(), 4);
    QCOMPARE(h.page()->profile().kind, BackendKind::Checkout);
    QCOMPARE(QApplication::focusWidget(), h.cart()->scanInput());
    // Nothing to charge yet: an empty cart totals zero in the till's currency.
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(0, u"mxn"));
    QVERIFY(!h.button(QStringLiteral("chargeButton"))->isEnabled());
}

void TestCashier::checkoutSaleToReceiptPanel()
{
    Harness h;
    QVERIFY(h.open());
    // The carts' models are under Qt's model tester for the whole test.
    QCOMPARE(h.testedModelNames.count(QStringLiteral("paydesk::CartModel")), 3);
    fillCheckout(h);
    QCOMPARE(h.cart()->model()->rowCount(), 2); // the second scan of COF-1 adds to its line
    QCOMPARE(h.cart()->model()->lines().at(0).quantity, 2);
    const QString total = formatMoney(2 * 3500 + 2300, u"mxn");
    QCOMPARE(text(h, QStringLiteral("saleTotal")), total);
    QVERIFY(h.button(QStringLiteral("chargeButton"))->text().contains(total));

    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Paid"));
    QCOMPARE(outcome(h)->tone(), Tone::Success);
    // The outcome as the cashier sees it: Paid, the amount and the card, Print as the default.
    QCOMPARE(text(h, QStringLiteral("outcomeText")), QStringLiteral("Paid"));
    QCOMPARE(text(h, QStringLiteral("paidAmount")), total);
    QCOMPARE(text(h, QStringLiteral("paidCard")),
             QStringLiteral("Visa \u2022\u2022\u2022\u20224242"));
    QVERIFY(h.label(QStringLiteral("paidAmount"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), h.button(QStringLiteral("printButton")));
    for (const char *name : {"printButton", "pdfButton", "qrButton", "chargeButton"}) {
        QAbstractButton *b = h.button(QString::fromLatin1(name));
        QVERIFY2(b->isVisible() && b->isEnabled(), name);
        QVERIFY2(b->height() >= 48, name);
    }
    // The Charge place starts the next sale; New sale is not offered twice.
    QCOMPARE(h.button(QStringLiteral("chargeButton"))->text(), QStringLiteral("New sale (Ctrl+N)"));
    QVERIFY(!h.button(QStringLiteral("newSaleButton"))->isVisible());
    // Show QR: the receipt's link as a QR code for the customer's phone.
    auto *customerQr = h.window->findChild<QrCodeWidget *>(QStringLiteral("customerQr"));
    QVERIFY(customerQr && !customerQr->isVisible());
    QTest::mouseClick(h.button(QStringLiteral("qrButton")), Qt::LeftButton);
    QVERIFY(customerQr->isVisible());
    QVERIFY(!customerQr->code().isNull());

    // The intent, charge and receipt panels are behind Details, closed for the cashier; Ctrl+D
    // opens them.
    QVERIFY(!h.page()->detailsShown());
    QVERIFY(!h.page()->recordView()->isVisible());
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(h.page()->detailsShown());
    QVERIFY(h.page()->recordView()->isVisible());
    QVERIFY(text(h, QStringLiteral("outcomeDetail")).contains(QStringLiteral("Idempotency-Key")));

    // Intent, charge and receipt panels, as support reads them.
    QVERIFY(intent(h, QStringLiteral("valueId")).startsWith(QStringLiteral("pi_")));
    QCOMPARE(intent(h, QStringLiteral("valueAmount")), total);
    QCOMPARE(charge(h, QStringLiteral("valueAmount")), total);
    QCOMPARE(intent(h, QStringLiteral("valueMode")), QStringLiteral("TEST"));
    QVERIFY(intent(h, QStringLiteral("valueSecret")).endsWith(QStringLiteral("_secret_****")));
    QCOMPARE(charge(h, QStringLiteral("valueCard")),
             QStringLiteral("Visa \u2022\u2022\u2022\u2022 4242"));
    // Words only on the cashier's screen; the codes in the tooltip for support.
    QCOMPARE(charge(h, QStringLiteral("valueOutcome")), QStringLiteral("Authorised"));
    QCOMPARE(charge(h, QStringLiteral("valueNetworkStatus")),
             QStringLiteral("Approved by the card network"));
    QCOMPARE(h.label(QStringLiteral("valueNetworkStatus"))->toolTip(),
             QStringLiteral("approved_by_network"));
    QVERIFY(charge(h, QStringLiteral("valueRisk")).startsWith(QStringLiteral("Normal, score ")));
    QVERIFY(charge(h, QStringLiteral("valueBalance")).startsWith(QStringLiteral("txn_")));
    QCOMPARE(receipt(h, QStringLiteral("valueNumber")), QStringLiteral("1000-0001"));
    const auto entry = h.journal()->entry(h.page()->journalId());
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::Succeeded);
    QCOMPARE(entry->reference, QStringLiteral("ORD-77"));
    QVERIFY(entry->training);
    QCOMPARE(intent(h, QStringLiteral("valueId")), entry->intentId);
    const QString receiptUrl = entry->receiptUrl;
    QVERIFY(receiptUrl.startsWith(h.sandbox()->url().toString() + QStringLiteral("/receipts/")));
    QVERIFY(receipt(h, QStringLiteral("valueUrl")).contains(receiptUrl));
    auto *qr = h.window->findChild<QrCodeWidget *>(QStringLiteral("qrCode"));
    QVERIFY(qr && qr->isVisible());
    QCOMPARE(qr->text(), receiptUrl);
    QCOMPARE(customerQr->text(), receiptUrl);
    QVERIFY(!qr->code().isNull());
    QCOMPARE(h.sandbox()->intentCount(), 1);

    // The link opens in the browser.
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QTest::mouseClick(h.button(QStringLiteral("openButton")), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(browser.opened, QList<QUrl>{QUrl(receiptUrl)});

    // The receipt can be printed; the sale cannot be charged again: the Charge place starts
    // the next sale, with nothing sent.
    QVERIFY(h.button(QStringLiteral("printButton"))->isEnabled());
    QCOMPARE(h.button(QStringLiteral("chargeButton"))->text(), QStringLiteral("New sale (Ctrl+N)"));
    QVERIFY(!h.window->findChild<QAction *>(QStringLiteral("actionCharge"))->isEnabled());
    QTest::mouseClick(h.button(QStringLiteral("chargeButton")), Qt::LeftButton);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);
    QCOMPARE(h.cart()->model()->rowCount(), 0);
    QCOMPARE(h.sandbox()->intentCount(), 1);
}

void TestCashier::cartScannerAndFreeAmounts()
{
    Harness h;
    QVERIFY(h.open());
    // An unknown code: said beside the field, what was scanned stays.
    h.scan(QStringLiteral("NOPE-9"));
    QCOMPARE(h.cart()->model()->rowCount(), 0);
    QVERIFY(text(h, QStringLiteral("scanMessage")).contains(QStringLiteral("NOPE-9")));
    QCOMPARE(h.cart()->scanInput()->text(), QStringLiteral("NOPE-9"));
    // Any case, surrounding spaces: the scanner's SKU is found.
    Harness::type(h.cart()->scanInput(), QStringLiteral(" tor-1 "));
    QTest::keyClick(h.cart()->scanInput(), Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QVERIFY(h.label(QStringLiteral("scanMessage"))->isHidden());
    QCOMPARE(h.cart()->scanInput()->text(), QString());

    // A free amount the currency cannot take: the message, and the text as typed.
    QLineEdit *amount = h.edit(QStringLiteral("freeAmountInput"));
    Harness::type(amount, QStringLiteral("12.345"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QCOMPARE(amount->text(), QStringLiteral("12.345"));
    QVERIFY(text(h, QStringLiteral("freeMessage")).contains(QStringLiteral("2 decimals")));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Delivery"));
    Harness::type(amount, QStringLiteral("12.50"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 2);
    QCOMPARE(h.cart()->model()->lines().at(1).name, QStringLiteral("Delivery"));
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(6500 + 1250, u"mxn"));

    // In the cart: + and - change the quantity, Delete removes the line.
    QTableView *view = h.cart()->view();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(h.cart()->model()->lines().at(0).quantity, 3);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(h.cart()->model()->lines().at(0).quantity, 2);
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(2 * 6500 + 1250, u"mxn"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(1250, u"mxn"));

    // A price typed into the cart is kept as typed; a bad one blocks the sale, inline.
    const QModelIndex price = h.cart()->model()->index(0, CartModel::PriceColumn);
    QVERIFY(h.cart()->model()->setData(price, QStringLiteral("9.999")));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("9.999"));
    clickCharge(h);
    QVERIFY(text(h, QStringLiteral("cartMessage")).contains(QStringLiteral("Delivery")));
    QCOMPARE(h.journalCount(), 0);
}

// Issue 20, point 4: a Spanish (Spain) cashier types "1.500" for fifteen hundred ('.' groups
// thousands there). Charged as 1.50 before: a thousandfold undercharge.
void TestCashier::freeAmountsInTheCashiersLocale()
{
    Harness h;
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    QLocale::setDefault(spain); // the harness sets en_US
    QVERIFY(h.open());
    QLineEdit *amount = h.edit(QStringLiteral("freeAmountInput"));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Portes"));
    Harness::type(amount, QStringLiteral("1.500"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QVERIFY(h.label(QStringLiteral("freeMessage"))->isHidden());
    QCOMPARE(amount->text(), QString());

    // The cart shows the amount read, in Spanish form (Spanish writes four digits without a
    // group: 1500,00), not what was typed; the sale is for 150000 minor units.
    const QString currency = h.cart()->currency();
    const QModelIndex price = h.cart()->model()->index(0, CartModel::PriceColumn);
    QCOMPARE(price.data().toString(), formatMoney(150000, currency, spain));
    QVERIFY2(price.data().toString().contains(QStringLiteral("1500,00")),
             qPrintable(price.data().toString()));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("1500,00"));
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(150000, currency, spain));
    const auto sale = h.form()->validate();
    QVERIFY2(sale, sale ? "" : qPrintable(sale.error().first().message));
    QCOMPARE(saleAmount(*sale)->minor, qint64(150000));

    // "1.50" fits no Spanish reading: refused beside the field, with an example in Spanish
    // form, and the text stays as typed.
    Harness::type(amount, QStringLiteral("1.50"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 1);
    QCOMPARE(amount->text(), QStringLiteral("1.50"));
    QVERIFY(!h.label(QStringLiteral("freeMessage"))->isHidden());
    const QString message = text(h, QStringLiteral("freeMessage"));
    QVERIFY2(message.contains(QStringLiteral("\"1.50\"")) && message.contains(u"12,50")
                 && message.contains(u"15.000,00"),
             qPrintable(message));

    // A price typed into the cart the same way: kept as typed, the line says why.
    QVERIFY(h.cart()->model()->setData(price, QStringLiteral("1.50")));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("1.50"));
    QCOMPARE(price.data().toString(), QStringLiteral("\u26a0 1.50"));
    QVERIFY(price.data(Qt::ToolTipRole).toString().contains(u"12,50"));
    QVERIFY(!h.form()->validate());
    QVERIFY(h.cart()->model()->setData(price, QStringLiteral("2.000,5")));
    QCOMPARE(price.data().toString(), formatMoney(200050, currency, spain));
    QCOMPARE(saleAmount(*h.form()->validate())->minor, qint64(200050));
}

void TestCashier::dotsCreatedIsConfirmedAtTheTill()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.selectProfile(QStringLiteral("training-dots")));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Repair"));
    QLineEdit *amount = h.edit(QStringLiteral("freeAmountInput"));
    Harness::type(amount, QStringLiteral("18.00"));
    QTest::keyClick(amount, Qt::Key_Return);
    // The customer's card is known, the intent is not confirmed at once: created.
    h.edit(QStringLiteral("inputPaymentMethodId"))
        ->setText(QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    QVERIFY(!h.find<QCheckBox>(QStringLiteral("inputConfirm"))->isChecked());
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Created);
    QPushButton *confirm = h.find<QPushButton>(QStringLiteral("confirmButton"));
    QVERIFY(confirm && confirm->isVisible() && confirm->isEnabled());
    const qint64 id = h.page()->journalId();

    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    // The result replaces the Created view: paid, on the same journal entry, one intent.
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Paid"));
    QVERIFY(!confirm->isVisible());
    QCOMPARE(h.page()->journalId(), id);
    QCOMPARE(entryState(h), JournalState::Succeeded);
    QCOMPARE(h.journalCount(), 1);
    QCOMPARE(h.sandbox()->intentCount(), 1);
    const auto entry = h.journal()->entry(id);
    QVERIFY(std::any_of(entry->events.cbegin(), entry->events.cend(),
                        [](const JournalEvent &e) { return e.kind == u"confirm"; }));
    // A refund is a support action: the sale page has none.
    QVERIFY(!h.find<QPushButton>(QStringLiteral("entryRefundButton"))
            || !h.find<QPushButton>(QStringLiteral("entryRefundButton"))->isVisible());
}

void TestCashier::offerQuote()
{
    Harness h;
    QVERIFY(h.open());
    QComboBox *profiles = h.window->profileCombo();
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("training-offer")));
    QCOMPARE(h.page()->profile().kind, BackendKind::Offer);
    Harness::type(h.edit(QStringLiteral("inputOfferOid")), QStringLiteral("10311080"));
    for (const char *code : {"product_core", "product_ad"}) {
        auto *box = h.find<QCheckBox>(QString::fromLatin1(code));
        QVERIFY2(box, code);
        tick(box);
        QVERIFY(box->isChecked());
    }
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Created);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Created, not paid yet"));
    // Offer prices the quote: core 67.51 + accidental damage 12.49.
    QCOMPARE(intent(h, QStringLiteral("valueAmount")), formatMoney(8000, u"gbp"));
    QCOMPARE(intent(h, QStringLiteral("valueRawStatus")),
             QStringLiteral("(sent as requires_source)"));
    QVERIFY(intent(h, QStringLiteral("valueDescription")).contains(QStringLiteral("10311080")));
    QCOMPARE(entryState(h), JournalState::Created);
    QCOMPARE(h.sandbox()->intentCount(), 1);
    QVERIFY(h.page()->receipt());
    QCOMPARE(h.page()->receipt()->items.size(), 2);
    QCOMPARE(h.page()->receipt()->totalMinor, 8000);
    // The outcome shows the price and currency the answer set, and so does the total.
    QCOMPARE(text(h, QStringLiteral("createdPrice")),
             QStringLiteral("Price set by Offer: ") + formatMoney(8000, u"gbp"));
    QCOMPARE(text(h, QStringLiteral("saleTotal")), formatMoney(8000, u"gbp"));
    QVERIFY(text(h, QStringLiteral("outcomeHelp")).contains(QStringLiteral("customer")));
}

void TestCashier::declineShowsTheFailedCharge()
{
    Harness h;
    QVERIFY(h.open());
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("300.02"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Declined"));
    QCOMPARE(outcome(h)->tone(), Tone::Danger);
    // The reason once, in plain words, and what to do next; "Try another card" in Charge's place.
    const QString said
        = text(h, QStringLiteral("outcomeText")) + u'\n' + text(h, QStringLiteral("outcomeHelp"));
    QCOMPARE(said.count(QStringLiteral("declined"), Qt::CaseInsensitive), 1);
    QVERIFY2(!said.contains(QStringLiteral("Your card was declined")), qPrintable(said));
    QVERIFY(text(h, QStringLiteral("outcomeHelp")).contains(QStringLiteral("No money was taken")));
    QVERIFY(h.button(QStringLiteral("chargeButton"))
                ->text()
                .startsWith(QStringLiteral("Try another card")));
    QCOMPARE(QApplication::focusWidget(), h.button(QStringLiteral("chargeButton")));
    // Beside the failed charge, the intent does not say "Awaiting a payment method".
    const auto *intentStatus = h.page()->recordView()->intentPanel()->findChild<StatusBadge *>(
        QStringLiteral("statusBadge"));
    QVERIFY2(!intentStatus->statusText().contains(QStringLiteral("Awaiting")),
             qPrintable(intentStatus->statusText()));
    QCOMPARE(intentStatus->tone(), Tone::Danger);
    const auto *chargeStatus = h.page()->recordView()->chargePanel()->findChild<StatusBadge *>(
        QStringLiteral("statusBadge"));
    QCOMPARE(chargeStatus->statusText(), QStringLiteral("Failed"));
    QCOMPARE(chargeStatus->tone(), Tone::Danger);
    QVERIFY(!charge(h, QStringLiteral("valueFailure")).contains(QStringLiteral("card_declined")));
    QVERIFY(h.label(QStringLiteral("valueFailure"))->toolTip().contains(u"card_declined"));
    QCOMPARE(charge(h, QStringLiteral("valueCard")),
             QStringLiteral("Visa \u2022\u2022\u2022\u2022 4242"));
    QCOMPARE(entryState(h), JournalState::Declined);
    // Nothing was taken: the cashier may try again (a new attempt), and there is no receipt.
    QCOMPARE(h.page()->phase(), SalePage::Phase::Declined);
    QVERIFY(h.button(QStringLiteral("chargeButton"))->isEnabled());
    QVERIFY(!h.button(QStringLiteral("printButton"))->isEnabled());
}

void TestCashier::unknownOutcomeAsksToCheckThenVerifies()
{
    Harness h;
    QVERIFY(h.open());
    fillCheckout(h);
    h.sandbox()->setFault(*Fault::parse(u"drop")); // processed, then the answer is lost
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Check before trying again"));
    QCOMPARE(outcome(h)->tone(), Tone::Warning);
    // Nothing beside the warning reads as "not charged".
    const auto emptyText = [&](QWidget *panel) {
        return panel->findChild<QLabel *>(QStringLiteral("emptyLabel"))->text();
    };
    QVERIFY2(emptyText(h.page()->recordView()->chargePanel())
                 .contains(QStringLiteral("may have been charged")),
             qPrintable(emptyText(h.page()->recordView()->chargePanel())));
    QVERIFY(
        !emptyText(h.page()->recordView()->chargePanel()).contains(QStringLiteral("No charge")));
    QVERIFY(emptyText(h.page()->recordView()->receiptPanel()).contains(QStringLiteral("verified")));
    QVERIFY(text(h, QStringLiteral("outcomeHelp")).contains(QStringLiteral("Verify")));
    // No label of the window, shown or behind Details, says "no charge".
    const QList<QLabel *> labels = h.window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY2(!label->text().contains(QStringLiteral("no charge"), Qt::CaseInsensitive),
                 qPrintable(label->objectName() + u' ' + label->text()));
    QCOMPARE(entryState(h), JournalState::Unknown);
    QPushButton *verify = h.find<QPushButton>(QStringLiteral("verifyButton"));
    QVERIFY(verify->isVisible() && verify->isEnabled());
    QCOMPARE(QApplication::focusWidget(), verify);
    // Not a plain failure: charging again is impossible until it is checked.
    QVERIFY(!h.button(QStringLiteral("chargeButton"))->isEnabled());
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(h.journalCount(), 1);
    // New sale asks first, says what becomes of the unchecked sale; staying keeps it.
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text() + u'\n' + box->informativeText();
        box->reject();
    });
    QTest::mouseClick(h.button(QStringLiteral("newSaleButton")), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("journal")) && asked.contains(QStringLiteral("verify")),
             qPrintable(asked));
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);

    h.sandbox()->setFault(Fault{});
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Paid"));
    QVERIFY(text(h, QStringLiteral("outcomeText")).startsWith(QStringLiteral("Verified")));
    QCOMPARE(entryState(h), JournalState::Succeeded);
    QVERIFY(intent(h, QStringLiteral("valueId")).startsWith(QStringLiteral("pi_")));
    QCOMPARE(h.sandbox()->intentCount(), 1);
    QCOMPARE(h.journalCount(), 1);
}

void TestCashier::cancelWhileWaitingIsUnknown()
{
    Harness h;
    QVERIFY(h.open());
    fillCheckout(h);
    h.sandbox()->setFault(*Fault::parse(u"delay=60000")); // keeps the request in flight
    clickCharge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QVERIFY(h.find<QPushButton>(QStringLiteral("cancelButton"))->isVisible());
    // Once the request has left, Esc stops waiting: the outcome is then unknown.
    QTRY_VERIFY(text(h, QStringLiteral("progressText")).startsWith(QStringLiteral("Sent")));
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    QCOMPARE(outcome(h)->statusText(), QStringLiteral("Check before trying again"));
    // The headline says what may have happened; the help says why (stopped waiting) and what
    // to do.
    QCOMPARE(text(h, QStringLiteral("outcomeText")),
             QStringLiteral("The payment may have gone through."));
    QVERIFY2(text(h, QStringLiteral("outcomeHelp")).contains(QStringLiteral("Canceled")),
             qPrintable(text(h, QStringLiteral("outcomeHelp"))));
    QCOMPARE(entryState(h), JournalState::Unknown);
}

void TestCashier::validationMessagesSendNothing_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messageLabel");
    QTest::addColumn<QString>("message");
    // Checkout's client and reference are filled in when empty (tst_till); a wrong value
    // behind Dots' closed "Advanced" disclosure opens it.
    QTest::addRow("dots customer (advanced)") << "training-dots"
                                              << "inputCustomerId"
                                              << "cust-1"
                                              << "messageCustomerId"
                                              << "must be a UUID";
    QTest::addRow("ocho DID") << "training-ocho"
                              << "inputIss"
                              << "did:Bad"
                              << "messageIss"
                              << "is not a DID";
    QTest::addRow("dots user") << "training-dots"
                               << "inputUserId"
                               << "user-7"
                               << "messageUserId"
                               << "must be a UUID";
    QTest::addRow("dots fee") << "training-dots"
                              << "inputApplicationFee"
                              << "1,5"
                              << "messageApplicationFee"
                              << "is not an amount";
    QTest::addRow("offer quote") << "training-offer"
                                 << "inputOfferOid"
                                 << "103 110"
                                 << "messageOfferOid"
                                 << "can only hold";
}

void TestCashier::validationMessagesSendNothing()
{
    QFETCH(QString, profile);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, messageLabel);
    QFETCH(QString, message);
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.selectProfile(profile));
    QLineEdit *input = h.edit(field);
    QVERIFY(input);
    // An empty cart cannot be charged: one product, so what is checked is the field.
    if (h.cart())
        h.scan(QStringLiteral("SAN-1"));
    Harness::type(input, typed);
    clickCharge(h);

    // The message beside the field, the focus on it, what was typed unchanged.
    QVERIFY2(text(h, messageLabel).contains(message), qPrintable(text(h, messageLabel)));
    QVERIFY(h.label(messageLabel)->isVisible());
    QCOMPARE(input->text(), typed);
    QCOMPARE(input->property("invalid").toBool(), true);
    QVERIFY(!input->accessibleDescription().isEmpty());
    QVERIFY(text(h, QStringLiteral("chargeNote")).contains(QStringLiteral("Nothing was sent")));
    // The quote's missing products are said too, in their own place; a cart with a line has
    // nothing to say.
    if (h.cart())
        QVERIFY(h.cart()->messageLabel()->isHidden());
    else
        QVERIFY(text(h, QStringLiteral("messageProducts")).contains(QStringLiteral("product")));
    // Nothing sent, nothing journaled.
    QCOMPARE(h.sandbox()->intentCount(), 0);
    QCOMPARE(h.journalCount(), 0);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);

    // Editing the field takes its message away.
    input->setFocus();
    QTest::keyClick(input, Qt::Key_X);
    QVERIFY(h.label(messageLabel)->isHidden());
    QCOMPARE(input->property("invalid").toBool(), false);
}

void TestCashier::doubleSubmitIsImpossible()
{
    Harness h;
    QVERIFY(h.open());
    fillCheckout(h);
    h.sandbox()->setFault(*Fault::parse(u"delay=400")); // keeps the first request in flight
    QAbstractButton *chargeButton = h.button(QStringLiteral("chargeButton"));
    QTest::mouseClick(chargeButton, Qt::LeftButton);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QVERIFY(!chargeButton->isEnabled());
    // A second click, Ctrl+Enter, and the slot itself: all refused while in flight.
    QTest::mouseClick(chargeButton, Qt::LeftButton);
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    h.page()->charge();
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    // And once paid, the same sale cannot be sent again either.
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    h.page()->charge();
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(h.journalCount(), 1);
    QCOMPARE(h.sandbox()->intentCount(), 1);
}

void TestCashier::keyboardOnlySale()
{
    Harness h;
    QVERIFY(h.open());
    const auto focused = [] {
        return QApplication::focusWidget();
    };
    const auto key = [&](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        h.key(k, m);
    };
    const auto typeText = [&](const QString &text) {
        h.keys(text);
    };

    // Scanner first; then Tab walks the form in reading order.
    QCOMPARE(focused(), h.cart()->scanInput());
    typeText(QStringLiteral("COF-1"));
    key(Qt::Key_Return);
    typeText(QStringLiteral("MUF"));
    key(Qt::Key_Return); // no such SKU in MXN: said, kept
    QVERIFY(h.label(QStringLiteral("scanMessage"))->isVisible());
    key(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("TAM-1"));
    key(Qt::Key_Return);
    QCOMPARE(h.cart()->model()->rowCount(), 2);

    const QStringList order{QStringLiteral("addSkuButton"),    QStringLiteral("cartView"),
                            QStringLiteral("removeButton"),    QStringLiteral("freeNameInput"),
                            QStringLiteral("freeAmountInput"), QStringLiteral("addAmountButton"),
                            QStringLiteral("inputClient"),     QStringLiteral("inputReference")};
    for (const QString &name : order) {
        key(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), name);
        if (name == u"cartView")
            key(Qt::Key_Plus); // two tamales
        if (name == u"inputClient") {
            key(Qt::Key_A, Qt::ControlModifier);
            typeText(QStringLiteral("Counter 3"));
        }
    }
    QCOMPARE(h.cart()->model()->lines().at(1).quantity, 2);

    // Ctrl+Enter charges; the focus lands on Print receipt.
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(focused(), h.button(QStringLiteral("printButton")));

    // Ctrl+Shift+S: the save dialog, a path typed, Enter.
    const QString pdf = h.dir.filePath(QStringLiteral("keyboard-receipt.pdf"));
    key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
    QTRY_VERIFY(focused() && qobject_cast<QLineEdit *>(focused()));
    key(Qt::Key_A, Qt::ControlModifier);
    typeText(pdf);
    key(Qt::Key_Return);
    QTRY_VERIFY(QFileInfo(pdf).size() > 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));

    // Ctrl+N: the next sale, back on the scanner with an empty cart.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);
    QCOMPARE(h.cart()->model()->rowCount(), 0);
    QCOMPARE(focused(), h.cart()->scanInput());
    QCOMPARE(entryState(h), JournalState::Pending); // journalId() is 0 again: a new sale
    QCOMPARE(h.journalCount(), 1);
}

void TestCashier::everyControlHasAnAccessibleName()
{
    Harness h;
    QVERIFY(h.open());
    for (const QString &profile :
         {QStringLiteral("training-checkout"), QStringLiteral("training-offer"),
          QStringLiteral("training-dots"), QStringLiteral("training-ocho")}) {
        QVERIFY(h.selectProfile(profile));
        const QList<QWidget *> widgets = h.window->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(h.window.get()))
                continue;
            // Inner editors of spin boxes and combo boxes are named through their owner.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(profile + u' ' + QString::fromLatin1(w->metaObject()->className())
                                + u' ' + w->objectName()));
        }
    }
}

void TestCashier::shortcutsAreShownInMenusAndTooltips()
{
    Harness h;
    QVERIFY(h.open());
    const QList<std::pair<const char *, const char *>> pairs{
        {"actionCharge", "chargeButton"},   {"actionCancel", "cancelButton"},
        {"actionVerify", "verifyButton"},   {"actionPrint", "printButton"},
        {"actionSavePdf", "pdfButton"},     {"actionNewSale", "newSaleButton"},
        {"actionOpenReceipt", "openButton"}};
    for (const auto &[actionName, buttonName] : pairs) {
        const auto *action = h.window->findChild<QAction *>(QString::fromLatin1(actionName));
        QVERIFY2(action, actionName);
        QVERIFY2(!action->shortcut().isEmpty(), actionName);
        QVERIFY2(!action->associatedObjects().isEmpty(), actionName); // in a menu
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(action->toolTip().contains(keys), actionName);
        QVERIFY2(h.button(QString::fromLatin1(buttonName))->toolTip().contains(keys), buttonName);
    }
}

QTEST_MAIN(TestCashier)
#include "tst_cashier.moc"
