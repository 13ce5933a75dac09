// Ocho's sale: what the cashier or paydeskctl types (OchoForm) and what is sent (OchoSale).
// validateSale(OchoForm) is declared with the others in backends/sale.h.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "core/money.h"
#include "core/paymentrecord.h"

namespace paydesk {

struct OchoForm
{
    QString iss, amount, currency, id;
};

struct OchoSale
{
    static constexpr BackendKind kind = BackendKind::Ocho;

    QString iss;
    Money amount;
    QString id;
};

inline std::optional<Money> saleAmount(const OchoSale &s)
{
    return s.amount;
}
/// The transaction id.
inline QString saleReference(const OchoSale &s)
{
    return s.id;
}
/// The customer's DID.
inline QString saleClient(const OchoSale &s)
{
    return s.iss;
}
/// The sale's own fields for the journal (saleToJson adds the backend).
QJsonObject saleFields(const OchoSale &s);

} // namespace paydesk
