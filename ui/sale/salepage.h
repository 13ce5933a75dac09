// The sale page: a view of one SaleController (app/payments), laid out for a busy counter. On
// the left the form of the selected profile's backend (cart, fields); on the right the total in
// the largest type, Charge directly under it (the primary action, in the same place in every
// phase), then one outcome view per phase (OutcomeView: sending, paid and its receipt choices,
// declined, check before trying again with Verify, created), and the intent, charge and receipt
// fields behind "Details" (Ctrl+D), closed for the cashier. The controller owns the phases and
// decides what may be done; the page shows them and says them in words.
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include "backends/profile.h"
#include "outcomeview.h"
#include "payments/salecontroller.h"
#include "receiptdocument/receiptdocument.h"

class QNetworkAccessManager;

namespace Ui {
class SalePage;
}

namespace paydesk {

class ReceiptActions;
class ReceiptPrinter;
class RecordView;
class SaleForm;
class Workplace;
struct StatusLook;

class SalePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalePage)

public:
    using Phase = SaleController::Phase;

    explicit SalePage(Workplace *workplace, QWidget *parent = nullptr);
    ~SalePage() override;

    void setProfile(const BackendProfile &profile);
    const BackendProfile &profile() const { return m_profile; }

    SaleController *controller() const { return m_sale; }
    Phase phase() const { return m_sale->phase(); }
    bool canCharge() const;
    bool canCancel() const { return m_sale->canCancel(); }
    bool canVerify() const { return m_sale->canVerify(); }
    bool canChangeProfile() const { return m_sale->canChangeProfile(); }
    bool hasReceipt() const { return m_receipt.has_value(); }
    /// The counter's receipt printer (null: Ctrl+P opens the print dialog).
    void setCounterPrinter(ReceiptPrinter *printer);
    /// The terminal and operator of the next sale, and the references it generates.
    void setContext(const AttemptContext &context);
    /// Tells the controller what the customer sees of the sale (its CustomerView): the form's
    /// cart while it is built, the receipt's lines once paid.
    void publishCustomerView();
    ReceiptActions *receiptActions() const { return m_receiptActions; }
    const std::optional<TillReceipt> &receipt() const { return m_receipt; }

    SaleForm *currentForm() const;
    SaleForm *form(BackendKind kind) const { return m_forms.value(backendName(kind)); }
    RecordView *recordView() const;
    OutcomeView *outcomeView() const;
    /// Whether the intent, charge and receipt fields are shown (Ctrl+D).
    bool detailsShown() const;
    /// The journal entry of the last charge (0 before the first).
    qint64 journalId() const { return m_sale->journalId(); }

public Q_SLOTS:
    void charge();
    void cancel();
    void verify();
    /// Starts the next sale; asks first when the last outcome is still unknown.
    void newSale();
    void focusScanner();
    void focusFreeAmount();
    /// The counter's printer when one is configured, else the print dialog.
    void printReceipt();
    void printReceiptWithDialog();
    void printAgain();
    void saveReceiptPdf();
    void openReceiptLink();
    /// Writes the receipt as PDF without asking (false and a message when it cannot).
    bool writeReceiptPdf(const QString &path);
    /// Shows or hides the intent, charge and receipt fields (Ctrl+D).
    void setDetailsShown(bool shown);

Q_SIGNALS:
    void phaseChanged(paydesk::SaleController::Phase phase);
    /// A short message for the status bar.
    void message(const QString &text);
    /// The sale being built changed (a line scanned, a quantity, the profile).
    void saleEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Unknown: what the customer looks for in their banking app (amount, time, card).
    QString customerCheckText() const;
    /// Shows the controller's phase: what may be pressed, and the outcome once settled.
    void onPhaseChanged(Phase phase);
    void showAttemptOutcome();
    void showVerification();
    /// Shows the outcome view's `page`; `detail` (journal entry, key, error) goes to Details.
    void showOutcome(OutcomeView::Page page, const StatusLook &look, const QString &text,
                     const QString &help, const QString &detail);
    /// Paid or created: the record, the receipt, and the view of the phase.
    void showDone(const PaymentRecord &record, const QString &headline, const QString &note,
                  const QString &detail);
    void showSending(const QString &what);
    void updateChargeButton();
    void fitChargeText();
    void updatePrintStatus();
    void resetSale();
    QString saleTitle() const;
    QString journalLine() const;

    Ui::SalePage *m_ui;
    Workplace *m_workplace;
    QNetworkAccessManager *m_network;
    QMap<QString, SaleForm *> m_forms; ///< by backendName()
    BackendProfile m_profile;
    QString m_profileProblem;
    SaleController *m_sale;
    Phase m_shown = Phase::Editing; ///< the phase the page shows
    QList<CartItem> m_saleItems;
    QString m_saleReference;
    QString m_answeredAmount; ///< the price the answer set, for a sale priced by the service
    std::optional<TillReceipt> m_receipt;
    ReceiptActions *m_receiptActions;
    QString m_waitStatus; ///< what the sending view says when the journal is not slow
    QString m_sentAmount; ///< the total charged, for what the customer looks for if unknown
    QDateTime m_sentAt; ///< when it was sent, the same
    QString m_paidNote; ///< the paid panel's help while the printer is fine
    std::optional<Tone> m_chargeTone; ///< the Charge place's colour (none: the primary blue)
    QString m_chargeShortText; ///< the Charge place's words without the amount, when too wide
};

} // namespace paydesk
