// Dots: create, list, retrieve and confirm payment intents (/api/v2/payment-intents), and
// create, list (paged) and retrieve refunds (/api/v2/refunds), Basic auth. Every answer follows
// Dots' OpenAPI document: a field without a value is left out, never sent as null.
#include <QHash>
#include <QJsonArray>

#include "api.h"
#include "core/money.h"
#include "core/refundrecord.h"
#include "sandboxserver.h"
#include "store.h"

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr auto kCollection = u"/api/v2/payment-intents";
constexpr auto kRefunds = u"/api/v2/refunds";
constexpr QStringView kApi = u"dots";

/// What the sandbox keeps of a Dots intent, to answer it again after a confirm or a refund.
struct DotsIntent
{
    QString id;
    qint64 amount = 0;
    QString userId, status, transferId, paymentMethodId, destination;
    QJsonObject metadata;
    qint64 refunded = 0; ///< cents refunded so far
};

/// The intent as Dots answers it: a field without a value is omitted (the document types them
/// as strings, so null would break its contract).
Json intentJson(const DotsIntent &intent)
{
    Json json = Json::object({
        {u"id"_s, intent.id},
        {u"amount"_s, intent.amount},
        {u"currency"_s, u"usd"_s},
    });
    if (!intent.userId.isEmpty())
        json.insert(u"user_id"_s, intent.userId);
    json.insert(u"status"_s, intent.status);
    if (!intent.transferId.isEmpty())
        json.insert(u"transfer_id"_s, intent.transferId);
    if (!intent.paymentMethodId.isEmpty())
        json.insert(u"payment_method_id"_s, intent.paymentMethodId);
    json.insert(u"metadata"_s, Json::fromQt(intent.metadata));
    return json;
}

class DotsApi final : public Api
{
public:
    using Api::Api;

    bool owns(QStringView path) const override
    {
        return path.startsWith(kCollection) || path.startsWith(kRefunds);
    }

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
        if (QStringView(request.path).startsWith(kRefunds))
            return handleRefunds(request);
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
        if (rest.startsWith(u'/') && rest.endsWith(u"/confirm")) {
            const QStringView id = rest.mid(1).chopped(QStringView(u"/confirm").size());
            if (id.contains(u'/'))
                return error(404, u"Not found."_s);
            if (request.method != "POST")
                return error(405, u"Method not allowed."_s);
            return confirm(request, id.toString());
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
        DotsIntent intent;
        intent.id = store.uuid();
        intent.amount = *amount;
        intent.userId = *userId;
        intent.paymentMethodId = *paymentMethodId;
        intent.destination = destination;
        intent.metadata = metadata;
        const bool succeeded = confirm && !paymentMethodId->isEmpty();
        intent.status = succeeded ? u"succeeded"_s : u"requires_payment_method"_s;
        if (succeeded && !destination.isEmpty())
            intent.transferId = store.uuid();
        m_intents.insert(intent.id, intent);
        store.addIntent(kApi.toString(), intent.id, intentJson(intent));
        Json created = intentJson(intent);
        created.insert(u"client_secret"_s,
                       u"pi_"_s + store.randomBase62(24) + u"_secret_"_s + store.randomBase62(25));
        return Answer::json(200, created);
    }

    /// POST /api/v2/payment-intents/{id}/confirm {"payment_method_id": …}: an intent that has
    /// not been confirmed is paid with the method; a method id ending in 02 is declined.
    Answer confirm(const Request &request, const QString &id)
    {
        const auto body = jsonObjectBody(request);
        if (!body)
            return error(400, u"The request body must be a JSON object."_s);
        const QJsonValue method = body->value(u"payment_method_id"_s);
        if (!body->contains(u"payment_method_id"_s))
            return error(400, u"payment_method_id is required."_s);
        if (!method.isString() || method.toString().isEmpty())
            return error(400, u"payment_method_id must be a string."_s);
        const auto it = m_intents.find(id.toLower());
        if (it == m_intents.end())
            return error(404, u"PaymentIntent not found"_s);
        DotsIntent &intent = it.value();
        if (intent.status != u"requires_payment_method" && intent.status != u"requires_confirmation"
            && intent.status != u"created" && intent.status != u"initialized")
            return error(
                400,
                u"This PaymentIntent's status is %1: it cannot be confirmed."_s.arg(intent.status));
        if (method.toString().endsWith(u"02"))
            return Answer::json(
                402,
                Json::object({{u"error"_s, u"card_declined"_s}, {u"message"_s, declineMessage()}}));
        intent.paymentMethodId = method.toString();
        intent.status = u"succeeded"_s;
        if (!intent.destination.isEmpty())
            intent.transferId = m_context.store.uuid();
        const Json json = intentJson(intent);
        m_context.store.replaceIntent(kApi, intent.id, json);
        return Answer::json(200, json);
    }

    Answer handleRefunds(const Request &request)
    {
        QStringView rest = QStringView(request.path).mid(QStringView(kRefunds).size());
        if (rest.endsWith(u'/'))
            rest.chop(1);
        if (rest.isEmpty()) {
            if (request.method == "POST")
                return createRefund(request);
            if (request.method == "GET")
                return listRefunds(request);
            return error(405, u"Method not allowed."_s);
        }
        if (!rest.startsWith(u'/') || rest.mid(1).contains(u'/'))
            return error(404, u"Not found."_s);
        if (request.method != "GET")
            return error(405, u"Method not allowed."_s);
        const QString id = rest.mid(1).toString().toLower();
        for (const auto &[refundId, refund] : std::as_const(m_refunds))
            if (refundId == id)
                return Answer::json(200, refund);
        return error(404, u"Refund not found"_s);
    }

    /// POST /api/v2/refunds: at most what is left of a succeeded intent; an amount ending in 02
    /// is declined, like a create.
    Answer createRefund(const Request &request)
    {
        const auto body = jsonObjectBody(request);
        if (!body)
            return error(400, u"The request body must be a JSON object."_s);
        if (!body->contains(u"amount"_s))
            return error(400, u"amount is required."_s);
        const auto amount = jsonInteger(body->value(u"amount"_s));
        if (!amount || *amount <= 0)
            return error(400, u"amount must be an integer greater than 0 (cents)."_s);
        const QJsonValue intentId = body->value(u"payment_intent_id"_s);
        if (!body->contains(u"payment_intent_id"_s))
            return error(400, u"payment_intent_id is required."_s);
        if (!intentId.isString() || !isUuid(intentId.toString()))
            return error(400, u"payment_intent_id must be a UUID."_s);
        QString reason;
        if (body->contains(u"reason"_s)) {
            reason = body->value(u"reason"_s).toString();
            if (!refundReasons().contains(reason))
                return error(
                    400,
                    u"reason must be one of %1."_s.arg(refundReasons().join(QStringLiteral(", "))));
        }
        if (body->contains(u"metadata"_s) && !body->value(u"metadata"_s).isBool()
            && !body->value(u"metadata"_s).isObject())
            return error(400, u"metadata must be a boolean or an object."_s);
        const auto it = m_intents.find(intentId.toString().toLower());
        if (it == m_intents.end())
            return error(404, u"PaymentIntent not found"_s);
        DotsIntent &intent = it.value();
        if (intent.status != u"succeeded")
            return error(400,
                         u"This PaymentIntent is %1: only a succeeded one can be refunded."_s.arg(
                             intent.status));
        const qint64 left = intent.amount - intent.refunded;
        if (*amount > left)
            return error(
                400,
                u"amount (%1) is more than what is left to refund (%2)."_s.arg(*amount).arg(left));
        if (isDeclinedAmount(*amount))
            return Answer::json(402,
                                Json::object({{u"error"_s, u"refund_declined"_s},
                                              {u"message"_s, u"The refund was declined."_s}}));
        intent.refunded += *amount;
        const QString id = m_context.store.uuid();
        Json refund = Json::object({
            {u"id"_s, id},
            {u"amount"_s, *amount},
            {u"currency"_s, u"usd"_s},
            {u"payment_intent_id"_s, intent.id},
        });
        if (!reason.isEmpty())
            refund.insert(u"reason"_s, reason);
        refund.insert(u"status"_s, u"succeeded"_s);
        refund.insert(u"created"_s, Store::now());
        m_refunds.prepend({id, refund});
        return Answer::json(200, refund);
    }

    /// GET /api/v2/refunds[?limit=N][&starting_after=ID][&ending_before=ID]: newest first,
    /// {"has_more", "data"}; limit 1 to 100, 10 by default.
    Answer listRefunds(const Request &request) const
    {
        int limit = 10;
        if (request.query.hasQueryItem(u"limit"_s)) {
            bool ok = false;
            limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 100)
                return error(400, u"limit must be between 1 and 100."_s);
        }
        qsizetype first = 0;
        qsizetype end = m_refunds.size();
        const auto indexOf = [this](const QString &id) -> qsizetype {
            for (qsizetype i = 0; i < m_refunds.size(); ++i)
                if (m_refunds.at(i).first == id)
                    return i;
            return -1;
        };
        if (const QString after = request.query.queryItemValue(u"starting_after"_s);
            !after.isEmpty()) {
            const qsizetype at = indexOf(after.toLower());
            if (at < 0)
                return error(400, u"starting_after: no such refund."_s);
            first = at + 1;
        }
        if (const QString before = request.query.queryItemValue(u"ending_before"_s);
            !before.isEmpty()) {
            const qsizetype at = indexOf(before.toLower());
            if (at < 0)
                return error(400, u"ending_before: no such refund."_s);
            end = at;
            first = qMax(first, end - limit);
        }
        Json data = Json::array();
        qsizetype i = first;
        for (; i < end && i < first + limit; ++i)
            data.append(m_refunds.at(i).second);
        return Answer::json(200, Json::object({{u"has_more"_s, i < end}, {u"data"_s, data}}));
    }

    QHash<QString, DotsIntent> m_intents;
    QList<std::pair<QString, Json>> m_refunds; ///< newest first
};

} // namespace

std::unique_ptr<Api> makeDotsApi(Context &context)
{
    return std::make_unique<DotsApi>(context);
}

} // namespace paydesk::sandbox
