// Checkout: a shop checkout that charges at once and answers with the PaymentIntent and its charge.
#include <QDate>
#include <QJsonArray>

#include "api.h"
#include "core/currency.h"
#include "core/money.h"
#include "sandboxserver.h"
#include "store.h"

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr QStringView kDefaultCurrency = u"mxn";
constexpr QStringView kStatementDescriptor = u"PAYDESK SANDBOX";

/// Field errors in the order found: {"amount": ["…"], "items": ["…", "…"]}.
class FieldErrors final
{
public:
    void add(const QString &field, const QString &message)
    {
        for (auto &[name, messages] : m_fields) {
            if (name == field) {
                messages.append(message);
                return;
            }
        }
        m_fields.append({field, {message}});
    }
    bool has(QStringView field) const
    {
        return std::any_of(m_fields.cbegin(), m_fields.cend(),
                           [field](const auto &entry) { return entry.first == field; });
    }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QString first() const { return m_fields.constFirst().second.constFirst(); }
    Json toJson() const
    {
        Json object = Json::object();
        for (const auto &[name, messages] : m_fields) {
            Json list = Json::array();
            for (const QString &message : messages)
                list.append(message);
            object.insert(name, list);
        }
        return object;
    }

private:
    QList<std::pair<QString, QStringList>> m_fields;
};

/// "300.0" for 30000 MXN, "127.51", "500.0" for 500 JPY: major units as a JSON float prints.
QByteArray majorFloatText(qint64 minor, QStringView currency)
{
    QString text = toDecimalString(minor, currency);
    if (!text.contains(u'.'))
        return (text + u".0"_s).toLatin1();
    while (text.endsWith(u'0') && !text.endsWith(u".0"))
        text.chop(1);
    return text.toLatin1();
}

QString stringOr(const QJsonObject &object, const QString &key, const QString &fallback = {})
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

Json stringOrNull(const QString &text)
{
    return text.isEmpty() ? Json() : Json(text);
}

struct Sale
{
    QString currency;
    qint64 amount = 0; ///< minor units
    QString reference;
    QJsonObject billingAddress;
    QJsonObject user;
};

class CheckoutApi final : public Api
{
public:
    using Api::Api;

    bool owns(QStringView path) const override
    {
        return path == u"/api/checkout" || path.startsWith(u"/api/checkout/");
    }

    std::optional<Answer> checkCredentials(const Request &request) const override
    {
        const QString &expected = m_context.options.token;
        if (expected.isEmpty())
            return std::nullopt;
        const QString token = bearerToken(request);
        if (token.isEmpty())
            return error(401, u"Authentication credentials were not provided."_s);
        if (!sameSecret(token, expected))
            return error(401, u"Invalid token."_s);
        return std::nullopt;
    }

    Answer handle(const Request &request) override
    {
        if (request.path != u"/api/checkout/" && request.path != u"/api/checkout")
            return error(404, u"Not found."_s);
        if (request.method != "POST")
            return error(405,
                         u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(request.method)));
        const auto body = jsonObjectBody(request);
        if (!body)
            return error(400, u"The request body must be a JSON object."_s);

        FieldErrors errors;
        const auto sale = validate(*body, errors);
        if (!errors.isEmpty()) {
            return Answer::json(400,
                                Json::object({{u"message"_s, u"Invalid data."_s},
                                              {u"status"_s, 400},
                                              {u"errors"_s, errors.toJson()}}));
        }
        return charge(*sale);
    }

    Answer error(int status, const QString &message) const override
    {
        Json body = Json::object({{u"message"_s, message}, {u"status"_s, status}});
        if (status == 400)
            body.insert(u"errors"_s,
                        Json::object({{u"non_field_errors"_s, Json::array({message})}}));
        return Answer::json(status, body);
    }

private:
    std::optional<Sale> validate(const QJsonObject &body, FieldErrors &errors) const
    {
        Sale sale;
        const auto has = [&body](const QString &key) {
            return body.contains(key);
        };
        const auto boundedString = [&](const QString &key, int maximum) {
            const QJsonValue value = body.value(key);
            if (!has(key) || value.isNull())
                errors.add(key, u"This field is required."_s);
            else if (!value.isString())
                errors.add(key, u"Not a valid string."_s);
            else if (value.toString().isEmpty())
                errors.add(key, u"This field may not be blank."_s);
            else if (value.toString().size() > maximum)
                errors.add(key,
                           u"Ensure this field has no more than %1 characters."_s.arg(maximum));
            return value.toString();
        };

        boundedString(u"client"_s, 100);
        sale.reference = boundedString(u"reference"_s, 80);

        sale.currency = kDefaultCurrency.toString();
        if (has(u"currency"_s)) {
            const QJsonValue currency = body.value(u"currency"_s);
            const auto info = currencyInfo(currency.toString());
            if (!currency.isString() || !info || info->code != currency.toString())
                errors.add(u"currency"_s, u"Not a lower-case ISO 4217 currency code."_s);
            else
                sale.currency = info->code;
        }
        const bool currencyKnown = !errors.has(u"currency");

        // A decimal string in the sale's currency, checked by the currency's rules.
        const auto decimal = [&](const QJsonValue &value) -> Expected<qint64, QString> {
            if (!value.isString() || !isPlainDecimal(value.toString()))
                return unexpected(u"A decimal string is required, e.g. \"300.00\"."_s);
            const auto minor = parseAmount(value.toString(), sale.currency);
            if (!minor)
                return unexpected(minor.error().message);
            return *minor;
        };

        std::optional<qint64> amount;
        if (!has(u"amount"_s) || body.value(u"amount"_s).isNull()) {
            errors.add(u"amount"_s, u"This field is required."_s);
        } else if (currencyKnown) {
            const auto parsed = decimal(body.value(u"amount"_s));
            if (!parsed)
                errors.add(u"amount"_s, parsed.error());
            else if (*parsed <= 0)
                errors.add(u"amount"_s, u"Ensure this value is greater than 0."_s);
            else
                amount = *parsed;
        }

        std::optional<qint64> itemsTotal = 0;
        const QJsonValue items = body.value(u"items"_s);
        if (!items.isArray()) {
            errors.add(u"items"_s,
                       has(u"items"_s) ? u"Expected a list of items."_s
                                       : u"This field is required."_s);
            itemsTotal.reset();
        } else if (items.toArray().isEmpty()) {
            errors.add(u"items"_s, u"This list may not be empty."_s);
            itemsTotal.reset();
        }
        const QJsonArray itemList = items.toArray();
        for (qsizetype i = 0; i < itemList.size(); ++i) {
            const QJsonObject item = itemList.at(i).toObject();
            const auto fail = [&](const QString &message) {
                errors.add(u"items"_s, u"Item %1: %2"_s.arg(i + 1).arg(message));
                itemsTotal.reset();
            };
            if (!itemList.at(i).isObject()) {
                fail(u"expected an object."_s);
                continue;
            }
            for (const QString &key : {u"sku"_s, u"name"_s}) {
                if (stringOr(item, key).isEmpty())
                    fail(u"%1 must be a non-empty string."_s.arg(key));
            }
            const auto quantity = jsonInteger(item.value(u"quantity"_s));
            if (!quantity || *quantity < 1 || *quantity > 1'000'000)
                fail(u"quantity must be an integer of at least 1."_s);
            if (!currencyKnown)
                continue;
            const auto unitPrice = decimal(item.value(u"unit_price"_s));
            if (!unitPrice)
                fail(u"unit_price: "_s + unitPrice.error());
            if (itemsTotal && quantity && unitPrice) {
                *itemsTotal += *quantity * *unitPrice;
                if (*itemsTotal > kMaxMinorAmount)
                    fail(u"the items add up to more than the largest amount allowed."_s);
            }
        }
        if (amount && itemsTotal && *amount != *itemsTotal) {
            errors.add(u"amount"_s,
                       u"The items add up to %1, not %2."_s.arg(
                           toDecimalString(*itemsTotal, sale.currency),
                           toDecimalString(*amount, sale.currency)));
        }
        sale.amount = amount.value_or(0);

        if (has(u"payment_method"_s)) {
            const QJsonValue method = body.value(u"payment_method"_s);
            if (!method.isNull() && (!method.isString() || method.toString().size() > 50))
                errors.add(u"payment_method"_s,
                           u"Must be a string of at most 50 characters, or null."_s);
        }
        if (has(u"is_oneclick"_s) && !body.value(u"is_oneclick"_s).isBool())
            errors.add(u"is_oneclick"_s, u"Must be a valid boolean."_s);
        for (const QString &key : {u"billing_address"_s, u"city"_s, u"user"_s}) {
            if (has(key) && !body.value(key).isObject())
                errors.add(key, u"Expected an object."_s);
        }
        for (const QString &key : {u"billing_address_id"_s, u"shipping_address_id"_s}) {
            const QJsonValue value = body.value(key);
            if (has(key) && !value.isNull() && !jsonInteger(value))
                errors.add(key, u"A valid integer or null is required."_s);
        }
        sale.billingAddress = body.value(u"billing_address"_s).toObject();
        sale.user = body.value(u"user"_s).toObject();

        if (!errors.isEmpty())
            return std::nullopt;
        return sale;
    }

    Answer charge(const Sale &sale)
    {
        Store &store = m_context.store;
        const bool declined = isDeclinedAmount(sale.amount);
        const QString intentId = store.stripeId(u"pi");
        const QString chargeId = store.stripeId(u"ch");
        const QString customer = store.stripeId(u"cus", 14);
        const QString paymentMethod = store.stripeId(u"pm");
        const qint64 created = Store::now();
        const QString receiptNumber = declined ? QString() : store.nextReceiptNumber();
        const QString receiptUrl
            = declined ? QString() : m_context.baseUrl() + u"/receipts/"_s + chargeId;

        const QJsonObject &address = sale.billingAddress;
        const Json billingDetails = Json::object({
            {u"address"_s,
             Json::object({
                 {u"city"_s, stringOrNull(stringOr(address, u"city"_s))},
                 {u"country"_s, stringOrNull(stringOr(address, u"country"_s))},
                 {u"line1"_s, stringOrNull(stringOr(address, u"line1"_s))},
                 {u"line2"_s, stringOrNull(stringOr(address, u"line2"_s))},
                 {u"postal_code"_s, stringOrNull(stringOr(address, u"postal_code"_s))},
                 {u"state"_s, stringOrNull(stringOr(address, u"state"_s))},
             })},
            {u"email"_s,
             stringOrNull(stringOr(address, u"email"_s, stringOr(sale.user, u"email"_s)))},
            {u"name"_s, stringOrNull(stringOr(address, u"name"_s, stringOr(sale.user, u"name"_s)))},
            {u"phone"_s,
             stringOrNull(stringOr(address, u"phone"_s, stringOr(sale.user, u"phone"_s)))},
        });

        const Json outcome = declined
            ? Json::object({
                {u"network_status"_s, u"declined_by_network"_s},
                {u"reason"_s, u"generic_decline"_s},
                {u"risk_level"_s, u"normal"_s},
                {u"risk_score"_s, store.randomBetween(0, 60)},
                {u"seller_message"_s,
                 u"The bank did not return any further details with this decline."_s},
                {u"type"_s, u"issuer_declined"_s},
            })
            : Json::object({
                {u"network_status"_s, u"approved_by_network"_s},
                {u"reason"_s, nullptr},
                {u"risk_level"_s, u"normal"_s},
                {u"risk_score"_s, store.randomBetween(0, 60)},
                {u"seller_message"_s, u"Payment complete."_s},
                {u"type"_s, u"authorized"_s},
            });

        const Json card = Json::object({
            {u"brand"_s, u"visa"_s},
            {u"checks"_s,
             Json::object({
                 {u"address_line1_check"_s, nullptr},
                 {u"address_postal_code_check"_s, nullptr},
                 {u"cvc_check"_s, declined ? Json() : Json(u"pass"_s)},
             })},
            {u"country"_s, u"US"_s},
            {u"exp_month"_s, store.randomBetween(1, 12)},
            {u"exp_year"_s, QDate::currentDate().year() + 3},
            {u"fingerprint"_s, store.randomBase62(16)},
            {u"funding"_s, u"credit"_s},
            {u"installments"_s, nullptr},
            {u"last4"_s, u"4242"_s},
            {u"mandate"_s, nullptr},
            {u"network"_s, u"visa"_s},
            {u"three_d_secure"_s, nullptr},
            {u"wallet"_s, nullptr},
        });

        const Json chargeObject = Json::object({
            {u"id"_s, chargeId},
            {u"object"_s, u"charge"_s},
            {u"amount"_s, sale.amount},
            {u"amount_captured"_s, declined ? 0 : sale.amount},
            {u"amount_refunded"_s, 0},
            {u"application"_s, nullptr},
            {u"application_fee"_s, nullptr},
            {u"application_fee_amount"_s, nullptr},
            {u"balance_transaction"_s, declined ? Json() : Json(store.stripeId(u"txn"))},
            {u"billing_details"_s, billingDetails},
            {u"calculated_statement_descriptor"_s, kStatementDescriptor.toString()},
            {u"captured"_s, !declined},
            {u"created"_s, created},
            {u"currency"_s, sale.currency},
            {u"customer"_s, customer},
            {u"description"_s, sale.reference},
            {u"destination"_s, nullptr},
            {u"dispute"_s, nullptr},
            {u"disputed"_s, false},
            {u"failure_balance_transaction"_s, nullptr},
            {u"failure_code"_s, declined ? Json(u"card_declined"_s) : Json()},
            {u"failure_message"_s, declined ? Json(declineMessage()) : Json()},
            {u"fraud_details"_s, Json::object()},
            {u"invoice"_s, nullptr},
            {u"livemode"_s, false},
            {u"metadata"_s, Json::object()},
            {u"on_behalf_of"_s, nullptr},
            {u"order"_s, nullptr},
            {u"outcome"_s, outcome},
            {u"paid"_s, !declined},
            {u"payment_intent"_s, intentId},
            {u"payment_method"_s, paymentMethod},
            {u"payment_method_details"_s,
             Json::object({{u"card"_s, card}, {u"type"_s, u"card"_s}})},
            {u"receipt_email"_s, nullptr},
            {u"receipt_number"_s, stringOrNull(receiptNumber)},
            {u"receipt_url"_s, stringOrNull(receiptUrl)},
            {u"refunded"_s, false},
            {u"refunds"_s,
             Json::object({
                 {u"object"_s, u"list"_s},
                 {u"data"_s, Json::array()},
                 {u"has_more"_s, false},
                 {u"total_count"_s, 0},
                 {u"url"_s, u"/v1/charges/"_s + chargeId + u"/refunds"_s},
             })},
            {u"review"_s, nullptr},
            {u"shipping"_s, nullptr},
            {u"source"_s, nullptr},
            {u"source_transfer"_s, nullptr},
            {u"statement_descriptor"_s, nullptr},
            {u"statement_descriptor_suffix"_s, nullptr},
            {u"status"_s, declined ? u"failed"_s : u"succeeded"_s},
            {u"transfer_data"_s, nullptr},
            {u"transfer_group"_s, nullptr},
        });

        const Json lastPaymentError = declined
            ? Json::object({
                {u"charge"_s, chargeId},
                {u"code"_s, u"card_declined"_s},
                {u"decline_code"_s, u"generic_decline"_s},
                {u"doc_url"_s, u"https://stripe.com/docs/error-codes/card-declined"_s},
                {u"message"_s, declineMessage()},
                {u"type"_s, u"card_error"_s},
            })
            : Json();

        const Json intent = Json::object({
            {u"id"_s, intentId},
            {u"object"_s, u"payment_intent"_s},
            {u"amount"_s, Json::number(majorFloatText(sale.amount, sale.currency))},
            {u"amount_capturable"_s, 0},
            {u"amount_details"_s, Json::object({{u"tip"_s, Json::object()}})},
            {u"amount_received"_s, declined ? 0 : sale.amount},
            {u"application"_s, nullptr},
            {u"application_fee_amount"_s, nullptr},
            {u"automatic_payment_methods"_s, nullptr},
            {u"canceled_at"_s, nullptr},
            {u"cancellation_reason"_s, nullptr},
            {u"capture_method"_s, u"automatic"_s},
            {u"charges"_s,
             Json::object({
                 {u"object"_s, u"list"_s},
                 {u"data"_s, Json::array({chargeObject})},
                 {u"has_more"_s, false},
                 {u"total_count"_s, 1},
                 {u"url"_s, u"/v1/charges?payment_intent="_s + intentId},
             })},
            {u"client_secret"_s, intentId + u"_secret_"_s + store.randomBase62(25)},
            {u"confirmation_method"_s, u"automatic"_s},
            {u"created"_s, created},
            {u"currency"_s, sale.currency},
            {u"customer"_s, customer},
            {u"description"_s, sale.reference},
            {u"invoice"_s, nullptr},
            {u"last_payment_error"_s, lastPaymentError},
            {u"latest_charge"_s, chargeId},
            {u"livemode"_s, false},
            {u"metadata"_s, Json::object()},
            {u"next_action"_s, nullptr},
            {u"on_behalf_of"_s, nullptr},
            {u"payment_method"_s, declined ? Json() : Json(paymentMethod)},
            {u"payment_method_options"_s,
             Json::object({{u"card"_s,
                            Json::object({
                                {u"installments"_s, nullptr},
                                {u"mandate_options"_s, nullptr},
                                {u"network"_s, nullptr},
                                {u"request_three_d_secure"_s, u"automatic"_s},
                            })}})},
            {u"payment_method_types"_s, Json::array({u"card"_s})},
            {u"processing"_s, nullptr},
            {u"receipt_email"_s, nullptr},
            {u"review"_s, nullptr},
            {u"setup_future_usage"_s, nullptr},
            {u"shipping"_s, nullptr},
            {u"source"_s, nullptr},
            {u"statement_descriptor"_s, nullptr},
            {u"statement_descriptor_suffix"_s, nullptr},
            {u"status"_s, declined ? u"requires_payment_method"_s : u"succeeded"_s},
            {u"transfer_data"_s, nullptr},
            {u"transfer_group"_s, nullptr},
        });
        store.addIntent(u"checkout"_s, intentId, intent.without(u"client_secret"));
        if (!declined) {
            store.addCharge({chargeId, intentId, sale.amount, sale.currency, created,
                             sale.reference, receiptNumber, u"visa"_s, u"4242"_s});
        }

        const int status = declined ? 402 : 200;
        return Answer::json(status,
                            Json::object({
                                {u"message"_s, declined ? declineMessage() : u"Success"_s},
                                {u"status"_s, status},
                                {u"data"_s, intent},
                                {u"transaction_status"_s, declined ? u"failed"_s : u"succeeded"_s},
                            }));
    }
};

} // namespace

std::unique_ptr<Api> makeCheckoutApi(Context &context)
{
    return std::make_unique<CheckoutApi>(context);
}

} // namespace paydesk::sandbox
