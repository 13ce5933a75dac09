#include "tillreceipt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/clock.h"
#include "core/datetext.h"
#include "journal/journalentry.h"

namespace paydesk {

TillReceipt tillReceiptFor(const PaymentRecord &record, const QList<CartItem> &items,
                           const QString &reference, const ReceiptMerchant &merchant, bool training,
                           const QString &status)
{
    TillReceipt r;
    r.merchantName = merchant.name;
    r.merchantAddress = merchant.address;
    r.merchantTaxId = merchant.taxId;
    r.taxName = merchant.taxName;
    r.terminal = merchant.terminal;
    r.operatorName = merchant.operatorName;
    r.training = training;
    r.backend = record.backend;
    r.reference = reference;
    r.items = items;
    r.status = status;
    r.intentId = record.intent.id;
    const Charge *charge = record.latestCharge();
    if (charge) {
        r.chargeId = charge->id;
        if (charge->card) {
            r.cardBrand = charge->card->brand;
            r.last4 = charge->card->last4;
        }
    }
    if (record.intent.amount) {
        r.totalMinor = record.intent.amount->minor;
        r.currency = record.intent.amount->currency;
    } else if (charge && charge->amount) {
        r.totalMinor = charge->amount->minor;
        r.currency = charge->amount->currency;
    }
    r.date = charge && charge->created.isValid() ? charge->created
        : record.intent.created.isValid()        ? record.intent.created
                                                 : Clock::now();
    r.receiptNumber = record.receipt.number;
    r.receiptUrl = record.receipt.url;
    return r;
}

PaymentRecord recordOfEntryColumns(const JournalEntry &entry)
{
    PaymentRecord r;
    r.backend = entry.backend;
    r.intent.id = entry.intentId;
    r.intent.status = entry.status;
    r.intent.amount = entry.amount;
    if (!entry.chargeId.isEmpty() || !entry.last4.isEmpty()) {
        Charge c;
        c.id = entry.chargeId;
        if (!entry.cardBrand.isEmpty() || !entry.last4.isEmpty())
            c.card = Card{entry.cardBrand, entry.last4, {}, {}, {}, {}, {}, {}};
        c.receipt = {entry.receiptUrl, entry.receiptNumber, {}};
        r.charges.append(c);
        r.latestChargeId = c.id;
    }
    r.receipt = {entry.receiptUrl, entry.receiptNumber, {}};
    return r;
}

QList<CartItem> itemsOfJournaledSale(const QJsonObject &sale)
{
    QList<CartItem> items;
    const QJsonArray lines = sale.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &line : lines) {
        const QJsonObject o = line.toObject();
        items.append(CartItem{o.value(QStringLiteral("sku")).toString(),
                              o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("quantity")).toInteger(1),
                              o.value(QStringLiteral("unit_price_minor")).toInteger()});
    }
    return items;
}

TillReceipt tillReceiptForEntry(const JournalEntry &entry, const ReceiptMerchant &merchant,
                                const QString &status)
{
    const PaymentRecord record = entry.record ? *entry.record : recordOfEntryColumns(entry);
    ReceiptMerchant m = merchant;
    if (!entry.terminal.isEmpty())
        m.terminal = entry.terminal; // the till that sold it, not the one reprinting
    if (!entry.operatorName.isEmpty())
        m.operatorName = entry.operatorName;
    TillReceipt r
        = tillReceiptFor(record, itemsOfJournaledSale(entry.request.value(u"sale").toObject()),
                         entry.reference, m, entry.training, status);
    const Charge *charge = record.latestCharge();
    if (!(charge && charge->created.isValid()) && !record.intent.created.isValid())
        r.date = entry.createdAt;
    if (r.currency.isEmpty() && entry.amount)
        r.currency = entry.amount->currency;
    return r;
}

TillReceipt refundSlipFor(const JournalEntry &refund, const JournalEntry &sale,
                          const ReceiptMerchant &merchant)
{
    ReceiptMerchant m = merchant;
    if (!refund.terminal.isEmpty())
        m.terminal = refund.terminal; // the desk that refunded it
    if (!refund.operatorName.isEmpty())
        m.operatorName = refund.operatorName;
    TillReceipt r;
    r.merchantName = m.name;
    r.merchantAddress = m.address;
    r.merchantTaxId = m.taxId;
    r.taxName = m.taxName;
    r.terminal = m.terminal;
    r.operatorName = m.operatorName;
    r.training = refund.training;
    r.backend = refund.backend;
    r.reference = sale.reference;
    r.currency = refund.amount ? refund.amount->currency : QString();
    r.totalMinor = refund.amount ? std::optional<qint64>(refund.amount->minor) : std::nullopt;
    // No status line: the title says REFUND and the total line "Refunded".
    r.cardBrand = sale.cardBrand;
    r.last4 = sale.last4;
    r.intentId = sale.intentId;
    r.date = refund.updatedAt.isValid() ? refund.updatedAt : refund.createdAt;
    RefundOf of;
    of.saleId = sale.id;
    of.saleReference = sale.reference;
    of.saleDate = sale.createdAt;
    of.refundId = refund.remoteId;
    of.reason = refund.request.value(u"sale")
                    .toObject()
                    .value(u"refund")
                    .toObject()
                    .value(u"reason")
                    .toString();
    r.refundOf = of;
    return r;
}

namespace receipttext {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk::receipttext under that context: use it.
    return QCoreApplication::translate("paydesk::receipttext", text);
}

} // namespace

QString trainingMark()
{
    return tr("TRAINING \u2014 NOT A REAL PAYMENT");
}

QString taxId(const TillReceipt &r)
{
    return r.merchantTaxId.isEmpty() ? QString() : tr("Tax ID: %1").arg(r.merchantTaxId);
}

QString terminalAndOperator(const TillReceipt &r)
{
    QStringList parts;
    if (!r.terminal.isEmpty())
        parts << tr("Terminal %1").arg(r.terminal);
    if (!r.operatorName.isEmpty())
        parts << tr("Operator %1").arg(r.operatorName);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString reference(const TillReceipt &r)
{
    return r.reference.isEmpty() ? QString() : tr("Reference: %1").arg(r.reference);
}

QString card(const TillReceipt &r)
{
    if (r.cardBrand.isEmpty() && r.last4.isEmpty())
        return {};
    QString brand = r.cardBrand;
    if (!brand.isEmpty())
        brand[0] = brand[0].toUpper();
    return (brand.isEmpty() ? tr("Card") : brand) + QStringLiteral(" \u2022\u2022\u2022\u2022 ")
        + (r.last4.isEmpty() ? QStringLiteral("\u2014") : r.last4);
}

QString includedTax(const TillReceipt &r, const IncludedTax &tax, const QLocale &locale)
{
    const QString name = r.taxName.isEmpty() ? tr("Tax") : r.taxName;
    //: A tax included in the prices: "IVA 16 %: MXN 12.41"
    return tr("%1 %2 %: %3")
        .arg(name, taxRateText(tax.rateBasisPoints, locale),
             formatMoney(tax.taxMinor, r.currency, locale));
}

QString receiptNumber(const TillReceipt &r)
{
    return r.receiptNumber.isEmpty() ? QString() : tr("Receipt number: %1").arg(r.receiptNumber);
}

QString total()
{
    return tr("Total");
}

QString onlineReceipt()
{
    return tr("Your receipt online:");
}

QString thanks()
{
    return tr("Thank you!");
}

QString refundTitle()
{
    return tr("REFUND");
}

QString refundOf(const TillReceipt &r, const QLocale &locale)
{
    if (!r.refundOf)
        return {};
    const RefundOf &of = *r.refundOf;
    return of.saleReference.isEmpty()
        ? tr("Refund of sale %1 (%2)")
              .arg(QString::number(of.saleId), formatDateTime(of.saleDate, locale))
        : tr("Refund of sale %1 (entry %2, %3)")
              .arg(of.saleReference, QString::number(of.saleId),
                   formatDateTime(of.saleDate, locale));
}

QString refundFacts(const TillReceipt &r)
{
    if (!r.refundOf)
        return {};
    QStringList parts;
    if (!r.refundOf->refundId.isEmpty())
        parts << tr("Refund id: %1").arg(r.refundOf->refundId);
    if (!r.refundOf->reason.isEmpty())
        parts << tr("Reason: %1").arg(QString(r.refundOf->reason).replace(u'_', u' '));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString totalLabel(const TillReceipt &r)
{
    return r.refundOf ? tr("Refunded") : total();
}

} // namespace receipttext

} // namespace paydesk
