// Feeds the customer's display from the sale controller (app/payments): its phase and its
// CustomerView, which the sale page keeps current. What the cashier scans (the lines and the
// total) while the sale is built, "please wait" while it is sent or being
// checked, then paid (with the receipt's QR code), declined or not completed, and an empty
// display for the next customer. It passes only what a customer may see: names, quantities,
// amounts, an outcome and the receipt link; never ids, keys, states or error details.
#pragma once

#include <QObject>
#include <QPointer>

namespace paydesk {

class CustomerDisplay;
class SaleController;

class CustomerDisplayFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayFeed)

public:
    /// Follows `sale` (its phase and what the customer may see) onto `display`.
    CustomerDisplayFeed(const SaleController *sale, CustomerDisplay *display,
                        QObject *parent = nullptr);
    ~CustomerDisplayFeed() override;

    /// Shows the sale as it stands now.
    void update();

private:
    QPointer<const SaleController> m_sale;
    QPointer<CustomerDisplay> m_display;
};

} // namespace paydesk
