// A sale form of one backend. Reading it goes through validateSale (the CLI's validation):
// the issues are shown under their fields before anything is sent, and what was typed stays.
#pragma once

#include <QWidget>

#include "backends/sale.h"
#include "fieldmessages.h"

class QLabel;

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

    virtual BackendKind kind() const = 0;
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

private:
    CartWidget *m_cart = nullptr;
    BackendProfile m_profile;
    FieldMessages m_messages;
};

/// Reads a cart into an amount text for validateSale (Ocho, Dots): the cart's own issues go
/// to `issues`; an empty cart gives an empty text.
QString cartAmountText(const CartWidget *cart, FieldIssues &issues);
/// Replaces validateSale's "amount" complaints by the cart's own words when the cart is empty.
FieldIssues cartAmountIssues(const CartWidget *cart, FieldIssues issues);

/// "ORD-250301-140509": a fresh reference for the next sale.
QString newReference();

} // namespace paydesk
