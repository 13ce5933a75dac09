// Verifying an attempt whose outcome is unknown: ask the backend what became of it, and settle
// the entry only on proof. "It can be sent again" (failed) needs proof that the sale never
// arrived:
//  - Dots: a retrieve by the intent's id, or the published list, which must be complete (no
//    sign of paging, no cap on its length, reaching back before the sale) and show no intent
//    carrying the sale's key in its metadata;
//    the list counts only after the entry's deadline plus the profile's settle period
//    (dots_settle_ms), and only from two complete lists at least that far apart (an intent
//    may take seconds to appear in it); the key is compared as Dots sent it, never masked;
//  - the Paydesk sandbox (training mode, or a profile marked `sandbox=true`; never because of
//    the URL): its lookup by Idempotency-Key, and only an answer in the lookup's own shape;
//  - the others cannot be asked: the entry stays unknown, and the advice says what to check
//    and where.
// Only the entry's own destination can say what it never received (witnessIsDestination): a
// sandbox that is not where the sale went, or another base URL given by hand, proves nothing
// for it. Which profile verifies an entry is decided from the entry, by
// Workplace::verifyingProfile, for the window and paydeskctl alike.
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
    QString remoteId; ///< a refund: its id at the backend, when found
    QString error; ///< the journal or the entry could not be used
    /// The timeline event an inconclusive verify adds: "verify", or "absent" for a look at
    /// Dots' complete list that found no intent with the key (two such looks settle it).
    QString noteKind = QStringLiteral("verify");
};

/// Whether `witness` is where `entry` was sent, so that what it has not received proves the
/// sale never arrived: a training sale asked of a training profile, or any sale asked at its
/// own base URL (scheme, host, port and path compared). A training profile never speaks for a
/// real sale.
bool witnessIsDestination(const JournalEntry &entry, const BackendProfile &witness);

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
    /// Dots' complete list holds no intent with the key: "failed" only after the settle
    /// period and a second look, else what to do and when.
    VerifyResult dotsAbsence(int listed) const;
    /// A refund: retrieved by its id, or looked for in Dots' refunds list, paged to the end.
    void verifyRefund();
    void onRefundRetrieve();
    void onRefundPage();
    /// The complete refunds list: the intent's refunds that no other journal entry knows.
    VerifyResult refundsFound() const;
    /// When absence from a complete list may count: after the deadline plus the settle period,
    /// from two looks at least that far apart ("absent" events). Null when it counts now;
    /// otherwise the moment the next look is due, and whether this look is a first one.
    struct AbsenceWait
    {
        QDateTime settledFrom, firstLook, next;
        bool tooEarly = false, firstOfTwo = false;
        bool counts() const { return !tooEarly && !firstOfTwo; }
    };
    AbsenceWait absenceWait() const;
    /// "GET http://… → HTTP 404 …": the question and the answer, for the timeline.
    QString asked(const QString &answered) const;

    JournalThread *m_journal;
    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    qint64 m_id;
    JobOptions m_options;
    JournalEntry m_entry;
    QStringList m_knownRefundIds; ///< a refund: the backend ids of the sale's other refunds
    QList<RefundRecord> m_refunds; ///< the refunds list, page after page
    int m_pages = 0;
    std::unique_ptr<HttpJob> m_job;
    VerifyResult m_result;
};

/// Why a Dots list may not hold every intent (paged, capped, or not reaching back to `since`);
/// empty when it shows no sign of being partial.
QString dotsListPartialReason(const QJsonValue &answer, const QDateTime &since);

} // namespace paydesk
