#include "saleattempt.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace paydesk {

JournalState stateForRecord(const PaymentRecord &record)
{
    const Charge *charge = record.latestCharge();
    if (record.intent.status == u"succeeded"
        || (charge && charge->status == u"succeeded" && charge->paid.value_or(false)))
        return JournalState::Succeeded;
    if (charge && charge->status == u"failed")
        return JournalState::Declined;
    if (record.intent.status == u"failed" || record.intent.status == u"canceled")
        return JournalState::Failed;
    return JournalState::Created;
}

JournalState stateForRefund(const RefundRecord &refund)
{
    if (refund.status == u"succeeded")
        return JournalState::Succeeded;
    if (refund.status == u"failed" || refund.status == u"canceled")
        return JournalState::Failed;
    return JournalState::Unknown;
}

JournalState stateForResult(const JobResult &result)
{
    if (result.ok()) {
        if (result.record)
            return stateForRecord(*result.record);
        return result.refund ? stateForRefund(*result.refund) : JournalState::Unknown;
    }
    const BackendError &e = *result.error;
    if (e.kind == BackendError::Kind::Declined)
        return JournalState::Declined;
    if (e.kind == BackendError::Kind::Refused || e.reach == BackendError::Reach::NotSent)
        return JournalState::Failed;
    return JournalState::Unknown;
}

AttemptOutcome outcomeForResult(const JobResult &result)
{
    AttemptOutcome o;
    o.state = stateForResult(result);
    o.httpStatus = result.httpStatus;
    o.httpRequest = result.request;
    o.answer = result.answer;
    o.record = result.record;
    if (result.error) {
        o.errorKind = result.error->kindName();
        o.errorMessage = result.error->cashierText();
        o.errorDetail = result.error->detail();
    }
    o.eventDetail = result.error
        ? result.error->detail()
        : QStringLiteral("HTTP %1%2")
              .arg(result.httpStatus)
              .arg(result.replayed ? QStringLiteral(", replayed") : QString());
    return o;
}

AttemptOutcome refundOutcomeForResult(const JobResult &result)
{
    AttemptOutcome o = outcomeForResult(result);
    if (o.state == JournalState::Declined)
        o.state = JournalState::Failed; // refused: nothing was refunded
    if (result.refund) {
        o.remoteId = result.refund->id;
        if (o.state == JournalState::Unknown)
            o.eventDetail = QCoreApplication::translate(
                                "paydesk::SaleAttempt",
                                "HTTP %1: refund %2 is %3 at the backend, not done yet: verify "
                                "it later.")
                                .arg(result.httpStatus)
                                .arg(result.refund->id, result.refund->status);
    }
    return o;
}

PaymentOperation saleOperation(const Sale &sale)
{
    PaymentOperation op;
    op.entry.backend = saleBackend(sale);
    op.entry.sale = saleToJson(sale);
    op.entry.amount = saleAmount(sale);
    op.entry.reference = saleReference(sale);
    op.entry.client = saleClient(sale);
    op.makeJob = [sale](QNetworkAccessManager *network, const BackendProfile &profile,
                        const JobOptions &options) -> std::unique_ptr<HttpJob> {
        return makeCreateJob(network, profile, sale, options);
    };
    return op;
}

PaymentOperation refundOperation(const JournalEntry &sale, const RefundOrder &order)
{
    PaymentOperation op;
    op.entry.kind = EntryKind::RefundEntry;
    op.entry.parentId = sale.id;
    op.entry.intentId = order.intentId;
    op.entry.backend = sale.backend;
    op.entry.training = sale.training;
    op.entry.sale = QJsonObject{{QStringLiteral("refund"),
                                 QJsonObject{{QStringLiteral("sale_id"), sale.id},
                                             {QStringLiteral("payment_intent_id"), order.intentId},
                                             {QStringLiteral("amount_minor"), order.amount.minor},
                                             {QStringLiteral("currency"), order.amount.currency},
                                             {QStringLiteral("reason"), order.reason}}}};
    op.entry.amount = order.amount;
    op.entry.reference = sale.reference;
    op.entry.client = sale.client;
    op.makeJob = [order](QNetworkAccessManager *network, const BackendProfile &profile,
                         const JobOptions &options) -> std::unique_ptr<HttpJob> {
        return std::make_unique<RefundJob>(network, profile, order, options);
    };
    op.outcome = refundOutcomeForResult;
    return op;
}

Expected<QString, QString> confirmPaymentMethod(const JournalEntry &sale,
                                                const BackendProfile &profile)
{
    const QString own = sale.request.value(QStringLiteral("sale"))
                            .toObject()
                            .value(QStringLiteral("payment_method_id"))
                            .toString();
    if (!own.isEmpty())
        return own;
    if (!profile.dotsPaymentMethodId.isEmpty())
        return profile.dotsPaymentMethodId;
    return unexpected(QCoreApplication::translate(
        "paydesk::SaleAttempt",
        "the sale names no payment method, and the profile has no dots_payment_method_id to "
        "confirm it with."));
}

PaymentOperation confirmOperation(const JournalEntry &sale, const QString &paymentMethodId)
{
    PaymentOperation op;
    op.confirmId = sale.id;
    op.entry.backend = sale.backend;
    op.entry.training = sale.training;
    op.entry.amount = sale.amount;
    op.entry.reference = sale.reference;
    const QString intentId = sale.intentId;
    op.makeJob
        = [intentId, paymentMethodId](QNetworkAccessManager *network, const BackendProfile &profile,
                                      const JobOptions &options) -> std::unique_ptr<HttpJob> {
        return std::make_unique<ConfirmJob>(network, profile, intentId, paymentMethodId, options);
    };
    return op;
}

namespace {

/// What closes an entry that was written (or put back to pending) but never sent: the state it
/// had before (failed for a new entry), and why.
AttemptOutcome neverSent(JournalState before, const QString &why)
{
    AttemptOutcome o;
    o.state = before;
    o.errorKind = QStringLiteral("not_sent");
    o.errorMessage = why;
    o.eventKind = QStringLiteral("canceled");
    o.eventDetail = why;
    return o;
}

} // namespace

SaleAttempt::SaleAttempt(JournalThread *journal, QNetworkAccessManager *network,
                         BackendProfile profile, Sale sale, AttemptContext context,
                         JobOptions options, QObject *parent)
    : SaleAttempt(journal, network, std::move(profile), saleOperation(sale), std::move(context),
                  std::move(options), parent)
{ }

SaleAttempt::SaleAttempt(JournalThread *journal, QNetworkAccessManager *network,
                         BackendProfile profile, PaymentOperation operation, AttemptContext context,
                         JobOptions options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_operation(std::move(operation))
    , m_context(std::move(context))
    , m_options(std::move(options))
{
    if (m_options.idempotencyKey.isEmpty())
        m_options.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_options.timeoutMs = m_profile.timeoutMs;
    if (m_options.caFile.isEmpty())
        m_options.caFile = m_profile.caFile;
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &SaleAttempt::send);
    m_journalDeadline.setSingleShot(true);
    m_journalDeadline.setTimerType(Qt::PreciseTimer);
    connect(&m_journalDeadline, &QTimer::timeout, this, [this] {
        const QString seconds = QString::number(m_options.timeoutMs / 1000.0, 'g', 3);
        callOffWriting(
            m_resumeId > 0
                ? tr("The journal did not answer within the sale's %1 s, so this re-send sent "
                     "nothing; the sale stays as it was. Check the journal's database, then "
                     "verify the sale before anything else.")
                      .arg(seconds)
                : tr("The journal did not answer within the sale's %1 s, so nothing was sent "
                     "and nothing was charged. Check the journal's database, then charge "
                     "again.")
                      .arg(seconds));
    });
}

SaleAttempt::~SaleAttempt()
{
    // Gone while its entry was on the way to the journal: nothing was sent. Not yet written:
    // it never will be. Being written: the journal's thread closes it. Written, its id not yet
    // back here: closed from here.
    if (!m_ticket || m_id != 0 || m_finished || callOff())
        return;
    if (const qint64 id = m_ticket->id; id > 0) {
        closeNeverSent(id,
                       tr("The program stopped waiting before the sale was sent; nothing "
                          "was sent."));
    }
}

void SaleAttempt::closeNeverSent(qint64 id, const QString &why)
{
    const AttemptOutcome o = neverSent(m_ticket->before, why);
    m_journal->post(tr("closing a sale that was never sent"),
                    [id, o](Journal &j) { return j.record(id, JournalState::Pending, o); });
}

const JobResult &SaleAttempt::result() const
{
    return m_job ? m_job->result() : m_empty;
}

void SaleAttempt::start()
{
    if (m_started)
        return; // one attempt is sent once
    m_started = true;
    NewAttempt a = m_operation.entry;
    a.terminal = m_context.terminal;
    a.operatorName = m_context.operatorName;
    a.profile = m_profile.name;
    a.baseUrl = m_profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    a.training = m_context.training || m_operation.entry.training;
    a.idempotencyKey = m_options.idempotencyKey;
    a.timeoutMs = m_options.timeoutMs;

    // One deadline for the whole sale, from now: the journal's part, then the sending.
    m_clock.start();
    m_journalDeadline.start(m_options.timeoutMs);
    m_ticket = std::make_shared<Ticket>();
    // A re-send's entry may be unknown (its first send may have charged) until the journal's
    // thread reads what it is.
    if (m_resumeId > 0)
        m_ticket->before = JournalState::Unknown;
    // A confirm that is never sent leaves its sale created, as it was.
    const qint64 confirmId = m_operation.confirmId;
    if (confirmId > 0)
        m_ticket->before = JournalState::Created;
    const auto ticket = m_ticket;
    const qint64 resumeId = m_resumeId;
    const bool replays = m_profile.honoursIdempotencyKey;
    const QStringList secrets = m_profile.secrets();
    const QString late = tr("The journal wrote the sale after its deadline had passed, so it was "
                            "not sent; nothing was sent.");
    m_journal->run(
        this, tr("writing the sale before it is sent"),
        [ticket, resumeId, confirmId, replays, secrets, a,
         late](Journal &j) -> Expected<qint64, JournalError> {
            Writing expected = Writing::Queued;
            if (!ticket->writing.compare_exchange_strong(expected, Writing::Writing))
                return unexpected(JournalError(late, JournalError::Kind::NotAllowed));
            // Whatever the backend echoes of the credentials is masked in the journal too.
            j.maskSecrets(secrets);
            JournalState before = confirmId > 0 ? JournalState::Created : JournalState::Failed;
            const auto write = [&]() -> Expected<qint64, JournalError> {
                if (confirmId > 0) {
                    if (const auto begun = j.beginConfirm(confirmId, a.timeoutMs); !begun)
                        return unexpected(begun.error());
                    return confirmId;
                }
                if (resumeId <= 0)
                    return j.begin(a);
                // What it is now, read or refused: a re-send never starts from a guess.
                const auto e = j.entry(resumeId);
                if (!e)
                    return unexpected(e.error());
                before = e->state;
                ticket->before = before;
                if (const auto resumed = j.resume(resumeId, a.timeoutMs, replays); !resumed)
                    return unexpected(resumed.error());
                return resumeId;
            };
            const Expected<qint64, JournalError> id = write();
            if (id)
                ticket->id = *id;
            expected = Writing::Writing;
            if (ticket->writing.compare_exchange_strong(expected, Writing::Written))
                return id;
            // Called off while it was being written (deadline, Esc): never sent, so closed
            // here, back to what it was.
            if (id)
                (void)j.record(*id, JournalState::Pending, neverSent(before, late));
            return unexpected(JournalError(late, JournalError::Kind::NotAllowed));
        },
        [this](const Expected<qint64, JournalError> &id) { onBegun(id); });
}

bool SaleAttempt::callOff()
{
    Writing expected = Writing::Queued;
    if (m_ticket->writing.compare_exchange_strong(expected, Writing::CalledOff))
        return true;
    expected = Writing::Writing;
    return m_ticket->writing.compare_exchange_strong(expected, Writing::CalledOff);
}

bool SaleAttempt::callOffWriting(const QString &why)
{
    if (m_finished || m_id != 0 || !callOff())
        return false; // committed: its id is on the way back, and decides
    m_journalError = why;
    m_state = m_ticket->before;
    finish();
    return true;
}

void SaleAttempt::onBegun(const Expected<qint64, JournalError> &id)
{
    if (m_finished)
        return; // called off: the journal's thread has closed the entry
    m_journalDeadline.stop();
    if (!id) {
        m_journalError = id.error().message;
        m_state = JournalState::Failed;
        finish();
        return;
    }
    if (timeLeftMs() < kSendFloorMs) {
        // Committed just as the deadline passed (or too close to it to send): nothing is sent.
        // Like a journal that refused: no entry to show; the entry goes back to what it was.
        m_journalError = tr("The journal answered only at the end of the sale's deadline, so "
                            "this attempt sent nothing.");
        m_state = m_ticket->before;
        closeNeverSent(*id, m_journalError);
        finish();
        return;
    }
    m_id = *id;
    send();
}

void SaleAttempt::send()
{
    // One deadline for the whole sale: a re-send gets the time that remains, not a fresh one.
    JobOptions options = m_options;
    options.timeoutMs = int(qMax<qint64>(1, m_options.timeoutMs - m_clock.elapsed()));
    m_job = m_operation.makeJob(m_network, m_profile, options);
    connect(m_job.get(), &HttpJob::requestSent, this, &SaleAttempt::sent);
    connect(m_job.get(), &HttpJob::finished, this, &SaleAttempt::onJobFinished);
    m_job->start();
}

RetryAdvice SaleAttempt::retryAdvice() const
{
    const JobResult &r = result();
    return r.error ? paydesk::retryAdvice(*r.error, m_profile) : RetryAdvice::Never;
}

void SaleAttempt::cancel()
{
    if (isWaitingForJournal()) {
        callOffWriting(tr("Canceled before it was sent: nothing was sent and nothing was "
                          "charged."));
        return;
    }
    if (m_retryTimer.isActive()) {
        // Waiting to re-send what never arrived: the re-send is called off, and the attempt
        // ends with the last answer (nothing reached the backend).
        m_retryTimer.stop();
        const qint64 id = m_id;
        const QString detail = tr("The waiting re-send was canceled by the user; nothing more "
                                  "was sent.");
        m_journal->post(tr("noting the canceled re-send"), [id, detail](Journal &j) {
            return j.note(id, QStringLiteral("canceled"), detail);
        });
        conclude();
        return;
    }
    if (m_job)
        m_job->cancel();
}

void SaleAttempt::onJobFinished()
{
    // Nothing reached the backend: send again by itself, under the same key, a few times and
    // never past the attempt's deadline. Everything else waits for a person (docs/retries.md).
    const int delay = kAutomaticRetryDelayMs * (m_retries + 1);
    if (retryAdvice() == RetryAdvice::Automatically && m_retries < kMaxAutomaticRetries
        && timeLeftMs() - delay >= kSendFloorMs) {
        ++m_retries;
        const BackendError &e = *m_job->result().error;
        const qint64 left = m_options.timeoutMs - m_clock.elapsed() - delay;
        const qint64 id = m_id;
        const QString detail = tr("Not reached (%1); sending again in %2 ms, same key, within "
                                  "the %3 ms left.")
                                   .arg(e.detail())
                                   .arg(delay)
                                   .arg(left);
        m_journal->post(tr("noting the re-send"), [id, detail](Journal &j) {
            return j.note(id, QStringLiteral("retry"), detail);
        });
        m_retryTimer.start(delay);
        return;
    }
    conclude();
}

void SaleAttempt::conclude()
{
    const AttemptOutcome outcome = m_operation.outcome(m_job->result());
    m_state = outcome.state;
    const qint64 id = m_id;
    m_journal->run(
        this, tr("recording the sale's outcome"),
        [id, outcome](Journal &j) -> QString {
            auto written = j.record(id, JournalState::Pending, outcome);
            // Another program took this sale for abandoned (unknown) while its answer was on
            // the way: the answer is better than "unknown", and may settle it, still
            // compare-and-set. Anything else (a verify settled it) is left as it is, and
            // reported.
            if (!written && written.error().kind == JournalError::Kind::Conflict)
                if (const auto now = j.entry(id); now && now->state == JournalState::Unknown)
                    written = j.record(id, JournalState::Unknown, outcome);
            // Not written: pending stays pending, and the next start says unknown.
            return written ? QString() : written.error().message;
        },
        [this](const QString &error) {
            m_journalError = error;
            finish();
        });
}

void SaleAttempt::finish()
{
    m_finished = true;
    m_journalDeadline.stop();
    Q_EMIT finished();
}

} // namespace paydesk
