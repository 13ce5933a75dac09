// One sale at the counter, without widgets: its phases, its attempt, its verification, what may
// be done next, and the one classification of its state (stateForRecord, through the attempt
// and the verifier). The cashier's sale page is a view of it; the unit tests drive it alone.
//
//   Editing ──charge──▶ Sending ──▶ Paid | Created | Declined | NotCharged | Unknown
//      ▲                   │cancel (Esc): the attempt says what became of it
//      │                   ▼
//      └── reset ◀── Paid, Created, Declined, NotCharged; Unknown only with confirmation
//   Unknown ──verify──▶ Verifying ──▶ Paid | Created | Declined | NotCharged | Unknown
//   Created ──confirm──▶ Sending ──▶ Paid | Declined | Unknown (Created again when refused)
//   Declined, NotCharged: the cashier may correct the sale and charge again (a new attempt,
//   a new Idempotency-Key).
#pragma once

#include <memory>
#include <optional>

#include <QObject>

#include "core/cart.h"
#include "saleattempt.h"
#include "verifier.h"

namespace paydesk {

/// What the customer may see of the sale (the customer display): the lines being sold, their
/// currency and total, and once paid the receipt's link. Never ids, keys, states or errors.
struct CustomerView
{
    QList<CartItem> items;
    QString currency;
    std::optional<qint64> totalMinor; ///< none while the cart is empty or cannot be totalled
    QString receiptUrl; ///< once paid, when the backend gave one
    bool receiptReady = false; ///< paid, and the lines above are the receipt's (the backend's)

    bool operator==(const CustomerView &) const = default;
};

class SaleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleController)

public:
    enum class Phase
    {
        Editing, ///< the cashier builds the sale; charge() sends it
        Sending, ///< an attempt is in flight; cancel() stops waiting
        Verifying, ///< asking the backend what became of an unknown sale
        Paid, ///< the money is taken: print the receipt, then the next sale
        Created, ///< the intent exists, the customer completes the payment (Offer, Ocho, Dots)
        Declined, ///< the card was declined: no money taken; another card may be tried
        NotCharged, ///< refused, never sent, or not journaled: nothing was charged
        Unknown, ///< it may have been charged: verify before anything else
    };
    Q_ENUM(Phase)

    SaleController(JournalThread *journal, QNetworkAccessManager *network, AttemptContext context,
                   QObject *parent = nullptr);
    ~SaleController() override;

    void setProfile(const BackendProfile &profile);
    const BackendProfile &profile() const { return m_profile; }
    /// The terminal and operator of the next sale (the settings saved while the window runs);
    /// a sale in flight keeps the context it was written with.
    void setContext(const AttemptContext &context) { m_context = context; }

    Phase phase() const { return m_phase; }
    /// The sale as the customer sees it; the view that builds the sale keeps it current.
    const CustomerView &customerView() const { return m_customerView; }
    void setCustomerView(const CustomerView &view);
    bool isBusy() const { return m_phase == Phase::Sending || m_phase == Phase::Verifying; }
    /// Whether the sale shown is settled enough that the next one may start without asking.
    bool isSettled() const;
    bool canCharge() const;
    bool canCancel() const { return m_phase == Phase::Sending; }
    /// Sending, and still waiting for the journal to write the sale: nothing has been sent.
    bool isWritingToJournal() const
    {
        return m_phase == Phase::Sending && m_attempt && m_attempt->isWaitingForJournal();
    }
    bool canVerify() const { return m_phase == Phase::Unknown && m_journalId > 0; }
    /// A created intent of a backend with a confirm endpoint (Dots).
    bool canConfirm() const;
    bool canChangeProfile() const { return !isBusy() && m_phase != Phase::Unknown; }
    /// Starting a new sale now leaves an unknown sale unverified: the view must ask first.
    bool newSaleNeedsConfirmation() const { return m_phase == Phase::Unknown; }

    /// Journals and sends `sale` once. False (and nothing sent) when it may not be charged now.
    bool charge(const Sale &sale);
    void cancel();
    void verify();
    /// Confirms the created intent once, on the sale's own journal entry (compare-and-set from
    /// created): Sending, then what the confirm found (Paid, Declined, Unknown…). Empty when it
    /// was sent, else why it could not be (nothing sent).
    QString confirm();
    /// Forgets the sale shown and returns to Editing. Refused while busy.
    bool reset();

    // What the last attempt or verification found.
    qint64 journalId() const { return m_journalId; }
    QString idempotencyKey() const;
    JournalState state() const { return m_state; }
    const std::optional<PaymentRecord> &record() const { return m_record; }
    const std::optional<BackendError> &error() const { return m_error; }
    bool replayed() const { return m_replayed; }
    /// The journal could not record the sale (nothing sent) or its outcome (a warning).
    QString journalError() const { return m_journalError; }
    /// What may be done after the attempt (docs/retries.md).
    RetryAdvice retryAdvice() const;
    /// The verification's finding, after verify().
    const std::optional<VerifyResult> &verification() const { return m_verification; }
    int automaticRetries() const;

Q_SIGNALS:
    void phaseChanged(paydesk::SaleController::Phase phase);
    /// The lines, the total or the receipt the customer sees changed.
    void customerViewChanged();
    /// The request has left: from now on the outcome may be unknown.
    void sent();
    /// The journal has been busy with `what` for `waitedMs` while this sale waits for it
    /// (repeated while it lasts); an empty `what` once it answers again.
    void waitingForJournal(const QString &what, qint64 waitedMs);

private:
    void setPhase(Phase phase);
    /// Drops the last attempt, its verification and what they found.
    void forget();
    void onAttemptFinished();
    void onVerified();
    void onConfirmFinished();
    /// The phase a settled journal state means.
    static Phase phaseFor(JournalState state);

    JournalThread *m_journal;
    QNetworkAccessManager *m_network;
    AttemptContext m_context;
    BackendProfile m_profile;
    Phase m_phase = Phase::Editing;
    CustomerView m_customerView;
    std::unique_ptr<SaleAttempt> m_attempt;
    std::unique_ptr<Verifier> m_verifier;
    std::unique_ptr<SaleAttempt> m_confirm;
    QJsonObject m_saleJson; ///< the sale charged, as journaled
    qint64 m_journalId = 0;
    JournalState m_state = JournalState::Pending;
    std::optional<PaymentRecord> m_record;
    std::optional<BackendError> m_error;
    std::optional<VerifyResult> m_verification;
    bool m_replayed = false;
    QString m_journalError;
};

} // namespace paydesk
