// Dots: the cart (USD) and Dots' own fields: user, customer, payment method, destination, fee,
// description.
#pragma once

#include "saleform.h"

namespace Ui {
class DotsSaleForm;
}

namespace paydesk {

class DotsSaleForm final : public SaleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DotsSaleForm)

public:
    explicit DotsSaleForm(QWidget *parent = nullptr);
    ~DotsSaleForm() override;

    QString backend() const override { return QStringLiteral("dots"); }
    void clearSale() override;
    void setCatalogue(const Catalogue *catalogue) override;

protected:
    Expected<Sale, FieldIssues> readSale() const override;
    void applyProfile() override;

private:
    /// The identifiers the profile gives (dots_user_id…), for every sale.
    void fillIdentifiers();

    Ui::DotsSaleForm *m_ui;
};

} // namespace paydesk
