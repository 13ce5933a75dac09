#include "refundrecord.h"

#include "jsonfields.h"

namespace paydesk {

const QStringList &refundReasons()
{
    static const QStringList reasons{QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
                                     QStringLiteral("requested_by_customer"),
                                     QStringLiteral("expired_uncaptured_charge"),
                                     QStringLiteral("partial_capture")};
    return reasons;
}

Expected<RefundRecord, QString> parseDotsRefund(const QJsonObject &answer)
{
    JsonFields f(answer);
    RefundRecord r;
    r.id = f.string("id", Need::Required);
    r.intentId = f.string("payment_intent_id");
    const std::optional<qint64> amount = f.integer("amount");
    QString currency = f.string("currency");
    r.status = f.string("status");
    r.reason = f.string("reason");
    const std::optional<qint64> created = f.integer("created");
    if (!f.ok())
        return unexpected(f.error().message);
    if (amount) {
        if (*amount < 0 || *amount > kMaxMinorAmount)
            return unexpected(QCoreApplication::translate("paydesk::RefundRecord",
                                                          "The refund's amount %1 is out of range.")
                                  .arg(*amount));
        r.amount = Money{*amount, currency.isEmpty() ? QStringLiteral("usd") : currency.toLower()};
    }
    r.created = created.value_or(0);
    return r;
}

} // namespace paydesk
