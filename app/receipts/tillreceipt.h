// The till receipt: what every receipt says, on paper (ESC/POS), on A4 and in PDF. Built once
// from the sale (a PaymentRecord and the cart's lines) or from its journal entry; each layout
// (ui/receiptdocument for the document, devices/escposreceipt for a receipt printer) only
// places it.
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include "core/cart.h"
#include "core/paymentrecord.h"
#include "taxes.h"

namespace paydesk {

struct JournalEntry;

/// Who sells and where: the `receipt/*` and `terminal/*` settings.
struct ReceiptMerchant
{
    QString name, address; ///< receipt/merchant_name, receipt/merchant_address (may hold \n)
    QString taxId; ///< receipt/merchant_tax_id
    QString taxName; ///< receipt/tax_name ("IVA", "VAT"); empty: "Tax"
    QString terminal, operatorName;
};

/// A refund slip: what it refunds.
struct RefundOf
{
    qint64 saleId = 0; ///< the sale's journal entry
    QString saleReference;
    QDateTime saleDate;
    QString refundId; ///< the backend's refund id
    QString reason;
};

struct TillReceipt
{
    QString merchantName;
    QString merchantAddress;
    QString merchantTaxId;
    QString taxName; ///< empty: "Tax" in the reader's language
    QString terminal, operatorName;
    bool training = false;
    AnswerShape backend = BackendKind::Checkout;
    QString reference;
    QString currency;
    QList<CartItem> items; ///< a quote's products have no price (unitPriceMinor 0)
    TaxRates taxRates; ///< SKU → rate, from the catalogue; prices include the tax
    std::optional<qint64> totalMinor;
    QString status; ///< "Paid", "Created, not paid yet"…
    QString cardBrand, last4;
    QString intentId, chargeId;
    QDateTime date;
    QString receiptNumber, receiptUrl;
    /// Set on a refund slip: the original sale it refunds.
    std::optional<RefundOf> refundOf;

    /// The tax included per rate (taxes.h has the rounding rule).
    QList<IncludedTax> includedTaxes() const { return paydesk::includedTaxes(items, taxRates); }
};

/// The receipt of a sale: what the record says (amount, card, ids, receipt), with the sale's
/// lines. The record's amount wins over the cart's (Offer prices its quote itself).
TillReceipt tillReceiptFor(const PaymentRecord &record, const QList<CartItem> &items,
                           const QString &reference, const ReceiptMerchant &merchant, bool training,
                           const QString &status);

/// What the journal entry's columns say, as a record (an entry written before records were
/// kept whole, or a seeded one, has only its columns).
PaymentRecord recordOfEntryColumns(const JournalEntry &entry);
/// The lines of a journaled sale (its request's "sale": {"items": [{sku, name, quantity,
/// unit_price_minor}]}).
QList<CartItem> itemsOfJournaledSale(const QJsonObject &sale);

/// The receipt of a journaled sale: its record (or columns), lines, reference, terminal and
/// operator; its date is the charge's, else the intent's, else when it was journaled.
TillReceipt tillReceiptForEntry(const JournalEntry &entry, const ReceiptMerchant &merchant,
                                const QString &status);

/// The slip of refund entry `refund` of sale `sale` (its journal entries): the amount refunded,
/// the original sale's reference, entry and date, its card, the refund's id and reason.
TillReceipt refundSlipFor(const JournalEntry &refund, const JournalEntry &sale,
                          const ReceiptMerchant &merchant);

// The receipt's sentences, the same in every layout.
namespace receipttext {
QString trainingMark(); ///< "TRAINING — NOT A REAL PAYMENT"
QString taxId(const TillReceipt &r); ///< "Tax ID: X" (empty without one)
QString terminalAndOperator(const TillReceipt &r); ///< "Terminal T1 · Operator Ana"
QString reference(const TillReceipt &r); ///< "Reference: ORD-1" (empty without one)
QString card(const TillReceipt &r); ///< "Visa •••• 4242" (empty without a card)
QString includedTax(const TillReceipt &r, const IncludedTax &tax, const QLocale &locale);
QString receiptNumber(const TillReceipt &r); ///< "Receipt number: 1000-0042"
QString total();
QString refundTitle(); ///< "REFUND"
/// "Refund of sale ORD-1 (entry 12, 2026-12-07 10:14)" (empty on a sale's receipt)
QString refundOf(const TillReceipt &r, const QLocale &locale);
/// "Refund id: … · Reason: duplicate" (empty on a sale's receipt)
QString refundFacts(const TillReceipt &r);
/// "Total", or "Refunded" on a refund slip.
QString totalLabel(const TillReceipt &r);
QString onlineReceipt(); ///< "Your receipt online:"
QString thanks(); ///< "Thank you!"
} // namespace receipttext

} // namespace paydesk
