#include "answer.h"

#include <QCoreApplication>

#include "core/identifiers.h"
#include "core/redaction.h"

namespace paydesk {
using parsing::contractError;
using parsing::currencyOf;
using parsing::moneyOf;
using parsing::tr;

bool isDotsAnswer(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("object")).toString().isEmpty()
        && isUuid(answer.value(QStringLiteral("id")).toString())
        && answer.contains(QLatin1String("amount"));
}

ParseResult parseDots(const QJsonObject &answer, const ParseContext &)
{
    PaymentRecord record;
    record.backend = BackendKind::Dots;
    JsonFields f(answer);
    record.intent.id = f.string("id", Need::Required);
    const QString currency = currencyOf(f, record);
    record.intent.amount = moneyOf(f.integer("amount", Need::Required), currency);
    record.intent.rawStatus = f.string("status");
    bool known = true;
    if (record.intent.rawStatus.isNull()) {
        record.intent.status = QStringLiteral("unknown");
        record.warnings.append(tr("The Dots answer has no status."));
    } else {
        record.intent.status = normaliseIntentStatus(record.intent.rawStatus, &known);
        if (!known)
            record.warnings.append(tr("The intent has the unrecognised status \"%1\"; it is shown "
                                      "as it is.")
                                       .arg(record.intent.rawStatus));
    }
    const QString userId = f.string("user_id");
    const QString transferId = f.string("transfer_id");
    const QString paymentMethodId = f.string("payment_method_id");
    record.intent.clientSecret = maskSecret(f.string("client_secret"));
    if (!f.ok())
        return contractError(BackendKind::Dots, f.error());
    if (!isUuid(record.intent.id))
        record.warnings.append(
            tr("The Dots intent id \"%1\" is not a UUID.").arg(record.intent.id));

    const auto nullable = [](const QString &s) {
        return s.isNull() ? QJsonValue() : QJsonValue(s);
    };
    record.extra = QJsonObject{
        {QStringLiteral("user_id"), nullable(userId)},
        {QStringLiteral("transfer_id"), nullable(transferId)},
        {QStringLiteral("payment_method_id"), nullable(paymentMethodId)},
        {QStringLiteral("metadata"), redactJson(answer.value(QStringLiteral("metadata")))},
    };
    record.raw = redactJson(answer);
    return record;
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
