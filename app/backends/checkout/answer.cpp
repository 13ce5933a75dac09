#include "answer.h"

#include "backends/stripe/answer.h"
#include "core/currency.h"
#include "core/redaction.h"

namespace paydesk {
using parsing::contractError;
using parsing::tr;

namespace {

// Checkout's `data.amount` is in major units (300.0 MXN) while amount_received and the charges
// are in minor units (30000). The minor-unit figures are what was charged; the major one must
// agree with them, or the record carries a warning.
void reconcileMajorAmount(JsonFields &f, PaymentRecord &record, const QString &currency)
{
    const QJsonValue value = f.raw("amount");
    if (!value.isDouble()) {
        f.string("amount", Need::Required); // reports missing or mistyped
        if (f.ok())
            f.failType(QStringLiteral("amount"), QStringLiteral("a number"), value);
        return;
    }
    // What was charged, in minor units: amount_received, else the succeeded charges, else the
    // latest charge's amount; -1 when the answer says nothing of it.
    qint64 reference = f.integer("amount_received").value_or(0);
    bool overflow = false;
    if (reference <= 0) {
        reference = 0;
        for (const Charge &c : std::as_const(record.charges))
            if (c.status == u"succeeded" && c.amount)
                overflow
                    = overflow || __builtin_add_overflow(reference, c.amount->minor, &reference);
    }
    if (overflow) {
        record.warnings.append(tr("AMOUNT OUT OF RANGE: the succeeded charges add up past what a "
                                  "64-bit amount holds. Check the sale before handing over "
                                  "goods."));
        reference = -1; // the charges prove nothing: the major amount is what remains
    } else if (reference <= 0) {
        const Charge *c = record.latestCharge();
        reference = c && c->amount ? c->amount->minor : -1;
    }
    const auto converted = majorJsonToMinor(value, currency);
    const QString shown = compactJson(value);
    record.extra.insert(QStringLiteral("amount_major"), value);

    if (reference < 0) {
        if (!converted) {
            f.failValue(QStringLiteral("amount"),
                        tr("%1 is not an amount in %2 (%3).")
                            .arg(shown, currency.toUpper(), converted.error().message));
            return;
        }
        record.intent.amount = Money{*converted, currency};
        return;
    }
    record.intent.amount = Money{reference, currency};
    if (converted && *converted == reference)
        return;
    if (value.toVariant().typeId() != QMetaType::Double && value.toInteger() == reference) {
        record.extra.insert(QStringLiteral("amount_units"), QStringLiteral("minor"));
        return; // this deployment already sends minor units: a profile difference, not an error
    }
    record.warnings.append(
        tr("AMOUNT MISMATCH: data.amount is %1 %2 but %3 minor units were charged (%4). "
           "Check the sale before handing over goods.")
            .arg(shown, currency.toUpper())
            .arg(reference)
            .arg(formatMoney(reference, currency)));
}

} // namespace

bool isCheckoutAnswer(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("data")).isObject()
        && (answer.contains(QLatin1String("transaction_status"))
            || answer.contains(QLatin1String("message")));
}

ParseResult parseCheckout(const QJsonObject &answer, const ParseContext &)
{
    PaymentRecord record;
    record.backend = BackendKind::Checkout;
    JsonFields f(answer);
    const QString message = f.string("message");
    const std::optional<qint64> status = f.integer("status");
    const QString transactionStatus = f.string("transaction_status");
    if (const auto data = f.object("data", Need::Required)) {
        JsonFields df = f.nested(*data, "data");
        const QString currency = readStripeIntentFields(df, record);
        reconcileMajorAmount(df, record, currency);
    }
    if (!f.ok())
        return contractError(BackendKind::Checkout, f.error());
    record.extra.insert(QStringLiteral("message"),
                        message.isNull() ? QJsonValue() : QJsonValue(message));
    record.extra.insert(QStringLiteral("status"), status ? QJsonValue(*status) : QJsonValue());
    record.extra.insert(QStringLiteral("transaction_status"),
                        transactionStatus.isNull() ? QJsonValue() : QJsonValue(transactionStatus));
    // Only a disagreement about success matters: "failed" beside requires_payment_method is
    // simply how a decline reads.
    if (!transactionStatus.isEmpty() && !record.intent.status.isEmpty()
        && (transactionStatus == u"succeeded") != (record.intent.status == u"succeeded"))
        record.warnings.append(tr("transaction_status \"%1\" differs from the intent's status "
                                  "\"%2\".")
                                   .arg(transactionStatus, record.intent.status));
    record.raw = redactJson(answer);
    return record;
}

} // namespace paydesk
