#include "receiptdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

#include "core/datetext.h"
#include "panels/chargepanel.h"
#include "panels/intentpanel.h"
#include "widgets/qrcode.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QUrl kQrResource(QStringLiteral("paydesk-receipt:qr.png"));

} // namespace

void buildReceiptDocument(QTextDocument &document, const TillReceipt &r, const QLocale &locale,
                          ReceiptCopy copy)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(r.merchantName));
    if (!r.merchantAddress.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>")
                    .arg(esc(r.merchantAddress).replace(u'\n', QStringLiteral("<br>")));
    if (const QString taxId = receipttext::taxId(r); !taxId.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(taxId));
    if (r.training)
        html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                    .arg(esc(receipttext::trainingMark()));
    if (r.refundOf)
        html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(receipttext::refundTitle()));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(esc(formatDateTime(r.date, locale)), esc(receipttext::reference(r)));
    if (const QString of = receipttext::refundOf(r, locale); !of.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(of));
    if (const QString till = receipttext::terminalAndOperator(r); !till.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(till));

    html += QStringLiteral("<hr><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const CartItem &item : r.items) {
        QString amount;
        if (item.unitPriceMinor > 0) {
            const auto line = Cart::lineTotal(item);
            amount = line ? formatMoney(*line, r.currency, locale) : QString();
        }
        const QString what = item.quantity > 1
            ? QStringLiteral("%1 \u00d7 %2 @ %3")
                  .arg(locale.toString(item.quantity), item.name,
                       formatMoney(item.unitPriceMinor, r.currency, locale))
            : item.name;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(esc(what), esc(amount));
    }
    html += QStringLiteral("</table><hr><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">"
                           "<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(esc(receipttext::totalLabel(r)),
                     esc(r.totalMinor ? formatMoney(*r.totalMinor, r.currency, locale)
                                      : QStringLiteral("\u2014")));
    for (const IncludedTax &tax : r.includedTaxes())
        html += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>")
                    .arg(esc(receipttext::includedTax(r, tax, locale)));
    html += QStringLiteral("</table><hr>");

    // What the customer reads, like the thermal slip: how it was paid; the service's ids only
    // on the support copy.
    QStringList facts;
    Card card;
    card.brand = r.cardBrand;
    card.last4 = r.last4;
    const QString cardLine = cardText(card);
    if (!cardLine.isEmpty())
        facts << tr("Paid with %1").arg(cardLine);
    else if (!r.status.isEmpty())
        facts << tr("Status: %1").arg(r.status);
    if (copy == ReceiptCopy::Support) {
        if (!r.intentId.isEmpty())
            facts << tr("Payment intent: %1").arg(r.intentId);
        if (!r.chargeId.isEmpty())
            facts << tr("Charge: %1").arg(r.chargeId);
    }
    if (!r.receiptNumber.isEmpty())
        facts << receipttext::receiptNumber(r);
    if (const QString refund = receipttext::refundFacts(r); !refund.isEmpty())
        facts << refund;
    QStringList escaped;
    for (const QString &fact : std::as_const(facts))
        escaped << esc(fact);
    html += QStringLiteral("<p>%1</p>").arg(escaped.join(QStringLiteral("<br>")));

    const QrCode qr = encodeQr(r.receiptUrl);
    if (!r.receiptUrl.isEmpty()) {
        html += QStringLiteral("<p align=\"center\">%1<br>%2</p>")
                    .arg(esc(receipttext::onlineReceipt()), esc(r.receiptUrl));
        if (!qr.isNull()) {
            document.addResource(QTextDocument::ImageResource, kQrResource, qrImage(qr, 4));
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"120\" "
                                   "height=\"120\"></p>")
                        .arg(kQrResource.toString());
        }
    }
    html += QStringLiteral("<p align=\"center\">%1</p></body></html>")
                .arg(esc(receipttext::thanks()));
    document.setHtml(html);
}

void printReceipt(QPrinter &printer, const TillReceipt &receipt)
{
    QTextDocument document;
    buildReceiptDocument(document, receipt);
    document.print(&printer);
}

Expected<void, QString> saveReceiptPdf(const QString &path, const TillReceipt &receipt)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return unexpected(tr("The receipt cannot be saved to %1: %2.")
                              .arg(QFileInfo(path).absoluteFilePath(), probe.errorString()));
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // A receipt roll: 80 mm wide.
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(80, 200), QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF(4, 4, 4, 4),
                                      QPageLayout::Millimeter));
    printer.setDocName(
        tr("Receipt %1")
            .arg(receipt.receiptNumber.isEmpty() ? receipt.intentId : receipt.receiptNumber));
    printReceipt(printer, receipt);
    if (QFileInfo(path).size() <= 0)
        return unexpected(tr("The receipt could not be written to %1.").arg(path));
    return {};
}

} // namespace paydesk
