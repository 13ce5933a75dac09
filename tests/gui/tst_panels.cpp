// The result panels (shared by the cashier window and the support view) read a PaymentRecord
// or a journal entry: the values a person checks, statuses in colour and text, secrets masked.
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "backends/answers.h"
#include "fit.h"
#include "language.h"
#include "panels/chargepanel.h"
#include "panels/intentpanel.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "testdata.h"
#include "widgets/qrcodewidget.h"
#include "widgets/statusbadge.h"
#include "widgets/valuelabel.h"
#include "words/cardwords.h"

using namespace paydesk;
using paydesk::test::readObject;
using paydesk::test::withValue;

namespace {

QString labelText(const QWidget *root, const QString &name)
{
    const QLabel *label = root->findChild<QLabel *>(name);
    return label ? valueText(label) : QStringLiteral("<no %1>").arg(name);
}

/// Everything the view shows, as one text.
QString everything(const QWidget *root)
{
    QStringList out;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        out << label->text() << label->toolTip();
    return out.join(u'\n');
}

PaymentRecord parse(const QJsonObject &answer, AnswerShape kind)
{
    const auto record = parseAnswer(answer, kind);
    if (!record)
        qFatal("fixture does not parse: %s", qPrintable(record.error().message));
    return *record;
}

/// A sale whose outcome is not known: its state is "Check before trying again".
JournalEntry unknownEntry()
{
    JournalEntry entry;
    entry.state = JournalState::Unknown;
    entry.backend = BackendKind::Checkout;
    entry.intentId = QStringLiteral("pi_123");
    entry.amount = Money{1250, QStringLiteral("usd")};
    entry.errorMessage = QStringLiteral("The connection broke while waiting for the answer.");
    return entry;
}

/// The badge's text on one line in its own font: wholly in its contents, and the badge as high
/// as that line and its padding.
bool onOneLine(const StatusBadge *badge)
{
    const QFontMetrics metrics(badge->font());
    const QMargins padding = badge->contentsMargins();
    return metrics.horizontalAdvance(badge->text()) <= badge->contentsRect().width()
        && qAbs(badge->height() - (metrics.height() + padding.top() + padding.bottom())) <= 2;
}

QString badgeSize(const StatusBadge *badge)
{
    const QFontMetrics metrics(badge->font());
    return QStringLiteral("badge %1x%2, contents %3x%4; its text on one line %5x%6")
        .arg(badge->width())
        .arg(badge->height())
        .arg(badge->contentsRect().width())
        .arg(badge->contentsRect().height())
        .arg(metrics.horizontalAdvance(badge->text()))
        .arg(metrics.height());
}

/// The texts under `root` that do not fit (tests/support/fit.h), one a line; none checked is one.
QString misfits(QWidget *root, const QString &where)
{
    paydesk::test::FitCheck fit;
    fit.walk(root, where);
    if (fit.checked == 0)
        return QStringLiteral("no text checked");
    return fit.misfits.join(u'\n');
}

} // namespace

class TestPanels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void checkoutRecord();
    void ochoSecretsAreMasked();
    void unknownStatusIsAWarningInWords();
    void amountMismatchWarningIsShown();
    void journalEntryWithoutRecord();
    void receiptLinkOnlyOpensWebPages();
    void everyStatusHasWords_data();
    void everyStatusHasWords();
    void declineWordsAreOneTable();
    void badgeOnOneLineWhenThereIsRoom_data();
    void badgeOnOneLineWhenThereIsRoom();
    void badgeWrapsInANarrowPanel_data();
    void badgeWrapsInANarrowPanel();
};

void TestPanels::checkoutRecord()
{
    RecordView view;
    view.setRecord(parse(readObject(QStringLiteral("checkout.json")), BackendKind::Checkout));
    const IntentPanel *intent = view.intentPanel();
    QCOMPARE(labelText(intent, QStringLiteral("valueId")),
             QStringLiteral("pi_3MlgomAJngT1JIsH0fznnVA3"));
    QCOMPARE(labelText(intent, QStringLiteral("valueAmount")), formatMoney(30000, u"mxn"));
    QCOMPARE(labelText(intent, QStringLiteral("valueMode")), QStringLiteral("TEST"));
    const auto *intentBadge = intent->findChild<StatusBadge *>(QStringLiteral("statusBadge"));
    QCOMPARE(intentBadge->statusText(), QStringLiteral("Succeeded"));
    QCOMPARE(intentBadge->tone(), Tone::Success);
    QVERIFY(intentBadge->text().contains(QStringLiteral("Succeeded"))); // text, not colour alone

    const ChargePanel *charge = view.chargePanel();
    QCOMPARE(labelText(charge, QStringLiteral("valueId")),
             QStringLiteral("ch_3MlgomAJngT1JIsH0F8YvGhd"));
    // Words only; the service's own codes in the tooltip, for support.
    QCOMPARE(labelText(charge, QStringLiteral("valueOutcome")), QStringLiteral("Authorised"));
    QCOMPARE(charge->findChild<QLabel *>(QStringLiteral("valueOutcome"))->toolTip(),
             QStringLiteral("authorized"));
    QCOMPARE(labelText(charge, QStringLiteral("valueNetworkStatus")),
             QStringLiteral("Approved by the card network"));
    QCOMPARE(charge->findChild<QLabel *>(QStringLiteral("valueNetworkStatus"))->toolTip(),
             QStringLiteral("approved_by_network"));
    QCOMPARE(labelText(charge, QStringLiteral("valueRisk")), QStringLiteral("Normal, score 18"));
    QCOMPARE(labelText(charge, QStringLiteral("valueSellerMessage")),
             QStringLiteral("Payment complete."));
    QCOMPARE(labelText(charge, QStringLiteral("valueBalance")),
             QStringLiteral("txn_3MlgomAJngT1JIsH0VeJFswz"));
    QCOMPARE(labelText(charge, QStringLiteral("valueFailure")), QStringLiteral("\u2014"));
    QVERIFY(labelText(charge, QStringLiteral("valueCard"))
                .contains(QStringLiteral("\u2022\u2022\u2022\u2022")));

    const ReceiptPanel *receipt = view.receiptPanel();
    const PaymentRecord record
        = parse(readObject(QStringLiteral("checkout.json")), BackendKind::Checkout);
    QVERIFY(!record.receipt.url.isEmpty());
    QCOMPARE(receipt->link(), QUrl(record.receipt.url));
    // A link (its text as set, the whole address in it), reading the address.
    const auto *url = receipt->findChild<QLabel *>(QStringLiteral("valueUrl"));
    QVERIFY(url->text().contains(QStringLiteral("<a href=")));
    QCOMPARE(valueText(url), record.receipt.url);
    QCOMPARE(receipt->findChild<QrCodeWidget *>()->text(), record.receipt.url);
    QVERIFY(receipt->findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());

    view.clear();
    QCOMPARE(labelText(intent, QStringLiteral("valueId")), QStringLiteral("\u2014"));
    QVERIFY(!receipt->findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
}

void TestPanels::ochoSecretsAreMasked()
{
    const QJsonObject answer = readObject(QStringLiteral("ocho.json"));
    RecordView view;
    view.setRecord(parse(answer, BackendKind::Ocho));
    const QString shown = everything(&view);
    for (const char *secret : {"paymentIntent", "ephemeralKey", "customerSession"}) {
        const QString value = answer.value(QString::fromLatin1(secret)).toString();
        const QString tail = value.right(12); // the secret part of each value
        QVERIFY2(!shown.contains(tail), secret);
    }
    QCOMPARE(labelText(view.intentPanel(), QStringLiteral("valueSecret")),
             QStringLiteral("pi_3OchoAJngT1JIsH0aB12cD3_secret_****"));
    QVERIFY(labelText(view.intentPanel(), QStringLiteral("valueMode"))
                .startsWith(QStringLiteral("TEST")));
}

void TestPanels::unknownStatusIsAWarningInWords()
{
    const QJsonObject answer
        = withValue(readObject(QStringLiteral("stripe_payment_intent.json")),
                    QStringLiteral("status"), QStringLiteral("requires_blessing"));
    RecordView view;
    view.setRecord(parse(answer, AnswerShape::stripe()));
    const auto *badge = view.intentPanel()->findChild<StatusBadge *>(QStringLiteral("statusBadge"));
    QCOMPARE(badge->tone(), Tone::Warning);
    QVERIFY(badge->text().contains(QStringLiteral("requires_blessing")));
}

void TestPanels::amountMismatchWarningIsShown()
{
    const QJsonObject answer = withValue(readObject(QStringLiteral("checkout.json")),
                                         QStringLiteral("data.amount"), 301.0);
    const PaymentRecord record = parse(answer, BackendKind::Checkout);
    QVERIFY(!record.warnings.isEmpty());
    RecordView view;
    view.show();
    view.setRecord(record);
    const QLabel *warnings = view.findChild<QLabel *>(QStringLiteral("warnings"));
    QVERIFY(warnings->isVisible());
    QVERIFY(warnings->text().contains(QStringLiteral("AMOUNT MISMATCH")));
    view.setRecord(parse(readObject(QStringLiteral("checkout.json")), BackendKind::Checkout));
    QVERIFY(warnings->isHidden());
}

void TestPanels::journalEntryWithoutRecord()
{
    JournalEntry entry;
    entry.state = JournalState::Unknown;
    entry.backend = BackendKind::Checkout;
    entry.intentId = QStringLiteral("pi_123");
    entry.amount = Money{1250, QStringLiteral("usd")};
    entry.errorMessage = QStringLiteral("The connection broke while waiting for the answer.");
    entry.errorDetail = QStringLiteral("connection_lost | Connection closed");
    RecordView view;
    view.show();
    view.setEntry(entry);
    QCOMPARE(view.entryBadge()->statusText(), QStringLiteral("Check before trying again"));
    QCOMPARE(view.entryBadge()->tone(), Tone::Warning);
    QVERIFY(everything(&view).contains(entry.errorMessage));
    QCOMPARE(labelText(view.intentPanel(), QStringLiteral("valueId")), QStringLiteral("pi_123"));
    QCOMPARE(labelText(view.intentPanel(), QStringLiteral("valueAmount")),
             formatMoney(1250, u"usd"));
    view.setRecord(parse(readObject(QStringLiteral("checkout.json")), BackendKind::Checkout));
    QVERIFY(!view.entryBadge()->isVisible());
}

void TestPanels::receiptLinkOnlyOpensWebPages()
{
    ReceiptPanel panel;
    panel.setReceipt({QStringLiteral("javascript:alert(1)"), QStringLiteral("1000-9"), {}});
    QVERIFY(panel.link().isEmpty());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
    QVERIFY(!labelText(&panel, QStringLiteral("valueUrl")).contains(QStringLiteral("<a")));
    QVERIFY(!panel.openLink());
    panel.setReceipt({QStringLiteral("https://pay.example/r/1?a=<b>"), {}, {}});
    QCOMPARE(panel.link().host(), QStringLiteral("pay.example"));
    QVERIFY(!labelText(&panel, QStringLiteral("valueUrl")).contains(QStringLiteral("<b>")));
}

void TestPanels::everyStatusHasWords_data()
{
    QTest::addColumn<QString>("status");
    for (const char *s :
         {"", "requires_payment_method", "requires_confirmation", "requires_action", "processing",
          "requires_capture", "canceled", "succeeded", "initialized", "created", "failed", "x-new"})
        QTest::addRow("%s", *s ? s : "empty") << QString::fromLatin1(s);
}

void TestPanels::everyStatusHasWords()
{
    QFETCH(QString, status);
    QVERIFY(!intentStatusLook(status).text.isEmpty());
    QVERIFY(!chargeStatusLook(status).text.isEmpty());
    for (JournalState state : allStates())
        QVERIFY(!journalStateLook(state).text.isEmpty());
    // Every tone keeps its text readable: contrast of at least 4.5:1.
    for (Tone tone : kAllTones) {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF());
        };
        const double a = luminance(toneBackground(tone));
        const double b = luminance(toneForeground(tone));
        const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(ratio >= 4.5, qPrintable(toneName(tone)));
    }
}

void TestPanels::declineWordsAreOneTable()
{
    // The sale page's sentence and the details' words come from one table: a code the details
    // know (lost and stolen cards were known to the details only) is never a bare "declined" on
    // the sale page, and a plain decline adds no sentence of its own.
    QCOMPARE(declineSentence(QStringLiteral("lost_card")),
             QStringLiteral("The bank declined the card: Card reported lost or stolen"));
    QCOMPARE(declineSentence(QStringLiteral("stolen_card")),
             QStringLiteral("The bank declined the card: Card reported lost or stolen"));
    QCOMPARE(declineSentence(QStringLiteral("insufficient_funds")),
             QStringLiteral("There are not enough funds on the card."));
    QCOMPARE(declineCodeText(QStringLiteral("insufficient_funds")),
             QStringLiteral("Not enough funds"));
    QCOMPARE(declineSentence(QStringLiteral("generic_decline")), QString());
    QCOMPARE(declineCodeText(QStringLiteral("generic_decline")),
             QStringLiteral("Declined by the bank"));
    QCOMPARE(declineSentence(QStringLiteral("no_such_code")), QString());
    QCOMPARE(declineCodeText(QStringLiteral("no_such_code")), QStringLiteral("no_such_code"));
}

void TestPanels::badgeOnOneLineWhenThereIsRoom_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "es", "es_MX", "fr"})
        QTest::addRow("%s", language) << QString::fromLatin1(language);
}

void TestPanels::badgeOnOneLineWhenThereIsRoom()
{
    // A journal entry's state as the support view's entry detail shows it: the record view in a
    // scroll area that follows its width. "Check before trying again" is on one line, from a
    // wide panel down to the narrowest the record view gets.
    QFETCH(QString, language);
    paydesk::test::Language lang(language);
    QScrollArea panel;
    panel.setWidgetResizable(true);
    panel.setFrameShape(QFrame::NoFrame);
    auto *view = new RecordView;
    panel.setWidget(view);
    view->setEntry(unknownEntry());
    StatusBadge *badge = view->entryBadge();
    QCOMPARE(badge->statusText(), journalStateLook(JournalState::Unknown).text);
    panel.resize(700, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(badge->font().bold()); // measured in the font it is drawn in

    QTRY_VERIFY2(onOneLine(badge), qPrintable(badgeSize(badge)));
    QCOMPARE(misfits(&panel, language), QString());
    panel.resize(view->minimumSizeHint().width(), 600);
    QTRY_COMPARE(view->width(), view->minimumSizeHint().width());
    QTRY_VERIFY2(onOneLine(badge), qPrintable(badgeSize(badge)));
    QCOMPARE(misfits(&panel, language), QString());
}

void TestPanels::badgeWrapsInANarrowPanel_data()
{
    badgeOnOneLineWhenThereIsRoom_data();
}

void TestPanels::badgeWrapsInANarrowPanel()
{
    // The badge as a panel lays it out (the record view's entry header: a row with a stretch
    // after it, the message below) in a panel narrower than its line: wrapped, higher, every
    // word in view; on one line again once the panel is wider.
    QFETCH(QString, language);
    paydesk::test::Language lang(language);
    QWidget panel;
    auto *layout = new QVBoxLayout(&panel);
    auto *row = new QHBoxLayout;
    auto *badge = new StatusBadge;
    row->addWidget(badge);
    row->addStretch();
    layout->addLayout(row);
    auto *message
        = new QLabel(QStringLiteral("The connection broke while waiting for the answer."));
    message->setWordWrap(true);
    layout->addWidget(message);
    layout->addStretch();
    badge->setLook(journalStateLook(JournalState::Unknown));
    panel.resize(180, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.width(), 180);

    const QFontMetrics metrics(badge->font());
    QTRY_VERIFY2(badge->contentsRect().height() >= metrics.height() + metrics.lineSpacing() - 1,
                 qPrintable(badgeSize(badge)));
    QVERIFY2(badge->contentsRect().width() < metrics.horizontalAdvance(badge->text()),
             qPrintable(badgeSize(badge)));
    QVERIFY2(badge->geometry().right() < panel.width(), qPrintable(badgeSize(badge)));
    QCOMPARE(misfits(&panel, language), QString());

    panel.resize(400, 400);
    QTRY_VERIFY2(onOneLine(badge), qPrintable(badgeSize(badge)));
    QCOMPARE(misfits(&panel, language), QString());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
