// Dots' jobs beyond a create and a refund: the lookups that verify an unknown outcome (an intent
// by id, the list of intents with Paydesk's keys in their metadata: BackendSpec::Verification::
// DotsIntents) and a refund's (one refund, the pages of the list).
#pragma once

#include "backends/jobs.h"

namespace paydesk {

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

/// Dots: GET /api/v2/refunds?limit=100[&starting_after=ID] — one page of every refund, newest
/// first (`result.refunds`, `result.hasMore`).
class DotsRefundListJob final : public HttpJob
{
    Q_OBJECT

public:
    DotsRefundListJob(QNetworkAccessManager *network, BackendProfile profile, QString after,
                      JobOptions options, QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return BackendKind::Dots; }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    void readSuccess(const QJsonDocument &answer, JobResult &result) const override;

private:
    QString m_after;
};

/// Dots: GET /api/v2/refunds/{id}.
class DotsRefundRetrieveJob final : public HttpJob
{
    Q_OBJECT

public:
    DotsRefundRetrieveJob(QNetworkAccessManager *network, BackendProfile profile, QString id,
                          JobOptions options, QObject *parent = nullptr);

protected:
    BackendKind backend() const override { return BackendKind::Dots; }
    Expected<RequestSpec, BackendError> buildRequest() const override;
    void readSuccess(const QJsonDocument &answer, JobResult &result) const override;

private:
    QString m_id;
};

} // namespace paydesk
