// A sale form of one backend. Reading it goes through validateSale (the CLI's validation):
// the issues are shown under their fields before anything is sent, and what was typed stays.
#pragma once

#include <QWidget>

#include "backends/sale.h"
#include "fieldmessages.h"

class QGridLayout;
class QLabel;
class QToolButton;

namespace paydesk {

class Catalogue;
class CartWidget;

class SaleForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleForm)

public:
    explicit SaleForm(QWidget *parent = nullptr);
    ~SaleForm() override;

    /// The name of the backend whose sale this is (backendName()): the sale page shows the
    /// form whose backend the profile names.
    virtual QString backend() const = 0;
    void setProfile(const BackendProfile &profile);
    const BackendProfile &profile() const { return m_profile; }
    virtual void setCatalogue(const Catalogue *) { }

    /// The sale, or its issues shown inline (the first field at fault gets the focus).
    Expected<Sale, FieldIssues> validate();
    /// Empties the form for the next sale.
    virtual void clearSale() = 0;
    /// What the receipt lists (the cart; for a quote, its products).
    virtual QList<CartItem> receiptItems() const;
    /// Where the cashier starts: the cart's scanner field, or the form's first field.
    virtual QWidget *firstInput() const;
    CartWidget *cart() const { return m_cart; }
    /// "MXN 70.00" when the form fixes the amount, else empty (Offer is priced by the backend).
    virtual QString amountText() const;
    /// What the Charge button says for this sale: "Charge MXN 70.00"; Offer names its quote.
    /// edited() is emitted when it changes.
    virtual QString chargeLabel() const;
    /// The terminal's name, for the references the form generates.
    void setTerminal(const QString &terminal) { m_terminal = terminal; }
    const QString &terminal() const { return m_terminal; }
    /// The "Advanced" disclosure of the form (null when it has none).
    QToolButton *advancedToggle() const { return m_advancedToggle; }

    void clearIssues() { m_messages.clear(); }
    const FieldMessages &messages() const { return m_messages; }

Q_SIGNALS:
    /// Something the cashier can see changed (e.g. the total).
    void edited();

protected:
    virtual Expected<Sale, FieldIssues> readSale() const = 0;
    virtual void applyProfile() { }
    FieldMessages &fieldMessages() { return m_messages; }
    /// Registers a field; editing the input clears its message.
    void addField(const QString &field, QWidget *input, QLabel *message);
    /// A form whose amount is its cart's total (Checkout, Dots, Ocho) names its cart once.
    void setCart(CartWidget *cart) { m_cart = cart; }
    /// The sale of a form whose amount is its cart's total: the cart's own issues about the
    /// amount (`amountIssues`, from cartAmountText) say more than validateSale's echo of them.
    Expected<Sale, FieldIssues> withCartAmount(FieldIssues amountIssues,
                                               Expected<Sale, FieldIssues> sale) const;
    /// Puts the rows of `grid` from `fromRow` on behind an "Advanced" disclosure (collapsed):
    /// fields the profile usually fills in. validate() opens it when one of `fields` is at
    /// fault, so no message is hidden.
    QToolButton *makeAdvanced(QGridLayout *grid, int fromRow, const QStringList &fields,
                              const QString &text);
    void setAdvancedShown(bool shown);
    /// The reference of this sale: generated once ("counter-1-250301-140509") and kept until
    /// clearGeneratedReference(), so a sale charged again keeps its reference.
    QString generatedReference() const;
    void clearGeneratedReference() { m_generatedReference.clear(); }

private:
    CartWidget *m_cart = nullptr;
    QString m_terminal;
    mutable QString m_generatedReference;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QStringList m_advancedFields;
    BackendProfile m_profile;
    FieldMessages m_messages;
};

/// Reads a cart into an amount text for validateSale (Ocho, Dots): the cart's own issues go
/// to `issues`; an empty cart gives an empty text.
QString cartAmountText(const CartWidget *cart, FieldIssues &issues);
/// Replaces validateSale's "amount" complaints by the cart's own words when the cart is empty.
FieldIssues cartAmountIssues(const CartWidget *cart, FieldIssues issues);

/// "counter-1-250301-140509" (the terminal's name and the time; "ORD-…" without a terminal):
/// a fresh reference for the next sale, at most 80 characters.
QString newReference(const QString &terminal = QString());

} // namespace paydesk
