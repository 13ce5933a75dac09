// One sale attempt, the flow everything serves: validate (done by the caller) → journal
// "pending" (committed) → HTTP job → PaymentRecord → journal outcome. Nothing is sent unless the
// pending entry is on disk; nothing is sent twice (the button, the CLI and any retry reuse one
// attempt and its Idempotency-Key).
#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QSettings>
#include <QTimer>

#include "backends/jobs.h"
#include "backends/retrypolicy.h"
#include "journal/journal.h"

namespace paydesk {

struct AttemptContext
{
    QString terminal = QStringLiteral("terminal-1");
    QString operatorName = QStringLiteral("operator");
    bool training = false;
};

/// Terminal and operator from the [terminal] group of the settings (name=, operator=), with the
/// host name and the user's login as defaults.
AttemptContext contextFromSettings(QSettings &settings);

/// The journal state a backend's record means (paid, created, declined, failed).
JournalState stateForRecord(const PaymentRecord &record);
/// The journal state that a job's result means.
JournalState stateForResult(const JobResult &result);
/// The journal outcome that a job's result means.
AttemptOutcome outcomeForResult(const JobResult &result);

class SaleAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleAttempt)

public:
    SaleAttempt(Journal *journal, QNetworkAccessManager *network, BackendProfile profile, Sale sale,
                AttemptContext context, JobOptions options, QObject *parent = nullptr);
    ~SaleAttempt() override;

    /// Re-sends the sale of an existing unknown or failed entry under its key, instead of
    /// writing a new entry. Call before start().
    void resumeEntry(qint64 id) { m_resumeId = id; }

    /// Journals, then sends. finished() follows exactly once, also when the journal refuses
    /// (then nothing was sent and journalError() says why).
    void start();
    /// Stops waiting for the answer, or calls off a re-send that is waiting (Esc).
    void cancel();

    qint64 journalId() const { return m_id; }
    JournalState state() const { return m_state; }
    const JobResult &result() const;
    QString journalError() const { return m_journalError; }
    const QString &idempotencyKey() const { return m_options.idempotencyKey; }
    bool isRunning() const { return (m_job && m_job->isRunning()) || m_retryTimer.isActive(); }
    /// Between an automatic re-send's decision and the re-send: cancel() calls it off.
    bool isWaitingToRetry() const { return m_retryTimer.isActive(); }
    /// What may be done if this attempt did not succeed (see docs/retries.md).
    RetryAdvice retryAdvice() const;
    int automaticRetries() const { return m_retries; }

Q_SIGNALS:
    void sent(); ///< the request has left: from now on the outcome may be unknown
    void finished();

private:
    void send();
    void onJobFinished();
    void conclude();

    Journal *m_journal;
    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    Sale m_sale;
    AttemptContext m_context;
    JobOptions m_options;
    std::unique_ptr<CreatePaymentJob> m_job;
    JobResult m_empty;
    qint64 m_id = 0;
    qint64 m_resumeId = 0;
    JournalState m_state = JournalState::Pending;
    QString m_journalError;
    bool m_started = false;
    int m_retries = 0;
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
};

} // namespace paydesk
