// Every language fits (issue 15, point 6): in English, Spanish and French, every visible label,
// button, tab, header section and placeholder of the sale page (in each phase and with each
// backend's form), the support view's pages, the settings dialog's tabs and the setup wizard's
// pages is given the room its text needs (tests/support/fit.h says how that is measured), at the
// till's window size (1280×800, guiharness.h). The sale page also at every counter size
// (1024×768, 1280×800, 1366×768; issue 23), in Mexican Spanish too: it never scrolls sideways and
// every cart column is in view, Advanced open or closed. Also: the values a cashier reads from the
// payment service (card funding, outcome, seller message) come out in the cashier's language.
#include <QHeaderView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "fit.h"
#include "guiharness.h"
#include "language.h"
#include "sale/cartmodel.h"
#include "sale/cartwidget.h"
#include "sale/saleform.h"
#include "sandbox/sandboxserver.h"
#include "settingspage/profileeditor.h"
#include "settingspage/settingsdialog.h"
#include "setup/setupwizard.h"
#include "support/journalpage.h"
#include "support/journaltablemodel.h"
#include "support/reportpage.h"
#include "support/supportpage.h"
#include "widgetinput.h"
#include "widgets/valuelabel.h"
#include "words/cardwords.h"

using namespace paydesk;
using paydesk::test::FitCheck;
using paydesk::test::Harness;
using paydesk::test::Language;

namespace {

void charge(Harness &h)
{
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
}

/// New sale, and Yes when it asks (an unknown sale left unchecked).
void newSale(Harness &h)
{
    QTimer::singleShot(0, h.window.get(), [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole
                    || box->buttonRole(b) == QMessageBox::YesRole)
                    b->click();
    });
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    h.reactivate();
}

/// An amount as typed in the current locale ("12,50" in Spanish).
QString localAmount(QStringView amount)
{
    return amount.toString().replace(u'.', QLocale().decimalPoint());
}

void fillCheckout(Harness &h)
{
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("PAN-1"));
    h.scan(QStringLiteral("TOR-1"));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Gift wrapping"));
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("15"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana Lopez"));
    Harness::type(h.edit(QStringLiteral("inputReference")), QStringLiteral("ORD-2041"));
}

/// Opens every "Advanced" disclosure of the form shown.
void openAdvanced(Harness &h)
{
    for (QAbstractButton *b : h.form()->findChildren<QAbstractButton *>())
        if (b->isCheckable() && !b->isChecked() && b->isVisible()
            && b->objectName().contains(QLatin1String("dvanced")))
            b->click();
}

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};

} // namespace

class TestFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void salePage_data();
    void salePage();
    void supportView_data() { languages(); }
    void supportView();
    void settingsDialog_data() { languages(); }
    void settingsDialog();
    void setupWizard_data() { languages(); }
    void setupWizard();
    void serviceValuesInTheCashiersLanguage();

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::addRow("%s", qPrintable(language)) << language;
    }
    /// Checks the window (or dialog) as shown now; `where` names the page or phase.
    void look(QWidget *window, const QString &where)
    {
        auto *main = qobject_cast<MainWindow *>(window);
        if (main && main->salePage()->isVisible()) {
            lookAtSalePage(main, where);
            return;
        }
        // Once the layouts settle: a scroll area lays its contents out once it has its size, a
        // journal's answer arrives from its thread. A misfit is one that is still there after
        // a further wait.
        QTest::qWait(50);
        FitCheck first;
        first.walk(window, where);
        if (!first.misfits.isEmpty())
            QTest::qWait(500);
        m_fit.walk(window, where);
    }
    void verdict(const char *what)
    {
        qInfo("%s: %d texts checked, %lld do not fit", what, m_fit.checked,
              qsizetype(m_fit.misfits.size()));
        const QStringList misfits = m_fit.misfits;
        m_fit = FitCheck{};
        // One line each (QtTest cuts a long failure message short).
        for (const QString &misfit : misfits)
            qInfo("misfit: %s", qPrintable(misfit));
        QVERIFY2(misfits.isEmpty(), "texts do not fit: see the misfit lines above");
    }

    /// The sale page: every text fits, nothing scrolls sideways, every cart column in view.
    void lookAtSalePage(MainWindow *window, const QString &where)
    {
        QTest::qWait(50);
        FitCheck first;
        first.walk(window, where);
        first.noSidewaysScroll(window->salePage(), where);
        if (!first.misfits.isEmpty())
            QTest::qWait(500);
        m_fit.walk(window, where);
        m_fit.noSidewaysScroll(window->salePage(), where);
        SaleForm *form = window->salePage()->currentForm();
        if (form && form->cart() && form->cart()->isVisible())
            m_fit.mustShow(form->cart()->view()->horizontalHeader(),
                           {CartModel::SkuColumn, CartModel::NameColumn, CartModel::QuantityColumn,
                            CartModel::PriceColumn, CartModel::TotalColumn},
                           where + u" (cart)");
    }

    FitCheck m_fit;
};

void TestFit::salePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    // Mexican Spanish too: its own words ("Agregar monto") and its amounts ("$12,425.50").
    const QStringList languages = kLanguages + QStringList{QStringLiteral("es_MX")};
    for (const QSize size : {QSize(1024, 768), QSize(1280, 800), QSize(1366, 768)})
        for (const QString &language : languages)
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                << language << size;
}

void TestFit::salePage()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Language lang(language);
    Harness h;
    lang.again();
    QVERIFY(h.open());
    h.window->resize(size);
    QTRY_COMPARE(h.window->size(), size);
    const QString l
        = QStringLiteral("%1 %2x%3 ").arg(language).arg(size.width()).arg(size.height());
    look(h.window.get(), l + u"checkout, empty sale");
    openAdvanced(h);
    look(h.window.get(), l + u"checkout, advanced");

    // Validation: a free amount with too many decimals.
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), localAmount(u"12.345"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    look(h.window.get(), l + u"checkout, validation");
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QString());

    fillCheckout(h);
    look(h.window.get(), l + u"checkout, a cart");

    // Sending, then the answer lost: check before trying again, Details open.
    h.sandbox()->setFault(*Fault::parse(u"delay=1500"));
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(h.page()->phase(), SalePage::Phase::Sending);
    look(h.window.get(), l + u"sending");
    QVERIFY(h.waitIdle());
    newSale(h);
    fillCheckout(h);
    h.sandbox()->setFault(*Fault::parse(u"drop"));
    charge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    look(h.window.get(), l + u"unknown");
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    look(h.window.get(), l + u"unknown, details");
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    h.sandbox()->setFault(Fault{});
    QTest::keyClick(h.window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(h.waitIdle());
    look(h.window.get(), l + u"verified");
    newSale(h);

    // Paid, its QR, its Details.
    fillCheckout(h);
    charge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    look(h.window.get(), l + u"paid");
    h.button(QStringLiteral("qrButton"))->click();
    look(h.window.get(), l + u"paid, QR");
    h.button(QStringLiteral("qrButton"))->click();
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    look(h.window.get(), l + u"paid, details");
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    newSale(h);

    // Declined.
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), localAmount(u"300.02"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    charge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Declined);
    look(h.window.get(), l + u"declined");
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    look(h.window.get(), l + u"declined, details");
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    newSale(h);

    // Offer: the quote, then created.
    QVERIFY(h.selectProfile(QStringLiteral("training-offer")));
    look(h.window.get(), l + u"offer, empty");
    openAdvanced(h);
    Harness::type(h.edit(QStringLiteral("inputOfferOid")), QStringLiteral("10311080"));
    for (const char *code : {"product_core", "product_ad", "product_legal_protection"})
        if (auto *box = h.button(QString::fromLatin1(code)))
            box->setChecked(true);
    look(h.window.get(), l + u"offer, a quote");
    charge(h);
    look(h.window.get(), l + u"offer, created");
    newSale(h);

    // Dots: the form, a validation message, Advanced.
    QVERIFY(h.selectProfile(QStringLiteral("training-dots")));
    look(h.window.get(), l + u"dots, empty");
    openAdvanced(h);
    look(h.window.get(), l + u"dots, advanced");
    h.scan(QStringLiteral("SAN-1"));
    Harness::type(h.edit(QStringLiteral("inputUserId")), QStringLiteral("not-a-uuid"));
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    look(h.window.get(), l + u"dots, validation");
    newSale(h);

    // Ocho: the form, created.
    QVERIFY(h.selectProfile(QStringLiteral("training-ocho")));
    look(h.window.get(), l + u"ocho, empty");
    openAdvanced(h);
    look(h.window.get(), l + u"ocho, advanced");
    h.scan(QStringLiteral("BAG-1"));
    charge(h);
    look(h.window.get(), l + u"ocho, created");
    verdict(qPrintable(l + u"sale page"));
}

void TestFit::supportView()
{
    QFETCH(QString, language);
    Language lang(language);
    Harness h;
    lang.again();
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(400, 2024));
    h.scan(QStringLiteral("COF-1"));
    charge(h);
    const QString l = language + u' ';
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    const auto ids = h.journal()->ids({});
    QVERIFY(ids && !ids->isEmpty());
    QVERIFY(h.window->supportPage()->journalPage()->selectEntry(ids->constFirst()));
    // The journal scrolls sideways (its many columns); what support looks for first is in view
    // without it: the entry's number and time (a duplicate flag names an entry by its number),
    // the state, the amount, the flag and the reference. The card comes after the client.
    QTableView *table = h.window->supportPage()->journalPage()->table();
    table->setProperty("paydesk_scrollsSideways", true);
    look(h.window.get(), l + u"support, journal");
    m_fit.mustShow(table->horizontalHeader(),
                   {JournalTableModel::Id, JournalTableModel::Time, JournalTableModel::State,
                    JournalTableModel::Amount, JournalTableModel::Duplicate,
                    JournalTableModel::Reference},
                   l + u"support, journal");
    QTest::keyClick(h.window.get(), Qt::Key_3, Qt::ControlModifier);
    look(h.window.get(), l + u"support, inspect");
    QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(!h.window->supportPage()->reportPage()->isLoading());
    look(h.window.get(), l + u"support, end of day");
    verdict(qPrintable(l + u"support view"));
}

void TestFit::settingsDialog()
{
    QFETCH(QString, language);
    Language lang(language);
    Harness h; // an isolated home
    lang.again();
    SettingsDialog dialog{QString()};
    dialog.show(); // as it opens
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        look(&dialog, QStringLiteral("%1 settings, %2").arg(language, tabs->tabText(i)));
    }
    verdict(qPrintable(language + u" settings"));
}

void TestFit::setupWizard()
{
    QFETCH(QString, language);
    Language lang(language);
    Harness h; // an isolated home
    lang.again();
    SandboxOptions options;
    options.token = QStringLiteral("fit-token");
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen());
    SetupWizard wizard{QString()};
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString l = language + u' ';
    look(&wizard, l + u"setup, backend");
    ProfileEditor *editor = wizard.profileEditor();
    auto *kind = paydesk::test::child<QComboBox>(editor, "kindCombo");
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        look(&wizard, l + u"setup, backend " + kind->currentText());
    }
    kind->setCurrentIndex(kind->findData(QStringLiteral("checkout")));
    paydesk::test::child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("tienda"));
    paydesk::test::child<QLineEdit>(editor, "baseUrlEdit")->setText(sandbox.url().toString());
    paydesk::test::child<QLineEdit>(editor, "tokenEdit")->setText(options.token);
    auto *currency = paydesk::test::child<QComboBox>(editor, "currencyCombo");
    currency->setCurrentIndex(currency->findData(QStringLiteral("eur")));
    QSignalSpy tested(editor, &ProfileEditor::tested);
    wizard.next();
    QVERIFY(tested.wait(10000));
    look(&wizard, l + u"setup, test");
    wizard.next();
    look(&wizard, l + u"setup, counter");
    verdict(qPrintable(l + u"setup"));
}

void TestFit::serviceValuesInTheCashiersLanguage()
{
    Language spanish(QStringLiteral("es"));
    QCOMPARE(fundingText(QStringLiteral("credit")), QStringLiteral("Crédito"));
    QCOMPARE(fundingText(QStringLiteral("debit")), QStringLiteral("Débito"));
    QCOMPARE(fundingText(QStringLiteral("prepaid")), QStringLiteral("Prepago"));
    QCOMPARE(outcomeTypeText(QStringLiteral("authorized")), QStringLiteral("Autorizado"));
    QCOMPARE(serviceMessageText(QStringLiteral("Payment complete.")),
             QStringLiteral("Pago completado."));
    QCOMPARE(withCode(networkStatusText(QStringLiteral("approved_by_network")),
                      QStringLiteral("approved_by_network")),
             QStringLiteral("Aprobado por la red de tarjetas (approved_by_network)"));
    // A value the app does not know is shown as sent.
    QCOMPARE(fundingText(QStringLiteral("charge_card")), QStringLiteral("charge_card"));

    // In the window: the paid card's Details in Spanish, the raw code beside the words.
    Harness h;
    spanish.again();
    QVERIFY(h.open());
    h.scan(QStringLiteral("COF-1"));
    charge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(valueText(h.label(QStringLiteral("valueFunding"))), QStringLiteral("Crédito"));
    QCOMPARE(valueText(h.label(QStringLiteral("valueSellerMessage"))),
             QStringLiteral("Pago completado."));
    QCOMPARE(h.label(QStringLiteral("valueSellerMessage"))->toolTip(),
             QStringLiteral("Payment complete."));
    QVERIFY(valueText(h.label(QStringLiteral("valueOutcome"))).startsWith(u"Autorizado"));
}

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
