// The till receipt (app/receipts) as a document: merchant, tax id, terminal and operator, items,
// total, the tax included per rate, "Paid with Visa •••• 4242", reference, date, the receipt link
// and its QR code (the support copy adds the intent and charge ids).
// Printed with QPrinter or saved as PDF; laid out from the same TillReceipt as ESC/POS.
#pragma once

#include <QLocale>
#include <QString>

#include "receipts/tillreceipt.h"

class QPrinter;
class QTextDocument;

namespace paydesk {

/// Who the receipt is for: the customer's shows no service ids; support's adds them.
enum class ReceiptCopy
{
    Customer,
    Support,
};

/// The receipt as a document (HTML with the QR code as an image resource).
void buildReceiptDocument(QTextDocument &document, const TillReceipt &receipt,
                          const QLocale &locale = QLocale(),
                          ReceiptCopy copy = ReceiptCopy::Customer);
/// Prints on `printer` (which may be a PDF printer).
void printReceipt(QPrinter &printer, const TillReceipt &receipt);
/// Writes a PDF to `path`; the error is a sentence when it cannot.
Expected<void, QString> saveReceiptPdf(const QString &path, const TillReceipt &receipt);

} // namespace paydesk
