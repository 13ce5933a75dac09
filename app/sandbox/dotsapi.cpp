// Dots: create, list and retrieve payment intents (/api/v2/payment-intents), Basic auth.
#include <QJsonArray>

#include "api.h"
#include "core/money.h"
#include "sandboxserver.h"
#include "store.h"

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kCollection = u"/api/v2/payment-intents";
constexpr QStringView kApi = u"dots";

class DotsApi final : public Api
{
public:
    using Api::Api;

    bool owns(QStringView path) const override { return path.startsWith(kCollection); }

    std::optional<Answer> checkCredentials(const Request &request) const override
    {
        const SandboxOptions &options = m_context.options;
        if (options.clientId.isEmpty() && options.apiKey.isEmpty())
            return std::nullopt;
        const QByteArray authorization = request.header("authorization").trimmed();
        static constexpr QByteArrayView scheme = "basic ";
        if (authorization.size() <= scheme.size()
            || scheme.compare(authorization.left(scheme.size()), Qt::CaseInsensitive) != 0)
            return error(401, u"Authentication credentials were not provided."_s);
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(scheme.size()).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return error(401, u"Invalid Basic authorization header."_s);
        const QString clientId = QString::fromUtf8(decoded.decoded.left(colon));
        const QString apiKey = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        // Evaluate both comparisons, so the time does not tell which part was wrong.
        const bool idMatches = options.clientId.isEmpty() || sameSecret(clientId, options.clientId);
        const bool keyMatches = options.apiKey.isEmpty() || sameSecret(apiKey, options.apiKey);
        if (!idMatches || !keyMatches)
            return error(401, u"Invalid client id or API key."_s);
        return std::nullopt;
    }

    Answer handle(const Request &request) override
    {
        QStringView rest = QStringView(request.path).mid(QStringView(kCollection).size());
        if (rest.endsWith(u'/'))
            rest.chop(1);
        if (rest.isEmpty()) {
            if (request.method == "POST")
                return create(request);
            if (request.method == "GET")
                return list();
            return error(405, u"Method not allowed."_s);
        }
        if (!rest.startsWith(u'/') || rest.mid(1).contains(u'/'))
            return error(404, u"Not found."_s);
        if (request.method != "GET")
            return error(405, u"Method not allowed."_s);
        const Json *intent = m_context.store.intent(kApi, rest.mid(1));
        if (!intent)
            return error(404, u"PaymentIntent not found"_s);
        return Answer::json(200, *intent);
    }

    Answer error(int status, const QString &message) const override
    {
        if (status == 401)
            return Answer::json(status,
                                Json::object({{u"success"_s, false}, {u"message"_s, message}}));
        return Answer::json(status, Json::object({{u"error"_s, message}}));
    }

private:
    Answer list() const
    {
        Json array = Json::array();
        for (const Json &intent : m_context.store.intents(kApi))
            array.append(intent);
        return Answer::json(200, array);
    }

    Answer create(const Request &request)
    {
        const auto body = jsonObjectBody(request);
        if (!body)
            return error(400, u"The request body must be a JSON object."_s);
        const auto has = [&body](const QString &key) {
            return body->contains(key);
        };
        const auto uuidField = [&body, &has](const QString &key) -> std::optional<QString> {
            if (!has(key))
                return QString();
            const QJsonValue value = body->value(key);
            if (!value.isString() || !isUuid(value.toString()))
                return std::nullopt;
            return value.toString().toLower();
        };
        const auto notUuid = [](const QString &key) {
            return u"%1 must be a UUID."_s.arg(key);
        };

        const auto amount = jsonInteger(body->value(u"amount"_s));
        if (!has(u"amount"_s))
            return error(400, u"amount is required."_s);
        if (!amount || *amount <= 0)
            return error(400, u"amount must be an integer greater than 0 (cents)."_s);
        if (*amount > kMaxMinorAmount)
            return error(400, u"amount must be at most %1 (cents)."_s.arg(kMaxMinorAmount));

        if (!has(u"currency"_s))
            return error(400, u"currency is required."_s);
        if (body->value(u"currency"_s) != u"usd"_s)
            return error(400, u"currency must be \"usd\"."_s);

        bool confirm = false;
        if (has(u"confirm"_s)) {
            if (!body->value(u"confirm"_s).isBool())
                return error(400, u"confirm must be a boolean."_s);
            confirm = body->value(u"confirm"_s).toBool();
        }

        const auto userId = uuidField(u"user_id"_s);
        if (!userId)
            return error(400, notUuid(u"user_id"_s));
        if (!uuidField(u"customer_id"_s))
            return error(400, notUuid(u"customer_id"_s));
        const auto paymentMethodId = uuidField(u"payment_method_id"_s);
        if (!paymentMethodId)
            return error(400, notUuid(u"payment_method_id"_s));

        if (has(u"description"_s) && !body->value(u"description"_s).isString())
            return error(400, u"description must be a string."_s);

        if (has(u"payment_method_types"_s)) {
            const QJsonValue types = body->value(u"payment_method_types"_s);
            const QJsonArray array = types.toArray();
            if (!types.isArray() || array.isEmpty()
                || !std::all_of(array.begin(), array.end(),
                                [](const QJsonValue &type) { return type == u"card"_s; }))
                return error(400, u"payment_method_types must be [\"card\"]."_s);
        }

        if (has(u"setup_future_usage"_s)) {
            const QJsonValue usage = body->value(u"setup_future_usage"_s);
            if (usage != u"on_session"_s && usage != u"off_session"_s)
                return error(400,
                             u"setup_future_usage must be \"on_session\" or "
                             u"\"off_session\"."_s);
        }

        QJsonObject metadata;
        if (has(u"metadata"_s)) {
            if (!body->value(u"metadata"_s).isObject())
                return error(400, u"metadata must be an object."_s);
            metadata = body->value(u"metadata"_s).toObject();
        }

        if (has(u"application_fee_amount"_s)) {
            const auto fee = jsonInteger(body->value(u"application_fee_amount"_s));
            if (!fee || *fee < 0)
                return error(400, u"application_fee_amount must be an integer of at least 0."_s);
            if (*fee > *amount)
                return error(400, u"application_fee_amount cannot be greater than amount."_s);
        }

        QString destination;
        if (has(u"transfer_data"_s)) {
            const QJsonValue transfer = body->value(u"transfer_data"_s);
            const QJsonValue user = transfer.toObject().value(u"destination_user_id"_s);
            if (!transfer.isObject() || !user.isString() || !isUuid(user.toString()))
                return error(400, u"transfer_data.destination_user_id must be a UUID."_s);
            destination = user.toString();
        }

        if (isDeclinedAmount(*amount))
            return Answer::json(
                402,
                Json::object({{u"error"_s, u"card_declined"_s}, {u"message"_s, declineMessage()}}));

        Store &store = m_context.store;
        const bool succeeded = confirm && !paymentMethodId->isEmpty();
        const auto orNull = [](const QString &text) {
            return text.isEmpty() ? Json() : Json(text);
        };
        const QString id = store.uuid();
        const Json intent = Json::object({
            {u"id"_s, id},
            {u"amount"_s, *amount},
            {u"currency"_s, u"usd"_s},
            {u"user_id"_s, orNull(*userId)},
            {u"status"_s, succeeded ? u"succeeded"_s : u"requires_payment_method"_s},
            {u"transfer_id"_s, succeeded && !destination.isEmpty() ? Json(store.uuid()) : Json()},
            {u"payment_method_id"_s, orNull(*paymentMethodId)},
            {u"metadata"_s, Json::fromQt(metadata)},
        });
        store.addIntent(kApi.toString(), id, intent);
        Json created = intent;
        created.insert(u"client_secret"_s,
                       u"pi_"_s + store.randomBase62(24) + u"_secret_"_s + store.randomBase62(25));
        return Answer::json(200, created);
    }
};

} // namespace

std::unique_ptr<Api> makeDotsApi(Context &context)
{
    return std::make_unique<DotsApi>(context);
}

} // namespace paydesk::sandbox
