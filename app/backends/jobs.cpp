#include "jobs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "backendspec.h"

namespace paydesk {
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
    return backendSpec(profile().kind).createRequest(m_sale, profile(), options().idempotencyKey);
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
    if (const auto refine = backendSpec(saleBackend(m_sale)).readFailure)
        refine(answer.object(), e, result);
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
    spec.headers.append(
        {"Authorization", basicAuthorization(profile().clientId, profile().apiKey)});
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
    spec.headers.append(
        {"Authorization", basicAuthorization(profile().clientId, profile().apiKey)});
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
        result.listedKeys.append(items.at(i)
                                     .toObject()
                                     .value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("paydesk_idempotency_key"))
                                     .toString());
    }
}

namespace {

BackendError unreadable(const JobResult &result, const QString &message)
{
    return BackendError{BackendError::Kind::Unreadable,
                        BackendError::Reach::Answered,
                        result.httpStatus,
                        QString(),
                        message,
                        QString()};
}

} // namespace

RefundJob::RefundJob(QNetworkAccessManager *network, BackendProfile profile, RefundOrder order,
                     JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_order(std::move(order))
{ }

Expected<RequestSpec, BackendError> RefundJob::buildRequest() const
{
    const BackendSpec &spec = backendSpec(profile().kind);
    if (!spec.refundRequest) {
        BackendError e;
        e.kind = BackendError::Kind::Configuration;
        e.reach = BackendError::Reach::NotSent;
        e.message = spec.whereToRefund(QString());
        return unexpected(e);
    }
    return spec.refundRequest(m_order, profile());
}

void RefundJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    // Only Dots publishes a refund API (its spec is the only one with refundRequest).
    const auto parsed = parseDotsRefund(answer.object());
    if (!answer.isObject() || !parsed) {
        result.error = unreadable(result,
                                  tr("The refund's answer is not a refund: %1")
                                      .arg(parsed ? tr("not a JSON object") : parsed.error()));
        return;
    }
    result.refund = *parsed;
}

DotsRefundListJob::DotsRefundListJob(QNetworkAccessManager *network, BackendProfile profile,
                                     QString after, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_after(std::move(after))
{ }

Expected<RequestSpec, BackendError> DotsRefundListJob::buildRequest() const
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/refunds");
    spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!m_after.isEmpty())
        spec.query.addQueryItem(QStringLiteral("starting_after"), m_after);
    spec.headers.append(
        {"Authorization", basicAuthorization(profile().clientId, profile().apiKey)});
    return spec;
}

void DotsRefundListJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    const QJsonObject page = answer.object();
    const QJsonValue data = page.value(QStringLiteral("data"));
    const QJsonValue more = page.value(QStringLiteral("has_more"));
    if (!answer.isObject() || !data.isArray() || !more.isBool()) {
        result.error = unreadable(
            result, tr("The list of refunds is not {\"has_more\": boolean, \"data\": array}."));
        return;
    }
    const QJsonArray items = data.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto parsed = parseDotsRefund(items.at(i).toObject());
        if (!items.at(i).isObject() || !parsed) {
            result.error = unreadable(result, tr("Refund %1 of the list is not a refund.").arg(i));
            result.refunds.clear();
            return;
        }
        result.refunds.append(*parsed);
    }
    result.hasMore = more.toBool();
}

DotsRefundRetrieveJob::DotsRefundRetrieveJob(QNetworkAccessManager *network, BackendProfile profile,
                                             QString id, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_id(std::move(id))
{ }

Expected<RequestSpec, BackendError> DotsRefundRetrieveJob::buildRequest() const
{
    RequestSpec spec;
    spec.path
        = QStringLiteral("/api/v2/refunds/") + QString::fromLatin1(QUrl::toPercentEncoding(m_id));
    spec.headers.append(
        {"Authorization", basicAuthorization(profile().clientId, profile().apiKey)});
    return spec;
}

void DotsRefundRetrieveJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    const auto parsed = parseDotsRefund(answer.object());
    if (!answer.isObject() || !parsed) {
        result.error = unreadable(result, tr("The answer is not a refund."));
        return;
    }
    result.refund = *parsed;
}

ConfirmJob::ConfirmJob(QNetworkAccessManager *network, BackendProfile profile, QString intentId,
                       QString paymentMethodId, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_intentId(std::move(intentId))
    , m_paymentMethodId(std::move(paymentMethodId))
{ }

Expected<RequestSpec, BackendError> ConfirmJob::buildRequest() const
{
    const BackendSpec &spec = backendSpec(profile().kind);
    if (!spec.confirmRequest) {
        BackendError e;
        e.kind = BackendError::Kind::Configuration;
        e.reach = BackendError::Reach::NotSent;
        e.message = tr("%1 has no confirm endpoint.").arg(backendName(profile().kind));
        return unexpected(e);
    }
    return spec.confirmRequest(m_intentId, m_paymentMethodId, profile());
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
    } else if (const auto refine = backendSpec(backend()).readFailure) {
        // A refusal may carry a record (Checkout's decline, its failed charge): the backend's
        // own reading of a failure keeps it; what it says of the error is not this lookup's.
        BackendError unused{};
        refine(first, unused, result);
    }
}

} // namespace paydesk
