// The jobs every backend has through its descriptor (create, refund, confirm), plus the
// sandbox's attempt lookup used to verify an unknown outcome. A backend's jobs of its own (Dots'
// lookups of intents and refunds) are in its folder.
#pragma once

#include <memory>

#include "backendspec.h"
#include "httpjob.h"
#include "sale.h"

namespace paydesk {

/// Creates the payment intent (and for Checkout, the charge) of a sale.
class CreatePaymentJob : public HttpJob
{
    Q_OBJECT

public:
    CreatePaymentJob(QNetworkAccessManager *network, BackendProfile profile, Sale sale,
                     JobOptions options, QObject *parent = nullptr);
    const Sale &sale() const { return m_sale; }

protected:
    BackendKind backend() const override { return saleBackend(m_sale); }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    BackendError readFailure(int status, const QJsonDocument &answer,
                             JobResult &result) const override;
    ParseContext parseContext() const override;

private:
    Sale m_sale;
};

/// The error of a 2xx answer that does not say what it should (`message`, translated).
BackendError unreadableAnswer(const JobResult &result, const QString &message);

/// The job for `sale` on `profile`: the profile's kind must match the sale's.
std::unique_ptr<CreatePaymentJob> makeCreateJob(QNetworkAccessManager *network,
                                                const BackendProfile &profile, const Sale &sale,
                                                const JobOptions &options);

/// A refund (BackendSpec::refundRequest): refused before sending, with where refunds are made,
/// on a backend that publishes no refund API.
class RefundJob final : public HttpJob
{
    Q_OBJECT

public:
    RefundJob(QNetworkAccessManager *network, BackendProfile profile, RefundOrder order,
              JobOptions options, QObject *parent = nullptr);
    const RefundOrder &order() const { return m_order; }

protected:
    BackendKind backend() const override { return profile().kind; }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    void readSuccess(const QJsonDocument &answer, JobResult &result) const override;

private:
    RefundOrder m_order;
};

/// Confirms a created intent (BackendSpec::confirmRequest), once: the answer is the intent.
class ConfirmJob final : public HttpJob
{
    Q_OBJECT

public:
    ConfirmJob(QNetworkAccessManager *network, BackendProfile profile, QString intentId,
               QString paymentMethodId, JobOptions options, QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return profile().kind; }
    Expected<RequestSpec, BackendError> buildRequest() const override;

private:
    QString m_intentId, m_paymentMethodId;
};

/// The sandbox: GET /sandbox/attempts/{key} — what the backend did with an Idempotency-Key.
/// On success `result.answer` is {key, method, path, status, answer} and `result.record` the
/// parsed first answer when it was a success.
class AttemptLookupJob final : public HttpJob
{
    Q_OBJECT

public:
    AttemptLookupJob(QNetworkAccessManager *network, BackendProfile profile, QString key,
                     ParseContext context, JobOptions options, QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return profile().kind; }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    void readSuccess(const QJsonDocument &answer, JobResult &result) const override;
    ParseContext parseContext() const override { return m_context; }

private:
    QString m_key;
    ParseContext m_context;
};

} // namespace paydesk
