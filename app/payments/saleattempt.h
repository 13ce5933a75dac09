// One sale attempt, the flow everything serves: validate (done by the caller) → journal
// "pending" (committed) → HTTP job → PaymentRecord → journal outcome. Nothing is sent unless the
// pending entry is on disk; nothing is sent twice (the button, the CLI and any retry reuse one
// attempt and its Idempotency-Key).
//
// The journal answers on its own thread (JournalThread): the attempt waits for it without
// blocking its own thread. One deadline covers the whole sale, the journal's part included:
// when the pending entry is not committed in time, nothing is sent and the attempt ends "not
// charged"; an entry committed after that is closed as failed ("never sent").
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "backends/jobs.h"
#include "backends/retrypolicy.h"
#include "journal/journalthread.h"

namespace paydesk {

/// A send never starts with less than this left of the sale's deadline: the attempt ends "not
/// sent" instead of sending a request that could only time out as "may have arrived".
inline constexpr int kSendFloorMs = 250;

struct AttemptContext
{
    QString terminal = QStringLiteral("terminal-1");
    QString operatorName = QStringLiteral("operator");
    bool training = false;
};

/// The journal state a backend's record means (paid, created, declined, failed).
JournalState stateForRecord(const PaymentRecord &record);
/// The journal state that a job's result means.
JournalState stateForResult(const JobResult &result);
/// The journal outcome that a job's result means.
AttemptOutcome outcomeForResult(const JobResult &result);
/// The journal state a refund's answer means: succeeded, failed, or unknown while the backend
/// is still at work ("pending"): only a refund that is done is settled.
JournalState stateForRefund(const RefundRecord &refund);
/// A refund's outcome: like a sale's, but a declined refund is failed (nothing moved), and the
/// backend's refund id is kept.
AttemptOutcome refundOutcomeForResult(const JobResult &result);

/// What one attempt journals and sends, once: a sale's create, a refund of a sale, or the
/// confirm of a created intent. The attempt does the rest the same way for each (pending first,
/// one deadline, automatic re-sends only of what never arrived, compare-and-set outcome).
struct PaymentOperation
{
    NewAttempt entry; ///< what the pending entry says (the attempt adds terminal, key, timeout)
    /// A confirm: the created sale put back to pending (compare-and-set from created) instead
    /// of a new entry; closing it unsent puts it back to created.
    qint64 confirmId = 0;
    std::function<std::unique_ptr<HttpJob>(QNetworkAccessManager *, const BackendProfile &,
                                           const JobOptions &)>
        makeJob;
    AttemptOutcome (*outcome)(const JobResult &) = outcomeForResult;
};

/// The create of `sale`.
PaymentOperation saleOperation(const Sale &sale);
/// A refund of paid sale `sale` (its journal entry): its own entry, kind refund, linked to it.
PaymentOperation refundOperation(const JournalEntry &sale, const RefundOrder &order);
/// The payment method a created sale is confirmed with: the one its sale named, else the
/// profile's `dots_payment_method_id`; an error says what to set when there is none.
Expected<QString, QString> confirmPaymentMethod(const JournalEntry &sale,
                                                const BackendProfile &profile);
/// The confirm of created sale `sale` with `paymentMethodId`.
PaymentOperation confirmOperation(const JournalEntry &sale, const QString &paymentMethodId);

class SaleAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleAttempt)

public:
    SaleAttempt(JournalThread *journal, QNetworkAccessManager *network, BackendProfile profile,
                Sale sale, AttemptContext context, JobOptions options, QObject *parent = nullptr);
    SaleAttempt(JournalThread *journal, QNetworkAccessManager *network, BackendProfile profile,
                PaymentOperation operation, AttemptContext context, JobOptions options,
                QObject *parent = nullptr);
    ~SaleAttempt() override;

    /// Re-sends the sale of an existing unknown or failed entry under its key, instead of
    /// writing a new entry. Call before start().
    void resumeEntry(qint64 id) { m_resumeId = id; }

    /// Journals, then sends. finished() follows exactly once, also when the journal refuses or
    /// does not answer within the sale's deadline (then nothing was sent and journalError()
    /// says why).
    void start();
    /// Stops waiting: for the journal (nothing is sent), for the answer, or calls off a re-send
    /// that is waiting (Esc).
    void cancel();

    qint64 journalId() const { return m_id; }
    JournalState state() const { return m_state; }
    const JobResult &result() const;
    QString journalError() const { return m_journalError; }
    const QString &idempotencyKey() const { return m_options.idempotencyKey; }
    bool isRunning() const { return m_started && !m_finished; }
    /// Waiting for the journal to commit the pending entry: nothing has been sent yet.
    bool isWaitingForJournal() const { return m_started && m_id == 0 && !m_finished; }
    /// Between an automatic re-send's decision and the re-send: cancel() calls it off.
    bool isWaitingToRetry() const { return m_retryTimer.isActive(); }
    /// What may be done if this attempt did not succeed (see docs/retries.md).
    RetryAdvice retryAdvice() const;
    int automaticRetries() const { return m_retries; }

Q_SIGNALS:
    void sent(); ///< the request has left: from now on the outcome may be unknown
    void finished();

private:
    /// Where the pending entry is on its way to the journal (shared with the journal's thread).
    enum class Writing
    {
        Queued, ///< not yet started: calling off means it is never written
        Writing, ///< being written: calling off means the journal's thread closes it as failed
        Written, ///< committed: the id is on its way back
        CalledOff, ///< the attempt gave up waiting (deadline or cancel): never sent
    };

    void onBegun(const Expected<qint64, JournalError> &id);
    /// Gives up waiting for the journal: nothing is sent. False when the entry is already
    /// committed (its id is on the way, and decides).
    bool callOffWriting(const QString &why);
    /// The compare-and-set half of callOffWriting(), which emits nothing.
    bool callOff();
    /// An entry written (or put back to pending) but never sent, because the attempt gave up on
    /// it: closed back to the state it had before (failed for a new entry; an unknown sale
    /// re-sent stays unknown: its first send may have charged).
    void closeNeverSent(qint64 id, const QString &why);
    /// The time left of the sale's deadline, in ms.
    qint64 timeLeftMs() const { return m_options.timeoutMs - m_clock.elapsed(); }
    void send();
    void onJobFinished();
    void conclude();
    void finish();

    JournalThread *m_journal;
    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    PaymentOperation m_operation;
    AttemptContext m_context;
    JobOptions m_options;
    std::unique_ptr<HttpJob> m_job;
    JobResult m_empty;
    qint64 m_id = 0;
    qint64 m_resumeId = 0;
    JournalState m_state = JournalState::Pending;
    QString m_journalError;
    bool m_started = false;
    bool m_finished = false;
    struct Ticket
    {
        std::atomic<Writing> writing{Writing::Queued};
        std::atomic<qint64> id{0};
        /// The entry's state before this attempt wrote it: what closing it unsent restores.
        std::atomic<JournalState> before{JournalState::Failed};
    };
    /// Shared with the journal's thread while the pending entry is written.
    std::shared_ptr<Ticket> m_ticket;
    QTimer m_journalDeadline;
    int m_retries = 0;
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
};

} // namespace paydesk
