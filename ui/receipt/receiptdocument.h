// The customer receipt: merchant, items, total, card, intent and charge ids, date, the receipt
// link and its QR code. Printed with QPrinter or saved as PDF.
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/cart.h"
#include "core/paymentrecord.h"

class QPrinter;
class QTextDocument;

namespace paydesk {

struct ReceiptData
{
    QString merchantName;
    QString merchantAddress;
    bool training = false;
    BackendKind backend = BackendKind::Checkout;
    QString reference;
    QString currency;
    QList<CartItem> items; ///< a quote's products have no price (unitPriceMinor 0)
    std::optional<qint64> totalMinor;
    QString status; ///< "Paid", "Created, not paid yet"…
    QString cardBrand, last4;
    QString intentId, chargeId;
    QDateTime date;
    QString receiptNumber, receiptUrl;
};

/// The receipt of a sale: what the record says (amount, card, ids, receipt), with the sale's
/// lines. The record's amount wins over the cart's (Offer prices its quote itself).
ReceiptData receiptFor(const PaymentRecord &record, const QList<CartItem> &items,
                       const QString &reference, const QString &merchantName,
                       const QString &merchantAddress, bool training, const QString &status);

/// The receipt as a document (HTML with the QR code as an image resource).
void buildReceiptDocument(QTextDocument &document, const ReceiptData &receipt,
                          const QLocale &locale = QLocale());
/// Prints on `printer` (which may be a PDF printer).
void printReceipt(QPrinter &printer, const ReceiptData &receipt);
/// Writes a PDF to `path`; the error is a sentence when it cannot.
Expected<bool, QString> saveReceiptPdf(const QString &path, const ReceiptData &receipt);

} // namespace paydesk
