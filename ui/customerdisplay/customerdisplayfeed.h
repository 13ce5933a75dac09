// Feeds the customer's display from the sale page: what the cashier scans (the lines and the
// total of the form's cart) while the sale is built, "please wait" while it is sent or being
// checked, then paid (with the receipt's QR code), declined or not completed, and an empty
// display for the next customer. It passes only what a customer may see: names, quantities,
// amounts, an outcome and the receipt link; never ids, keys, states or error details.
#pragma once

#include <QObject>
#include <QPointer>

namespace paydesk {

class CustomerDisplay;
class SalePage;

class CustomerDisplayFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayFeed)

public:
    /// Follows `page` (its controller's phases and its form's cart) onto `display`.
    CustomerDisplayFeed(SalePage *page, CustomerDisplay *display, QObject *parent = nullptr);
    ~CustomerDisplayFeed() override;

    /// Shows the sale as it stands now.
    void update();

private:
    SalePage *m_page;
    QPointer<CustomerDisplay> m_display;
};

} // namespace paydesk
