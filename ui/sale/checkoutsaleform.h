// Checkout: the cart, the client and the order reference (both filled in when left empty: the
// profile's walk-in client, a reference of the terminal and time), the payment method (a choice
// of the profile's), billing details.
#pragma once

#include "saleform.h"

namespace Ui {
class CheckoutSaleForm;
}

namespace paydesk {

class CheckoutSaleForm final : public SaleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutSaleForm)

public:
    explicit CheckoutSaleForm(QWidget *parent = nullptr);
    ~CheckoutSaleForm() override;

    QString backend() const override { return QStringLiteral("checkout"); }
    void clearSale() override;
    void setCatalogue(const Catalogue *catalogue) override;
    /// The client of a sale whose client is left empty: the profile's, or "Walk-in".
    QString walkInClient() const;
    /// A payment method of the profile in the cashier's words ("card" → "Card", "Tarjeta").
    static QString paymentMethodText(const QString &method);

protected:
    Expected<Sale, FieldIssues> readSale() const override;
    void applyProfile() override;

private:
    Ui::CheckoutSaleForm *m_ui;
};

} // namespace paydesk
