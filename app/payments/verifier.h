// Verifying an attempt whose outcome is unknown: ask the backend what became of it, and settle
// the entry only on proof. "It can be sent again" (failed) needs proof that the sale never
// arrived:
//  - Dots: a retrieve by the intent's id, or the published list, which must be complete (no
//    sign of paging, no cap on its length, reaching back before the sale) and show no intent
//    carrying the sale's key in its metadata;
//  - the Paydesk sandbox (training mode, or a profile marked `sandbox=true`; never because of
//    the URL): its lookup by Idempotency-Key, and only an answer in the lookup's own shape;
//  - the others cannot be asked: the entry stays unknown, and the advice says what to check
//    and where.
// A pending entry whose sender is alive or before its deadline is left alone. Every verify adds
// a "verify" event with what was asked and what answered; only a definite answer changes the
// entry, and only if it is still in the state the verify started from.
#pragma once

#include <memory>

#include <QObject>

#include "backends/jobs.h"
#include "journal/journalthread.h"
#include "saleattempt.h"

namespace paydesk {

struct VerifyResult
{
    bool definite = false;
    JournalState state = JournalState::Unknown;
    QString explanation; ///< what was found, or what the cashier must check
    QString proof; ///< what was asked, and what answered (also in the timeline)
    std::optional<PaymentRecord> record;
    QString error; ///< the journal or the entry could not be used
};

class Verifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)

public:
    Verifier(JournalThread *journal, QNetworkAccessManager *network, BackendProfile profile,
             qint64 entryId, JobOptions options = {}, QObject *parent = nullptr);
    ~Verifier() override;

    void start();
    const VerifyResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onEntry(const std::optional<JournalEntry> &entry);
    void finishSoon(VerifyResult result);
    void conclude(VerifyResult result);
    void onLookup();
    void onDotsRetrieve();
    void onDotsList();
    /// "GET http://… → HTTP 404 …": the question and the answer, for the timeline.
    QString asked(const QString &answered) const;

    JournalThread *m_journal;
    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    qint64 m_id;
    JobOptions m_options;
    JournalEntry m_entry;
    std::unique_ptr<HttpJob> m_job;
    VerifyResult m_result;
};

/// Why a Dots list may not hold every intent (paged, capped, or not reaching back to `since`);
/// empty when it shows no sign of being partial.
QString dotsListPartialReason(const QJsonValue &answer, const QDateTime &since);

} // namespace paydesk
