// A refund as a backend answers it (read by its descriptor's readRefund). Its own small record:
// a refund is not a payment intent, and the views show only these few fields of it.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "expected.h"
#include "money.h"

namespace paydesk {

struct RefundRecord
{
    QString id; ///< the backend's refund id
    QString intentId; ///< the payment intent it refunds
    std::optional<Money> amount;
    QString status; ///< "succeeded", "pending", "failed", … as the backend says
    QString reason;
    qint64 created = 0; ///< seconds since the epoch, 0 when not given
};

/// The reasons a refund may carry (Dots' document; Stripe's).
const QStringList &refundReasons();

} // namespace paydesk
