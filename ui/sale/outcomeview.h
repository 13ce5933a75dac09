// What became of the sale, one view per phase of the SaleController, in the words and the size a
// cashier at a busy counter needs: a badge and a headline for every phase, then what that phase
// asks for (sending: what is waited for and Cancel; paid: the amount, the card and the receipt
// choices as big buttons; declined: the reason once and what to do next; check before trying
// again: Verify; created: what the customer must do, with the payment link or its QR code), and
// New sale. The sale page fills it; it decides nothing.
#pragma once

#include <QFrame>

#include "widgets/statuslook.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QAbstractButton;

namespace paydesk {

class QrCodeWidget;
class StatusBadge;

/// Colours `button` as the primary action of its view (white on blue; greyed readably).
void setPrimaryLook(QAbstractButton *button);
/// A big button of the counter (at least 48 px high, larger type).
void setCounterLook(QAbstractButton *button, int minimumHeight = 48);

class OutcomeView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeView)

public:
    enum class Page
    {
        Sending, ///< sending or verifying: what is waited for
        Paid,
        Declined,
        Unknown, ///< check before trying again
        Created,
        NotCharged,
    };
    Q_ENUM(Page)

    explicit OutcomeView(QWidget *parent = nullptr);

    /// Shows `page` with its badge, headline and what to do next.
    void showPage(Page page, const StatusLook &look, const QString &headline,
                  const QString &help = {});
    Page page() const { return m_page; }

    /// Sending or verifying: the line under the headline (room for "waiting for the journal").
    void setWaitStatus(const QString &text);
    void setCancelVisible(bool visible);
    /// Paid: the amount in large type and the card ("Visa ••••4242"); the receipt's link for the
    /// QR code (none: no QR button).
    void setPaid(const QString &amount, const QString &card, const QString &receiptLink);
    /// Created: the price the answer set (Offer), the payment link (may be empty).
    void setCreated(const QString &price, const QString &link);
    /// Paid: the receipt printer's failure, said once in the panel; the print button then
    /// prints again. Empty: printed, or nothing tried.
    void setPrintProblem(const QString &problem);
    QString printProblem() const;
    Tone tone() const { return m_tone; }

    /// Replaces what to do next (the printer failed, then printed again).
    void setHelp(const QString &help);
    QString headline() const;
    QString help() const;
    StatusBadge *badge() const { return m_badge; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *qrButton() const { return m_qrButton; }
    QPushButton *verifyButton() const { return m_verify; }
    /// Created: confirm the intent (Dots), shown only where the sale can be confirmed.
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *newSaleButton() const { return m_newSale; }
    QrCodeWidget *receiptQr() const { return m_receiptQr; }
    QrCodeWidget *paymentQr() const { return m_paymentQr; }

private:
    QWidget *sendingPage();
    QWidget *paidPage();
    QWidget *unknownPage();
    QWidget *createdPage();

    Page m_page = Page::NotCharged;
    Tone m_tone = Tone::Neutral;
    QLabel *m_printProblem = nullptr;
    StatusBadge *m_badge;
    QLabel *m_headline;
    QLabel *m_help;
    QWidget *m_stack; ///< the pages, one shown
    QWidget *m_pages[6] = {};
    QProgressBar *m_progress = nullptr;
    QLabel *m_waitStatus = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_paidAmount = nullptr;
    QLabel *m_paidCard = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_qrButton = nullptr;
    QrCodeWidget *m_receiptQr = nullptr;
    QLabel *m_qrCaption = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_createdPrice = nullptr;
    QLabel *m_createdLink = nullptr;
    QrCodeWidget *m_paymentQr = nullptr;
    QPushButton *m_newSale;
};

} // namespace paydesk
