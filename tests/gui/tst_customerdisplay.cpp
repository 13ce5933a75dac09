// The customer's display, fed a sale the way the till would: the lines and total as they are
// scanned, "please wait" while it is sent, then paid (with the receipt's QR code) or declined;
// and what it must never show: ids, secrets, internal states, the link as text.
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QTest>

#include "customerdisplay/customerdisplay.h"
#include "widgets/qrcodewidget.h"
#include "widgets/statuslook.h"

using namespace paydesk;

class TestCustomerDisplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mirrorsTheSale();
    void markupInTheSaleIsShownLiterally();
    void paidShowsTheReceiptQr();
    void totalStaysInPlaceLinesReadable();
    void declinedShowsNoQr();
    void nextCustomerStartsEmpty();
    void secondScreenOnly();

private:
    static QStringList visibleTexts(const QWidget &w);
    const QString m_url = QStringLiteral("https://pay.example/receipts/ch_3Nx9SECRETISH");
};

QStringList TestCustomerDisplay::visibleTexts(const QWidget &w)
{
    QStringList out{w.windowTitle()};
    const auto labels = w.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->isVisibleTo(&w))
            out << label->text();
    return out;
}

void TestCustomerDisplay::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCustomerDisplay::mirrorsTheSale()
{
    CustomerDisplay display;
    display.setMerchantName(QStringLiteral("Café Luna"));
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QList<CartItem> items{{QStringLiteral("COF-2"), QStringLiteral("Café de olla"), 2, 4500}};
    display.setSale(items, QStringLiteral("mxn"), 9000);
    QCOMPARE(display.lineTexts(),
             QStringList{QStringLiteral("2 \u00d7 ") + formatAmount(4500, u"mxn")
                         + QStringLiteral(" Café de olla ") + formatMoney(9000, u"mxn")});
    QCOMPARE(display.totalText(), formatMoney(9000, u"mxn"));
    QCOMPARE(display.outcomeText(), QString());
    // A second line scanned.
    items.append({QStringLiteral("PAN-1"), QStringLiteral("Pan dulce"), 1, 2300});
    display.setSale(items, QStringLiteral("mxn"), 11300);
    QCOMPARE(display.lineTexts().size(), 2);
    QCOMPARE(display.lineTexts().at(1),
             QStringLiteral("1 \u00d7 ") + formatAmount(2300, u"mxn")
                 + QStringLiteral(" Pan dulce ") + formatMoney(2300, u"mxn"));
    QCOMPARE(display.totalText(), formatMoney(11300, u"mxn"));
    QVERIFY(visibleTexts(display).contains(QStringLiteral("Café Luna")));
    QVERIFY(!visibleTexts(display).join(u'\n').contains(QStringLiteral("TRAINING")));
    display.setTraining(true);
    QVERIFY(visibleTexts(display).join(u'\n').contains(QStringLiteral("TRAINING")));

    display.setOutcome(CustomerDisplay::Outcome::PleaseWait);
    QCOMPARE(display.outcomeText(), QStringLiteral("Please wait\u2026"));
    QVERIFY(!display.isQrShown());
    // The outcome is in large type: bigger than the lines.
    const auto *outcome = display.findChild<QLabel *>(QStringLiteral("outcome"));
    QVERIFY(outcome->font().pointSizeF() >= 2 * QApplication::font().pointSizeF());
}

// A product or a merchant named with markup (a catalogue typed by hand, a name pasted from a web
// page) is shown as typed, never read as rich text: no bold, no image fetched.
void TestCustomerDisplay::markupInTheSaleIsShownLiterally()
{
    CustomerDisplay display;
    const QString merchant = QStringLiteral("<img src=\"https://evil.example/x.png\">Luna");
    display.setMerchantName(merchant);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    display.setSale({{QStringLiteral("B-1"), QStringLiteral("<b>Bold</b>"), 1, 1000}},
                    QStringLiteral("mxn"), 1000);
    QCOMPARE(display.lineTexts(),
             QStringList{QStringLiteral("1 \u00d7 ") + formatAmount(1000, u"mxn")
                         + QStringLiteral(" <b>Bold</b> ") + formatMoney(1000, u"mxn")});
    const auto labels = display.findChildren<QLabel *>();
    const auto shown = [&labels](const QString &text) -> const QLabel * {
        for (const QLabel *label : labels)
            if (label->text() == text)
                return label;
        return nullptr;
    };
    for (const QString &text : {QStringLiteral("<b>Bold</b>"), merchant}) {
        const QLabel *label = shown(text);
        QVERIFY2(label, qPrintable(text));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // What it shows takes the room of the whole text, tags included: a label of the same
        // font showing the text as plain text is the same size (as rich text, "Bold" alone in
        // bold, or an image, would not be).
        QLabel plain;
        plain.setFont(label->font());
        plain.setTextFormat(Qt::PlainText);
        plain.setText(text);
        QCOMPARE(label->sizeHint().width(), plain.sizeHint().width());
    }
    // Every label of the display is plain text, whatever it shows.
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
}

void TestCustomerDisplay::paidShowsTheReceiptQr()
{
    CustomerDisplay display;
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    display.setSale({{QStringLiteral("COF-2"), QStringLiteral("Café de olla"), 1, 4500}},
                    QStringLiteral("mxn"), 4500);
    display.setOutcome(CustomerDisplay::Outcome::Paid, m_url);
    QCOMPARE(display.outcomeText(), QStringLiteral("Paid \u2014 thank you!"));
    QVERIFY(display.isQrShown());
    QCOMPARE(display.qrText(), m_url);
    QVERIFY(!display.findChild<QrCodeWidget *>()->code().isNull());
    // The link is only in the QR code: never as text (it carries the charge id).
    const QString shown = visibleTexts(display).join(u'\n');
    QVERIFY2(!shown.contains(QStringLiteral("ch_")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("https://")));
    for (const char *internal : {"succeeded", "pi_", "requires_", "unknown", "secret"})
        QVERIFY2(!shown.contains(QLatin1String(internal), Qt::CaseInsensitive), internal);
    QVERIFY(visibleTexts(display).contains(QStringLiteral("Scan for your receipt")));
}

void TestCustomerDisplay::totalStaysInPlaceLinesReadable()
{
    // Issue 23: at 1280×800, lines in type of at least 32 px; the total where it was when paid;
    // the outcome in the counter's colours.
    CustomerDisplay display;
    display.resize(1280, 800);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    display.setSale({{QStringLiteral("COF-2"), QStringLiteral("Café de olla"), 2, 4500},
                     {QStringLiteral("PAN-1"), QStringLiteral("Pan dulce"), 1, 2300}},
                    QStringLiteral("mxn"), 11300);
    QApplication::processEvents();
    const auto totalLabel = [&display]() -> QLabel * {
        for (QLabel *label : display.findChildren<QLabel *>())
            if (label->isVisible() && label->text() == display.totalText())
                return label;
        return nullptr;
    };
    QLabel *total = totalLabel();
    QVERIFY(total);
    const QPoint before = total->mapTo(&display, QPoint(0, 0));
    for (QLabel *label : display.findChildren<QLabel *>())
        if (label->isVisible() && display.lineTexts().join(u' ').contains(label->text())
            && !label->text().isEmpty())
            QVERIFY2(QFontInfo(label->font()).pixelSize() >= 32, qPrintable(label->text()));
    QVERIFY(display.lineTexts().constFirst().contains(formatAmount(4500, u"mxn"))); // unit price
    display.setOutcome(CustomerDisplay::Outcome::Paid, m_url);
    QApplication::processEvents();
    QCOMPARE(total->mapTo(&display, QPoint(0, 0)), before);
    QLabel *outcome = nullptr;
    for (QLabel *label : display.findChildren<QLabel *>())
        if (label->text() == display.outcomeText())
            outcome = label;
    QVERIFY(outcome);
    QCOMPARE(outcome->property("tone").toString(), toneName(Tone::Success));
    display.setOutcome(CustomerDisplay::Outcome::Declined);
    QCOMPARE(outcome->property("tone").toString(), toneName(Tone::Danger));
}

void TestCustomerDisplay::declinedShowsNoQr()
{
    CustomerDisplay display;
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    display.setSale({{QStringLiteral("B"), QStringLiteral("Tea"), 1, 302}}, QStringLiteral("mxn"),
                    302);
    display.setOutcome(CustomerDisplay::Outcome::Declined, m_url);
    QCOMPARE(display.outcomeText(), QStringLiteral("Declined"));
    QVERIFY(!display.isQrShown());
    QCOMPARE(display.qrText(), QString());
    display.setOutcome(CustomerDisplay::Outcome::NotCompleted);
    QCOMPARE(display.outcomeText(), QStringLiteral("Payment not completed"));
}

void TestCustomerDisplay::nextCustomerStartsEmpty()
{
    CustomerDisplay display;
    display.show();
    display.setSale({{QStringLiteral("B"), QStringLiteral("Tea"), 1, 302}}, QStringLiteral("mxn"),
                    302);
    display.setOutcome(CustomerDisplay::Outcome::Paid, m_url);
    display.clear();
    QVERIFY(display.lineTexts().isEmpty());
    QCOMPARE(display.totalText(), QString());
    QCOMPARE(display.outcomeText(), QString());
    QVERIFY(!display.isQrShown());
}

void TestCustomerDisplay::secondScreenOnly()
{
    QScreen *primary = QGuiApplication::primaryScreen();
    QVERIFY(primary);
    QCOMPARE(CustomerDisplay::customerScreen({primary}, primary), nullptr);
    QCOMPARE(CustomerDisplay::customerScreen({}, primary), nullptr);
    auto *other = reinterpret_cast<QScreen *>(0x1); // only compared, never used
    QCOMPARE(CustomerDisplay::customerScreen({primary, other}, primary), other);
    // [customer_display] screen=NAME: the primary screen named is the cashier's (a window); a
    // name not connected falls back to any other screen.
    QCOMPARE(CustomerDisplay::customerScreen({primary}, primary, primary->name()), nullptr);
    QCOMPARE(CustomerDisplay::customerScreen({primary}, primary, QStringLiteral("NO-SUCH-1")),
             nullptr);
    // One screen (offscreen): an ordinary window, not full screen over the cashier's.
    CustomerDisplay display;
    display.showOnCustomerScreen(primary->name());
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QVERIFY(!display.isFullScreen());
}

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
