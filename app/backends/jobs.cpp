#include "jobs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/money.h"

namespace paydesk {
namespace {

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

RequestSpec ochoRequest(const OchoSale &sale, const BackendProfile &profile)
{
    RequestSpec spec;
    spec.method = "GET";
    spec.path = QStringLiteral("/xrpc/app.ocho.payment.getStripeIntent");
    spec.query.addQueryItem(QStringLiteral("iss"), sale.iss);
    spec.query.addQueryItem(QStringLiteral("amount"), QString::number(sale.amount.minor));
    spec.query.addQueryItem(QStringLiteral("id"), sale.id);
    if (!profile.token.isEmpty())
        spec.query.addQueryItem(QStringLiteral("token"), profile.token);
    return spec;
}

RequestSpec offerRequest(const OfferSale &sale, const BackendProfile &profile)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/offer/createpaymentintent");
    QJsonObject body{
        {QStringLiteral("ajax_url"), QStringLiteral("/api/offer/createpaymentintent")},
        {QStringLiteral("output"), QStringLiteral("json")},
        {QStringLiteral("offer_oid"), sale.offerOid},
        {QStringLiteral("products"),
         QJsonObject{{QStringLiteral("combined"), QJsonArray::fromStringList(sale.products)}}},
    };
    if (!profile.token.isEmpty()) {
        if (profile.offerTokenPlacement == BackendProfile::TokenPlacement::Header)
            spec.headers.append({"Authorization", "Bearer " + profile.token.toUtf8()});
        else
            body.insert(QStringLiteral("api_token"), profile.token);
    }
    spec.body = body;
    return spec;
}

RequestSpec dotsRequest(const DotsSale &sale, const BackendProfile &profile, const QString &key)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/v2/payment-intents");
    spec.headers.append({"Authorization", basic(profile.clientId, profile.apiKey)});
    QJsonObject body{
        {QStringLiteral("amount"), sale.amount.minor},
        {QStringLiteral("currency"), sale.amount.currency},
        {QStringLiteral("confirm"), sale.confirm},
        {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}},
    };
    const auto optional = [&](const char *field, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(field), value);
    };
    optional("user_id", sale.userId);
    optional("customer_id", sale.customerId);
    optional("payment_method_id", sale.paymentMethodId);
    optional("description", sale.description);
    optional("setup_future_usage", sale.setupFutureUsage);
    // Dots accepts no idempotency key on this endpoint: the key travels in the metadata, so an
    // unknown outcome can be verified by finding the intent that carries it.
    QJsonObject metadata = sale.metadata;
    if (!key.isEmpty())
        metadata.insert(QStringLiteral("paydesk_idempotency_key"), key);
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    if (!sale.destinationUserId.isEmpty())
        body.insert(QStringLiteral("transfer_data"),
                    QJsonObject{{QStringLiteral("destination_user_id"), sale.destinationUserId}});
    if (sale.applicationFeeMinor)
        body.insert(QStringLiteral("application_fee_amount"), *sale.applicationFeeMinor);
    spec.body = body;
    return spec;
}

RequestSpec checkoutRequest(const CheckoutSale &sale, const BackendProfile &profile)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = profile.checkoutPath;
    if (profile.checkoutAuth == BackendProfile::Auth::Bearer && !profile.token.isEmpty())
        spec.headers.append({"Authorization", "Bearer " + profile.token.toUtf8()});
    QJsonArray items;
    for (const CartItem &item : sale.items)
        items.append(QJsonObject{
            {QStringLiteral("sku"), item.sku},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("quantity"), item.quantity},
            {QStringLiteral("unit_price"),
             toDecimalString(item.unitPriceMinor, sale.total.currency)},
        });
    QJsonObject body{
        {QStringLiteral("client"), sale.client},
        {QStringLiteral("amount"), toDecimalString(sale.total.minor, sale.total.currency)},
        {QStringLiteral("currency"), sale.total.currency},
        {QStringLiteral("reference"), sale.reference},
        {QStringLiteral("items"), items},
        {QStringLiteral("payment_method"),
         sale.paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(sale.paymentMethod)},
        {QStringLiteral("is_oneclick"), sale.oneclick},
    };
    if (!sale.billingAddress.isEmpty())
        body.insert(QStringLiteral("billing_address"), sale.billingAddress);
    spec.body = body;
    return spec;
}

} // namespace

CreatePaymentJob::CreatePaymentJob(QNetworkAccessManager *network, BackendProfile profile,
                                   Sale sale, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_sale(std::move(sale))
{ }

Expected<RequestSpec, BackendError> CreatePaymentJob::buildRequest() const
{
    if (saleBackend(m_sale) != profile().kind) {
        BackendError e;
        e.kind = BackendError::Kind::Configuration;
        e.reach = BackendError::Reach::NotSent;
        e.message = tr("Profile \"%1\" is a %2 profile, not %3.")
                        .arg(profile().name, backendName(profile().kind),
                             backendName(saleBackend(m_sale)));
        return unexpected(e);
    }
    if (const auto *s = std::get_if<OchoSale>(&m_sale))
        return ochoRequest(*s, profile());
    if (const auto *s = std::get_if<OfferSale>(&m_sale))
        return offerRequest(*s, profile());
    if (const auto *s = std::get_if<DotsSale>(&m_sale))
        return dotsRequest(*s, profile(), options().idempotencyKey);
    return checkoutRequest(std::get<CheckoutSale>(m_sale), profile());
}

ParseContext CreatePaymentJob::parseContext() const
{
    ParseContext context;
    if (const auto amount = saleAmount(m_sale)) {
        context.currency = amount->currency;
        context.amountMinor = amount->minor;
    }
    return context;
}

BackendError CreatePaymentJob::readFailure(int status, const QJsonDocument &answer,
                                           JobResult &result) const
{
    BackendError e = HttpJob::readFailure(status, answer, result);
    const QJsonObject o = answer.object();
    switch (saleBackend(m_sale)) {
    case BackendKind::Offer:
        if (const QJsonValue oid = o.value(QStringLiteral("apirequest_oid")); !oid.isUndefined())
            e.message += u' '
                + tr("(request %1)")
                      .arg(oid.isString() ? oid.toString() : QString::number(oid.toInteger()));
        break;
    case BackendKind::Checkout: {
        const QJsonObject errors = o.value(QStringLiteral("errors")).toObject();
        if (!errors.isEmpty()) {
            e.field = errors.constBegin().key();
            const QJsonValue first = errors.constBegin().value();
            const QString text
                = first.isArray() ? first.toArray().first().toString() : first.toString();
            if (!text.isEmpty())
                e.message += QStringLiteral(" (%1: %2)").arg(e.field, text);
        }
        // A decline carries the intent and its failed charge: keep them for the cashier.
        if (o.value(QStringLiteral("data")).isObject())
            if (const ParseResult parsed = parseCheckout(o))
                result.record = *parsed;
        if (result.record)
            for (const Charge &c : std::as_const(result.record->charges))
                if (c.failureCode.contains(QStringLiteral("declined"))
                    || (c.outcome && c.outcome->type == u"issuer_declined"))
                    e.kind = BackendError::Kind::Declined;
        break;
    }
    default:
        break;
    }
    return e;
}

std::unique_ptr<CreatePaymentJob> makeCreateJob(QNetworkAccessManager *network,
                                                const BackendProfile &profile, const Sale &sale,
                                                const JobOptions &options)
{
    return std::make_unique<CreatePaymentJob>(network, profile, sale, options);
}

DotsRetrieveJob::DotsRetrieveJob(QNetworkAccessManager *network, BackendProfile profile,
                                 QString intentId, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_id(std::move(intentId))
{ }

Expected<RequestSpec, BackendError> DotsRetrieveJob::buildRequest() const
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/payment-intents/")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_id));
    spec.headers.append({"Authorization", basic(profile().clientId, profile().apiKey)});
    return spec;
}

DotsListJob::DotsListJob(QNetworkAccessManager *network, BackendProfile profile, JobOptions options,
                         QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
{ }

Expected<RequestSpec, BackendError> DotsListJob::buildRequest() const
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/payment-intents");
    spec.headers.append({"Authorization", basic(profile().clientId, profile().apiKey)});
    return spec;
}

void DotsListJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    if (!answer.isArray()) {
        HttpJob::readSuccess(answer, result); // reports "not a list"
        if (!result.error)
            result.error = BackendError{BackendError::Kind::Unreadable,
                                        BackendError::Reach::Answered,
                                        result.httpStatus,
                                        QString(),
                                        tr("The list of intents is not a JSON array."),
                                        QString()};
        result.record.reset();
        return;
    }
    const QJsonArray items = answer.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ParseResult parsed = parseDots(items.at(i).toObject());
        if (!parsed) {
            result.error
                = BackendError{BackendError::Kind::Unreadable,
                               BackendError::Reach::Answered,
                               result.httpStatus,
                               QString(),
                               tr("Intent %1 of the list: %2").arg(i).arg(parsed.error().message),
                               parsed.error().field};
            return;
        }
        result.records.append(*parsed);
    }
}

AttemptLookupJob::AttemptLookupJob(QNetworkAccessManager *network, BackendProfile profile,
                                   QString key, ParseContext context, JobOptions options,
                                   QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_key(std::move(key))
    , m_context(std::move(context))
{ }

Expected<RequestSpec, BackendError> AttemptLookupJob::buildRequest() const
{
    RequestSpec spec;
    spec.path = QStringLiteral("/sandbox/attempts/")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_key));
    return spec;
}

void AttemptLookupJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    const QJsonObject o = answer.object();
    const int status = o.value(QStringLiteral("status")).toInt();
    const QJsonObject first = o.value(QStringLiteral("answer")).toObject();
    if (status >= 200 && status < 300) {
        const ParseResult parsed = parseAnswer(first, backend(), m_context);
        if (parsed)
            result.record = *parsed;
    } else if (backend() == BackendKind::Checkout
               && first.value(QStringLiteral("data")).isObject()) {
        if (const ParseResult parsed = parseCheckout(first))
            result.record = *parsed;
    }
}

} // namespace paydesk
