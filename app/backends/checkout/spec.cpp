// Checkout: POST {base}{checkout_path} (default /api/checkout/) with the cart, amounts in major
// units as decimal text; a Bearer token unless checkout_auth=none. Answers with the intent and
// its charge (a decline carries the failed charge).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include "answer.h"
#include "backends/backendspec.h"
#include "backends/salechecks.h"
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

void trainingDefaults(BackendProfile &profile)
{
    profile.currency = QStringLiteral("mxn");
    profile.paymentMethods = {QStringLiteral("card"), QStringLiteral("cash")};
    profile.paymentMethodEditable = false;
}

QList<QCommandLineOption> flags()
{
    return {
        {QStringLiteral("client"), QStringLiteral("checkout: the client."), QStringLiteral("name")},
        {QStringLiteral("reference"), QStringLiteral("checkout: the order reference."),
         QStringLiteral("ref")},
        {QStringLiteral("item"), QStringLiteral("checkout: SKU:NAME:QTY:UNIT_PRICE (repeatable)."),
         QStringLiteral("item")},
        {QStringLiteral("payment-method"), QStringLiteral("checkout: the payment method."),
         QStringLiteral("pm")},
        {QStringLiteral("oneclick"), QStringLiteral("checkout: one-click.")},
    };
}

Expected<Sale, FieldIssues> saleFromFlags(const QCommandLineParser &p,
                                          const BackendProfile &profile)
{
    CheckoutForm form;
    form.client = p.value(QStringLiteral("client"));
    form.reference = p.value(QStringLiteral("reference"));
    form.currency = p.value(QStringLiteral("currency"));
    form.paymentMethod = p.value(QStringLiteral("payment-method"));
    form.oneclick = p.isSet(QStringLiteral("oneclick"));
    const QString currency = (form.currency.isEmpty() ? profile.currency : form.currency).toLower();
    FieldIssues issues;
    const QStringList items = p.values(QStringLiteral("item"));
    for (const QString &spec : items) {
        const auto item = parseCartItemSpec(spec, currency);
        if (item)
            form.items.append(*item);
        else
            issues.append({QStringLiteral("item"), item.error().message});
    }
    if (items.isEmpty())
        issues.append({QStringLiteral("item"),
                       QStringLiteral("Give at least one --item SKU:NAME:QTY:UNIT_PRICE.")});
    auto sale = validateSale(form, profile);
    if (!issues.isEmpty()) {
        if (!sale) // keep every other problem, but not the cart's own echo of missing items
            for (const FieldIssue &i : sale.error())
                if (!i.field.startsWith(QStringLiteral("items")))
                    issues.append(i);
        return unexpected(issues);
    }
    return sale;
}

} // namespace

const BackendSpec &checkout()
{
    static const BackendSpec spec{
        .kind = BackendKind::Checkout,
        .answer = {.recognises = isCheckoutAnswer, .parse = parseCheckout},
        .createRequest = createRequest,
        .readFailure = readFailure,
        .probe = probe,
        .needsCredentials = needsCredentials,
        .verification = BackendSpec::Verification::NoLookup,
        .whereToCheck = whereToCheck,
        .refundRequest = nullptr,
        .readRefund = nullptr,
        .whereToRefund = whereToRefund,
        .confirmRequest = nullptr,
        .credentials = BackendSpec::Credentials::Token,
        .missingCredentials
        = QT_TRANSLATE_NOOP("paydesk::ProfileEditor", "This backend needs an API token."),
        .tillDefaults = {QStringLiteral("walk_in_client"), QStringLiteral("payment_methods")},
        .currencyFromProfile = false,
        .profileCurrency = profileCurrencyText,
        .flags = flags,
        .saleFromFlags = saleFromFlags,
        .trainingDefaults = trainingDefaults,
        .saleTitle = QT_TRANSLATE_NOOP("paydesk::SalePage", "Checkout sale"),
        .pricedCaption = nullptr,
        .pricedAmount = nullptr,
    };
    return spec;
}

} // namespace paydesk::specs
