#include "verifier.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include "backends/backendspec.h"
#include "backends/dots/jobs.h"
#include "core/clock.h"
#include "core/redaction.h"

namespace paydesk {
namespace {

/// Page sizes that list endpoints commonly cap an answer at: a list of exactly that many may
/// have been cut short.
bool looksCapped(qsizetype n)
{
    static constexpr qsizetype kPageSizes[] = {10, 20, 25, 30, 50, 100, 200, 250, 500, 1000};
    return std::find(std::begin(kPageSizes), std::end(kPageSizes), n) != std::end(kPageSizes);
}

QString timeText(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

bool witnessIsDestination(const JournalEntry &entry, const BackendProfile &witness)
{
    if (witness.training)
        return entry.training;
    return sameDestination(QUrl(entry.baseUrl), witness.baseUrl);
}

QString dotsListPartialReason(const QJsonValue &answer, const QDateTime &since)
{
    if (!answer.isArray()) {
        const QJsonObject o = answer.toObject();
        if (o.contains(QStringLiteral("has_more")) || o.contains(QStringLiteral("next"))
            || o.contains(QStringLiteral("next_page")) || o.contains(QStringLiteral("cursor")))
            return QCoreApplication::translate("paydesk::Verifier",
                                               "the answer is one page of a longer list");
        return QCoreApplication::translate("paydesk::Verifier",
                                           "the answer is not the published list (an array)");
    }
    const QJsonArray intents = answer.toArray();
    if (looksCapped(intents.size()))
        return QCoreApplication::translate("paydesk::Verifier",
                                           "it holds exactly %1 intents, a usual page size: it "
                                           "may have been cut short")
            .arg(intents.size());
    // Dots' published intent has no creation time; where an answer gives one (Stripe's
    // `created`, or a `created_at`), a list that starts after the sale may not reach back to it.
    if (intents.isEmpty() || !since.isValid())
        return QString();
    const bool allNewer = std::all_of(intents.cbegin(), intents.cend(), [&](const QJsonValue &v) {
        const QJsonObject intent = v.toObject();
        QDateTime created;
        if (const QJsonValue unix = intent.value(QStringLiteral("created")); unix.isDouble())
            created = QDateTime::fromSecsSinceEpoch(qint64(unix.toDouble()), QTimeZone::utc());
        else if (const QJsonValue iso = intent.value(QStringLiteral("created_at")); iso.isString())
            created = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
        return created.isValid() && created > since;
    });
    return allNewer ? QCoreApplication::translate("paydesk::Verifier",
                                                  "every intent in it is newer than the sale: "
                                                  "it may not reach back that far")
                    : QString();
}

Verifier::Verifier(JournalThread *journal, QNetworkAccessManager *network, BackendProfile profile,
                   qint64 entryId, JobOptions options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_id(entryId)
    , m_options(std::move(options))
{ }

Verifier::~Verifier() = default;

void Verifier::finishSoon(VerifyResult r)
{
    // Keep "finished() after start() returns" also when nothing needs to be asked.
    QMetaObject::invokeMethod(
        this, [this, r] { conclude(r); }, Qt::QueuedConnection);
}

QString Verifier::asked(const QString &answered) const
{
    const JobResult &j = m_job->result();
    const QString method = j.request.value(QStringLiteral("method")).toString();
    const QString url = j.request.value(QStringLiteral("url")).toString();
    return tr("Asked: %1 %2. Answered: %3.").arg(method, url, answered);
}

void Verifier::start()
{
    struct Found
    {
        std::optional<JournalEntry> entry;
        QString error;
        QStringList knownRefundIds;
    };
    // Read here, on the journal's thread: no such entry, or the error that kept it from being
    // read (never taken for "no such entry").
    const auto read
        = [](const Journal &j, qint64 id, std::optional<JournalEntry> &entry, QString &error) {
              auto e = j.entry(id);
              if (e)
                  entry = std::move(*e);
              else if (!e.error().isNotFound())
                  error = e.error().message;
          };
    const qint64 id = m_id;
    const QStringList secrets = m_profile.secrets();
    m_journal->run(
        this, tr("reading the sale to verify"),
        [id, secrets, read](Journal &j) {
            // Whatever the backend echoes of the credentials is masked in the journal too.
            j.maskSecrets(secrets);
            Found found;
            read(j, id, found.entry, found.error);
            if (found.entry && found.entry->state == JournalState::Pending) {
                // Its sender may still be waiting for the answer: only a sender that is gone,
                // past the deadline, leaves an entry to verify.
                if (const auto recovered = j.recoverAbandoned(id); !recovered)
                    found.error = recovered.error();
                else
                    read(j, id, found.entry, found.error);
            }
            if (found.entry && found.entry->kind == EntryKind::RefundEntry) {
                JournalQuery siblings;
                siblings.kind = EntryKind::RefundEntry;
                siblings.parentId = found.entry->parentId;
                siblings.limit = 100000;
                if (const auto list = j.list(siblings)) {
                    for (const JournalEntry &e : *list)
                        if (e.id != id && !e.remoteId.isEmpty())
                            found.knownRefundIds.append(e.remoteId);
                } else {
                    found.error = list.error();
                }
            }
            return found;
        },
        [this](const Found &found) {
            if (!found.error.isEmpty()) {
                VerifyResult r;
                r.error = found.error;
                m_result = r;
                Q_EMIT finished();
                return;
            }
            m_knownRefundIds = found.knownRefundIds;
            onEntry(found.entry);
        });
}

void Verifier::onEntry(const std::optional<JournalEntry> &entry)
{
    if (!entry) {
        VerifyResult r;
        r.error = tr("There is no journal entry %1.").arg(m_id);
        m_result = r;
        Q_EMIT finished();
        return;
    }
    m_entry = *entry;
    if (m_entry.state == JournalState::Pending) {
        VerifyResult r;
        r.explanation = tr("The sale is still being sent (by %1): wait for its answer; nothing "
                           "was changed.")
                            .arg(m_entry.terminal);
        finishSoon(r);
        return;
    }
    if (m_entry.state != JournalState::Unknown) {
        VerifyResult r;
        r.definite = true;
        r.state = m_entry.state;
        r.explanation
            = tr("Nothing to verify: the sale is already %1.").arg(stateWords(m_entry.state));
        m_result = r;
        Q_EMIT finished();
        return;
    }
    if (m_profile.baseUrl.isEmpty())
        m_profile.baseUrl = QUrl(m_entry.baseUrl);
    m_profile.kind = m_entry.backend;

    const BackendSpec &spec = backendSpec(m_entry.backend);
    if (m_entry.kind == EntryKind::RefundEntry) {
        verifyRefund();
        return;
    }
    if (spec.verification == BackendSpec::Verification::DotsIntents) {
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
    // The sandbox's lookup proves something only when the backend is the sandbox: a training
    // sale, or a profile that says so. A loopback address is no such proof (a TLS tunnel, an
    // SSH tunnel or a local agent is on loopback too). And only the sandbox the sale was sent
    // to: another one (training mode's own, in a window that verifies a real sale) has never
    // heard of it.
    if ((m_profile.sandbox || m_entry.training) && !witnessIsDestination(m_entry, m_profile)) {
        VerifyResult r;
        r.explanation = tr("This sale was sent to %1, not to the sandbox that could be asked "
                           "(%2): the sandbox knows nothing of it, so the sale stays unknown. %3")
                            .arg(m_entry.baseUrl, m_profile.baseUrl.toDisplayString(),
                                 spec.whereToCheck(m_entry.reference, m_entry.createdAt));
        r.proof = tr("Nothing was asked: no witness at the sale's own destination.");
        finishSoon(r);
        return;
    }
    if (m_profile.sandbox || m_entry.training) {
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
    r.explanation = spec.whereToCheck(m_entry.reference, m_entry.createdAt);
    r.proof = tr("Nothing was asked: this backend has no lookup by key (the sale went to %1).")
                  .arg(m_entry.baseUrl);
    finishSoon(r);
}

void Verifier::onLookup()
{
    const JobResult &j = m_job->result();
    const QJsonObject lookup = j.answer.toObject();
    VerifyResult r;
    if (j.ok() && lookup.value(QStringLiteral("key")).toString() == m_entry.idempotencyKey
        && lookup.value(QStringLiteral("status")).isDouble()
        && lookup.contains(QStringLiteral("answer"))) {
        const int status = lookup.value(QStringLiteral("status")).toInt();
        r.definite = true;
        r.record = j.record;
        if (j.record) {
            r.state = status == 402 ? JournalState::Declined : stateForRecord(*j.record);
        } else {
            r.state = status == 402 ? JournalState::Declined : JournalState::Failed;
        }
        r.explanation
            = tr("The sandbox answered this key with HTTP %1 at the time: the sale is %2.")
                  .arg(status)
                  .arg(stateWords(r.state));
        r.proof = asked(tr("HTTP %1, the attempt kept under this key (its answer was HTTP %2)")
                            .arg(j.httpStatus)
                            .arg(status));
    } else if (!j.ok() && j.error->httpStatus == 404
               && lookup.value(QStringLiteral("error")).toString() == u"NotFound"
               && lookup.value(QStringLiteral("message"))
                      .toString()
                      .contains(u'\'' + m_entry.idempotencyKey + u'\'')) {
        r.definite = true;
        r.state = JournalState::Failed;
        r.explanation = tr("The sandbox has no record of key %1: the sale never reached it. It "
                           "can be sent again.")
                            .arg(m_entry.idempotencyKey);
        r.proof = asked(tr("HTTP 404, the sandbox's own \"no answer is kept for this key\""));
    } else if (j.ok() || j.error->httpStatus > 0) {
        r.explanation = tr("The answer is not the sandbox's lookup, so it proves nothing: the sale "
                           "stays unknown. Check that this profile really is the Paydesk sandbox.");
        r.proof = asked(tr("HTTP %1, not in the lookup's shape").arg(j.httpStatus));
    } else {
        r.explanation = tr("The sandbox could not be asked: %1").arg(j.error->detail());
        r.proof = asked(j.error->detail());
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
        r.proof = asked(tr("HTTP %1, intent %2 (%3)")
                            .arg(j.httpStatus)
                            .arg(j.record->intent.id, j.record->intent.status));
    } else {
        r.explanation = tr("Dots could not be asked: %1").arg(j.error->detail());
        r.proof = asked(j.error->detail());
    }
    conclude(r);
}

void Verifier::onDotsList()
{
    const JobResult &j = m_job->result();
    VerifyResult r;
    if (!j.ok()) {
        r.explanation = tr("Dots could not be asked: %1").arg(j.error->detail());
        if (const QString partial = dotsListPartialReason(j.answer, {}); j.httpStatus == 200)
            r.explanation = tr("Dots' list proves nothing (%1): the sale stays unknown. Look for "
                               "key %2 in the intents' metadata in the Dots dashboard.")
                                .arg(partial, m_entry.idempotencyKey);
        r.proof = asked(j.error->detail());
        conclude(r);
        return;
    }
    for (qsizetype i = 0; i < j.records.size(); ++i) {
        const PaymentRecord &record = j.records.at(i);
        // The key as Dots sent it: the records are masked by the profile's secrets, and a key
        // that happens to contain one would never match in its masked form.
        if (j.listedKeys.value(i) == m_entry.idempotencyKey) {
            r.definite = true;
            r.record = record;
            r.state = stateForRecord(record);
            r.explanation = tr("Dots has intent %1 for this sale: %2.")
                                .arg(record.intent.id, record.intent.status);
            r.proof = asked(tr("HTTP %1, %2 intents; intent %3 carries key %4")
                                .arg(j.httpStatus)
                                .arg(j.records.size())
                                .arg(record.intent.id, m_entry.idempotencyKey));
            conclude(r);
            return;
        }
    }
    if (const QString partial = dotsListPartialReason(j.answer, m_entry.createdAt);
        !partial.isEmpty()) {
        r.explanation = tr("Dots' list has no intent carrying key %1, but it proves nothing (%2): "
                           "the sale stays unknown. Look for the key in the intents' metadata "
                           "in the Dots dashboard before trying again.")
                            .arg(m_entry.idempotencyKey, partial);
        r.proof = asked(tr("HTTP %1, %2 intents, none with this key; %3")
                            .arg(j.httpStatus)
                            .arg(j.records.size())
                            .arg(partial));
        conclude(r);
        return;
    }
    conclude(dotsAbsence(int(j.records.size())));
}

VerifyResult Verifier::dotsAbsence(int listed) const
{
    VerifyResult r;
    const int status = m_job->result().httpStatus;
    if (!witnessIsDestination(m_entry, m_profile)) {
        r.explanation = tr("Dots at %1 has no intent carrying key %2, but the sale was sent to "
                           "%3: its absence there proves nothing, so the sale stays unknown.")
                            .arg(m_profile.baseUrl.toDisplayString(), m_entry.idempotencyKey,
                                 m_entry.baseUrl);
        r.proof = asked(tr("HTTP %1, %2 intents, none with this key; not the sale's destination")
                            .arg(status)
                            .arg(listed));
        return r;
    }
    // An intent may appear in the list some seconds after its create was answered, and the
    // create may still be at work after the sale stopped waiting: absence counts only after the
    // deadline plus the settle period, and from two looks at least that far apart.
    const AbsenceWait wait = absenceWait();
    if (wait.tooEarly) {
        r.explanation = tr("Too early to tell: Dots has no intent carrying key %1 yet, but it may "
                           "still be adding it to its list. Try again after %2.")
                            .arg(m_entry.idempotencyKey, timeText(wait.settledFrom));
        r.proof = asked(tr("HTTP %1, the whole list (%2 intents), none with this key yet; it "
                           "counts from %3")
                            .arg(status)
                            .arg(listed)
                            .arg(timeText(wait.settledFrom)));
        return r;
    }
    if (wait.firstOfTwo) {
        r.noteKind = QStringLiteral("absent");
        r.explanation = tr("Dots' complete list has no intent carrying key %1. One more look "
                           "settles it: try again after %2.")
                            .arg(m_entry.idempotencyKey, timeText(wait.next));
        r.proof = asked(tr("HTTP %1, the whole list (%2 intents, unpaged), none with this key: "
                           "look %3 of 2")
                            .arg(status)
                            .arg(listed)
                            .arg(wait.firstLook.isValid() ? 2 : 1));
        if (wait.firstLook.isValid()) // a second look too soon after the first counts as a first
            r.noteKind = QStringLiteral("verify");
        return r;
    }
    const QDateTime firstLook = wait.firstLook;
    r.definite = true;
    r.state = JournalState::Failed;
    r.explanation = tr("Dots has no intent carrying key %1 in its complete list, looked at "
                       "twice (%2 and now): the sale never reached it. It can be sent again.")
                        .arg(m_entry.idempotencyKey, timeText(firstLook));
    r.proof = asked(tr("HTTP %1, the whole list (%2 intents, unpaged), none with this key, as "
                       "at %3")
                        .arg(status)
                        .arg(listed)
                        .arg(timeText(firstLook)));
    return r;
}

Verifier::AbsenceWait Verifier::absenceWait() const
{
    AbsenceWait w;
    const QDateTime now = Clock::now();
    const QDateTime deadline
        = m_entry.deadlineAt.isValid() ? m_entry.deadlineAt : m_entry.updatedAt;
    const qint64 settle = m_profile.dotsSettleMs;
    w.settledFrom = deadline.addMSecs(settle);
    if (now < w.settledFrom) {
        w.tooEarly = true;
        w.next = w.settledFrom;
        return w;
    }
    for (const JournalEvent &event : m_entry.events)
        if (event.kind == u"absent" && event.at >= w.settledFrom
            && (!w.firstLook.isValid() || event.at < w.firstLook))
            w.firstLook = event.at;
    if (!w.firstLook.isValid() || w.firstLook.msecsTo(now) < settle) {
        w.firstOfTwo = true;
        w.next = (w.firstLook.isValid() ? w.firstLook : now).addMSecs(settle);
    }
    return w;
}

void Verifier::verifyRefund()
{
    if (backendSpec(m_entry.backend).refundRequest == nullptr) {
        VerifyResult r;
        r.explanation = backendSpec(m_entry.backend).whereToRefund(m_entry.reference);
        r.proof = tr("Nothing was asked: %1 publishes no refund API.")
                      .arg(backendName(m_entry.backend));
        finishSoon(r);
        return;
    }
    if (!m_entry.remoteId.isEmpty()) {
        m_job = std::make_unique<DotsRefundRetrieveJob>(m_network, m_profile, m_entry.remoteId,
                                                        m_options);
        connect(m_job.get(), &HttpJob::finished, this, &Verifier::onRefundRetrieve);
    } else {
        m_refunds.clear();
        m_pages = 0;
        m_job = std::make_unique<DotsRefundListJob>(m_network, m_profile, QString(), m_options);
        connect(m_job.get(), &HttpJob::finished, this, &Verifier::onRefundPage);
    }
    m_job->start();
}

void Verifier::onRefundRetrieve()
{
    const JobResult &j = m_job->result();
    VerifyResult r;
    if (j.ok() && j.refund) {
        r.state = stateForRefund(*j.refund);
        r.definite = r.state != JournalState::Unknown;
        r.remoteId = j.refund->id;
        r.explanation = tr("Dots says refund %1 is %2.").arg(j.refund->id, j.refund->status);
        r.proof = asked(
            tr("HTTP %1, refund %2 (%3)").arg(j.httpStatus).arg(j.refund->id, j.refund->status));
    } else {
        r.explanation = tr("Dots could not be asked: %1").arg(j.error->detail());
        r.proof = asked(j.error->detail());
    }
    conclude(r);
}

void Verifier::onRefundPage()
{
    const JobResult &j = m_job->result();
    if (!j.ok()) {
        VerifyResult r;
        r.explanation = tr("Dots' refunds could not be listed to the end (page %1): %2. The "
                           "refund stays unknown.")
                            .arg(m_pages + 1)
                            .arg(j.error->detail());
        r.proof = asked(j.error->detail());
        conclude(r);
        return;
    }
    ++m_pages;
    m_refunds.append(j.refunds);
    if (j.hasMore) {
        // Paged to the end: only the whole list can show what is not in it.
        if (j.refunds.isEmpty() || m_pages >= 1000) {
            VerifyResult r;
            r.explanation = tr("Dots' refunds list says it has more but gives no way to go on: it "
                               "proves nothing, and the refund stays unknown.");
            r.proof = asked(tr("HTTP %1, page %2 of the refunds").arg(j.httpStatus).arg(m_pages));
            conclude(r);
            return;
        }
        const QString after = j.refunds.last().id;
        m_job = std::make_unique<DotsRefundListJob>(m_network, m_profile, after, m_options);
        connect(m_job.get(), &HttpJob::finished, this, &Verifier::onRefundPage);
        m_job->start();
        return;
    }
    conclude(refundsFound());
}

VerifyResult Verifier::refundsFound() const
{
    VerifyResult r;
    const int status = m_job->result().httpStatus;
    // The intent's refunds that no other refund of this sale in the journal is known by.
    QList<RefundRecord> unknown;
    qsizetype ofIntent = 0;
    for (const RefundRecord &refund : m_refunds) {
        if (refund.intentId != m_entry.intentId)
            continue;
        ++ofIntent;
        if (!m_knownRefundIds.contains(refund.id))
            unknown.append(refund);
    }
    const QString listed = tr("HTTP %1, the whole refunds list (%2 pages, %3 refunds, %4 of "
                              "intent %5)")
                               .arg(status)
                               .arg(m_pages)
                               .arg(m_refunds.size())
                               .arg(ofIntent)
                               .arg(m_entry.intentId);
    const qint64 amount = m_entry.amount ? m_entry.amount->minor : -1;
    if (unknown.size() == 1 && unknown.first().amount && unknown.first().amount->minor == amount) {
        // The one refund of this intent that Paydesk does not know, of this amount: no other
        // refund of the sale could be sent while this one was open (Journal::begin).
        const RefundRecord &found = unknown.first();
        r.state = stateForRefund(found);
        r.definite = r.state != JournalState::Unknown;
        r.remoteId = found.id;
        r.explanation = tr("Dots has refund %1 of %2 for this intent, the only one no other "
                           "journal entry knows: it is %3.")
                            .arg(found.id, formatMoney(*found.amount), found.status);
        r.proof = asked(listed + tr("; refund %1 is not known by any other entry").arg(found.id));
        return r;
    }
    if (!unknown.isEmpty()) {
        QStringList ids;
        for (const RefundRecord &refund : unknown)
            ids << refund.id;
        r.explanation = tr("Dots has refunds of this intent that the journal does not know (%1), "
                           "none alone matching this refund: it stays unknown. Check them in the "
                           "Dots dashboard.")
                            .arg(ids.join(QStringLiteral(", ")));
        r.proof = asked(listed);
        return r;
    }
    if (!witnessIsDestination(m_entry, m_profile)) {
        r.explanation = tr("Dots at %1 has no such refund, but the refund was sent to %2: its "
                           "absence there proves nothing, so it stays unknown.")
                            .arg(m_profile.baseUrl.toDisplayString(), m_entry.baseUrl);
        r.proof = asked(listed + tr("; not the refund's destination"));
        return r;
    }
    const AbsenceWait wait = absenceWait();
    if (wait.tooEarly) {
        r.explanation = tr("Too early to tell: Dots' refunds list has no such refund yet, but it "
                           "may still be adding it. Try again after %1.")
                            .arg(timeText(wait.settledFrom));
        r.proof = asked(listed + tr("; it counts from %1").arg(timeText(wait.settledFrom)));
        return r;
    }
    if (wait.firstOfTwo) {
        r.noteKind = wait.firstLook.isValid() ? QStringLiteral("verify") : QStringLiteral("absent");
        r.explanation = tr("Dots' complete refunds list has no such refund. One more look "
                           "settles it: try again after %1.")
                            .arg(timeText(wait.next));
        r.proof = asked(listed
                        + tr("; none unknown to the journal: look %1 of 2")
                              .arg(wait.firstLook.isValid() ? 2 : 1));
        return r;
    }
    r.definite = true;
    r.state = JournalState::Failed;
    r.explanation = tr("Dots' complete refunds list, looked at twice (%1 and now), has no such "
                       "refund: it never reached Dots. Nothing was refunded; it can be refunded "
                       "again.")
                        .arg(timeText(wait.firstLook));
    r.proof = asked(listed
                    + tr("; none unknown to the journal, as at %1").arg(timeText(wait.firstLook)));
    return r;
}

void Verifier::conclude(VerifyResult r)
{
    const QString detail = r.proof.isEmpty() ? r.explanation : r.explanation + u'\n' + r.proof;
    const qint64 id = m_id;
    if (!r.definite) {
        // Inconclusive: the timeline says what was tried; the entry is left as it is.
        const QString kind = r.noteKind;
        m_journal->run(
            this, tr("noting what the verify found"),
            [id, kind, detail](Journal &j) {
                const auto noted = j.note(id, kind, detail);
                return noted ? QString() : noted.error().message;
            },
            [this, r](const QString &error) mutable {
                r.error = error;
                m_result = r;
                Q_EMIT finished();
            });
        return;
    }
    AttemptOutcome o;
    o.eventKind = QStringLiteral("verify");
    o.eventDetail = detail;
    o.state = r.state;
    o.record = r.record;
    o.remoteId = r.remoteId;
    if (r.record)
        o.answer = r.record->raw;
    o.errorKind = r.state == JournalState::Succeeded || r.state == JournalState::Created
        ? QString()
        : QStringLiteral("verified");
    o.errorMessage = r.explanation;
    const JournalState expected = m_entry.state;
    m_journal->run(
        this, tr("recording what the verify found"),
        [id, expected, o](Journal &j) {
            const auto written = j.record(id, expected, o);
            return written ? QString() : written.error().message;
        },
        [this, r](const QString &error) mutable {
            r.error = error;
            m_result = r;
            Q_EMIT finished();
        });
}

} // namespace paydesk
