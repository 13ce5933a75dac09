// paydesk_screenshots OUTDIR: drives a real training window through the main states and saves
// one PNG per state (scripts/screenshots runs it under Xvfb). Not a test: a camera.
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPainter>
#include <QTabWidget>
#include <QTcpServer>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>

#include "camera.h"
#include "customerdisplay/customerdisplay.h"
#include "devices/receiptprinter.h"
#include "guiharness.h"
#include "language.h"
#include "receiptdocument/receiptdocument.h"
#include "sandbox/sandboxserver.h"
#include "settingspage/settingsdialog.h"
#include "widgets/statusbadge.h"

using namespace paydesk;
namespace camera = paydesk::test::camera;
using camera::check;
using camera::shoot;
using paydesk::test::Harness;
using paydesk::test::Language;

namespace {

/// An amount as typed in the current locale ("12,50" in Spanish).
QString localAmount(QStringView amount)
{
    return amount.toString().replace(u'.', QLocale().decimalPoint());
}

void fillCheckout(Harness &h)
{
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("COF-1"));
    h.scan(QStringLiteral("PAN-1"));
    h.scan(QStringLiteral("TOR-1"));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Gift wrapping"));
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), localAmount(u"15.00"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana Lopez"));
    Harness::type(h.edit(QStringLiteral("inputReference")), QStringLiteral("ORD-2041"));
}

void charge(Harness &h)
{
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    check(h.waitIdle(), "charge finished");
}

/// The sale page in every state, in `language` ("en", "es", "es_MX", "fr"): 01…12, named with
/// the language's suffix ("-es") but in English; at a counter screen of `size`, named with it
/// too when it is not the 1280×800 the window is laid out for ("-1024x768").
void saleStates(const QList<QPair<QString, QVariant>> &merchant, const QString &language,
                QSize size = QSize(1280, 800))
{
    Language lang(language);
    Harness h;
    lang.again(); // the harness sets English
    check(h.open(merchant), "window opens");
    h.window->resize(size);
    check(QTest::qWaitFor([&h, size] { return h.window->size() == size; }), "window resized");
    const QString suffix = lang.suffix()
        + (size == QSize(1280, 800)
               ? QString()
               : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height()));
    shoot(h.window.get(), QStringLiteral("01-training-start") + suffix);
    fillCheckout(h);
    h.cart()->view()->setFocus();
    shoot(h.window.get(), QStringLiteral("02-checkout-cart") + suffix);
    charge(h);
    shoot(h.window.get(), QStringLiteral("03-checkout-paid") + suffix);
    // Show QR for the customer's phone, then the fields support reads behind Details.
    if (auto *qr = h.button(QStringLiteral("qrButton")))
        qr->click();
    shoot(h.window.get(), QStringLiteral("03b-checkout-paid-qr") + suffix);
    if (auto *qr = h.button(QStringLiteral("qrButton")))
        qr->click();
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);
    shoot(h.window.get(), QStringLiteral("03c-checkout-paid-details") + suffix);
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier);

    // The customer receipt, as printed (rendered at screen resolution).
    if (h.page()->receipt()) {
        QTextDocument document;
        buildReceiptDocument(document, *h.page()->receipt());
        document.setTextWidth(380);
        QImage image(QSize(420, int(document.size().height()) + 40), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(20, 20);
        document.drawContents(&painter);
        painter.end();
        const QString path
            = QDir(camera::folder)
                  .filePath(QStringLiteral("04-receipt") + suffix + QStringLiteral(".png"));
        check(image.save(path), "receipt image");
        std::printf("%s\n", qPrintable(path));
    }

    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    Harness::type(h.edit(QStringLiteral("inputClient")), QString());
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), localAmount(u"12.345"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    charge(h);
    shoot(h.window.get(), QStringLiteral("05-validation") + suffix);

    Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Walk-in"));
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Repair"));
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), localAmount(u"300.02"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    charge(h);
    shoot(h.window.get(), QStringLiteral("06-declined") + suffix);

    // The customer pays with another card: the answer is lost on the way back.
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    h.scan(QStringLiteral("CHO-1"));
    h.scan(QStringLiteral("GAL-1"));
    // Sending: what is waited for, Cancel (Esc).
    h.sandbox()->setFault(*Fault::parse(u"delay=1500"));
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    shoot(h.window.get(), QStringLiteral("06b-sending") + suffix);
    check(h.waitIdle(), "delayed sale answered");
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    h.scan(QStringLiteral("CHO-1"));
    h.scan(QStringLiteral("GAL-1"));
    h.sandbox()->setFault(*Fault::parse(u"drop"));
    charge(h);
    shoot(h.window.get(), QStringLiteral("07-unknown") + suffix);
    // New sale asks first and says what becomes of the unchecked sale.
    QTimer::singleShot(300, h.window.get(), [suffix] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shoot(box, QStringLiteral("07b-unknown-new-sale-asks") + suffix);
            box->reject();
        }
    });
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    h.reactivate(); // the window takes the keys again once the box is gone
    h.sandbox()->setFault(Fault{});
    QTest::keyClick(h.window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    check(h.waitIdle(), "verify finished");
    shoot(h.window.get(), QStringLiteral("08-unknown-verified") + suffix);

    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    check(h.selectProfile(QStringLiteral("training-offer")), "offer profile");
    Harness::type(h.edit(QStringLiteral("inputOfferOid")), QStringLiteral("10311080"));
    for (const char *code : {"product_core", "product_ad", "product_legal_protection"})
        if (auto *box = h.button(QString::fromLatin1(code)))
            box->setChecked(true);
    shoot(h.window.get(), QStringLiteral("09-offer-quote") + suffix);
    charge(h);
    shoot(h.window.get(), QStringLiteral("10-offer-created") + suffix);

    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    check(h.selectProfile(QStringLiteral("training-dots")), "dots profile");
    h.scan(QStringLiteral("SAN-1"));
    h.scan(QStringLiteral("COF-2"));
    Harness::type(h.edit(QStringLiteral("inputDescription")), QStringLiteral("Lunch order 77"));
    // Advanced open: the identifiers, the fee and the confirmation.
    if (auto *advanced = h.button(QStringLiteral("advancedToggle")))
        advanced->click();
    shoot(h.window.get(), QStringLiteral("11a-dots-advanced") + suffix);
    Harness::type(h.edit(QStringLiteral("inputUserId")), QStringLiteral("not-a-uuid"));
    charge(h);
    shoot(h.window.get(), QStringLiteral("11-dots-validation") + suffix);

    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    check(h.selectProfile(QStringLiteral("training-ocho")), "ocho profile");
    h.scan(QStringLiteral("BAG-1"));
    Harness::type(h.edit(QStringLiteral("inputIss")),
                  QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz"));
    charge(h);
    shoot(h.window.get(), QStringLiteral("12-ocho-created") + suffix);
}

/// The counter's printer cannot be reached: the receipt kept, Print again; then Settings >
/// Devices with its test slip's answer.
void counterPrinter(const QList<QPair<QString, QVariant>> &merchant)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    Harness h;
    auto settings = merchant;
    settings << QPair<QString, QVariant>{QStringLiteral("printer/url"),
                                         QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort)};
    check(h.open(settings), "window with a counter printer opens");
    fillCheckout(h);
    charge(h);
    QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier);
    check(QTest::qWaitFor(
              [&h] {
                  return h.window->counterPrinter() && !h.window->counterPrinter()->isBusy()
                      && h.window->counterPrinter()->queuedCount() == 1;
              },
              10000),
          "the receipt is kept");
    shoot(h.window.get(), QStringLiteral("31-print-again"));

    SettingsDialog dialog(h.dir.filePath(QStringLiteral("paydesk.ini")), h.window.get());
    dialog.resize(720, 520);
    dialog.show();
    if (auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs")))
        tabs->setCurrentIndex(tabs->count() - 1);
    dialog.testPrinter();
    check(QTest::qWaitFor([&dialog] { return !dialog.isTestingPrinter(); }, 10000),
          "test slip answered");
    shoot(&dialog, QStringLiteral("32-settings-devices"));
}

/// The customer's display (issue 16) during a sale and once paid, in `language` ("en", "es").
void customerDisplay(const QList<QPair<QString, QVariant>> &merchant, const QString &language)
{
    QTranslator translator;
    QTranslator qt;
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language != u"en") {
        check(translator.load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")),
              "translation loaded");
        QCoreApplication::installTranslator(&translator);
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
    const QString suffix = language == u"en" ? QString() : u'-' + language;
    {
        Harness h;
        QLocale::setDefault(locale); // the harness sets en_US
        auto settings = merchant;
        settings << QPair<QString, QVariant>{QStringLiteral("customer_display/enabled"),
                                             QStringLiteral("true")};
        check(h.open(settings), "window with the customer display opens");
        CustomerDisplay *display = h.window->customerDisplay();
        check(display != nullptr, "customer display shown");
        if (display) {
            // A customer-facing 10" screen.
            display->resize(1024, 768);
            h.reactivate();
            h.scan(QStringLiteral("COF-2"));
            h.scan(QStringLiteral("COF-2"));
            h.scan(QStringLiteral("PAN-1"));
            h.scan(QStringLiteral("TOR-1"));
            shoot(display, QStringLiteral("29-customer-display-sale") + suffix);
            charge(h);
            check(h.page()->phase() == SalePage::Phase::Paid, "customer display sale paid");
            shoot(display, QStringLiteral("30-customer-display-paid") + suffix);
        }
    }
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qt);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk-screenshots"));
    camera::start(argc, argv);
    const QList<QPair<QString, QVariant>> merchant{
        {QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Paydesk")},
        {QStringLiteral("receipt/merchant_address"),
         QStringLiteral("Calle Madero 12, Centro\nCiudad de México")}};

    // The sale states at the till's 1280×800 and at the smallest counter screen, 1024×768.
    for (const QSize size : {QSize(1280, 800), QSize(1024, 768)})
        for (const char *language : {"en", "es", "es_MX", "fr"})
            saleStates(merchant, QString::fromLatin1(language), size);
    counterPrinter(merchant);
    customerDisplay(merchant, QStringLiteral("en"));
    customerDisplay(merchant, QStringLiteral("es"));
    return camera::exitCode();
}
