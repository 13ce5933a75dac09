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

BackendError unreadableAnswer(const JobResult &result, const QString &message)
{
    return BackendError{BackendError::Kind::Unreadable,
                        BackendError::Reach::Answered,
                        result.httpStatus,
                        QString(),
                        message,
                        QString()};
}

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
    // buildRequest() sent nothing unless the descriptor has a refund API, and so its reader.
    const auto parsed = backendSpec(profile().kind).readRefund(answer.object());
    if (!answer.isObject() || !parsed) {
        result.error
            = unreadableAnswer(result,
                               tr("The refund's answer is not a refund: %1")
                                   .arg(parsed ? tr("not a JSON object") : parsed.error()));
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
