#include "customerdisplayfeed.h"

#include "customerdisplay.h"
#include "sale/cartwidget.h"
#include "sale/saleform.h"
#include "sale/salepage.h"

namespace paydesk {

CustomerDisplayFeed::CustomerDisplayFeed(SalePage *page, CustomerDisplay *display, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_display(display)
{
    connect(page, &SalePage::phaseChanged, this, &CustomerDisplayFeed::update);
    connect(page, &SalePage::saleEdited, this, &CustomerDisplayFeed::update);
    update();
}

CustomerDisplayFeed::~CustomerDisplayFeed() = default;

void CustomerDisplayFeed::update()
{
    if (!m_display)
        return;
    using Phase = SalePage::Phase;
    using O = CustomerDisplay::Outcome;
    const Phase phase = m_page->phase();

    // Once paid, the receipt's lines and amount (the backend's amount wins, as on paper);
    // before, the cart as the cashier builds it.
    if (phase == Phase::Paid && m_page->receipt()) {
        const auto &receipt = *m_page->receipt();
        m_display->setSale(receipt.items, receipt.currency, receipt.totalMinor);
        m_display->setOutcome(O::Paid, receipt.receiptUrl);
        return;
    }
    SaleForm *form = m_page->currentForm();
    const QList<CartItem> items = form ? form->receiptItems() : QList<CartItem>{};
    const CartWidget *cart = form ? form->cart() : nullptr;
    const std::optional<qint64> total
        = cart && !items.isEmpty() ? cart->model()->total() : std::nullopt;
    m_display->setSale(items, cart ? cart->currency() : QString(), total);

    switch (phase) {
    case Phase::Editing:
        m_display->setOutcome(O::None);
        return;
    case Phase::Sending:
    case Phase::Verifying:
    case Phase::Unknown: // the cashier checks: the customer waits
    case Phase::Created: // the customer completes the payment on their own device
    case Phase::Paid: // paid without a receipt to show yet
        m_display->setOutcome(O::PleaseWait);
        return;
    case Phase::Declined:
        m_display->setOutcome(O::Declined);
        return;
    case Phase::NotCharged:
        m_display->setOutcome(O::NotCompleted);
        return;
    }
}

} // namespace paydesk
