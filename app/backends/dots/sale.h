// Dots' sale: a payment intent in USD (DotsForm as typed, DotsSale as sent).
// validateSale(DotsForm) is declared with the others in backends/sale.h.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include "core/money.h"
#include "core/paymentrecord.h"

namespace paydesk {

struct DotsForm
{
    QString amount, currency = QStringLiteral("usd");
    QString userId, customerId, paymentMethodId, destinationUserId;
    QString description, applicationFee, setupFutureUsage;
    bool confirm = false;
    QList<QPair<QString, QString>> metadata;
};

struct DotsSale
{
    static constexpr BackendKind kind = BackendKind::Dots;

    Money amount;
    QString userId, customerId, paymentMethodId, destinationUserId, description, setupFutureUsage;
    std::optional<qint64> applicationFeeMinor;
    bool confirm = false;
    QJsonObject metadata;
};

inline std::optional<Money> saleAmount(const DotsSale &s)
{
    return s.amount;
}
/// The description.
inline QString saleReference(const DotsSale &s)
{
    return s.description;
}
/// The customer id.
inline QString saleClient(const DotsSale &s)
{
    return s.customerId;
}
/// The sale's own fields for the journal (saleToJson adds the backend).
QJsonObject saleFields(const DotsSale &s);

} // namespace paydesk
