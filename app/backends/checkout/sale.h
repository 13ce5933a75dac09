// Checkout's sale: a cart for a client (CheckoutForm as typed, CheckoutSale as sent).
// validateSale(CheckoutForm) is declared with the others in backends/sale.h.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/cart.h"
#include "core/money.h"
#include "core/paymentrecord.h"

namespace paydesk {

struct CheckoutForm
{
    QString client, reference, currency, paymentMethod;
    bool oneclick = false;
    QList<CartItem> items;
    QJsonObject billingAddress;
};

struct CheckoutSale
{
    static constexpr BackendKind kind = BackendKind::Checkout;

    QString client, reference, paymentMethod;
    bool oneclick = false;
    QList<CartItem> items;
    Money total;
    QJsonObject billingAddress;
};

inline std::optional<Money> saleAmount(const CheckoutSale &s)
{
    return s.total;
}
/// The order reference.
inline QString saleReference(const CheckoutSale &s)
{
    return s.reference;
}
inline QString saleClient(const CheckoutSale &s)
{
    return s.client;
}
/// The sale's own fields for the journal (saleToJson adds the backend).
QJsonObject saleFields(const CheckoutSale &s);

} // namespace paydesk
