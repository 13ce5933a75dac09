// The jobs: one per endpoint of the four backends (see shared/api/README.md), plus the
// sandbox's attempt lookup used to verify an unknown outcome.
#pragma once

#include <memory>

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

/// The job for `sale` on `profile`: the profile's kind must match the sale's.
std::unique_ptr<CreatePaymentJob> makeCreateJob(QNetworkAccessManager *network,
                                                const BackendProfile &profile, const Sale &sale,
                                                const JobOptions &options);

/// Dots: GET /api/v2/payment-intents/{id} — refreshes one intent's status.
class DotsRetrieveJob final : public HttpJob
{
    Q_OBJECT

public:
    DotsRetrieveJob(QNetworkAccessManager *network, BackendProfile profile, QString intentId,
                    JobOptions options, QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return BackendKind::Dots; }
    Expected<RequestSpec, BackendError> buildRequest() const override;

private:
    QString m_id;
};

/// Dots: GET /api/v2/payment-intents — every intent, newest first.
class DotsListJob final : public HttpJob
{
    Q_OBJECT

public:
    DotsListJob(QNetworkAccessManager *network, BackendProfile profile, JobOptions options,
                QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return BackendKind::Dots; }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    void readSuccess(const QJsonDocument &answer, JobResult &result) const override;
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
