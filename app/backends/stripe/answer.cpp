#include "answer.h"

#include "backends/answers.h"
#include "core/redaction.h"

namespace paydesk {
using parsing::contractError;
using parsing::currencyOf;
using parsing::moneyOf;
using parsing::tr;

namespace {

/// A Charge object; `fallbackCurrency` (its intent's) when it names none.
Charge readStripeCharge(JsonFields &f, PaymentRecord &record, const QString &fallbackCurrency)
{
    Charge c;
    c.id = f.string("id", Need::Required);
    c.status = f.string("status", Need::Required);
    static const QStringList chargeStatuses
        = {QStringLiteral("succeeded"), QStringLiteral("pending"), QStringLiteral("failed")};
    if (!c.status.isEmpty() && !chargeStatuses.contains(c.status))
        record.warnings.append(
            tr("Charge %1 has the unrecognised status \"%2\".").arg(c.id, c.status));
    QString currency = f.string("currency").toLower();
    if (currency.isEmpty())
        currency = fallbackCurrency;
    if (currency.isEmpty()) // a bare charge: nothing else says what money this is
        f.failMissing(QStringLiteral("currency"), QStringLiteral("a string"));
    c.amount = moneyOf(f.integer("amount", Need::Required), currency);
    c.amountCaptured = moneyOf(f.integer("amount_captured"), currency);
    c.amountRefunded = moneyOf(f.integer("amount_refunded"), currency);
    c.captured = f.boolean("captured");
    c.paid = f.boolean("paid");
    c.refunded = f.boolean("refunded");
    c.failureCode = f.string("failure_code");
    c.failureMessage = f.string("failure_message");
    c.balanceTransaction = f.idOrObject("balance_transaction");
    c.created = f.unixTime("created");
    c.receipt
        = Receipt{f.string("receipt_url"), f.string("receipt_number"), f.string("receipt_email")};

    if (auto details = f.object("payment_method_details")) {
        JsonFields d = f.nested(*details, "payment_method_details");
        if (auto cardObject = d.object("card")) {
            JsonFields cf = d.nested(*cardObject, "card");
            Card card;
            card.brand = cf.string("brand");
            card.last4 = cf.string("last4");
            card.funding = cf.string("funding");
            card.country = cf.string("country");
            card.network = cf.string("network");
            card.expMonth = cf.smallInteger("exp_month");
            card.expYear = cf.smallInteger("exp_year");
            if (auto wallet = cf.object("wallet")) {
                JsonFields wf = cf.nested(*wallet, "wallet");
                card.wallet = wf.string("type");
            }
            c.card = card;
        }
    }
    if (auto outcomeObject = f.object("outcome")) {
        JsonFields of = f.nested(*outcomeObject, "outcome");
        Outcome o;
        o.type = of.string("type");
        o.networkStatus = of.string("network_status");
        o.reason = of.string("reason");
        o.riskLevel = of.string("risk_level");
        o.riskScore = of.smallInteger("risk_score");
        o.sellerMessage = of.string("seller_message");
        c.outcome = o;
    }
    return c;
}

/// Sets the record's latest charge (`latestId`, else the newest) and its receipt.
void chooseLatestCharge(PaymentRecord &record, const QString &latestId)
{
    const Charge *latest = nullptr;
    for (const Charge &c : std::as_const(record.charges))
        if (!latestId.isEmpty() && c.id == latestId)
            latest = &c;
    if (!latest) // no pointer from the intent: the newest by creation time, ties to the later one
        for (const Charge &c : std::as_const(record.charges))
            if (!latest || !(c.created < latest->created))
                latest = &c;
    if (latest) {
        record.latestChargeId = latest->id;
        record.receipt = latest->receipt;
    }
}

} // namespace

QString readStripeIntentFields(JsonFields &f, PaymentRecord &record)
{
    Intent &intent = record.intent;
    intent.id = f.string("id", Need::Required);
    intent.rawStatus = f.string("status", Need::Required);
    bool known = true;
    intent.status = normaliseIntentStatus(intent.rawStatus, &known);
    if (!intent.rawStatus.isNull() && !known)
        record.warnings.append(tr("The intent has the unrecognised status \"%1\"; it is shown as "
                                  "it is.")
                                   .arg(intent.rawStatus));
    const QString currency = currencyOf(f, record);
    intent.created = f.unixTime("created");
    intent.livemode = f.boolean("livemode");
    intent.customer = f.idOrObject("customer");
    intent.description = f.string("description");
    intent.clientSecret = maskSecret(f.string("client_secret"));

    if (auto charges = f.object("charges")) {
        JsonFields cf = f.nested(*charges, "charges");
        if (auto data = cf.array("data")) {
            for (qsizetype i = 0; i < data->size(); ++i) {
                const QString key = QStringLiteral("data[%1]").arg(i);
                const QJsonValue item = data->at(i);
                if (!item.isObject()) {
                    cf.failType(key, QStringLiteral("an object"), item);
                    break;
                }
                JsonFields chf = cf.nested(item.toObject(), key);
                record.charges.append(readStripeCharge(chf, record, currency));
            }
        }
    }
    QString latestId;
    const QJsonValue latest = f.raw("latest_charge");
    if (latest.isObject()) {
        JsonFields lf = f.nested(latest.toObject(), "latest_charge");
        const Charge c = readStripeCharge(lf, record, currency);
        latestId = c.id;
        const bool listed = std::any_of(record.charges.cbegin(), record.charges.cend(),
                                        [&](const Charge &x) { return x.id == c.id; });
        if (!listed)
            record.charges.append(c);
    } else {
        latestId = f.string("latest_charge");
    }
    chooseLatestCharge(record, latestId);
    return currency;
}

void readStripeIntent(JsonFields &f, PaymentRecord &record)
{
    const QString currency = readStripeIntentFields(f, record);
    record.intent.amount = moneyOf(f.integer("amount", Need::Required), currency);
}

ParseResult parseStripeIntent(const QJsonObject &answer)
{
    PaymentRecord record;
    record.backend = AnswerShape::stripe();
    JsonFields f(answer);
    readStripeIntent(f, record);
    if (!f.ok())
        return contractError(AnswerShape::stripe(), f.error());
    record.raw = redactJson(answer);
    return record;
}

ParseResult parseStripeCharge(const QJsonObject &answer)
{
    PaymentRecord record;
    record.backend = AnswerShape::stripe();
    JsonFields f(answer);
    const Charge charge = readStripeCharge(f, record, QString());
    record.intent.id = f.idOrObject("payment_intent");
    record.intent.livemode = f.boolean("livemode");
    record.intent.customer = f.idOrObject("customer");
    record.intent.description = f.string("description");
    if (!f.ok())
        return contractError(AnswerShape::stripe(), f.error());
    record.intent.amount = charge.amount;
    record.intent.created = charge.created;
    record.charges.append(charge);
    chooseLatestCharge(record, charge.id);
    record.raw = redactJson(answer);
    return record;
}

namespace {

bool isCharge(const QJsonObject &answer)
{
    const QString object = answer.value(QStringLiteral("object")).toString();
    const QString id = answer.value(QStringLiteral("id")).toString();
    return object == u"charge" || (object.isEmpty() && id.startsWith(QStringLiteral("ch_")));
}

bool recognises(const QJsonObject &answer)
{
    const QString object = answer.value(QStringLiteral("object")).toString();
    const QString id = answer.value(QStringLiteral("id")).toString();
    return object == u"payment_intent" || (object.isEmpty() && id.startsWith(QStringLiteral("pi_")))
        || isCharge(answer);
}

ParseResult parse(const QJsonObject &answer, const ParseContext &)
{
    return isCharge(answer) ? parseStripeCharge(answer) : parseStripeIntent(answer);
}

} // namespace

const AnswerReader &stripeAnswers()
{
    static const AnswerReader reader{.recognises = recognises, .parse = parse};
    return reader;
}

} // namespace paydesk
