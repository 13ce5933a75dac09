// The customer receipt as a document: merchant, tax id, terminal and operator, items, total, the
// tax included per rate, "Paid with Visa •••• 4242", reference, date, the receipt link and its QR
// code (the support copy adds the intent and charge ids).
// Printed with QPrinter or saved as PDF; laid out from the same TillReceipt as ESC/POS.
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/cart.h"
#include "core/paymentrecord.h"
#include "receipts/tillreceipt.h"

class QPrinter;
class QTextDocument;

namespace paydesk {

/// The receipt's data: the till receipt model (app/receipts), shared with the ESC/POS layout.
using ReceiptData = TillReceipt;

/// The receipt of a sale: what the record says (amount, card, ids, receipt), with the sale's
/// lines. The record's amount wins over the cart's (Offer prices its quote itself).
/// (tillReceiptFor with only a merchant's name and address.)
ReceiptData receiptFor(const PaymentRecord &record, const QList<CartItem> &items,
                       const QString &reference, const QString &merchantName,
                       const QString &merchantAddress, bool training, const QString &status);

/// Who the receipt is for: the customer's shows no service ids; support's adds them.
enum class ReceiptCopy
{
    Customer,
    Support,
};

/// The receipt as a document (HTML with the QR code as an image resource).
void buildReceiptDocument(QTextDocument &document, const ReceiptData &receipt,
                          const QLocale &locale = QLocale(),
                          ReceiptCopy copy = ReceiptCopy::Customer);
/// Prints on `printer` (which may be a PDF printer).
void printReceipt(QPrinter &printer, const ReceiptData &receipt);
/// Writes a PDF to `path`; the error is a sentence when it cannot.
Expected<void, QString> saveReceiptPdf(const QString &path, const ReceiptData &receipt);

} // namespace paydesk
