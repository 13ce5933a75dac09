// The customer receipt: what is printed (merchant, items, total, card, ids, date, link, QR code)
// and the PDF a cashier saves.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include "core/datetext.h"
#include "guiharness.h"
#include "receiptdocument/receiptdocument.h"

using namespace paydesk;
using paydesk::test::Harness;

class TestReceipt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printedReceiptOfAPaidSale();
    void pdfFileIsWritten();
    void unwritableFolderIsSaid();
    void keyboardPrintWithoutPrinterWritesPdf();

private:
    QString m_home;
};

namespace {

TillReceipt sample()
{
    PaymentRecord record;
    record.backend = BackendKind::Checkout;
    record.intent.id = QStringLiteral("pi_TEST1");
    record.intent.status = QStringLiteral("succeeded");
    record.intent.amount = Money{9300, QStringLiteral("mxn")};
    Charge charge;
    charge.id = QStringLiteral("ch_TEST1");
    charge.status = QStringLiteral("succeeded");
    charge.card = Card{QStringLiteral("visa"), QStringLiteral("4242"), {}, {}, {}, {}, 7, 2030};
    charge.created = QDateTime(QDate(2026, 3, 1), QTime(14, 5, 9), Qt::UTC);
    charge.receipt = {
        QStringLiteral("https://pay.example/receipts/ch_TEST1"), QStringLiteral("1000-0042"), {}};
    record.charges = {charge};
    record.latestChargeId = charge.id;
    record.receipt = charge.receipt;
    const QList<CartItem> items{{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 2, 3500},
                                {QStringLiteral("PAN-1"), QStringLiteral("Pan dulce"), 1, 2300}};
    ReceiptMerchant merchant;
    merchant.name = QStringLiteral("Café <Paydesk>");
    merchant.address = QStringLiteral("Calle Madero 12\nCiudad de México");
    return tillReceiptFor(record, items, QStringLiteral("ORD-77"), merchant, true,
                          QStringLiteral("Paid"));
}

} // namespace

void TestReceipt::initTestCase()
{
    // A home of our own (the print dialog suggests Documents/receipt-N.pdf there) and no print
    // server, so no real printer can ever be reached from this test.
    m_home = Harness::isolatedHome();
    QVERIFY(QDir(m_home).exists());
}

void TestReceipt::printedReceiptOfAPaidSale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const TillReceipt receipt = sample();
    QTextDocument document;
    buildReceiptDocument(document, receipt);
    const QString text = document.toPlainText(); // (no-break spaces become spaces)
    for (const QString &expected :
         {QStringLiteral("Café <Paydesk>"), QStringLiteral("Calle Madero 12"),
          QStringLiteral("Ciudad de México"), QStringLiteral("TRAINING"),
          QStringLiteral("Reference: ORD-77"), QStringLiteral("2 \u00d7 Coffee"),
          formatMoney(7000, u"mxn"), QStringLiteral("Pan dulce"), formatMoney(9300, u"mxn"),
          QStringLiteral("Paid with Visa \u2022\u2022\u2022\u2022 4242"),
          QStringLiteral("1000-0042"), QStringLiteral("https://pay.example/receipts/ch_TEST1"),
          formatDateTime(receipt.date)})
        QVERIFY2(text.contains(QString(expected).replace(QChar(0xa0), u' ')), qPrintable(expected));
    // The customer's copy names no service ids (issue 23); support's adds them.
    for (const QString &id : {QStringLiteral("Payment intent"), QStringLiteral("pi_TEST1"),
                              QStringLiteral("Charge: "), QStringLiteral("Status: ")})
        QVERIFY2(!text.contains(id), qPrintable(id + u'\n' + text));
    QTextDocument support;
    buildReceiptDocument(support, receipt, QLocale(), ReceiptCopy::Support);
    QVERIFY(support.toPlainText().contains(QStringLiteral("Payment intent: pi_TEST1")));
    QVERIFY(support.toPlainText().contains(QStringLiteral("Charge: ch_TEST1")));
    // The tax id, the till and the tax included per rate, from the same TillReceipt as ESC/POS.
    TillReceipt withTaxes = receipt;
    withTaxes.merchantTaxId = QStringLiteral("CAF010203AB1");
    withTaxes.terminal = QStringLiteral("T1");
    withTaxes.operatorName = QStringLiteral("Ana");
    withTaxes.taxName = QStringLiteral("IVA");
    withTaxes.taxRates = {{QStringLiteral("COF-1"), 1600}};
    QTextDocument taxed;
    buildReceiptDocument(taxed, withTaxes);
    const QString taxedText = taxed.toPlainText().replace(QChar(0xa0), u' ');
    for (const QString &expected : QStringList{
             QStringLiteral("Tax ID: CAF010203AB1"), QStringLiteral("Terminal T1"),
             QStringLiteral("Operator Ana"),
             QStringLiteral("IVA 16 %: ") + formatMoney(966, u"mxn").replace(QChar(0xa0), u' ')})
        QVERIFY2(taxedText.contains(expected), qPrintable(expected + u'\n' + taxedText));
    QVERIFY(!text.contains(QStringLiteral("Tax ID"))); // none configured: no empty line for it
    // The QR code of the link is in the document as an image.
    const QVariant qr = document.resource(QTextDocument::ImageResource,
                                          QUrl(QStringLiteral("paydesk-receipt:qr.png")));
    QVERIFY(qr.canConvert<QImage>());
    QVERIFY(!qr.value<QImage>().isNull());
}

void TestReceipt::pdfFileIsWritten()
{
    // The way the window does it, after a real training sale.
    Harness h;
    QVERIFY(h.open({{QStringLiteral("receipt/merchant_name"), QStringLiteral("Test Shop")}}));
    h.scan(QStringLiteral("COF-1"));
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    QVERIFY(h.page()->receipt());
    QCOMPARE(h.page()->receipt()->merchantName, QStringLiteral("Test Shop"));
    QVERIFY(h.page()->receipt()->training);
    QVERIFY(!h.page()->receipt()->receiptUrl.isEmpty());
    const QString path = h.dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(h.page()->writeReceiptPdf(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.contains("/Image")); // the QR code
}

void TestReceipt::unwritableFolderIsSaid()
{
    const auto saved = saveReceiptPdf(QStringLiteral("/nonexistent-folder/receipt.pdf"), sample());
    QVERIFY(!saved);
    QVERIFY(saved.error().contains(QStringLiteral("/nonexistent-folder")));
}

void TestReceipt::keyboardPrintWithoutPrinterWritesPdf()
{
    Harness h;
    QVERIFY(h.open());
    h.scan(QStringLiteral("COF-1"));
    h.key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(h.waitIdle());
    h.key(Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QPrintDialog *>(QApplication::activeModalWidget()));
    const auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
    // With no printer the dialog prints to a PDF file, named after the receipt.
    QCOMPARE(dialog->printer()->outputFormat(), QPrinter::PdfFormat);
    const QString expected = QDir(m_home).filePath(QStringLiteral("receipt-1000-0001.pdf"));
    QCOMPARE(dialog->printer()->outputFileName(), expected);
    h.key(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(QFileInfo(expected).size() > 0);
}

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
