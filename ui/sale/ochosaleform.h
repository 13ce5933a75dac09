// Ocho: the cart (in the profile's currency), the customer's DID and the transaction id.
#pragma once

#include "saleform.h"

namespace Ui {
class OchoSaleForm;
}

namespace paydesk {

class OchoSaleForm final : public SaleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OchoSaleForm)

public:
    explicit OchoSaleForm(QWidget *parent = nullptr);
    ~OchoSaleForm() override;

    QString backend() const override { return QStringLiteral("ocho"); }
    void clearSale() override;
    void setCatalogue(const Catalogue *catalogue) override;

protected:
    Expected<Sale, FieldIssues> readSale() const override;
    void applyProfile() override;

private:
    Ui::OchoSaleForm *m_ui;
};

} // namespace paydesk
