// The counter's devices in the window (issue 16): Ctrl+P prints a paid sale's till receipt on the
// counter's ESC/POS printer (a fake one on loopback TCP, read back from its bytes); a printer
// that cannot be reached keeps the window working and the receipt queued with Print again; the
// support view's reprint goes the same way; the settings page prints a test slip; the customer
// display follows the sale and never shows ids or keys.
#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTcpServer>
#include <QTimer>

#include "core/money.h"
#include "customerdisplay/customerdisplay.h"
#include "devices/receiptprinter.h"
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "guiharness.h"
#include "receiptdocument/receiptactions.h"
#include "settingspage/devicesform.h"
#include "settingspage/settingsdialog.h"
#include "setup/setupwizard.h"
#include "support/entrydetail.h"
#include "support/journalpage.h"
#include "support/supportpage.h"

using namespace paydesk;
using paydesk::test::decodeEscPos;
using paydesk::test::FakePrinter;
using paydesk::test::Harness;
using paydesk::test::Paper;

namespace {

/// An amount as the paper shows it (the printer's code page has plain spaces only).
QString paperMoney(qint64 minor)
{
    return formatMoney(minor, u"mxn").replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

} // namespace

class TestCounterDevices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlPPrintsTheTillReceipt();
    void unreachablePrinterKeepsTheReceipt();
    void paperOutThenPrintAgain();
    void silentPrinterLeavesTheWindowWorking();
    void supportReprintUsesTheCounterPrinter();
    void withoutPrinterCtrlPKeepsTheDialog();
    void settingsPrintATestSlip();
    void setupPrintsATestSlip();
    void customerDisplayFollowsTheSale();
    void savedSettingsAreUsedWithoutARestart();

private:
    /// A window whose catalogue gives tax rates, with the counter's printer at `printerUrl`.
    static bool open(Harness &h, const QString &printerUrl,
                     QList<QPair<QString, QVariant>> more = {});
    /// Scans two products and charges; true once paid.
    static bool paidSale(Harness &h);
    static QString statusBarText(const Harness &h)
    {
        return h.window->statusBar()->currentMessage();
    }
    static QAction *action(const Harness &h, const char *name)
    {
        return h.window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

void TestCounterDevices::initTestCase()
{
    Harness::isolatedHome();
}

bool TestCounterDevices::open(Harness &h, const QString &printerUrl,
                              QList<QPair<QString, QVariant>> more)
{
    const QString catalogue = h.dir.filePath(QStringLiteral("catalogue.json"));
    QFile file(catalogue);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"([{"sku": "COF-1", "name": "Coffee", "unit_price": 3500, "currency": "mxn",
                    "tax_rate": "16"},
                   {"sku": "PAN-1", "name": "Pan dulce", "unit_price": 2300, "currency": "mxn",
                    "tax_rate": 0}])");
    file.close();
    more << QPair<QString, QVariant>{QStringLiteral("catalogue/file"), catalogue}
         << QPair<QString, QVariant>{QStringLiteral("receipt/merchant_name"),
                                     QStringLiteral("Café Luna")}
         << QPair<QString, QVariant>{QStringLiteral("receipt/merchant_tax_id"),
                                     QStringLiteral("LUN010203AB1")}
         << QPair<QString, QVariant>{QStringLiteral("receipt/tax_name"), QStringLiteral("IVA")};
    if (!printerUrl.isEmpty())
        more << QPair<QString, QVariant>{QStringLiteral("printer/url"), printerUrl}
             << QPair<QString, QVariant>{QStringLiteral("printer/timeout_ms"),
                                         QStringLiteral("3000")};
    return h.open(more) && h.selectProfile(QStringLiteral("training-checkout"));
}

bool TestCounterDevices::paidSale(Harness &h)
{
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("PAN-1"));
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    return h.waitIdle() && h.page()->phase() == SalePage::Phase::Paid && h.page()->hasReceipt();
}

void TestCounterDevices::ctrlPPrintsTheTillReceipt()
{
    FakePrinter printer;
    Harness h;
    QVERIFY(open(h, printer.url()));
    QVERIFY(h.window->counterPrinter());
    QVERIFY(paidSale(h));
    const TillReceipt receipt = *h.page()->receipt();
    QVERIFY(!receipt.receiptUrl.isEmpty());
    QVERIFY(!receipt.last4.isEmpty());

    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(decodeEscPos(printer.received()).endsWithCut, 10000);
    QTRY_COMPARE(h.window->counterPrinter()->queuedCount(), 0);

    const Paper paper = decodeEscPos(printer.received());
    QVERIFY2(paper.unknown.isEmpty(), qPrintable(paper.unknown.join(u' ')));
    const QString texts = paper.texts().join(u'\n');
    // What the cashier checks on the paper: merchant, tax id, till, lines, total, tax, card.
    for (const QString &text :
         {QStringLiteral("Caf\u00e9 Luna"), QStringLiteral("LUN010203AB1"),
          QStringLiteral("counter-1"), QStringLiteral("ana"), QStringLiteral("Coffee"),
          QStringLiteral("Pan dulce"), paperMoney(9300), QStringLiteral("IVA 16"), receipt.last4})
        QVERIFY2(paper.find(text), qPrintable(text + QStringLiteral(" not in:\n") + texts));
    // The tax included at 16 %: 7000 × 16 / 116 = 965.52… → MXN 9.66.
    QVERIFY2(paper.find(QStringLiteral("IVA 16 %: ") + paperMoney(966)), qPrintable(texts));
    QCOMPARE(paper.qrs.size(), 1);
    QCOMPARE(QString::fromUtf8(paper.qrs.first().payload), receipt.receiptUrl);
    QCOMPARE(paper.cuts, 1);
    // The cashier is told in words; the sale itself is untouched.
    QCOMPARE(statusBarText(h), QStringLiteral("Receipt printed."));
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QVERIFY(!h.button(QStringLiteral("printAgainButton"))->isVisible());
    auto *printStatus = h.label(QStringLiteral("printStatus"));
    QCOMPARE(printStatus->text(), QStringLiteral("Receipt printer: Receipt printed."));
    // The next sale starts without the last sale's printer word.
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!printStatus->isVisible());
}

void TestCounterDevices::unreachablePrinterKeepsTheReceipt()
{
    // A port nobody listens on: the connection is refused.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Harness h;
    QVERIFY(open(h, QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort)));
    QVERIFY(paidSale(h));
    const qint64 entries = h.journalCount();

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    // Ctrl+P returned at once: the event loop runs while the printer is being reached.
    bool loopRan = false;
    QTimer::singleShot(0, this, [&loopRan] { loopRan = true; });
    QTRY_VERIFY(loopRan);
    qInfo("Ctrl+P returned and the event loop ran after %lld ms", clock.elapsed());

    ReceiptPrinter *printer = h.window->counterPrinter();
    QTRY_VERIFY_WITH_TIMEOUT(
        !printer->isBusy() && printer->lastResult().status == PrinterStatus::Unreachable, 10000);
    QCOMPARE(printer->queuedCount(), 1);
    QVERIFY2(statusBarText(h).contains(QStringLiteral("cannot be reached")),
             qPrintable(statusBarText(h)));
    QVERIFY(statusBarText(h).contains(QStringLiteral("Print again")));
    // On the paid panel, once: the reason in the panel, its one print button prints again, and
    // it no longer says that Enter prints the receipt.
    QVERIFY(!h.button(QStringLiteral("printAgainButton"))->isVisible());
    QVERIFY(!h.label(QStringLiteral("printStatus"))->isVisible());
    QAbstractButton *again = h.button(QStringLiteral("printButton"));
    QCOMPARE(again->text(), QStringLiteral("Print again"));
    QVERIFY(again->isVisible());
    QVERIFY(again->isEnabled());
    const QLabel *problem = h.label(QStringLiteral("printProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("cannot be reached")),
             qPrintable(problem->text()));
    QVERIFY(!h.page()->outcomeView()->help().contains(QStringLiteral("Enter prints")));
    QAction *againAction = action(h, "actionPrintAgain");
    QVERIFY(againAction && againAction->isEnabled());
    QVERIFY(h.window->findChild<QMenu *>(QStringLiteral("menuReceipt"))
                ->actions()
                .contains(againAction));
    // The sale is not touched: still paid, nothing journaled, the next sale can start.
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(h.journalCount(), entries);
    QCOMPARE(h.button(QStringLiteral("chargeButton"))->text(), QStringLiteral("New sale (Ctrl+N)"));
    QVERIFY(h.button(QStringLiteral("chargeButton"))->isEnabled());
}

void TestCounterDevices::paperOutThenPrintAgain()
{
    FakePrinter printer(FakePrinter::Mode::PaperOut);
    Harness h;
    QVERIFY(open(h, printer.url()));
    QVERIFY(paidSale(h));
    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    ReceiptPrinter *counter = h.window->counterPrinter();
    QTRY_VERIFY_WITH_TIMEOUT(h.label(QStringLiteral("printProblem"))->isVisible(), 10000);
    QCOMPARE(h.button(QStringLiteral("printButton"))->text(), QStringLiteral("Print again"));
    QVERIFY(!h.button(QStringLiteral("printAgainButton"))->isVisible());
    QVERIFY2(statusBarText(h).contains(QStringLiteral("out of paper")),
             qPrintable(statusBarText(h)));
    QCOMPARE(decodeEscPos(printer.received()).lines.size(), 0); // nothing printed blind
    QCOMPARE(counter->queuedCount(), 1);

    // Paper in, Print again: the kept receipt comes out and the button goes away.
    printer.setMode(FakePrinter::Mode::Ready);
    h.button(QStringLiteral("printButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(decodeEscPos(printer.received()).endsWithCut, 10000);
    QTRY_COMPARE(counter->queuedCount(), 0);
    QTRY_VERIFY(!h.label(QStringLiteral("printProblem"))->isVisible());
    QCOMPARE(h.button(QStringLiteral("printButton"))->text(), QStringLiteral("Print receipt"));
    QCOMPARE(statusBarText(h), QStringLiteral("Receipt printed."));
    const Paper paper = decodeEscPos(printer.received());
    QCOMPARE(QString::fromUtf8(paper.qrs.value(0).payload), h.page()->receipt()->receiptUrl);
}

void TestCounterDevices::silentPrinterLeavesTheWindowWorking()
{
    // Connected, but the status is never answered: the print waits for its deadline (3 s).
    FakePrinter printer(FakePrinter::Mode::Silent);
    Harness h;
    QVERIFY(open(h, printer.url()));
    QVERIFY(paidSale(h));
    ReceiptPrinter *counter = h.window->counterPrinter();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(counter->isBusy());
    // While it waits, the event loop runs and the cashier goes on: the next sale, a scan.
    bool loopRanWhilePrinting = false;
    QTimer::singleShot(0, this, [&] { loopRanWhilePrinting = counter->isBusy(); });
    QTRY_VERIFY(loopRanWhilePrinting);
    qInfo("the event loop ran %lld ms after Ctrl+P, the print still waiting", clock.elapsed());
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);
    h.scan(QStringLiteral("PAN-1"));
    QCOMPARE(h.page()->currentForm()->receiptItems().size(), 1);
    QVERIFY(counter->isBusy());

    QTRY_VERIFY_WITH_TIMEOUT(!counter->isBusy(), 10000);
    QCOMPARE(counter->lastResult().status, PrinterStatus::NoAnswer);
    QCOMPARE(counter->queuedCount(), 1);
    QVERIFY(h.button(QStringLiteral("printAgainButton"))->isVisible());
    QVERIFY2(statusBarText(h).contains(QStringLiteral("Print again")),
             qPrintable(statusBarText(h)));
    QCOMPARE(decodeEscPos(printer.received()).lines.size(), 0);
    // A kept receipt's reason stays in view through the next sale.
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(h.label(QStringLiteral("printStatus"))->isVisible());
}

void TestCounterDevices::supportReprintUsesTheCounterPrinter()
{
    FakePrinter printer;
    Harness h;
    QVERIFY(open(h, printer.url()));
    QVERIFY(paidSale(h));
    const QString url = h.page()->receipt()->receiptUrl;
    const qint64 id = h.page()->journalId();
    h.window->showSupport(0);
    JournalPage *journal = h.window->supportPage()->journalPage();
    QVERIFY(journal->selectEntry(id));
    QTRY_VERIFY(journal->receipt().has_value());
    QTest::keyClick(journal->detail(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(decodeEscPos(printer.received()).endsWithCut, 10000);
    const Paper paper = decodeEscPos(printer.received());
    QVERIFY2(paper.find(QStringLiteral("Paid (copy)")), qPrintable(paper.texts().join(u'\n')));
    QVERIFY(paper.find(QStringLiteral("counter-1")));
    QVERIFY(paper.find(QStringLiteral("IVA 16")));
    QCOMPARE(QString::fromUtf8(paper.qrs.value(0).payload), url);
    QTRY_COMPARE(statusBarText(h), QStringLiteral("Receipt printed."));
}

void TestCounterDevices::withoutPrinterCtrlPKeepsTheDialog()
{
    Harness h;
    QVERIFY(open(h, QString()));
    QCOMPARE(h.window->counterPrinter(), nullptr);
    QVERIFY(paidSale(h));
    // Ctrl+P and Ctrl+Shift+P both lead to the dialog; Print again never shows.
    QAction *print = action(h, "actionPrint");
    QAction *dialog = action(h, "actionPrintDialog");
    QVERIFY(print && dialog);
    QCOMPARE(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(dialog->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(dialog->isEnabled());
    QCOMPARE(h.page()->receiptActions()->counterPrinter(), nullptr);
    QVERIFY(!h.button(QStringLiteral("printAgainButton"))->isVisible());
    QVERIFY(!action(h, "actionPrintAgain")->isEnabled());
}

void TestCounterDevices::settingsPrintATestSlip()
{
    FakePrinter printer;
    Harness h;
    QVERIFY(open(h, QString()));
    SettingsDialog dialog(h.dir.filePath(QStringLiteral("paydesk.ini")));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("printerUrlEdit"));
    auto *width = dialog.findChild<QComboBox *>(QStringLiteral("printerWidthCombo"));
    QVERIFY(url && width);
    url->setText(printer.url());
    width->setCurrentIndex(width->findData(QStringLiteral("58")));
    dialog.testPrinter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTestingPrinter(), 10000);
    QVERIFY2(dialog.printerStatus().startsWith(QStringLiteral("Printed")),
             qPrintable(dialog.printerStatus()));
    const Paper slip = decodeEscPos(printer.received());
    QCOMPARE(slip.cuts, 1);
    QVERIFY(slip.columnsUsed() <= 32);
    QVERIFY2(slip.find(QStringLiteral("Paydesk test slip")), qPrintable(slip.texts().join(u'\n')));

    // Out of paper: said in words, nothing printed.
    FakePrinter empty(FakePrinter::Mode::PaperOut);
    url->setText(empty.url());
    dialog.testPrinter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTestingPrinter(), 10000);
    QVERIFY2(dialog.printerStatus().contains(QStringLiteral("out of paper")),
             qPrintable(dialog.printerStatus()));
    // A mistyped address is said before anything is tried.
    url->setText(QStringLiteral("lpt1"));
    dialog.testPrinter();
    QVERIFY(!dialog.isTestingPrinter());
    QVERIFY(dialog.printerStatus().contains(QStringLiteral("tcp://")));

    // Saved to the config: the next start prints there.
    url->setText(printer.url());
    QVERIFY(dialog.saveGeneral());
    QSettings ini(h.dir.filePath(QStringLiteral("paydesk.ini")), QSettings::IniFormat);
    QCOMPARE(ini.value(QStringLiteral("printer/url")).toString(), printer.url());
    QCOMPARE(ini.value(QStringLiteral("printer/width_mm")).toString(), QStringLiteral("58"));
    QCOMPARE(ini.value(QStringLiteral("printer/codepage")).toString(), QStringLiteral("cp858"));
    QVERIFY(!ini.contains(QStringLiteral("customer_display/enabled")));
}

void TestCounterDevices::setupPrintsATestSlip()
{
    // The first-run setup's counter page has the same devices form.
    FakePrinter printer;
    Harness h;
    QVERIFY(open(h, QString()));
    SetupWizard wizard(h.dir.filePath(QStringLiteral("paydesk.ini")));
    DevicesForm *devices = wizard.devicesForm();
    QVERIFY(devices);
    auto *url = devices->findChild<QLineEdit *>(QStringLiteral("printerUrlEdit"));
    QVERIFY(url);
    url->setText(printer.url());
    devices->testPrinter();
    QTRY_VERIFY_WITH_TIMEOUT(!devices->isTestingPrinter(), 10000);
    QVERIFY2(devices->printerStatus().startsWith(QStringLiteral("Printed")),
             qPrintable(devices->printerStatus()));
    QCOMPARE(decodeEscPos(printer.received()).cuts, 1);
    // The customer display's screens: any second one, or each screen of this computer by name.
    auto *screens = devices->findChild<QComboBox *>(QStringLiteral("customerScreenCombo"));
    QVERIFY(screens);
    QCOMPARE(screens->count(), 1 + QGuiApplication::screens().size());
    QCOMPARE(screens->itemData(1).toString(), QGuiApplication::screens().first()->name());
}

void TestCounterDevices::customerDisplayFollowsTheSale()
{
    Harness h;
    QVERIFY(
        open(h, QString(), {{QStringLiteral("customer_display/enabled"), QStringLiteral("true")}}));
    CustomerDisplay *display = h.window->customerDisplay();
    QVERIFY(display);
    QVERIFY(QTest::qWaitForWindowExposed(display));
    QVERIFY(!display->isFullScreen()); // one screen: an ordinary window
    h.reactivate();

    h.scan(QStringLiteral("COF-1"));
    // Quantity and unit price, the name, the line's total (tst_customerdisplay).
    QTRY_COMPARE(display->lineTexts(),
                 QStringList{QStringLiteral("1 \u00d7 ") + formatAmount(3500, u"mxn")
                             + QStringLiteral(" Coffee ") + formatMoney(3500, u"mxn")});
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("PAN-1"));
    QTRY_COMPARE(display->lineTexts().size(), 2);
    QCOMPARE(display->totalText(), formatMoney(9300, u"mxn"));
    QCOMPARE(display->outcomeText(), QString());

    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(display->totalText(), formatMoney(9300, u"mxn"));
    QVERIFY2(display->outcomeText().startsWith(QStringLiteral("Paid")),
             qPrintable(display->outcomeText()));
    QCOMPARE(display->qrText(), h.page()->receipt()->receiptUrl);

    // Nothing internal: not the Idempotency-Key, the intent or charge id, a state, a journal line.
    QStringList shown{display->windowTitle()};
    const auto labels = display->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->isVisibleTo(display))
            shown << label->text();
    const QString all = shown.join(u'\n');
    const SaleController *sale = h.page()->controller();
    QVERIFY(!sale->idempotencyKey().isEmpty());
    QVERIFY(!sale->record()->intent.id.isEmpty());
    for (const QString &secret :
         {sale->idempotencyKey(), sale->record()->intent.id, h.page()->receipt()->chargeId,
          QStringLiteral("Idempotency"), QStringLiteral("Journal"), QStringLiteral("succeeded"),
          QStringLiteral("https://")})
        QVERIFY2(secret.isEmpty() || !all.contains(secret, Qt::CaseInsensitive),
                 qPrintable(secret + QStringLiteral(" shown:\n") + all));

    // The next customer starts on an empty display.
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(display->lineTexts().isEmpty());
    QCOMPARE(display->outcomeText(), QString());
    QVERIFY(!display->isQrShown());
}

void TestCounterDevices::savedSettingsAreUsedWithoutARestart()
{
    // The till runs with printer A, terminal counter-1 and no customer display; support saves
    // printer B, terminal counter-7 and the customer display while the window runs.
    FakePrinter before, after;
    Harness h;
    QVERIFY(open(h, before.url(),
                 {{QStringLiteral("terminal/name"), QStringLiteral("counter-1")},
                  {QStringLiteral("terminal/operator"), QStringLiteral("ana")}}));
    QVERIFY(!h.window->customerDisplay());
    {
        QSettings ini(h.workplace->configFile, QSettings::IniFormat);
        ini.setValue(QStringLiteral("printer/url"), after.url());
        ini.setValue(QStringLiteral("terminal/name"), QStringLiteral("counter-7"));
        ini.setValue(QStringLiteral("terminal/operator"), QStringLiteral("luis"));
        ini.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Sol"));
        ini.setValue(QStringLiteral("customer_display/enabled"), true);
    }
    // Nothing waits for a restart: the profiles did not change.
    QCOMPARE(h.window->applySavedSettings(false), QString());
    QVERIFY(h.label(QStringLiteral("terminalLabel"))->text().contains(QStringLiteral("counter-7")));
    QVERIFY(h.label(QStringLiteral("terminalLabel"))->text().contains(QStringLiteral("luis")));
    QVERIFY(h.window->customerDisplay());

    // The next sale is journaled from counter-7, and Ctrl+P prints on printer B for Café Sol.
    QVERIFY(paidSale(h));
    const auto entries = h.journal()->list({});
    QVERIFY(entries);
    QCOMPARE(entries->first().terminal, QStringLiteral("counter-7"));
    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(decodeEscPos(after.received()).endsWithCut, 10000);
    const Paper paper = decodeEscPos(after.received());
    QVERIFY2(paper.find(QStringLiteral("Café Sol")), qPrintable(paper.texts().join(u'\n')));
    QVERIFY(paper.find(QStringLiteral("counter-7")));
    QVERIFY(before.received().isEmpty());

    // Saved again with the same printer: the same queue goes on (its Print again with it).
    ReceiptPrinter *kept = h.window->counterPrinter();
    QCOMPARE(h.window->applySavedSettings(false), QString());
    QCOMPARE(h.window->counterPrinter(), kept);

    // A changed profile is said to wait for the next start.
    QVERIFY(h.window->applySavedSettings(true).contains(QStringLiteral("next start")));
}

QTEST_MAIN(TestCounterDevices)
#include "tst_counterdevices.moc"
