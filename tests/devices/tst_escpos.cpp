// The ESC/POS receipt, read back from its bytes the way the printer puts it on paper: what the
// customer reads (merchant, tax id, lines, total, tax per rate, card, receipt number, link),
// the QR code's payload, the training mark, the cut, and text outside the code page.
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "core/datetext.h"
#include "devices/escposreceipt.h"
#include "escposdecoder.h"
#include "journal/journalentry.h"

using namespace paydesk;
using paydesk::test::decodeEscPos;
using paydesk::test::Paper;

class TestEscPos final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receiptReadsBack_data();
    void receiptReadsBack();
    void transliteration_data();
    void transliteration();
    void codePageBytes();
    void longLinesWrapWithinThePaper();
    void trainingMarkOnlyInTraining();
    void longTotalKeepsItsDigits();
    void testSlip();
    void refundSlip();
    void columnsForWidth();
};

namespace {

TillReceipt sample()
{
    TillReceipt r;
    r.merchantName = QStringLiteral("Café Luna");
    r.merchantAddress = QStringLiteral("Calle Madero 12\nCiudad de México");
    r.merchantTaxId = QStringLiteral("CAF010203AB1");
    r.taxName = QStringLiteral("IVA");
    r.terminal = QStringLiteral("T1");
    r.operatorName = QStringLiteral("Ana");
    r.training = true;
    r.reference = QStringLiteral("ORD-77");
    r.currency = QStringLiteral("mxn");
    r.items = {{QStringLiteral("COF-1"), QStringLiteral("Café de olla"), 2, 3500},
               {QStringLiteral("PAN-1"), QStringLiteral("Pan dulce"), 1, 2000}};
    r.taxRates = {{QStringLiteral("COF-1"), 1600}, {QStringLiteral("PAN-1"), 0}};
    r.totalMinor = 9000;
    r.status = QStringLiteral("Paid");
    r.cardBrand = QStringLiteral("visa");
    r.last4 = QStringLiteral("4242");
    r.date = QDateTime(QDate(2026, 3, 1), QTime(14, 5, 9), Qt::LocalTime);
    r.receiptNumber = QStringLiteral("1000-0042");
    r.receiptUrl = QStringLiteral("https://pay.example/receipts/ch_TEST1");
    return r;
}

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

void TestEscPos::initTestCase()
{
    QLocale::setDefault(kEnglish);
}

void TestEscPos::receiptReadsBack_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<int>("pageNumber");
    QTest::addRow("58 mm, CP437") << 32 << CodePage::Cp437 << 0;
    QTest::addRow("80 mm, CP850") << 48 << CodePage::Cp850 << 2;
    QTest::addRow("80 mm, CP858") << 48 << CodePage::Cp858 << 19;
    QTest::addRow("58 mm, WPC1252") << 32 << CodePage::Wpc1252 << 16;
}

void TestEscPos::receiptReadsBack()
{
    QFETCH(int, columns);
    QFETCH(CodePage, page);
    QFETCH(int, pageNumber);
    const QByteArray bytes = escPosReceipt(sample(), EscPosLayout{columns, page}, kEnglish);
    QVERIFY(bytes.startsWith(QByteArray("\x1b@", 2)));
    const Paper paper = decodeEscPos(bytes);
    QVERIFY2(paper.unknown.isEmpty(), qPrintable(paper.unknown.join(u'\n')));
    QVERIFY(paper.initialised);
    QCOMPARE(paper.codePageNumber, pageNumber);
    QVERIFY2(paper.columnsUsed() <= columns, qPrintable(paper.texts().join(u'\n')));

    // What the customer reads, in order.
    const QString fee = formatMoney(7000, u"mxn", kEnglish).replace(QChar(0xa0), u' ');
    const QString total = formatMoney(9000, u"mxn", kEnglish).replace(QChar(0xa0), u' ');
    const QString tax = formatMoney(966, u"mxn", kEnglish).replace(QChar(0xa0), u' ');
    const QStringList expected{
        QStringLiteral("TRAINING"), QStringLiteral("Café Luna"), QStringLiteral("Calle Madero 12"),
        QStringLiteral("Ciudad de México"), QStringLiteral("Tax ID: CAF010203AB1"),
        formatDateTime(sample().date, kEnglish), QStringLiteral("Terminal T1"),
        QStringLiteral("Operator Ana"), QStringLiteral("Reference: ORD-77"),
        QStringLiteral("Café de olla"),
        QStringLiteral("2 x ") + formatMoney(3500, u"mxn", kEnglish).replace(QChar(0xa0), u' '),
        QStringLiteral("Pan dulce"), QStringLiteral("Total"),
        QStringLiteral("IVA 0 %: ") + formatMoney(0, u"mxn", kEnglish).replace(QChar(0xa0), u' '),
        QStringLiteral("IVA 16 %: ") + tax,
        // "Visa **** 4242"; WPC1252 has the bullet itself
        transliterate(u"Visa \u2022\u2022\u2022\u2022 4242", page),
        QStringLiteral("Receipt number: 1000-0042"),
        QStringLiteral("https://pay.example/receipts/ch_"), QStringLiteral("Thank you!")};
    const QStringList lines = paper.texts();
    qsizetype at = 0;
    for (const QString &want : expected) {
        qsizetype found = -1;
        for (qsizetype i = at; i < lines.size() && found < 0; ++i)
            if (lines.at(i).contains(want))
                found = i;
        QVERIFY2(found >= 0,
                 qPrintable(QStringLiteral("\"%1\" not found (in order) in:\n%2")
                                .arg(want, lines.join(u'\n'))));
        at = found;
    }
    // The link, cut to the paper's width, reads whole.
    QVERIFY(
        lines.join(QString()).contains(QStringLiteral("https://pay.example/receipts/ch_TEST1")));
    // The line total sits on the right edge, on the line of its quantity.
    const auto *quantityLine = paper.find(QStringLiteral("2 x "));
    QVERIFY(quantityLine);
    QVERIFY(quantityLine->text.endsWith(fee));
    QCOMPARE(quantityLine->text.size(), columns);
    // The total: bold and double size, its amount on the same line.
    const auto *totalLine = paper.find(QStringLiteral("Total"));
    QVERIFY(totalLine->bold);
    QCOMPARE(totalLine->heightTimes, 2);
    QCOMPARE(totalLine->widthTimes, 2);
    QVERIFY(totalLine->text.endsWith(total));
    QVERIFY(!paper.find(QStringLiteral("Pan dulce"))->bold);
    // The merchant's name is centred and bold.
    QCOMPARE(paper.find(QStringLiteral("Café Luna"))->align, 1);
    QVERIFY(paper.find(QStringLiteral("Café Luna"))->bold);

    // One QR code: model 2, error correction M, the receipt link.
    QCOMPARE(paper.qrs.size(), 1);
    QCOMPARE(paper.qrs.first().payload, QByteArray("https://pay.example/receipts/ch_TEST1"));
    QCOMPARE(paper.qrs.first().model, 2);
    QCOMPARE(paper.qrs.first().errorCorrection, '1');
    QVERIFY(paper.qrs.first().moduleSize >= 3 && paper.qrs.first().moduleSize <= 8);
    // Fed past the cutter, then cut; nothing after the cut.
    QCOMPARE(paper.cuts, 1);
    QVERIFY(paper.endsWithCut);
    QVERIFY(paper.feeds >= 3);
}

void TestEscPos::transliteration_data()
{
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    const QString card = QStringLiteral("Visa \u2022\u2022\u2022\u2022 4242");
    QTest::addRow("é in CP437") << CodePage::Cp437 << QStringLiteral("Café")
                                << QStringLiteral("Café");
    QTest::addRow("ñ in CP850") << CodePage::Cp850 << QStringLiteral("Año")
                                << QStringLiteral("Año");
    QTest::addRow("bullets in CP437")
        << CodePage::Cp437 << card << QStringLiteral("Visa **** 4242");
    QTest::addRow("bullets in CP1252 (has •)")
        << CodePage::Wpc1252 << card << card; // WPC1252 prints the bullet itself
    QTest::addRow("euro in CP858")
        << CodePage::Cp858 << QStringLiteral("12 \u20ac") << QStringLiteral("12 \u20ac");
    QTest::addRow("euro in CP850")
        << CodePage::Cp850 << QStringLiteral("12 \u20ac") << QStringLiteral("12 EUR");
    QTest::addRow("euro in CP437")
        << CodePage::Cp437 << QStringLiteral("12,00\u00a0\u20ac") << QStringLiteral("12,00 EUR");
    QTest::addRow("ő without its mark")
        << CodePage::Cp437 << QStringLiteral("Győr") << QStringLiteral("Gyor");
    QTest::addRow("ş without its mark")
        << CodePage::Cp850 << QStringLiteral("Kayseri şube") << QStringLiteral("Kayseri sube");
    QTest::addRow("dashes and quotes")
        << CodePage::Cp437 << QStringLiteral("\u201cA\u201d \u2014 \u2018b\u2019\u2026")
        << QStringLiteral("\"A\" - 'b'...");
    QTest::addRow("× in CP437") << CodePage::Cp437 << QStringLiteral("2 \u00d7 3")
                                << QStringLiteral("2 x 3");
    QTest::addRow("× in CP850") << CodePage::Cp850 << QStringLiteral("2 \u00d7 3")
                                << QStringLiteral("2 \u00d7 3");
    QTest::addRow("CJK has nothing close")
        << CodePage::Cp858 << QStringLiteral("茶 tea") << QStringLiteral("? tea");
    QTest::addRow("emoji, one mark")
        << CodePage::Cp858 << QStringLiteral("ok \U0001F600") << QStringLiteral("ok ?");
    QTest::addRow("controls dropped")
        << CodePage::Cp437 << QStringLiteral("a\x1b@b\tc") << QStringLiteral("a@b c");
}

void TestEscPos::transliteration()
{
    QFETCH(CodePage, page);
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QCOMPARE(transliterate(text, page), printed);
    // The bytes read back as the same text, and never hold a control byte.
    const QByteArray bytes = encodeText(text, page);
    QCOMPARE(decodeText(bytes, page), printed);
    for (const char b : bytes)
        QVERIFY(static_cast<quint8>(b) >= 0x20);
}

void TestEscPos::codePageBytes()
{
    // The bytes each page's printer expects, from the pages' published tables.
    QCOMPARE(encodeText(u"é", CodePage::Cp437), QByteArray("\x82"));
    QCOMPARE(encodeText(u"é", CodePage::Cp850), QByteArray("\x82"));
    QCOMPARE(encodeText(u"é", CodePage::Wpc1252), QByteArray("\xe9"));
    QCOMPARE(encodeText(u"€", CodePage::Cp858), QByteArray("\xd5"));
    QCOMPARE(encodeText(u"€", CodePage::Wpc1252), QByteArray("\x80"));
    QCOMPARE(encodeText(u"Ñ", CodePage::Cp437), QByteArray("\xa5"));
    QCOMPARE(escPosCodePageNumber(CodePage::Cp858), 19);
    QCOMPARE(codePageFromName(u"PC858"), CodePage::Cp858);
    QCOMPARE(codePageFromName(u"windows-1252"), CodePage::Wpc1252);
    QVERIFY(!codePageFromName(u"utf-8"));
}

void TestEscPos::longLinesWrapWithinThePaper()
{
    TillReceipt r = sample();
    r.items = {{QStringLiteral("X"),
                QStringLiteral("A product with a remarkably long name that will not fit one line"),
                1, 123456}};
    r.receiptUrl = QStringLiteral("https://pay.example/receipts/") + QString(80, u'x');
    const Paper paper = decodeEscPos(escPosReceipt(r, EscPosLayout{32, CodePage::Cp437}, kEnglish));
    QVERIFY(paper.unknown.isEmpty());
    QVERIFY2(paper.columnsUsed() <= 32, qPrintable(paper.texts().join(u'\n')));
    QVERIFY(paper.find(QStringLiteral("A product with a remarkably")));
    QVERIFY(paper.find(formatMoney(123456, u"mxn", kEnglish).replace(QChar(0xa0), u' ')));
    // The link is cut into lines on paper, whole in the QR code.
    QCOMPARE(paper.qrs.first().payload, r.receiptUrl.toUtf8());
}

void TestEscPos::refundSlip()
{
    // Sale 402 (ORD-402, Visa 4242) and its refund of 25.00, as the journal keeps them.
    JournalEntry sale;
    sale.id = 402;
    sale.reference = QStringLiteral("ORD-402");
    sale.createdAt = QDateTime(QDate(2026, 12, 7), QTime(10, 14), QTimeZone::utc());
    sale.cardBrand = QStringLiteral("visa");
    sale.last4 = QStringLiteral("4242");
    sale.intentId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    JournalEntry refund;
    refund.id = 405;
    refund.kind = EntryKind::RefundEntry;
    refund.parentId = 402;
    refund.amount = Money{2500, QStringLiteral("usd")};
    refund.remoteId = QStringLiteral("7f1c2d3e-0d44-4b50-8888-8dd25736aaaa");
    refund.terminal = QStringLiteral("support-1");
    refund.operatorName = QStringLiteral("Luis");
    refund.createdAt = sale.createdAt.addSecs(600);
    refund.request = QJsonObject{
        {QStringLiteral("sale"),
         QJsonObject{{QStringLiteral("refund"),
                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("duplicate")}}}}}};
    ReceiptMerchant merchant;
    merchant.name = QStringLiteral("Café Luna");
    const TillReceipt slip = refundSlipFor(refund, sale, merchant);
    const Paper paper
        = decodeEscPos(escPosReceipt(slip, EscPosLayout{48, CodePage::Cp858}, kEnglish));
    QVERIFY2(paper.unknown.isEmpty(), qPrintable(paper.unknown.join(u'\n')));
    const QString amount = formatMoney(2500, u"usd", kEnglish).replace(QChar(0xa0), u' ');
    const QStringList expected{QStringLiteral("Café Luna"),
                               QStringLiteral("REFUND"),
                               QStringLiteral("Terminal support-1"),
                               QStringLiteral("Reference: ORD-402"),
                               QStringLiteral("Refund of sale ORD-402 (entry 402, "),
                               QStringLiteral("Refunded"),
                               QStringLiteral("Visa **** 4242"),
                               QStringLiteral("Refund id: 7f1c2d3e-0d44-4b50-8888-8dd25736aaaa"),
                               QStringLiteral("Reason: duplicate"),
                               QStringLiteral("Thank you!")};
    const QStringList lines = paper.texts();
    qsizetype at = 0;
    for (const QString &want : expected) {
        qsizetype found = -1;
        for (qsizetype i = at; i < lines.size() && found < 0; ++i)
            if (lines.at(i).contains(want))
                found = i;
        QVERIFY2(found >= 0,
                 qPrintable(QStringLiteral("\"%1\" not found (in order) in:\n%2")
                                .arg(want, lines.join(u'\n'))));
        at = found;
    }
    // The original sale's date, on the line of its reference (wrapped at the paper's width).
    QVERIFY(lines.join(u' ').contains(QStringLiteral("(entry 402, ")
                                      + formatDateTime(sale.createdAt, kEnglish) + u')'));
    QVERIFY(paper.find(QStringLiteral("REFUND"))->bold);
    QCOMPARE(paper.find(QStringLiteral("REFUND"))->widthTimes, 2);
    QVERIFY(paper.find(QStringLiteral("Refunded"))->text.endsWith(amount));
    QVERIFY(!paper.find(QStringLiteral("Total"))); // not a sale's receipt
    QCOMPARE(paper.cuts, 1);
}

void TestEscPos::trainingMarkOnlyInTraining()
{
    TillReceipt r = sample();
    r.training = false;
    const Paper paper = decodeEscPos(escPosReceipt(r, EscPosLayout{48, CodePage::Cp858}, kEnglish));
    QVERIFY(!paper.find(QStringLiteral("TRAINING")));
    r.training = true;
    const Paper training
        = decodeEscPos(escPosReceipt(r, EscPosLayout{48, CodePage::Cp858}, kEnglish));
    // At the top and at the bottom, in bold: a torn-off half still says it.
    int marks = 0;
    for (const auto &line : training.lines)
        if (line.text.contains(QStringLiteral("TRAINING - NOT A REAL PAYMENT"))) {
            QVERIFY(line.bold);
            ++marks;
        }
    QCOMPARE(marks, 2);
}

void TestEscPos::longTotalKeepsItsDigits()
{
    // 999,999.99 MXN does not fit half of 32 columns: double height only, never cut short.
    TillReceipt r = sample();
    r.totalMinor = 99'999'999;
    const Paper paper = decodeEscPos(escPosReceipt(r, EscPosLayout{32, CodePage::Cp437}, kEnglish));
    const auto *total = paper.find(QStringLiteral("Total"));
    QVERIFY(total);
    QCOMPARE(total->widthTimes, 1);
    QCOMPARE(total->heightTimes, 2);
    QVERIFY(
        total->text.endsWith(formatMoney(99'999'999, u"mxn", kEnglish).replace(QChar(0xa0), u' ')));
    QVERIFY(paper.columnsUsed() <= 32);
}

void TestEscPos::testSlip()
{
    const Paper paper
        = decodeEscPos(escPosTestSlip(EscPosLayout{32, CodePage::Cp850}, QStringLiteral("Test")));
    QVERIFY(paper.unknown.isEmpty());
    QVERIFY(paper.find(QStringLiteral("32 columns, cp850")));
    QVERIFY(paper.find(QStringLiteral("áéíóú ñ ü ç EUR")));
    QVERIFY(paper.endsWithCut);
}

void TestEscPos::columnsForWidth()
{
    QCOMPARE(escPosColumnsForWidth(58), 32);
    QCOMPARE(escPosColumnsForWidth(80), 48);
    QCOMPARE(escPosColumnsForWidth(76), 0);
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
