// Offer's sale: a quote and its products (OfferForm as typed, OfferSale as sent). Offer prices
// the quote itself: the sale fixes no amount. validateSale(OfferForm) is in backends/sale.h.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/money.h"
#include "core/paymentrecord.h"

namespace paydesk {

struct OfferForm
{
    QString offerOid;
    QStringList products;
};

struct OfferSale
{
    static constexpr BackendKind kind = BackendKind::Offer;

    QString offerOid;
    QStringList products;
};

/// None: Offer prices the quote.
inline std::optional<Money> saleAmount(const OfferSale &)
{
    return std::nullopt;
}
/// The quote.
inline QString saleReference(const OfferSale &s)
{
    return s.offerOid;
}
inline QString saleClient(const OfferSale &)
{
    return {};
}
/// The sale's own fields for the journal (saleToJson adds the backend).
QJsonObject saleFields(const OfferSale &s);

} // namespace paydesk
