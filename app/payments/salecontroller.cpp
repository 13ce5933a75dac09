#include "salecontroller.h"

#include "backends/backendspec.h"

namespace paydesk {

SaleController::SaleController(JournalThread *journal, QNetworkAccessManager *network,
                               AttemptContext context, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_network(network)
    , m_context(std::move(context))
{
    connect(m_journal, &JournalThread::waiting, this, [this](const QString &what, qint64 waitedMs) {
        if (isBusy() || what.isEmpty())
            Q_EMIT waitingForJournal(what, waitedMs);
    });
}

SaleController::~SaleController() = default;

void SaleController::setProfile(const BackendProfile &profile)
{
    if (!canChangeProfile())
        return;
    m_profile = profile;
}

void SaleController::setCustomerView(const CustomerView &view)
{
    if (view == m_customerView)
        return;
    m_customerView = view;
    Q_EMIT customerViewChanged();
}

bool SaleController::isSettled() const
{
    return m_phase != Phase::Unknown && !isBusy();
}

bool SaleController::canCharge() const
{
    // Paid or created: that sale is done (New sale next). Unknown: verify first. Busy: it is
    // being sent. The same sale is never sent twice.
    return (m_phase == Phase::Editing || m_phase == Phase::Declined || m_phase == Phase::NotCharged)
        && checkBaseUrl(m_profile.baseUrl).isEmpty();
}

QString SaleController::idempotencyKey() const
{
    return m_attempt ? m_attempt->idempotencyKey() : QString();
}

RetryAdvice SaleController::retryAdvice() const
{
    return m_attempt ? m_attempt->retryAdvice() : RetryAdvice::Never;
}

int SaleController::automaticRetries() const
{
    return m_attempt ? m_attempt->automaticRetries() : 0;
}

bool SaleController::canConfirm() const
{
    return m_phase == Phase::Created && m_journalId > 0 && m_record
        && !m_record->intent.id.isEmpty() && backendSpec(m_profile.kind).confirmRequest;
}

QString SaleController::confirm()
{
    if (!canConfirm())
        return tr("Only a created intent can be confirmed.");
    JournalEntry sale;
    sale.id = m_journalId;
    sale.backend = m_profile.kind;
    sale.intentId = m_record->intent.id;
    sale.training = m_context.training;
    sale.amount = m_record->intent.amount;
    sale.request = QJsonObject{{QStringLiteral("sale"), m_saleJson}};
    const auto method = confirmPaymentMethod(sale, m_profile);
    if (!method)
        return method.error();
    m_confirm = std::make_unique<SaleAttempt>(
        m_journal, m_network, m_profile, confirmOperation(sale, *method), m_context, JobOptions{});
    connect(m_confirm.get(), &SaleAttempt::sent, this, &SaleController::sent);
    connect(m_confirm.get(), &SaleAttempt::finished, this, &SaleController::onConfirmFinished);
    m_verification.reset();
    setPhase(Phase::Sending);
    m_confirm->start();
    return {};
}

void SaleController::onConfirmFinished()
{
    m_journalError = m_confirm->journalError();
    if (m_confirm->journalId() == 0) {
        // Not sent (the journal says the sale is no longer created, or could not write): the
        // intent is as it was.
        setPhase(Phase::Created);
        return;
    }
    const JobResult &r = m_confirm->result();
    m_state = m_confirm->state();
    if (r.record)
        m_record = r.record;
    m_error = r.error;
    const bool settledWithoutRecord = m_state == JournalState::Succeeded && !r.record;
    setPhase(settledWithoutRecord ? Phase::Unknown : phaseFor(m_state));
}

bool SaleController::charge(const Sale &sale)
{
    if (!canCharge())
        return false;
    forget();
    m_saleJson = saleToJson(sale);
    m_attempt = std::make_unique<SaleAttempt>(m_journal, m_network, m_profile, sale, m_context,
                                              JobOptions{});
    connect(m_attempt.get(), &SaleAttempt::sent, this, &SaleController::sent);
    connect(m_attempt.get(), &SaleAttempt::finished, this, &SaleController::onAttemptFinished);
    setPhase(Phase::Sending);
    m_attempt->start();
    return true;
}

void SaleController::cancel()
{
    if (m_phase == Phase::Sending && m_confirm && m_confirm->isRunning())
        m_confirm->cancel();
    else if (m_phase == Phase::Sending && m_attempt)
        m_attempt->cancel();
}

SaleController::Phase SaleController::phaseFor(JournalState state)
{
    switch (state) {
    case JournalState::Succeeded:
        return Phase::Paid;
    case JournalState::Created:
        return Phase::Created;
    case JournalState::Declined:
        return Phase::Declined;
    case JournalState::Failed:
        return Phase::NotCharged;
    case JournalState::Pending:
    case JournalState::Unknown:
        break;
    }
    return Phase::Unknown;
}

void SaleController::onAttemptFinished()
{
    const JobResult &r = m_attempt->result();
    m_journalId = m_attempt->journalId();
    m_journalError = m_attempt->journalError();
    m_record = r.record;
    m_error = r.error;
    m_replayed = r.replayed;
    if (m_journalId == 0) {
        m_state = JournalState::Failed; // the journal refused it: nothing was sent
        setPhase(Phase::NotCharged);
        return;
    }
    m_state = m_attempt->state();
    // A paid or created sale without its record cannot be shown as such: treat it as unknown.
    const bool settledWithoutRecord
        = (m_state == JournalState::Succeeded || m_state == JournalState::Created) && !m_record;
    setPhase(settledWithoutRecord ? Phase::Unknown : phaseFor(m_state));
}

void SaleController::verify()
{
    if (!canVerify())
        return;
    m_verifier = std::make_unique<Verifier>(m_journal, m_network, m_profile, m_journalId);
    connect(m_verifier.get(), &Verifier::finished, this, &SaleController::onVerified);
    setPhase(Phase::Verifying);
    m_verifier->start();
}

void SaleController::onVerified()
{
    m_verification = m_verifier->result();
    const VerifyResult &v = *m_verification;
    if (!v.definite) {
        setPhase(Phase::Unknown);
        return;
    }
    m_state = v.state;
    if (v.record)
        m_record = v.record;
    const bool settledWithoutRecord
        = (m_state == JournalState::Succeeded || m_state == JournalState::Created) && !m_record;
    setPhase(settledWithoutRecord ? Phase::Unknown : phaseFor(m_state));
}

bool SaleController::reset()
{
    if (isBusy())
        return false;
    forget();
    setPhase(Phase::Editing);
    return true;
}

void SaleController::forget()
{
    m_attempt.reset();
    m_confirm.reset();
    m_verifier.reset();
    m_verification.reset();
    m_record.reset();
    m_error.reset();
    m_replayed = false;
    m_journalError.clear();
    m_journalId = 0;
    m_state = JournalState::Pending;
}

void SaleController::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

} // namespace paydesk
