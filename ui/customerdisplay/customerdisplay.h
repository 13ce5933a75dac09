// The customer's display: a second window that faces the customer and mirrors the sale in
// large type: the lines as they are scanned, the total, then the outcome (please wait, paid,
// declined, not completed) and, once paid, the receipt's QR code to scan. It is given only what
// a customer may see (names, quantities, amounts, an outcome, the receipt link as a QR code):
// never secrets, intent or charge ids, journal states or error details. On a second screen it
// goes full screen; with one screen it is an ordinary window.
#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "core/cart.h"

class QGridLayout;
class QLabel;
class QScreen;
class QScrollArea;

namespace paydesk {

class QrCodeWidget;

class CustomerDisplay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplay)

public:
    enum class Outcome
    {
        None, ///< the sale is being built
        PleaseWait, ///< sent, no answer yet (or being checked): the customer waits
        Paid,
        Declined,
        NotCompleted, ///< refused or failed for any other reason: the cashier explains
    };

    explicit CustomerDisplay(QWidget *parent = nullptr);
    ~CustomerDisplay() override;

    void setMerchantName(const QString &name);
    void setTraining(bool training);
    /// The sale as it stands: its lines and, when known, its total.
    void setSale(const QList<CartItem> &items, const QString &currency,
                 std::optional<qint64> totalMinor);
    /// The outcome in large type; `receiptUrl` is shown as a QR code when paid.
    void setOutcome(Outcome outcome, const QString &receiptUrl = {});
    /// Ready for the next customer.
    void clear();

    /// The screen to fill: the one named `name` (QScreen::name(), [customer_display] screen)
    /// when it is there, else any screen but the primary one; nullptr with a single screen, or
    /// when the name is the primary screen's (the cashier's window is there).
    static QScreen *customerScreen(const QList<QScreen *> &screens, QScreen *primary,
                                   const QString &name = {});
    /// Full screen on the customer's screen when there is one, else a normal window.
    void showOnCustomerScreen(const QString &screenName = {});

    // What the customer sees, for tests and screenshots.
    QStringList lineTexts() const;
    QString totalText() const;
    QString outcomeText() const;
    bool isQrShown() const;
    QString qrText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildLines();

    QLabel *m_merchant;
    QLabel *m_training;
    QScrollArea *m_linesScroll;
    QWidget *m_linesBox;
    QGridLayout *m_lines;
    QLabel *m_totalCaption;
    QLabel *m_total;
    QLabel *m_outcome;
    QrCodeWidget *m_qr;
    QLabel *m_qrCaption;

    QList<CartItem> m_items;
    QString m_currency;
    std::optional<qint64> m_totalMinor;
    Outcome m_outcomeState = Outcome::None;
};

} // namespace paydesk
