#include "saleattempt.h"

#include <QHostInfo>
#include <QTimer>
#include <QUuid>

namespace paydesk {

AttemptContext contextFromSettings(QSettings &settings)
{
    AttemptContext c;
    c.terminal
        = settings.value(QStringLiteral("terminal/name"), QHostInfo::localHostName()).toString();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("operator");
    c.operatorName = settings.value(QStringLiteral("terminal/operator"), user).toString();
    c.training = settings.value(QStringLiteral("terminal/training"), false).toBool();
    return c;
}

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

JournalState stateForResult(const JobResult &result)
{
    if (result.ok())
        return stateForRecord(*result.record);
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

SaleAttempt::SaleAttempt(Journal *journal, QNetworkAccessManager *network, BackendProfile profile,
                         Sale sale, AttemptContext context, JobOptions options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_sale(std::move(sale))
    , m_context(std::move(context))
    , m_options(std::move(options))
{
    if (m_options.idempotencyKey.isEmpty())
        m_options.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_options.timeoutMs = m_profile.timeoutMs;
    if (m_options.caFile.isEmpty())
        m_options.caFile = m_profile.caFile;
    // Whatever the backend echoes of the credentials is masked in the journal too.
    m_journal->maskSecrets(m_profile.secrets());
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &SaleAttempt::send);
}

SaleAttempt::~SaleAttempt() = default;

const JobResult &SaleAttempt::result() const
{
    return m_job ? m_job->result() : m_empty;
}

void SaleAttempt::start()
{
    if (m_started)
        return; // one attempt is sent once
    m_started = true;
    NewAttempt a;
    a.terminal = m_context.terminal;
    a.operatorName = m_context.operatorName;
    a.profile = m_profile.name;
    a.backend = saleBackend(m_sale);
    a.baseUrl = m_profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    a.training = m_context.training;
    a.idempotencyKey = m_options.idempotencyKey;
    a.sale = saleToJson(m_sale);
    a.amount = saleAmount(m_sale);
    a.reference = saleReference(m_sale);
    a.timeoutMs = m_options.timeoutMs;
    Expected<qint64, JournalError> id = m_resumeId;
    if (m_resumeId > 0) {
        if (const auto resumed
            = m_journal->resume(m_resumeId, a.timeoutMs, m_profile.honoursIdempotencyKey);
            !resumed)
            id = unexpected(resumed.error());
    } else {
        id = m_journal->begin(a);
    }
    if (!id) {
        m_journalError = id.error();
        m_state = JournalState::Failed;
        QMetaObject::invokeMethod(this, &SaleAttempt::finished, Qt::QueuedConnection);
        return;
    }
    m_id = *id;
    m_clock.start();
    send();
}

void SaleAttempt::send()
{
    // One deadline for the whole sale: a re-send gets the time that remains, not a fresh one.
    JobOptions options = m_options;
    options.timeoutMs = int(qMax<qint64>(1, m_options.timeoutMs - m_clock.elapsed()));
    m_job = makeCreateJob(m_network, m_profile, m_sale, options);
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
    if (m_retryTimer.isActive()) {
        // Waiting to re-send what never arrived: the re-send is called off, and the attempt
        // ends with the last answer (nothing reached the backend).
        m_retryTimer.stop();
        (void)m_journal->note(m_id, QStringLiteral("canceled"),
                              tr("The waiting re-send was canceled by the user; nothing more "
                                 "was sent."));
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
        && m_clock.elapsed() + delay < m_options.timeoutMs) {
        ++m_retries;
        const BackendError &e = *m_job->result().error;
        const qint64 left = m_options.timeoutMs - m_clock.elapsed() - delay;
        (void)m_journal->note(m_id, QStringLiteral("retry"),
                              tr("Not reached (%1); sending again in %2 ms, same key, within "
                                 "the %3 ms left.")
                                  .arg(e.detail())
                                  .arg(delay)
                                  .arg(left));
        m_retryTimer.start(delay);
        return;
    }
    conclude();
}

void SaleAttempt::conclude()
{
    const AttemptOutcome outcome = outcomeForResult(m_job->result());
    m_state = outcome.state;
    auto written = m_journal->record(m_id, JournalState::Pending, outcome);
    if (!written) {
        // Another program took this sale for abandoned (unknown) while its answer was on the
        // way: the answer is better than "unknown", and may settle it, still compare-and-set.
        // Anything else (a verify settled it) is left as it is, and reported.
        if (written.error().kind == JournalError::Kind::Conflict)
            if (const auto now = m_journal->entry(m_id); now && now->state == JournalState::Unknown)
                written = m_journal->record(m_id, JournalState::Unknown, outcome);
    }
    if (!written)
        m_journalError = written.error(); // pending stays pending: the next start says unknown
    Q_EMIT finished();
}

} // namespace paydesk
