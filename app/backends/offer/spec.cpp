// Offer: POST {base}/api/offer/createpaymentintent with the quote and its products; the API
// token in the body (api_token, the default) or as a Bearer header.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include "answer.h"
#include "backends/backendspec.h"
#include "core/datetext.h"

namespace paydesk::specs {
namespace {

RequestSpec createRequest(const Sale &sale, const BackendProfile &profile, const QString &)
{
    const auto &s = std::get<OfferSale>(sale);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/offer/createpaymentintent");
    QJsonObject body{
        {QStringLiteral("ajax_url"), QStringLiteral("/api/offer/createpaymentintent")},
        {QStringLiteral("output"), QStringLiteral("json")},
        {QStringLiteral("offer_oid"), s.offerOid},
        {QStringLiteral("products"),
         QJsonObject{{QStringLiteral("combined"), QJsonArray::fromStringList(s.products)}}},
    };
    if (!profile.token.isEmpty()) {
        if (profile.offerTokenPlacement == BackendProfile::TokenPlacement::Header)
            spec.headers.append({"Authorization", bearerAuthorization(profile.token)});
        else
            body.insert(QStringLiteral("api_token"), profile.token);
    }
    spec.body = body;
    return spec;
}

void readFailure(const QJsonObject &answer, BackendError &error, JobResult &)
{
    if (const QJsonValue oid = answer.value(QStringLiteral("apirequest_oid")); !oid.isUndefined())
        error.message += u' '
            + QCoreApplication::translate("paydesk::CreatePaymentJob", "(request %1)")
                  .arg(oid.isString() ? oid.toString() : QString::number(oid.toInteger()));
}

ProbeSpec probe(const BackendProfile &profile)
{
    // The create endpoint takes a POST with a quote and products; a GET with neither. The token
    // goes along only when the profile sends it as a header.
    ProbeSpec p;
    p.request.method = "GET";
    p.request.path = QStringLiteral("/api/offer/createpaymentintent");
    p.methodRefusalMeansFound = true;
    if (profile.offerTokenPlacement == BackendProfile::TokenPlacement::Header) {
        if (!profile.token.isEmpty())
            p.request.headers.append({"Authorization", bearerAuthorization(profile.token)});
    } else {
        p.carriesCredentials = false;
    }
    return p;
}

bool needsCredentials(const BackendProfile &)
{
    return true;
}

QString whereToCheck(const QString &reference, const QDateTime &sentAt)
{
    return QCoreApplication::translate("paydesk::Verifier",
                                       "Offer cannot be asked by key. Ask the Offer back office "
                                       "whether quote %1 got a payment intent at %2 before "
                                       "trying again.")
        .arg(reference, formatDateTime(sentAt));
}

QString whereToRefund(const QString &reference)
{
    return QCoreApplication::translate(
               "paydesk::Refunds",
               "Offer publishes no refund API: ask the Offer back office to refund quote %1.")
        .arg(reference);
}

QString profileCurrency(const BackendProfile &)
{
    return {}; // Offer prices the quote itself
}

void trainingDefaults(BackendProfile &profile)
{
    profile.currency = QStringLiteral("gbp");
}

QList<QCommandLineOption> flags()
{
    return {
        {QStringLiteral("offer-oid"), QStringLiteral("offer: the quote."), QStringLiteral("oid")},
        {QStringLiteral("product"), QStringLiteral("offer: a product code (repeatable)."),
         QStringLiteral("code")},
    };
}

Expected<Sale, FieldIssues> saleFromFlags(const QCommandLineParser &p,
                                          const BackendProfile &profile)
{
    return validateSale(
        OfferForm{p.value(QStringLiteral("offer-oid")), p.values(QStringLiteral("product"))},
        profile);
}

} // namespace

const BackendSpec &offer()
{
    static const BackendSpec spec{
        .kind = BackendKind::Offer,
        .answer = {.recognises = isOfferAnswer, .parse = parseOffer},
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
        .tillDefaults = {},
        .currencyFromProfile = false,
        .profileCurrency = profileCurrency,
        .flags = flags,
        .saleFromFlags = saleFromFlags,
        .trainingDefaults = trainingDefaults,
        .saleTitle = QT_TRANSLATE_NOOP("paydesk::SalePage", "Offer insurance quote"),
        .pricedCaption = QT_TRANSLATE_NOOP("paydesk::SalePage", "Priced by Offer"),
        .pricedAmount = QT_TRANSLATE_NOOP("paydesk::SalePage", "Price set by Offer: %1"),
    };
    return spec;
}

} // namespace paydesk::specs
