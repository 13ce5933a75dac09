#include "customerdisplayfeed.h"

#include "customerdisplay.h"
#include "payments/salecontroller.h"

namespace paydesk {

CustomerDisplayFeed::CustomerDisplayFeed(const SaleController *sale, CustomerDisplay *display,
                                         QObject *parent)
    : QObject(parent)
    , m_sale(sale)
    , m_display(display)
{
    connect(sale, &SaleController::phaseChanged, this, &CustomerDisplayFeed::update);
    connect(sale, &SaleController::customerViewChanged, this, &CustomerDisplayFeed::update);
    update();
}

CustomerDisplayFeed::~CustomerDisplayFeed() = default;

void CustomerDisplayFeed::update()
{
    if (!m_display || !m_sale)
        return;
    using Phase = SaleController::Phase;
    using O = CustomerDisplay::Outcome;
    const Phase phase = m_sale->phase();
    const CustomerView &view = m_sale->customerView();
    m_display->setSale(view.items, view.currency, view.totalMinor);

    switch (phase) {
    case Phase::Editing:
        m_display->setOutcome(O::None);
        return;
    case Phase::Paid:
        if (view.receiptReady) {
            m_display->setOutcome(O::Paid, view.receiptUrl);
            return;
        }
        m_display->setOutcome(O::PleaseWait); // paid without a receipt to show yet
        return;
    case Phase::Sending:
    case Phase::Verifying:
    case Phase::Unknown: // the cashier checks: the customer waits
    case Phase::Created: // the customer completes the payment on their own device
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
