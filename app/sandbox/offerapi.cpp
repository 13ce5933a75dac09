// Offer: createpaymentintent for an insurance quote, answered in the legacy (2019) Stripe shape.
#include <array>

#include <QJsonArray>
#include <QRegularExpression>

#include "api.h"
#include "sandboxserver.h"
#include "store.h"

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kPath = u"/api/offer/createpaymentintent";

struct Product
{
    QStringView code;
    qint64 price; ///< GBP minor units
};

/// The sandbox's price list: all five make 12751 (£127.51) like the document's example;
/// core + home_emergency make 8002, which ends in 02 and is declined.
constexpr std::array<Product, 5> kProducts{{
    {u"core", 6751},
    {u"legal_protection", 1500},
    {u"personal_possessions", 2000},
    {u"home_emergency", 1251},
    {u"ad", 1249},
}};

std::optional<qint64> priceOf(QStringView code)
{
    for (const Product &product : kProducts) {
        if (product.code == code)
            return product.price;
    }
    return std::nullopt;
}

class OfferApi final : public Api
{
public:
    using Api::Api;

    bool owns(QStringView path) const override { return path.startsWith(u"/api/offer/"); }

    std::optional<Answer> checkCredentials(const Request &request) const override
    {
        const QString &expected = m_context.options.token;
        if (expected.isEmpty())
            return std::nullopt;
        QString token;
        if (const auto body = jsonObjectBody(request))
            token = body->value(u"api_token"_s).toString();
        if (token.isEmpty())
            token = bearerToken(request);
        if (token.isEmpty())
            return error(401, u"An API token is required."_s);
        if (!sameSecret(token, expected))
            return error(401, u"The API token is not valid."_s);
        return std::nullopt;
    }

    Answer handle(const Request &request) override
    {
        if (request.path != kPath)
            return error(404, u"Unknown API method."_s);
        if (request.method != "POST")
            return error(405, u"Use POST for createpaymentintent."_s);

        const auto body = jsonObjectBody(request);
        if (!body)
            return error(400, u"The request body must be a JSON object."_s);

        const QJsonValue oid = body->value(u"offer_oid"_s);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
        if (oid.isUndefined() || oid.isNull())
            return error(400, u"offer_oid is required."_s);
        if (!oid.isString() || !digits.match(oid.toString()).hasMatch())
            return error(400, u"offer_oid must be a string of digits."_s);
        const QString offerOid = oid.toString();

        const QJsonValue combined = body->value(u"products"_s).toObject().value(u"combined"_s);
        if (!combined.isArray() || combined.toArray().isEmpty())
            return error(400, u"products.combined must be a non-empty list of product codes."_s);
        qint64 amount = 0;
        QStringList codes;
        for (const QJsonValue &item : combined.toArray()) {
            const QString code = item.toString();
            const auto price = priceOf(code);
            if (!item.isString() || !price)
                return error(400,
                             u"Unknown product code: %1."_s.arg(
                                 item.isString() ? code : u"(not a string)"_s));
            if (codes.contains(code))
                return error(400, u"Product %1 is listed twice."_s.arg(code));
            codes.append(code);
            amount += *price;
        }
        if (!codes.contains(u"core"_s))
            return error(400, u"The core product is required."_s);

        Store &store = m_context.store;
        if (isDeclinedAmount(amount)) {
            return Answer::json(402,
                                Json::object({{u"status"_s, u"0"_s},
                                              {u"error"_s, u"card_declined"_s},
                                              {u"message"_s, declineMessage()},
                                              {u"apirequest_oid"_s, store.nextOfferRequestOid()}}));
        }

        const QString id = store.stripeId(u"pi");
        const Json intent = Json::object({
            {u"id"_s, id},
            {u"object"_s, u"payment_intent"_s},
            {u"allowed_source_types"_s, Json::array({u"card"_s})},
            {u"amount"_s, amount},
            {u"amount_capturable"_s, 0},
            {u"amount_received"_s, 0},
            {u"application"_s, nullptr},
            {u"application_fee_amount"_s, nullptr},
            {u"canceled_at"_s, nullptr},
            {u"cancellation_reason"_s, nullptr},
            {u"capture_method"_s, u"automatic"_s},
            {u"charges"_s,
             Json::object({
                 {u"object"_s, u"list"_s},
                 {u"data"_s, Json::array()},
                 {u"has_more"_s, false},
                 {u"total_count"_s, 0},
                 {u"url"_s, u"/v1/charges?payment_intent="_s + id},
             })},
            {u"client_secret"_s, id + u"_secret_"_s + store.randomBase62(25)},
            {u"confirmation_method"_s, u"automatic"_s},
            {u"created"_s, Store::now()},
            {u"currency"_s, u"gbp"_s},
            {u"customer"_s, nullptr},
            {u"description"_s, u"Payment intent for quote: "_s + offerOid},
            {u"invoice"_s, nullptr},
            {u"last_payment_error"_s, nullptr},
            {u"livemode"_s, false},
            {u"metadata"_s, Json::array()}, // an empty PHP array, as the real backend sends
            {u"next_action"_s, nullptr},
            {u"next_source_action"_s, nullptr},
            {u"on_behalf_of"_s, nullptr},
            {u"payment_method"_s, nullptr},
            {u"payment_method_options"_s,
             Json::object({{u"card"_s,
                            Json::object({
                                {u"installments"_s, nullptr},
                                {u"network"_s, nullptr},
                                {u"request_three_d_secure"_s, u"automatic"_s},
                            })}})},
            {u"payment_method_types"_s, Json::array({u"card"_s})},
            {u"receipt_email"_s, nullptr},
            {u"review"_s, nullptr},
            {u"setup_future_usage"_s, nullptr},
            {u"shipping"_s, nullptr},
            {u"source"_s, nullptr},
            {u"statement_descriptor"_s, nullptr},
            {u"statement_descriptor_suffix"_s, nullptr},
            {u"status"_s, u"requires_source"_s},
            {u"transfer_data"_s, nullptr},
            {u"transfer_group"_s, nullptr},
        });
        store.addIntent(u"offer"_s, id, intent.without(u"client_secret"));

        return Answer::json(200,
                            Json::object({
                                {u"status"_s, u"1"_s},
                                {u"response"_s, Json::object({{u"payment_intent"_s, intent}})},
                                {u"apirequest_oid"_s, store.nextOfferRequestOid()},
                            }));
    }

    Answer error(int status, const QString &message) const override
    {
        return Answer::json(
            status,
            Json::object({{u"status"_s, u"0"_s},
                          {u"message"_s, message},
                          {u"apirequest_oid"_s, m_context.store.nextOfferRequestOid()}}));
    }
};

} // namespace

std::unique_ptr<Api> makeOfferApi(Context &context)
{
    return std::make_unique<OfferApi>(context);
}

} // namespace paydesk::sandbox
