// Offer: an insurance quote (its OID) and the products of the profile to pay for.
#pragma once

#include "saleform.h"

namespace Ui {
class OfferSaleForm;
}

namespace paydesk {

class OfferSaleForm final : public SaleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferSaleForm)

public:
    explicit OfferSaleForm(QWidget *parent = nullptr);
    ~OfferSaleForm() override;

    QString backend() const override { return QStringLiteral("offer"); }
    void clearSale() override;
    QList<CartItem> receiptItems() const override;
    QWidget *firstInput() const override;
    /// "Charge quote 10311080": Offer prices the quote itself.
    QString chargeLabel() const override;

protected:
    Expected<Sale, FieldIssues> readSale() const override;
    void applyProfile() override;

private:
    Ui::OfferSaleForm *m_ui;
};

} // namespace paydesk
