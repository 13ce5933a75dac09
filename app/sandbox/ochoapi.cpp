// Ocho: the XRPC query app.ocho.payment.getStripeIntent (AT Protocol error format).
#include <QRegularExpression>

#include "api.h"
#include "core/money.h"
#include "sandboxserver.h"
#include "store.h"

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kMethod = u"/xrpc/app.ocho.payment.getStripeIntent";

/// The XRPC error name for an HTTP status (atproto's standard names).
QString xrpcErrorName(int status)
{
    switch (status) {
    case 401:
        return u"AuthenticationRequired"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"NotFound"_s;
    case 413:
        return u"PayloadTooLarge"_s;
    case 429:
        return u"RateLimitExceeded"_s;
    case 501:
        return u"MethodNotImplemented"_s;
    case 502:
        return u"UpstreamFailure"_s;
    case 503:
        return u"NotEnoughResources"_s;
    case 504:
        return u"UpstreamTimeout"_s;
    default:
        return status >= 500 ? u"InternalServerError"_s : u"InvalidRequest"_s;
    }
}

class OchoApi final : public Api
{
public:
    using Api::Api;

    bool owns(QStringView path) const override { return path.startsWith(u"/xrpc/"); }

    std::optional<Answer> checkCredentials(const Request &request) const override
    {
        const QString &expected = m_context.options.token;
        if (expected.isEmpty())
            return std::nullopt;
        QString token = request.query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
        if (token.isEmpty())
            token = bearerToken(request);
        if (token.isEmpty())
            return error(401, u"Authentication Required"_s);
        if (!sameSecret(token, expected))
            return error(401, u"Invalid token"_s);
        return std::nullopt;
    }

    Answer handle(const Request &request) override
    {
        if (request.path != kMethod)
            return error(501, u"Method Not Implemented"_s);
        if (request.method != "GET")
            return error(405,
                         u"Incorrect HTTP method (%1) expected GET"_s.arg(
                             QString::fromLatin1(request.method)));

        const auto param = [&request](const QString &name) -> std::optional<QString> {
            if (!request.query.hasQueryItem(name))
                return std::nullopt;
            return request.query.queryItemValue(name, QUrl::FullyDecoded);
        };
        const auto required = [](const QString &name) {
            return u"Error: Params must have the property \"%1\""_s.arg(name);
        };

        const auto iss = param(u"iss"_s);
        if (!iss)
            return error(400, required(u"iss"_s));
        if (!isDid(*iss))
            return error(400, u"Error: iss must be a valid did"_s);

        const auto amountText = param(u"amount"_s);
        if (!amountText)
            return error(400, required(u"amount"_s));
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
        if (!digits.match(*amountText).hasMatch())
            return error(400, u"Error: amount must be an integer of at least 0"_s);
        const qint64 amount = amountText->toLongLong();
        if (amount > kMaxMinorAmount)
            return error(400, u"Error: amount can not be greater than %1"_s.arg(kMaxMinorAmount));

        const auto id = param(u"id"_s);
        if (!id)
            return error(400, required(u"id"_s));
        if (id->isEmpty())
            return error(400, u"Error: id must not be empty"_s);

        if (isDeclinedAmount(amount))
            return Answer::json(
                402,
                Json::object({{u"error"_s, u"CardDeclined"_s}, {u"message"_s, declineMessage()}}));

        Store &store = m_context.store;
        const QString intentId = store.stripeId(u"pi");
        const QString customer = store.stripeId(u"cus", 14);
        store.addIntent(
            u"ocho"_s, intentId,
            Json::object({{u"id"_s, intentId},
                          {u"object"_s, u"payment_intent"_s},
                          {u"amount"_s, amount},
                          {u"currency"_s, u"usd"_s},
                          {u"customer"_s, customer},
                          {u"metadata"_s, Json::object({{u"iss"_s, *iss}, {u"id"_s, *id}})},
                          {u"status"_s, u"requires_payment_method"_s}}));

        return Answer::json(
            200,
            Json::object({
                {u"paymentIntent"_s, intentId + u"_secret_"_s + store.randomBase62(25)},
                {u"ephemeralKey"_s, u"ek_test_"_s + store.randomBase62(48)},
                {u"customer"_s, customer},
                {u"customerSession"_s, u"cuss_secret_"_s + store.randomBase62(43)},
                {u"publishableKey"_s, store.publishableKey()},
            }));
    }

    Answer error(int status, const QString &message) const override
    {
        return Answer::json(
            status, Json::object({{u"error"_s, xrpcErrorName(status)}, {u"message"_s, message}}));
    }
};

} // namespace

std::unique_ptr<Api> makeOchoApi(Context &context)
{
    return std::make_unique<OchoApi>(context);
}

} // namespace paydesk::sandbox
