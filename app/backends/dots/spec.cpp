// Dots: POST {base}/api/v2/payment-intents with Basic client_id:api_key. No idempotency key is
// accepted on this endpoint: Paydesk's key travels in the intent's metadata, so an unknown
// outcome can be found again (GET /api/v2/payment-intents[/{id}]).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include "answer.h"
#include "backends/backendspec.h"

namespace paydesk::specs {
namespace {

RequestSpec createRequest(const Sale &sale, const BackendProfile &profile, const QString &key)
{
    const auto &s = std::get<DotsSale>(sale);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/v2/payment-intents");
    spec.headers.append({"Authorization", basicAuthorization(profile.clientId, profile.apiKey)});
    QJsonObject body{
        {QStringLiteral("amount"), s.amount.minor},
        {QStringLiteral("currency"), s.amount.currency},
        {QStringLiteral("confirm"), s.confirm},
        {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}},
    };
    const auto optional = [&](const char *field, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(field), value);
    };
    optional("user_id", s.userId);
    optional("customer_id", s.customerId);
    optional("payment_method_id", s.paymentMethodId);
    optional("description", s.description);
    optional("setup_future_usage", s.setupFutureUsage);
    QJsonObject metadata = s.metadata;
    if (!key.isEmpty())
        metadata.insert(QStringLiteral("paydesk_idempotency_key"), key);
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    if (!s.destinationUserId.isEmpty())
        body.insert(QStringLiteral("transfer_data"),
                    QJsonObject{{QStringLiteral("destination_user_id"), s.destinationUserId}});
    if (s.applicationFeeMinor)
        body.insert(QStringLiteral("application_fee_amount"), *s.applicationFeeMinor);
    spec.body = body;
    return spec;
}

ProbeSpec probe(const BackendProfile &profile)
{
    // A read: the list of payment intents.
    ProbeSpec p;
    p.request.method = "GET";
    p.request.path = QStringLiteral("/api/v2/payment-intents");
    p.request.headers.append(
        {"Authorization", basicAuthorization(profile.clientId, profile.apiKey)});
    return p;
}

bool needsCredentials(const BackendProfile &)
{
    return true;
}

QString whereToCheck(const QString &, const QDateTime &)
{
    return QCoreApplication::translate("paydesk::Verifier",
                                       "Look for the sale's key in the intents' metadata in the "
                                       "Dots dashboard before trying again.");
}

RequestSpec refundRequest(const RefundOrder &order, const BackendProfile &profile)
{
    // POST /v2/refunds of Dots' document (under the profile's /api like every Dots path):
    // amount in cents, the intent, the reason. No metadata: the document types it as a boolean.
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/v2/refunds");
    spec.headers.append({"Authorization", basicAuthorization(profile.clientId, profile.apiKey)});
    QJsonObject body{{QStringLiteral("amount"), order.amount.minor},
                     {QStringLiteral("payment_intent_id"), order.intentId}};
    if (!order.reason.isEmpty())
        body.insert(QStringLiteral("reason"), order.reason);
    spec.body = body;
    return spec;
}

QString whereToRefund(const QString &)
{
    return QCoreApplication::translate("paydesk::Refunds",
                                       "Dots refunds through its API (POST /v2/refunds).");
}

RequestSpec confirmRequest(const QString &intentId, const QString &paymentMethodId,
                           const BackendProfile &profile)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/v2/payment-intents/")
        + QString::fromLatin1(QUrl::toPercentEncoding(intentId)) + QStringLiteral("/confirm");
    spec.headers.append({"Authorization", basicAuthorization(profile.clientId, profile.apiKey)});
    spec.body = QJsonObject{{QStringLiteral("payment_method_id"), paymentMethodId}};
    return spec;
}

QString profileCurrency(const BackendProfile &)
{
    return QStringLiteral("USD"); // a sale's default (--currency may name another)
}

void trainingDefaults(BackendProfile &profile)
{
    profile.currency = QStringLiteral("usd");
}

QList<QCommandLineOption> flags()
{
    return {
        {QStringLiteral("user-id"), QStringLiteral("dots: user UUID."), QStringLiteral("uuid")},
        {QStringLiteral("customer-id"), QStringLiteral("dots: customer UUID."),
         QStringLiteral("uuid")},
        {QStringLiteral("payment-method-id"), QStringLiteral("dots: payment method UUID."),
         QStringLiteral("uuid")},
        {QStringLiteral("description"), QStringLiteral("dots: a description."),
         QStringLiteral("text")},
        {QStringLiteral("destination-user-id"),
         QStringLiteral("dots: the user receiving the funds."), QStringLiteral("uuid")},
        {QStringLiteral("application-fee"), QStringLiteral("dots: the platform fee, e.g. 0.50."),
         QStringLiteral("decimal")},
        {QStringLiteral("confirm"), QStringLiteral("dots: confirm at once.")},
        {QStringLiteral("setup-future-usage"), QStringLiteral("dots: on_session or off_session."),
         QStringLiteral("usage")},
        {QStringLiteral("metadata"), QStringLiteral("dots: KEY=VALUE (repeatable)."),
         QStringLiteral("pair")},
    };
}

Expected<Sale, FieldIssues> saleFromFlags(const QCommandLineParser &p,
                                          const BackendProfile &profile)
{
    const auto value = [&p](const char *flag) {
        return p.value(QLatin1String(flag));
    };
    DotsForm form;
    form.amount = value("amount");
    form.currency = p.isSet(QStringLiteral("currency")) ? value("currency") : QStringLiteral("usd");
    form.userId = value("user-id");
    form.customerId = value("customer-id");
    form.paymentMethodId = value("payment-method-id");
    form.destinationUserId = value("destination-user-id");
    form.description = value("description");
    form.applicationFee = value("application-fee");
    form.setupFutureUsage = value("setup-future-usage");
    form.confirm = p.isSet(QStringLiteral("confirm"));
    FieldIssues issues;
    for (const QString &pair : p.values(QStringLiteral("metadata"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            issues.append({QStringLiteral("metadata"),
                           QStringLiteral("--metadata takes KEY=VALUE, not \"%1\".").arg(pair)});
        else
            form.metadata.append({pair.left(eq), pair.mid(eq + 1)});
    }
    auto sale = validateSale(form, profile);
    if (!issues.isEmpty())
        return unexpected(sale ? issues : issues + sale.error());
    return sale;
}

} // namespace

const BackendSpec &dots()
{
    static const BackendSpec spec{
        .kind = BackendKind::Dots,
        .answer = {.recognises = isDotsAnswer, .parse = parseDots},
        .createRequest = createRequest,
        .readFailure = nullptr,
        .probe = probe,
        .needsCredentials = needsCredentials,
        .verification = BackendSpec::Verification::DotsIntents,
        .whereToCheck = whereToCheck,
        .refundRequest = refundRequest,
        .readRefund = parseDotsRefund,
        .whereToRefund = whereToRefund,
        .confirmRequest = confirmRequest,
        .credentials = BackendSpec::Credentials::ClientIdAndKey,
        .missingCredentials
        = QT_TRANSLATE_NOOP("paydesk::ProfileEditor", "Dots needs a client ID and an API key."),
        .tillDefaults = {QStringLiteral("dots_user_id")},
        .currencyFromProfile = false,
        .profileCurrency = profileCurrency,
        .flags = flags,
        .saleFromFlags = saleFromFlags,
        .trainingDefaults = trainingDefaults,
        .saleTitle = QT_TRANSLATE_NOOP("paydesk::SalePage", "Dots payment"),
        .pricedCaption = nullptr,
        .pricedAmount = nullptr,
    };
    return spec;
}

} // namespace paydesk::specs
