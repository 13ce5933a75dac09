#include "parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "currency.h"
#include "identifiers.h"
#include "jsonfields.h"
#include "redaction.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

Unexpected<ParseError> contractError(AnswerShape shape, const FieldError &error)
{
    return unexpected(ParseError{
        ParseError::Kind::Contract, error.field,
        tr("The %1 answer breaks the contract: %2").arg(shapeTitle(shape), error.message)});
}

std::optional<Money> moneyOf(std::optional<qint64> minor, const QString &currency)
{
    if (!minor)
        return std::nullopt;
    return Money{*minor, currency};
}

QString currencyOf(JsonFields &f, PaymentRecord &record)
{
    const QString currency = f.string("currency", Need::Required).toLower();
    if (!currency.isEmpty() && !currencyInfo(currency))
        record.warnings.append(
            tr("%1 is not an ISO 4217 currency code known to Paydesk.").arg(f.where("currency")));
    return currency;
}

Charge readCharge(JsonFields &f, PaymentRecord &record, const QString &fallbackCurrency)
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

enum class AmountUnits
{
    Minor,
    MajorReconciled
};

void reconcileMajorAmount(JsonFields &f, PaymentRecord &record, const QString &currency);

// A Stripe PaymentIntent object (bare, inside Offer's response or Checkout's data).
void readIntent(JsonFields &f, PaymentRecord &record, AmountUnits units)
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
                record.charges.append(readCharge(chf, record, currency));
            }
        }
    }
    QString latestId;
    const QJsonValue latest = f.raw("latest_charge");
    if (latest.isObject()) {
        JsonFields lf = f.nested(latest.toObject(), "latest_charge");
        const Charge c = readCharge(lf, record, currency);
        latestId = c.id;
        const bool listed = std::any_of(record.charges.cbegin(), record.charges.cend(),
                                        [&](const Charge &x) { return x.id == c.id; });
        if (!listed)
            record.charges.append(c);
    } else {
        latestId = f.string("latest_charge");
    }
    chooseLatestCharge(record, latestId);

    if (units == AmountUnits::Minor)
        intent.amount = moneyOf(f.integer("amount", Need::Required), currency);
    else
        reconcileMajorAmount(f, record, currency);
}

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

QString offerRefusalMessage(const QJsonObject &answer)
{
    const QJsonObject response = answer.value(QStringLiteral("response")).toObject();
    for (const QJsonValue &v :
         {answer.value(QStringLiteral("message")), answer.value(QStringLiteral("error")),
          response.value(QStringLiteral("error")), response.value(QStringLiteral("message"))}) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (v.isObject() && v.toObject().value(QStringLiteral("message")).isString())
            return v.toObject().value(QStringLiteral("message")).toString();
    }
    return QString::fromUtf8(QJsonDocument(redactJson(answer)).toJson(QJsonDocument::Compact));
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

} // namespace

ParseResult parseOcho(const QJsonObject &answer, const ParseContext &context)
{
    PaymentRecord record;
    record.backend = BackendKind::Ocho;
    JsonFields f(answer);
    const QString paymentIntent = f.string("paymentIntent", Need::Required);
    const QString ephemeralKey = f.string("ephemeralKey", Need::Required);
    const QString customer = f.string("customer", Need::Required);
    const QString customerSession = f.string("customerSession", Need::Required);
    const QString publishableKey = f.string("publishableKey", Need::Required);
    if (!f.ok())
        return contractError(BackendKind::Ocho, f.error());

    const qsizetype secretAt = paymentIntent.indexOf(QStringLiteral("_secret_"));
    record.intent.id = secretAt < 0 ? paymentIntent : paymentIntent.left(secretAt);
    if (secretAt >= 0)
        record.intent.clientSecret = maskSecret(paymentIntent);
    if (!record.intent.id.startsWith(QStringLiteral("pi_")))
        record.warnings.append(tr("paymentIntent \"%1\" is not a Stripe PaymentIntent id (pi_…).")
                                   .arg(maskSecret(record.intent.id) == kMask
                                            ? record.intent.id
                                            : maskSecret(record.intent.id)));
    // The answer carries no status: the intent exists and waits for the customer's payment.
    record.intent.status = QStringLiteral("created");
    record.intent.customer = customer;
    record.intent.amount = moneyOf(context.amountMinor, context.currency.toLower());

    const bool testKey = publishableKey.startsWith(QStringLiteral("pk_test_"));
    const bool liveKey = publishableKey.startsWith(QStringLiteral("pk_live_"));
    if (testKey || liveKey)
        record.intent.livemode = liveKey;
    else
        record.warnings.append(
            tr("publishableKey does not start with pk_test_ or pk_live_: the mode is unknown."));

    record.extra = QJsonObject{
        {QStringLiteral("customer"), customer},
        {QStringLiteral("publishableKey"), publishableKey},
        {QStringLiteral("test_mode"),
         testKey ? QJsonValue(true) : (liveKey ? QJsonValue(false) : QJsonValue())},
        {QStringLiteral("ephemeralKey"), maskSecret(ephemeralKey)},
        {QStringLiteral("customerSession"), maskSecret(customerSession)},
        {QStringLiteral("currency_from_profile"), context.currency.toLower()},
    };
    record.raw = redactJson(answer);
    return record;
}

ParseResult parseOffer(const QJsonObject &answer)
{
    JsonFields f(answer);
    const QJsonValue status = f.raw("status");
    const QString oid = scalarText(answer.value(QStringLiteral("apirequest_oid")));
    const bool success = (status.isString() && status.toString().trimmed() == u"1")
        || (status.isDouble() && status.toInteger(-1) == 1);
    if (status.isUndefined() || status.isNull())
        return contractError(BackendKind::Offer,
                             FieldError{QStringLiteral("status"), tr("status is missing.")});
    if (!status.isString() && !status.isDouble())
        return contractError(BackendKind::Offer,
                             FieldError{QStringLiteral("status"),
                                        tr("status must be \"1\" or 1, or a failure code.")});
    if (!success) {
        QString message = offerRefusalMessage(answer);
        if (!oid.isEmpty())
            message += u' ' + tr("(request %1)").arg(oid);
        return unexpected(
            ParseError{ParseError::Kind::Refused, QStringLiteral("status"), redactText(message)});
    }

    PaymentRecord record;
    record.backend = BackendKind::Offer;
    const auto response = f.object("response", Need::Required);
    if (response) {
        JsonFields rf = f.nested(*response, "response");
        if (const auto intent = rf.object("payment_intent", Need::Required)) {
            JsonFields pf = rf.nested(*intent, "payment_intent");
            readIntent(pf, record, AmountUnits::Minor);
        }
    }
    if (!f.ok())
        return contractError(BackendKind::Offer, f.error());
    record.extra = QJsonObject{
        {QStringLiteral("apirequest_oid"), oid.isEmpty() ? QJsonValue() : QJsonValue(oid)},
        {QStringLiteral("status"), status}};
    record.raw = redactJson(answer);
    return record;
}

ParseResult parseDots(const QJsonObject &answer)
{
    PaymentRecord record;
    record.backend = BackendKind::Dots;
    JsonFields f(answer);
    record.intent.id = f.string("id", Need::Required);
    const QString currency = currencyOf(f, record);
    record.intent.amount = moneyOf(f.integer("amount", Need::Required), currency);
    record.intent.rawStatus = f.string("status");
    bool known = true;
    if (record.intent.rawStatus.isNull()) {
        record.intent.status = QStringLiteral("unknown");
        record.warnings.append(tr("The Dots answer has no status."));
    } else {
        record.intent.status = normaliseIntentStatus(record.intent.rawStatus, &known);
        if (!known)
            record.warnings.append(tr("The intent has the unrecognised status \"%1\"; it is shown "
                                      "as it is.")
                                       .arg(record.intent.rawStatus));
    }
    const QString userId = f.string("user_id");
    const QString transferId = f.string("transfer_id");
    const QString paymentMethodId = f.string("payment_method_id");
    record.intent.clientSecret = maskSecret(f.string("client_secret"));
    if (!f.ok())
        return contractError(BackendKind::Dots, f.error());
    if (!isUuid(record.intent.id))
        record.warnings.append(
            tr("The Dots intent id \"%1\" is not a UUID.").arg(record.intent.id));

    const auto nullable = [](const QString &s) {
        return s.isNull() ? QJsonValue() : QJsonValue(s);
    };
    record.extra = QJsonObject{
        {QStringLiteral("user_id"), nullable(userId)},
        {QStringLiteral("transfer_id"), nullable(transferId)},
        {QStringLiteral("payment_method_id"), nullable(paymentMethodId)},
        {QStringLiteral("metadata"), redactJson(answer.value(QStringLiteral("metadata")))},
    };
    record.raw = redactJson(answer);
    return record;
}

ParseResult parseCheckout(const QJsonObject &answer)
{
    PaymentRecord record;
    record.backend = BackendKind::Checkout;
    JsonFields f(answer);
    const QString message = f.string("message");
    const std::optional<qint64> status = f.integer("status");
    const QString transactionStatus = f.string("transaction_status");
    if (const auto data = f.object("data", Need::Required)) {
        JsonFields df = f.nested(*data, "data");
        readIntent(df, record, AmountUnits::MajorReconciled);
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

ParseResult parseStripeIntent(const QJsonObject &answer)
{
    PaymentRecord record;
    record.backend = AnswerShape::stripe();
    JsonFields f(answer);
    readIntent(f, record, AmountUnits::Minor);
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
    const Charge charge = readCharge(f, record, QString());
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

std::optional<AnswerShape> detectShape(const QJsonObject &answer)
{
    const auto has = [&](const char *key) {
        return answer.contains(QLatin1String(key));
    };
    if (has("paymentIntent") || has("publishableKey") || has("ephemeralKey")
        || has("customerSession"))
        return BackendKind::Ocho;
    if (has("apirequest_oid") || (has("response") && has("status")))
        return BackendKind::Offer;
    if (answer.value(QStringLiteral("data")).isObject()
        && (has("transaction_status") || has("message")))
        return BackendKind::Checkout;
    const QString object = answer.value(QStringLiteral("object")).toString();
    const QString id = answer.value(QStringLiteral("id")).toString();
    if (object == u"payment_intent" || (object.isEmpty() && id.startsWith(QStringLiteral("pi_"))))
        return AnswerShape::stripe();
    if (object == u"charge" || (object.isEmpty() && id.startsWith(QStringLiteral("ch_"))))
        return AnswerShape::stripe();
    if (object.isEmpty() && isUuid(id) && has("amount"))
        return BackendKind::Dots;
    return std::nullopt;
}

namespace {

ParseResult parseByShape(const QJsonObject &answer, AnswerShape shape, const ParseContext &context)
{
    if (shape.isStripe()) {
        const QString object = answer.value(QStringLiteral("object")).toString();
        const QString id = answer.value(QStringLiteral("id")).toString();
        if (object == u"charge" || (object.isEmpty() && id.startsWith(QStringLiteral("ch_"))))
            return parseStripeCharge(answer);
        return parseStripeIntent(answer);
    }
    switch (*shape.backend()) {
    case BackendKind::Ocho:
        return parseOcho(answer, context);
    case BackendKind::Offer:
        return parseOffer(answer);
    case BackendKind::Dots:
        return parseDots(answer);
    case BackendKind::Checkout:
        return parseCheckout(answer);
    }
    return unexpected(ParseError{ParseError::Kind::UnknownShape, QString(), QString()});
}

/// A warning for an amount a backend answered that no sale can have: negative, or past the
/// 8-digit limit (kMaxMinorAmount).
void checkAmountRange(PaymentRecord &record, const QString &what, const std::optional<Money> &m)
{
    if (!m || (m->minor >= 0 && m->minor <= kMaxMinorAmount))
        return;
    record.warnings.append(
        tr("AMOUNT OUT OF RANGE: %1 is %2 minor units, outside 0 to %3. Check the sale before "
           "handing over goods.")
            .arg(what)
            .arg(m->minor)
            .arg(kMaxMinorAmount));
}

} // namespace

ParseResult parseAnswer(const QJsonObject &answer, AnswerShape shape, const ParseContext &context)
{
    ParseResult parsed = parseByShape(answer, shape, context);
    if (parsed) {
        PaymentRecord &r = *parsed;
        checkAmountRange(r, tr("the intent's amount"), r.intent.amount);
        for (const Charge &c : std::as_const(r.charges)) {
            if (c.amount != r.intent.amount) // a bare charge is its own intent: said once
                checkAmountRange(r, tr("charge %1's amount").arg(c.id), c.amount);
            checkAmountRange(r, tr("charge %1's captured amount").arg(c.id), c.amountCaptured);
            checkAmountRange(r, tr("charge %1's refunded amount").arg(c.id), c.amountRefunded);
        }
    }
    return parsed;
}

ParseResult parseAnswer(const QByteArray &bytes, std::optional<AnswerShape> shape,
                        const ParseContext &context)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(ParseError{ParseError::Kind::NotJson, QString(),
                                     tr("The answer is not JSON: %1 at byte %2.")
                                         .arg(error.errorString())
                                         .arg(error.offset)});
    if (!document.isObject())
        return unexpected(ParseError{ParseError::Kind::UnknownShape, QString(),
                                     tr("The answer is JSON but not an object, so it is not a "
                                        "payment answer of any known backend.")});
    const QJsonObject object = document.object();
    if (!shape)
        shape = detectShape(object);
    if (!shape)
        return unexpected(ParseError{
            ParseError::Kind::UnknownShape, QString(),
            tr("The JSON is not an answer of a known backend (Ocho, Offer, Dots, Checkout) nor a "
               "Stripe PaymentIntent or Charge.")});
    return parseAnswer(object, *shape, context);
}

} // namespace paydesk
