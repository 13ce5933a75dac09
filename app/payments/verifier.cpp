#include "verifier.h"

#include <QHostAddress>
#include <QJsonArray>

#include "core/datetext.h"

namespace paydesk {
namespace {

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

} // namespace

Verifier::Verifier(Journal *journal, QNetworkAccessManager *network, BackendProfile profile,
                   qint64 entryId, JobOptions options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_id(entryId)
    , m_options(std::move(options))
{ }

Verifier::~Verifier() = default;

void Verifier::start()
{
    const auto entry = m_journal->entry(m_id);
    if (!entry) {
        VerifyResult r;
        r.error = tr("There is no journal entry %1.").arg(m_id);
        m_result = r;
        QMetaObject::invokeMethod(this, &Verifier::finished, Qt::QueuedConnection);
        return;
    }
    m_entry = *entry;
    if (m_entry.state != JournalState::Unknown && m_entry.state != JournalState::Pending) {
        VerifyResult r;
        r.definite = true;
        r.state = m_entry.state;
        r.explanation
            = tr("Nothing to verify: the sale is already %1.").arg(stateWords(m_entry.state));
        m_result = r;
        QMetaObject::invokeMethod(this, &Verifier::finished, Qt::QueuedConnection);
        return;
    }
    if (m_profile.baseUrl.isEmpty())
        m_profile.baseUrl = QUrl(m_entry.baseUrl);
    m_profile.kind = m_entry.backend;

    if (m_entry.backend == BackendKind::Dots) {
        if (!m_entry.intentId.isEmpty()) {
            m_job = std::make_unique<DotsRetrieveJob>(m_network, m_profile, m_entry.intentId,
                                                      m_options);
            connect(m_job.get(), &HttpJob::finished, this, &Verifier::onDotsRetrieve);
        } else {
            m_job = std::make_unique<DotsListJob>(m_network, m_profile, m_options);
            connect(m_job.get(), &HttpJob::finished, this, &Verifier::onDotsList);
        }
        m_job->start();
        return;
    }
    if (isLoopback(m_profile.baseUrl)) {
        ParseContext context;
        if (const auto &amount = m_entry.amount) {
            context.currency = amount->currency;
            context.amountMinor = amount->minor;
        }
        m_job = std::make_unique<AttemptLookupJob>(m_network, m_profile, m_entry.idempotencyKey,
                                                   context, m_options);
        connect(m_job.get(), &HttpJob::finished, this, &Verifier::onLookup);
        m_job->start();
        return;
    }
    VerifyResult r;
    switch (m_entry.backend) {
    case BackendKind::Checkout:
        r.explanation
            = tr("Checkout cannot be asked by key. Look for the order reference \"%1\" in "
                 "the shop's orders (or ask the customer for the card statement) before "
                 "charging again.")
                  .arg(m_entry.reference);
        break;
    case BackendKind::Offer:
        r.explanation
            = tr("Offer cannot be asked by key. Ask the Offer back office whether quote %1 "
                 "got a payment intent at %2 before trying again.")
                  .arg(m_entry.reference, formatDateTime(m_entry.createdAt));
        break;
    default:
        r.explanation = tr("Ocho cannot be asked by key. Ask the Ocho plugin whether transaction "
                           "\"%1\" has a payment intent before trying again.")
                            .arg(m_entry.reference);
        break;
    }
    // Keep "finished() after start() returns" also when nothing needs to be asked.
    QMetaObject::invokeMethod(
        this, [this, r] { conclude(r); }, Qt::QueuedConnection);
}

void Verifier::onLookup()
{
    const JobResult &j = m_job->result();
    VerifyResult r;
    if (j.ok()) {
        const QJsonObject lookup = j.answer.toObject();
        const int status = lookup.value(QStringLiteral("status")).toInt();
        r.definite = true;
        r.record = j.record;
        if (j.record) {
            r.state = status == 402 ? JournalState::Declined : stateForRecord(*j.record);
        } else {
            r.state = status == 402 ? JournalState::Declined : JournalState::Failed;
        }
        r.explanation
            = tr("The backend answered this key with HTTP %1 at the time: the sale is %2.")
                  .arg(status)
                  .arg(stateWords(r.state));
    } else if (j.error->httpStatus == 404) {
        r.definite = true;
        r.state = JournalState::Failed;
        r.explanation = tr("The backend has no record of key %1: the sale never reached it. It can "
                           "be sent again.")
                            .arg(m_entry.idempotencyKey);
    } else {
        r.explanation = tr("The backend could not be asked: %1").arg(j.error->detail());
    }
    conclude(r);
}

void Verifier::onDotsRetrieve()
{
    const JobResult &j = m_job->result();
    VerifyResult r;
    if (j.ok()) {
        r.definite = true;
        r.record = j.record;
        r.state = stateForRecord(*j.record);
        r.explanation
            = tr("Dots says intent %1 is %2.").arg(j.record->intent.id, j.record->intent.status);
    } else {
        r.explanation = tr("Dots could not be asked: %1").arg(j.error->detail());
    }
    conclude(r);
}

void Verifier::onDotsList()
{
    const JobResult &j = m_job->result();
    VerifyResult r;
    if (!j.ok()) {
        r.explanation = tr("Dots could not be asked: %1").arg(j.error->detail());
        conclude(r);
        return;
    }
    r.definite = true;
    r.state = JournalState::Failed;
    r.explanation = tr("Dots has no intent carrying key %1: the sale never reached it. It can be "
                       "sent again.")
                        .arg(m_entry.idempotencyKey);
    for (const PaymentRecord &record : j.records) {
        const QJsonObject metadata = record.extra.value(QStringLiteral("metadata")).toObject();
        if (metadata.value(QStringLiteral("paydesk_idempotency_key")).toString()
            == m_entry.idempotencyKey) {
            r.record = record;
            r.state = stateForRecord(record);
            r.explanation = tr("Dots has intent %1 for this sale: %2.")
                                .arg(record.intent.id, record.intent.status);
            break;
        }
    }
    conclude(r);
}

void Verifier::conclude(VerifyResult r)
{
    AttemptOutcome o;
    o.eventKind = QStringLiteral("verify");
    o.eventDetail = r.explanation;
    o.state = r.definite ? r.state : m_entry.state;
    if (r.definite) {
        o.record = r.record;
        if (r.record)
            o.answer = r.record->raw;
        o.errorKind = r.state == JournalState::Succeeded || r.state == JournalState::Created
            ? QString()
            : QStringLiteral("verified");
        o.errorMessage = r.explanation;
    }
    if (const auto written = m_journal->record(m_id, o); !written)
        r.error = written.error();
    m_result = r;
    Q_EMIT finished();
}

} // namespace paydesk
