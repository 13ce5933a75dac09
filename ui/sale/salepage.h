// The sale page: the form of the selected profile's backend, the Charge button, progress and
// cancel, the outcome (with Verify when it is unknown), the result panels and the receipt.
// One SaleAttempt per charge: the page refuses to send while one is running or once the sale
// is paid, so the same sale is never sent twice.
#pragma once

#include <memory>
#include <optional>

#include <QMap>
#include <QWidget>

#include "backends/profile.h"
#include "receipt/receiptdocument.h"

class QNetworkAccessManager;
class QPrinter;

namespace Ui {
class SalePage;
}

namespace paydesk {

class RecordView;
class SaleAttempt;
class SaleForm;
class Workplace;
class Verifier;
struct StatusLook;

class SalePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalePage)

public:
    enum class Phase
    {
        Editing, ///< the cashier builds the sale; Charge sends it
        Sending, ///< an attempt is in flight; Cancel stops waiting
        Done, ///< the sale went through (paid, or the intent is created): New sale next
        Unknown, ///< the outcome is unknown: Verify before anything else
        Verifying, ///< asking the backend what became of the sale
    };
    Q_ENUM(Phase)

    explicit SalePage(Workplace *session, QWidget *parent = nullptr);
    ~SalePage() override;

    void setProfile(const BackendProfile &profile);
    const BackendProfile &profile() const { return m_profile; }

    Phase phase() const { return m_phase; }
    bool canCharge() const;
    bool canCancel() const { return m_phase == Phase::Sending; }
    bool canVerify() const { return m_phase == Phase::Unknown; }
    bool canChangeProfile() const;
    bool hasReceipt() const { return m_receipt.has_value(); }
    const std::optional<ReceiptData> &receipt() const { return m_receipt; }

    SaleForm *currentForm() const;
    SaleForm *form(BackendKind kind) const { return m_forms.value(kind); }
    RecordView *recordView() const;
    /// The journal entry of the last charge (0 before the first).
    qint64 journalId() const { return m_journalId; }

public Q_SLOTS:
    void charge();
    void cancel();
    void verify();
    /// Starts the next sale; asks first when the last outcome is still unknown.
    void newSale();
    void focusScanner();
    void focusFreeAmount();
    void printReceipt();
    void saveReceiptPdf();
    void openReceiptLink();
    /// Writes the receipt as PDF without asking (false and a message when it cannot).
    bool writeReceiptPdf(const QString &path);

Q_SIGNALS:
    void phaseChanged(paydesk::SalePage::Phase phase);
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void setPhase(Phase phase);
    void onAttemptFinished();
    void onVerified();
    void showOutcome(const StatusLook &look, const QString &text, const QString &help,
                     const QString &detail);
    void showDone(const PaymentRecord &record, const QString &status, const QString &text);
    void updateChargeButton();
    void resetSale();
    QString saleTitle() const;
    /// receipt-<number>.pdf (receipt-<intent id>.pdf without a receipt number).
    QString receiptFileName() const;

    Ui::SalePage *m_ui;
    Workplace *m_session;
    QNetworkAccessManager *m_network;
    QMap<BackendKind, SaleForm *> m_forms;
    BackendProfile m_profile;
    QString m_profileProblem;
    Phase m_phase = Phase::Editing;
    std::unique_ptr<SaleAttempt> m_attempt;
    std::unique_ptr<Verifier> m_verifier;
    qint64 m_journalId = 0;
    QList<CartItem> m_saleItems;
    QString m_saleReference;
    std::optional<ReceiptData> m_receipt;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace paydesk
