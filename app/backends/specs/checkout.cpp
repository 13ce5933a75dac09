// Checkout: POST {base}{checkout_path} (default /api/checkout/) with the cart, amounts in major
// units as decimal text; a Bearer token unless checkout_auth=none. Answers with the intent and
// its charge (a decline carries the failed charge).
#include <QCoreApplication>
#include <QJsonArray>

#include "backends/backendspec.h"
#include "core/money.h"

namespace paydesk::specs {
namespace {

RequestSpec createRequest(const Sale &sale, const BackendProfile &profile, const QString &)
{
    const auto &s = std::get<CheckoutSale>(sale);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = profile.checkoutPath;
    if (profile.checkoutAuth == BackendProfile::Auth::Bearer && !profile.token.isEmpty())
        spec.headers.append({"Authorization", bearerAuthorization(profile.token)});
    QJsonArray items;
    for (const CartItem &item : s.items)
        items.append(QJsonObject{
            {QStringLiteral("sku"), item.sku},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("quantity"), item.quantity},
            {QStringLiteral("unit_price"), toDecimalString(item.unitPriceMinor, s.total.currency)},
        });
    QJsonObject body{
        {QStringLiteral("client"), s.client},
        {QStringLiteral("amount"), toDecimalString(s.total.minor, s.total.currency)},
        {QStringLiteral("currency"), s.total.currency},
        {QStringLiteral("reference"), s.reference},
        {QStringLiteral("items"), items},
        {QStringLiteral("payment_method"),
         s.paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(s.paymentMethod)},
        {QStringLiteral("is_oneclick"), s.oneclick},
    };
    if (!s.billingAddress.isEmpty())
        body.insert(QStringLiteral("billing_address"), s.billingAddress);
    spec.body = body;
    return spec;
}

void readFailure(const QJsonObject &answer, BackendError &error, JobResult &result)
{
    const QJsonObject errors = answer.value(QStringLiteral("errors")).toObject();
    if (!errors.isEmpty()) {
        error.field = errors.constBegin().key();
        const QJsonValue first = errors.constBegin().value();
        const QString text
            = first.isArray() ? first.toArray().first().toString() : first.toString();
        if (!text.isEmpty())
            error.message += QStringLiteral(" (%1: %2)").arg(error.field, text);
    }
    // A decline carries the intent and its failed charge: keep them for the cashier.
    if (answer.value(QStringLiteral("data")).isObject())
        if (const ParseResult parsed = parseCheckout(answer))
            result.record = *parsed;
    if (result.record)
        for (const Charge &c : std::as_const(result.record->charges))
            if (c.failureCode.contains(QStringLiteral("declined"))
                || (c.outcome && c.outcome->type == u"issuer_declined"))
                error.kind = BackendError::Kind::Declined;
}

ProbeSpec probe(const BackendProfile &profile)
{
    // The checkout path takes a POST with a whole sale; a GET without one.
    ProbeSpec p;
    p.request.method = "GET";
    p.request.path = profile.checkoutPath;
    p.methodRefusalMeansFound = true;
    if (profile.checkoutAuth == BackendProfile::Auth::Bearer && !profile.token.isEmpty())
        p.request.headers.append({"Authorization", bearerAuthorization(profile.token)});
    return p;
}

bool needsCredentials(const BackendProfile &profile)
{
    return profile.checkoutAuth == BackendProfile::Auth::Bearer;
}

QString whereToCheck(const QString &reference, const QDateTime &)
{
    return QCoreApplication::translate("paydesk::Verifier",
                                       "Checkout cannot be asked by key. Look for the order "
                                       "reference \"%1\" in the shop's orders (or ask the "
                                       "customer for the card statement) before charging again.")
        .arg(reference);
}

QString whereToRefund(const QString &reference)
{
    return QCoreApplication::translate("paydesk::Refunds",
                                       "Checkout publishes no refund API: refund order \"%1\" in "
                                       "the shop's orders (its admin).")
        .arg(reference);
}

} // namespace

const BackendSpec &checkout()
{
    static const BackendSpec spec{BackendKind::Checkout, createRequest,
                                  readFailure,           probe,
                                  needsCredentials,      BackendSpec::Verification::NoLookup,
                                  whereToCheck,          nullptr,
                                  whereToRefund,         nullptr};
    return spec;
}

} // namespace paydesk::specs
