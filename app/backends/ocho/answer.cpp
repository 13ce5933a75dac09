#include "answer.h"

#include "core/redaction.h"

namespace paydesk {
using parsing::contractError;
using parsing::moneyOf;
using parsing::tr;

bool isOchoAnswer(const QJsonObject &answer)
{
    for (const char *key : {"paymentIntent", "publishableKey", "ephemeralKey", "customerSession"})
        if (answer.contains(QLatin1String(key)))
            return true;
    return false;
}

ParseResult parseOcho(const QJsonObject &answer, const ParseContext &context)
{
    PaymentRecord record;
    record.backend = BackendKind::Ocho;
    JsonFields f(answer);
    const QString paymentIntent = f.string("paymentIntent", Need::Required);
    const QString ephemeralKey = f.string("ephemeralKey", Need::Required);
    const QString customer = f.string("customer", Need::Required);
    const QString customerSession = f.string("customerSession", Need::Required);
    const QString publishableKey = f.string("publishableKey", Need::Required);
    if (!f.ok())
        return contractError(BackendKind::Ocho, f.error());

    const qsizetype secretAt = paymentIntent.indexOf(QStringLiteral("_secret_"));
    record.intent.id = secretAt < 0 ? paymentIntent : paymentIntent.left(secretAt);
    if (secretAt >= 0)
        record.intent.clientSecret = maskSecret(paymentIntent);
    if (!record.intent.id.startsWith(QStringLiteral("pi_")))
        record.warnings.append(tr("paymentIntent \"%1\" is not a Stripe PaymentIntent id (pi_…).")
                                   .arg(maskSecret(record.intent.id) == kMask
                                            ? record.intent.id
                                            : maskSecret(record.intent.id)));
    // The answer carries no status: the intent exists and waits for the customer's payment.
    record.intent.status = QStringLiteral("created");
    record.intent.customer = customer;
    record.intent.amount = moneyOf(context.amountMinor, context.currency.toLower());

    const bool testKey = publishableKey.startsWith(QStringLiteral("pk_test_"));
    const bool liveKey = publishableKey.startsWith(QStringLiteral("pk_live_"));
    if (testKey || liveKey)
        record.intent.livemode = liveKey;
    else
        record.warnings.append(
            tr("publishableKey does not start with pk_test_ or pk_live_: the mode is unknown."));

    record.extra = QJsonObject{
        {QStringLiteral("customer"), customer},
        {QStringLiteral("publishableKey"), publishableKey},
        {QStringLiteral("test_mode"),
         testKey ? QJsonValue(true) : (liveKey ? QJsonValue(false) : QJsonValue())},
        {QStringLiteral("ephemeralKey"), maskSecret(ephemeralKey)},
        {QStringLiteral("customerSession"), maskSecret(customerSession)},
        {QStringLiteral("currency_from_profile"), context.currency.toLower()},
    };
    record.raw = redactJson(answer);
    return record;
}

} // namespace paydesk
