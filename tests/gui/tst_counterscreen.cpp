// The sale page as a counter screen (issue 15): the total is the largest text, Charge stays in
// one place at one size in every phase, and every text shown (greyed-out ones included) meets
// WCAG AA contrast, 4.5:1, in every phase of a sale. Issue 23: the outcome read from three metres
// in one second: the whole outcome area and the Charge place take the state's colour (read from
// the pixels drawn), disabled controls look disabled, an empty cart totals zero and cannot be
// charged, the unknown state says what the customer looks for in their banking app.
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

#include "guiharness.h"
#include "sale/quickkeys.h"
#include "sandbox/sandboxserver.h"

using namespace paydesk;
using paydesk::test::Harness;

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green())
        + 0.0722 * channel(rgb.blue());
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The colours a greyed-out field is drawn in, read from its pixels (the palette a widget with a
/// style sheet reports is not always what the style sheet style paints with): the background,
/// the most frequent colour inside its frame, and the text, the colour furthest from it (a line
/// edit shows "8888" for the while, a view its rows).
std::pair<QColor, QColor> drawnColours(QWidget *field)
{
    QImage image;
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        const QString text = edit->text();
        const QSignalBlocker quiet(edit);
        edit->setText(QStringLiteral("8888"));
        image = edit->grab().toImage();
        edit->setText(text);
    } else {
        image = field->grab().toImage();
    }
    const QRect inside
        = QRect(QPoint(0, 0), image.size() / image.devicePixelRatio()).adjusted(4, 4, -4, -4);
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(background))
            background = it.key();
    QRgb text_ = background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (contrast(QColor(it.key()), QColor(background))
            > contrast(QColor(text_), QColor(background)))
            text_ = it.key();
    return {QColor(text_), QColor(background)};
}

} // namespace

class TestCounterScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastOfKnownColours();
    void everyPhaseKeepsChargeInPlaceAndTextReadable();
    void outcomeAtAGlance();

private:
    /// What a cashier sees in this phase: the checks of every phase, `phase` names it.
    void check(Harness &h, const char *phase);
    /// New sale, and Yes when it asks (an unknown sale left unchecked).
    static void newSale(Harness &h)
    {
        QTimer::singleShot(0, h.window.get(), [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
        });
        QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);
    }
    static void clickCharge(Harness &h)
    {
        QTest::mouseClick(h.button(QStringLiteral("chargeButton")), Qt::LeftButton);
    }
    static void fillCart(Harness &h)
    {
        h.scan(QStringLiteral("COF-1"));
        h.scan(QStringLiteral("PAN-1"));
        Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana Lopez"));
        Harness::type(h.edit(QStringLiteral("inputReference")), QStringLiteral("ORD-15"));
    }

    QRect m_chargeGeometry;
};

void TestCounterScreen::contrastOfKnownColours()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5, true); // #777 fails AA
    QVERIFY(contrast(QColor(0x59, 0x59, 0x59), QColor(0xef, 0xef, 0xef)) >= 4.5);
    // The outcome area's colours: its words in the tone's ink on the tone's tint, a badge's
    // words on the tone, and a disabled control's words on its flat grey.
    for (Tone tone : kAllTones) {
        QVERIFY2(contrast(toneInk(tone), toneTint(tone)) >= 7.0, qPrintable(toneName(tone)));
        QVERIFY2(contrast(toneForeground(tone), toneBackground(tone)) >= 4.5,
                 qPrintable(toneName(tone)));
    }
    QVERIFY(contrast(QColor(0x59, 0x59, 0x59), QColor(0xe4, 0xe4, 0xe4)) >= 4.5);
    // Created has a colour of its own, not Sending's (neutral) nor the support's blue.
    QVERIFY(toneBackground(Tone::Awaiting) != toneBackground(Tone::Info));
    QCOMPARE(journalStateLook(JournalState::Created).tone, Tone::Awaiting);
}

void TestCounterScreen::check(Harness &h, const char *phase)
{
    SalePage *page = h.page();
    QApplication::processEvents();
    // Charge: directly under the total, at least 56 px high, in one place in every phase.
    auto *charge = h.find<QPushButton>(QStringLiteral("chargeButton"));
    QVERIFY2(charge->isVisible(), phase);
    QVERIFY2(charge->height() >= 56, phase);
    const QRect geometry(charge->mapTo(h.window.get(), QPoint(0, 0)), charge->size());
    if (m_chargeGeometry.isNull())
        m_chargeGeometry = geometry;
    QVERIFY2(geometry == m_chargeGeometry,
             qPrintable(QStringLiteral("%1: Charge at %2,%3 %4×%5, was %6,%7 %8×%9")
                            .arg(QString::fromLatin1(phase))
                            .arg(geometry.x())
                            .arg(geometry.y())
                            .arg(geometry.width())
                            .arg(geometry.height())
                            .arg(m_chargeGeometry.x())
                            .arg(m_chargeGeometry.y())
                            .arg(m_chargeGeometry.width())
                            .arg(m_chargeGeometry.height())));
    const QLabel *total = h.label(QStringLiteral("saleTotal"));
    QVERIFY2(total->isVisible(), phase);
    const QRect totalRect(total->mapTo(h.window.get(), QPoint(0, 0)), total->size());
    QVERIFY2(totalRect.bottom() < geometry.top() && geometry.top() - totalRect.bottom() < 40,
             phase);
    // Coloured as the primary action while it can be pressed to charge; declined, it tries
    // another card in the declined red (paid or created, it is New sale in the state's colour:
    // outcomeAtAGlance).
    const bool startsNext
        = page->phase() == SalePage::Phase::Paid || page->phase() == SalePage::Phase::Created;
    const QColor face = page->phase() == SalePage::Phase::Declined ? toneBackground(Tone::Danger)
                                                                   : QColor(0x1a, 0x5f, 0xb4);
    if (charge->isEnabled() && !startsNext)
        QVERIFY2(charge->palette().color(QPalette::Active, QPalette::Button) == face, phase);

    // The total is the largest text of the window; every text meets 4.5:1.
    const int totalSize = QFontInfo(total->font()).pixelSize();
    QList<QWidget *> texts;
    for (QLabel *label : h.window->findChildren<QLabel *>())
        texts << label;
    for (QPushButton *button : h.window->findChildren<QPushButton *>())
        texts << button;
    int checked = 0;
    for (QWidget *w : std::as_const(texts)) {
        const auto *label = qobject_cast<QLabel *>(w);
        const auto *button = qobject_cast<QPushButton *>(w);
        const QString text = label ? label->text() : button->text();
        if (!w->isVisible() || text.isEmpty() || (label && !label->pixmap().isNull()))
            continue;
        const QString what = QStringLiteral("%1: %2 %3 \"%4\"")
                                 .arg(QString::fromLatin1(phase),
                                      QString::fromLatin1(w->metaObject()->className()),
                                      w->objectName(), text.left(40));
        if (w != total)
            QVERIFY2(QFontInfo(w->font()).pixelSize() < totalSize, qPrintable(what));
        if (!page->isAncestorOf(w))
            continue; // the page is the counter screen; menus and the status bar are Qt's
        const QPalette::ColorGroup group = w->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const QColor fg = w->palette().color(group, w->foregroundRole());
        const QColor bg = w->palette().color(group, w->backgroundRole());
        const double ratio = contrast(fg, bg);
        ++checked;
        QVERIFY2(ratio >= 4.5,
                 qPrintable(what
                            + QStringLiteral(" %1 on %2: %3:1")
                                  .arg(fg.name(), bg.name())
                                  .arg(ratio, 0, 'f', 2)));
    }
    qInfo("%s: %d texts at 4.5:1 or more", phase, checked);
    QVERIFY2(checked >= 5, phase);

    // Fields, choices and tables: what is typed or listed in them is read at arm's length too, in
    // the page's type (not Qt's smaller default) and at 4.5:1 on the field's own background.
    const int baseSize = QFontInfo(page->font()).pixelSize();
    QList<QWidget *> fields;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>())
        if (!qobject_cast<QComboBox *>(edit->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            fields << edit;
    for (QComboBox *combo : page->findChildren<QComboBox *>())
        fields << combo;
    for (QAbstractSpinBox *spin : page->findChildren<QAbstractSpinBox *>())
        fields << spin;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (!view->isWindow() && !qobject_cast<QComboBox *>(view->parentWidget())
            && !qobject_cast<QHeaderView *>(view)) // column captions: Qt's header font
            fields << view;
    int fieldsChecked = 0;
    for (QWidget *w : std::as_const(fields)) {
        if (!w->isVisible())
            continue;
        const QString what
            = QStringLiteral("%1: %2 %3")
                  .arg(QString::fromLatin1(phase),
                       QString::fromLatin1(w->metaObject()->className()), w->objectName());
        QVERIFY2(QFontInfo(w->font()).pixelSize() >= baseSize,
                 qPrintable(what
                            + QStringLiteral(": %1 px type, the page's is %2 px")
                                  .arg(QFontInfo(w->font()).pixelSize())
                                  .arg(baseSize)));
        ++fieldsChecked;
        // Greyed-out ones too (while sending), a field once marked invalid among them.
        const QPalette::ColorGroup group = w->isEnabled() ? QPalette::Active : QPalette::Disabled;
        QColor fg = w->palette().color(group, QPalette::Text);
        QColor bg = w->palette().color(group, QPalette::Base);
        if (!w->isEnabled())
            std::tie(fg, bg) = drawnColours(w);
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(what
                            + QStringLiteral(" %1 on %2: %3:1")
                                  .arg(fg.name(), bg.name())
                                  .arg(ratio, 0, 'f', 2)));
    }
    qInfo("%s: %d fields and tables in the page's type at 4.5:1 or more", phase, fieldsChecked);
}

void TestCounterScreen::everyPhaseKeepsChargeInPlaceAndTextReadable()
{
    Harness h;
    QVERIFY(h.open());
    check(h, "empty sale");
    // Fields marked invalid, then corrected: they keep the page's type and colours.
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier); // an empty cart
    check(h, "an empty cart refused");
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("12.345"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    QVERIFY(h.edit(QStringLiteral("freeAmountInput"))->property("invalid").toBool());
    check(h, "a free amount marked invalid");
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("1.00"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    check(h, "a free amount corrected");
    fillCart(h);
    QVERIFY(!h.cart()->view()->property("invalid").toBool());
    QVERIFY(!h.edit(QStringLiteral("freeAmountInput"))->property("invalid").toBool());
    check(h, "a cart");

    // Sending: what is waited for, Cancel; then Esc: check before trying again.
    h.sandbox()->setFault(*Fault::parse(u"delay=60000"));
    clickCharge(h);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QVERIFY(h.button(QStringLiteral("cancelButton"))->isVisible());
    check(h, "sending");
    QTRY_VERIFY(h.label(QStringLiteral("progressText"))->text().startsWith(u"Sent"));
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    check(h, "canceled: unknown");
    h.sandbox()->setFault(Fault{});
    newSale(h);

    // The answer lost: unknown, Verify the primary action; verified paid.
    fillCart(h);
    h.sandbox()->setFault(*Fault::parse(u"drop"));
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    check(h, "unknown");
    auto *verify = h.find<QPushButton>(QStringLiteral("verifyButton"));
    QVERIFY(verify->isVisible() && verify->height() >= 56);
    QCOMPARE(verify->palette().color(QPalette::Active, QPalette::Button), QColor(0x1a, 0x5f, 0xb4));
    QTest::keyClick(h.window.get(), Qt::Key_D, Qt::ControlModifier); // Details open too
    check(h, "unknown, details");
    h.sandbox()->setFault(Fault{});
    QTest::mouseClick(verify, Qt::LeftButton);
    if (h.page()->phase() == SalePage::Phase::Verifying)
        check(h, "verifying");
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    check(h, "verified: paid");
    newSale(h);

    // Paid at once: the form greyed out, readable.
    fillCart(h);
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    check(h, "paid");
    QTest::mouseClick(h.button(QStringLiteral("qrButton")), Qt::LeftButton);
    check(h, "paid, QR shown");
    newSale(h);

    // Declined.
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("300.02"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Declined);
    check(h, "declined");
    newSale(h);

    // Created, not paid yet: an Offer quote.
    QVERIFY(h.selectProfile(QStringLiteral("training-offer")));
    check(h, "offer quote");
    Harness::type(h.edit(QStringLiteral("inputOfferOid")), QStringLiteral("10311080"));
    auto *product = h.find<QAbstractButton>(QStringLiteral("product_core"));
    QTest::mouseClick(product, Qt::LeftButton, {}, QPoint(8, product->height() / 2));
    clickCharge(h);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Created);
    check(h, "created");
}

namespace {

/// The colour most drawn in `widget`'s frame band (inside its border, outside its children).
QColor drawnBackground(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> counts;
    for (int x = 8; x < image.width() - 8; ++x)
        for (int y : {6, 7})
            ++counts[image.pixel(x, y)];
    QRgb most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(most))
            most = it.key();
    return QColor(most);
}

/// The colour most drawn over a button's face.
QColor drawnFace(QWidget *button)
{
    const QImage image = button->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 4; y < image.height() - 4; ++y)
        for (int x = 4; x < image.width() - 4; ++x)
            ++counts[image.pixel(x, y)];
    QRgb most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(most))
            most = it.key();
    return QColor(most);
}

} // namespace

void TestCounterScreen::outcomeAtAGlance()
{
    Harness h;
    QVERIFY(h.open());
    auto *charge = h.find<QPushButton>(QStringLiteral("chargeButton"));
    OutcomeView *outcome = h.page()->outcomeView();

    // An empty cart: zero in the till's currency, and nothing to charge.
    QCOMPARE(h.label(QStringLiteral("saleTotal"))->text(), formatMoney(0, u"mxn"));
    QVERIFY(!charge->isEnabled());
    const QColor enabledKey = drawnFace(h.cart()->quickKeys()->buttons().constFirst());

    // A free amount's line shows no wire code ("AMOUNT") to the cashier.
    Harness::type(h.edit(QStringLiteral("freeNameInput")), QStringLiteral("Gift wrapping"));
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("15"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    QAbstractItemModel *cart = h.cart()->view()->model();
    QCOMPARE(cart->rowCount(), 1);
    QCOMPARE(cart->index(0, CartModel::SkuColumn).data().toString(), QString());
    QVERIFY(charge->isEnabled());

    // Sending: neutral, the progress sign, "Stop waiting (Esc)", no backend's kind named; the
    // controls that cannot be used look it (a flat grey face, not the enabled one).
    h.sandbox()->setFault(*Fault::parse(u"delay=60000"));
    QTest::mouseClick(charge, Qt::LeftButton);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Sending);
    QCOMPARE(outcome->tone(), Tone::Neutral);
    QVERIFY(h.find<QWidget>(QStringLiteral("progress"))->isVisible());
    QCOMPARE(h.button(QStringLiteral("cancelButton"))->text(),
             QStringLiteral("Stop waiting (Esc)"));
    QVERIFY2(!outcome->headline().contains(u"checkout", Qt::CaseInsensitive),
             qPrintable(outcome->headline()));
    QVERIFY(outcome->headline().contains(QStringLiteral("payment service")));
    QCOMPARE(drawnBackground(outcome), toneTint(Tone::Neutral));
    for (const char *name : {"removeButton", "addAmountButton", "lessButton", "moreButton"}) {
        auto *b = h.form()->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(drawnFace(b), QColor(0xe4, 0xe4, 0xe4));
    }
    QPushButton *quickKey = h.cart()->quickKeys()->buttons().constFirst();
    QVERIFY(!quickKey->isEnabled());
    QVERIFY2(drawnFace(quickKey) != enabledKey, qPrintable(drawnFace(quickKey).name()));
    QCOMPARE(drawnFace(quickKey), QColor(0xe4, 0xe4, 0xe4));

    QTRY_VERIFY(h.label(QStringLiteral("progressText"))->text().startsWith(u"Sent"));
    // Esc stops waiting: check before trying again, amber, and what helps the customer check:
    // the amount and the time, never a journal entry's number.
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Unknown);
    QCOMPARE(outcome->tone(), Tone::Warning);
    QCOMPARE(drawnBackground(outcome), toneTint(Tone::Warning));
    QVERIFY(!outcome->help().contains(QStringLiteral("journal entry")));
    QVERIFY2(outcome->help().contains(formatMoney(1500, u"mxn")), qPrintable(outcome->help()));
    QVERIFY(outcome->help().contains(
        QLocale().toString(QTime::currentTime(), QLocale::ShortFormat).left(2)));
    QVERIFY2(outcome->headline().size() < 50, qPrintable(outcome->headline()));
    QVERIFY(!charge->isEnabled());
    h.sandbox()->setFault(Fault{});
    newSale(h);

    // Paid: green from edge to edge, and the Charge place starts the next sale.
    fillCart(h);
    QVERIFY(charge->isEnabled());
    QTest::mouseClick(charge, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Paid);
    QCOMPARE(outcome->tone(), Tone::Success);
    QCOMPARE(drawnBackground(outcome), toneTint(Tone::Success));
    QCOMPARE(charge->text(), QStringLiteral("New sale (Ctrl+N)"));
    QVERIFY(charge->isEnabled());
    QCOMPARE(drawnFace(charge), toneBackground(Tone::Success));
    QVERIFY(!h.button(QStringLiteral("newSaleButton"))->isVisible()); // not twice
    QVERIFY(h.label(QStringLiteral("paidCard"))->text().contains(QStringLiteral("4242")));
    QTest::mouseClick(charge, Qt::LeftButton);
    QCOMPARE(h.page()->phase(), SalePage::Phase::Editing);

    // Declined: red, the Charge place tries another card.
    Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("300.02"));
    QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
    QTest::mouseClick(charge, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Declined);
    QCOMPARE(outcome->tone(), Tone::Danger);
    QCOMPARE(drawnBackground(outcome), toneTint(Tone::Danger));
    QVERIFY(charge->text().startsWith(QStringLiteral("Try another card")));
    QVERIFY(charge->isEnabled());
    QCOMPARE(drawnFace(charge), toneBackground(Tone::Danger));
    // White on the declined red: readable (WCAG AA, 4.5:1).
    QVERIFY(contrast(charge->palette().color(QPalette::Active, QPalette::ButtonText),
                     charge->palette().color(QPalette::Active, QPalette::Button))
            >= 4.5);
    newSale(h);

    // Created: a colour of its own.
    QVERIFY(h.selectProfile(QStringLiteral("training-ocho")));
    h.scan(QStringLiteral("BAG-1"));
    QTest::mouseClick(charge, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    QCOMPARE(h.page()->phase(), SalePage::Phase::Created);
    QCOMPARE(outcome->tone(), Tone::Awaiting);
    QCOMPARE(drawnBackground(outcome), toneTint(Tone::Awaiting));
    QCOMPARE(charge->text(), QStringLiteral("New sale (Ctrl+N)"));
}

QTEST_MAIN(TestCounterScreen)
#include "tst_counterscreen.moc"
