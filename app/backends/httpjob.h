// One HTTP exchange with a backend, after libQuotient's BaseJob: a subclass says how to build
// the request and how to read the answer; the base class owns the transport rules that hold for
// every endpoint (deadline, size cap, TLS, redirects, idempotency key, error mapping).
// finished() is emitted exactly once, after start(), also when nothing could be sent.
#pragma once

#include <optional>

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include "backenderror.h"
#include "core/parseresult.h"
#include "core/refundrecord.h"
#include "profile.h"

class QNetworkAccessManager;

namespace paydesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct JobOptions
{
    int timeoutMs = 30000; ///< the whole exchange, not only silence
    qint64 maxAnswerBytes = 4 * 1024 * 1024; ///< a larger answer is unreadable
    QString caFile; ///< extra CA certificates (PEM) to trust
    QString idempotencyKey; ///< sent as Idempotency-Key on every create
    HeaderList extraHeaders; ///< e.g. X-Sandbox-Fault in tests
};

struct RequestSpec
{
    QByteArray method = "GET";
    QString path; ///< appended to the profile's base URL
    QUrlQuery query;
    std::optional<QJsonObject> body;
    HeaderList headers; ///< e.g. Authorization; secrets are masked in every copy we keep
};

struct JobResult
{
    std::optional<PaymentRecord> record; ///< also set on a decline that carries the failed charge
    QList<PaymentRecord> records; ///< list endpoints
    /// Dots' list: each record's `metadata.paydesk_idempotency_key` as the backend sent it,
    /// before any masking (a key is no secret, but may contain one): what a key is compared
    /// with. Never journaled.
    QStringList listedKeys;
    std::optional<RefundRecord> refund; ///< a refund's create or retrieve
    QList<RefundRecord> refunds; ///< a page of the refunds list
    bool hasMore = false; ///< the refunds list: more pages after this one
    std::optional<BackendError> error;
    int httpStatus = 0;
    QJsonObject request; ///< method, url, headers, body: redacted
    QJsonValue answer; ///< the answer's JSON, or {"text": …} when it is not JSON: redacted
    QString idempotencyKey;
    bool replayed = false; ///< the backend says it replayed an earlier answer
    /// The request may have reached the backend: a connection to it stood (or the request has
    /// no body, see httpjob.cpp). Before that, a failure proves nothing arrived.
    bool sent = false;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.has_value(); }
};

class HttpJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)

public:
    HttpJob(QNetworkAccessManager *network, BackendProfile profile, JobOptions options,
            QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    /// Abandons the exchange; the result says whether the request had already left.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    const JobResult &result() const { return m_result; }
    const BackendProfile &profile() const { return m_profile; }
    const JobOptions &options() const { return m_options; }

Q_SIGNALS:
    /// The request may have reached the backend (JobResult::sent): from now on its outcome may
    /// be unknown.
    void requestSent();
    void finished();

protected:
    virtual BackendKind backend() const = 0;
    /// The request, or an error when the input cannot be sent (nothing is sent then).
    virtual Expected<RequestSpec, BackendError> buildRequest() const = 0;
    /// A 2xx answer. The default reads one object with the backend's parser.
    virtual void readSuccess(const QJsonDocument &answer, JobResult &result) const;
    /// A 4xx/5xx answer: the error, and the record when the body carries one (a declined charge).
    virtual BackendError readFailure(int status, const QJsonDocument &answer,
                                     JobResult &result) const;
    /// What the parser needs from the request (Ocho's amount and currency).
    virtual ParseContext parseContext() const { return {}; }

private:
    void send(const QUrl &url, int redirectsLeft);
    void onReadyRead();
    void onFinished();
    void finish(std::optional<BackendError> error);
    void finishSoon(BackendError error);
    void readAnswer(int status);
    void copyRequest();
    QUrl requestUrl(const RequestSpec &spec) const;

    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    JobOptions m_options;
    RequestSpec m_spec;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_sentRequest; ///< the last request sent, for the redacted copy in the result
    bool m_requestCopyPending = false;
    bool m_connectionUp = false; ///< a connection for the current reply stood (see send())
    QTimer m_deadline;
    QElapsedTimer m_clock;
    JobResult m_result;
    enum class Abort
    {
        None,
        Deadline,
        TooLarge,
        Canceled
    } m_abort
        = Abort::None;
    bool m_finished = false;
};

} // namespace paydesk
