// Ocho: an XRPC query, GET {base}/xrpc/app.ocho.payment.getStripeIntent?iss=&amount=&id=
// [&token=]. The optional user token travels in the query.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "answer.h"
#include "backends/backendspec.h"
#include "backends/salechecks.h"

namespace paydesk::specs {
namespace {

RequestSpec createRequest(const Sale &sale, const BackendProfile &profile, const QString &)
{
    const auto &s = std::get<OchoSale>(sale);
    RequestSpec spec;
    spec.method = "GET";
    spec.path = QStringLiteral("/xrpc/app.ocho.payment.getStripeIntent");
    spec.query.addQueryItem(QStringLiteral("iss"), s.iss);
    spec.query.addQueryItem(QStringLiteral("amount"), QString::number(s.amount.minor));
    spec.query.addQueryItem(QStringLiteral("id"), s.id);
    if (!profile.token.isEmpty())
        spec.query.addQueryItem(QStringLiteral("token"), profile.token);
    return spec;
}

ProbeSpec probe(const BackendProfile &profile)
{
    // An XRPC query without its required parameters (iss, amount, id): refused with 400
    // InvalidRequest when the parameters are checked against the lexicon, before the method
    // runs. The optional token is the one parameter sent.
    ProbeSpec p;
    p.request.method = "GET";
    p.request.path = QStringLiteral("/xrpc/app.ocho.payment.getStripeIntent");
    p.unknownMethodMeansElsewhere = true;
    if (!profile.token.isEmpty())
        p.request.query.addQueryItem(QStringLiteral("token"), profile.token);
    return p;
}

bool needsCredentials(const BackendProfile &profile)
{
    return !profile.token.isEmpty(); // Ocho's token is optional
}

QString whereToCheck(const QString &reference, const QDateTime &)
{
    return QCoreApplication::translate("paydesk::Verifier",
                                       "Ocho cannot be asked by key. Ask the Ocho plugin whether "
                                       "transaction \"%1\" has a payment intent before trying "
                                       "again.")
        .arg(reference);
}

QString whereToRefund(const QString &reference)
{
    return QCoreApplication::translate("paydesk::Refunds",
                                       "Ocho publishes no refund API: refund transaction \"%1\" in "
                                       "the Ocho plugin's payment dashboard (Stripe).")
        .arg(reference);
}

void trainingDefaults(BackendProfile &profile)
{
    profile.currency = QStringLiteral("usd");
    profile.ochoIss = QStringLiteral("did:web:training.paydesk.example");
}

QList<QCommandLineOption> flags()
{
    return {
        {QStringLiteral("iss"), QStringLiteral("ocho: the customer's DID."), QStringLiteral("did")},
        {QStringLiteral("id"), QStringLiteral("ocho: the transaction id."), QStringLiteral("id")},
    };
}

Expected<Sale, FieldIssues> saleFromFlags(const QCommandLineParser &p,
                                          const BackendProfile &profile)
{
    return validateSale(OchoForm{p.value(QStringLiteral("iss")), p.value(QStringLiteral("amount")),
                                 p.value(QStringLiteral("currency")),
                                 p.value(QStringLiteral("id"))},
                        profile);
}

} // namespace

const BackendSpec &ocho()
{
    static const BackendSpec spec{
        .kind = BackendKind::Ocho,
        .answer = {.recognises = isOchoAnswer, .parse = parseOcho},
        .createRequest = createRequest,
        .readFailure = nullptr,
        .probe = probe,
        .needsCredentials = needsCredentials,
        .verification = BackendSpec::Verification::NoLookup,
        .whereToCheck = whereToCheck,
        .refundRequest = nullptr,
        .readRefund = nullptr,
        .whereToRefund = whereToRefund,
        .confirmRequest = nullptr,
        .credentials = BackendSpec::Credentials::OptionalToken,
        .missingCredentials
        = QT_TRANSLATE_NOOP("paydesk::ProfileEditor", "This backend needs an API token."),
        .tillDefaults = {QStringLiteral("ocho_iss")},
        .currencyFromProfile = true,
        .profileCurrency = profileCurrencyText,
        .flags = flags,
        .saleFromFlags = saleFromFlags,
        .trainingDefaults = trainingDefaults,
        .saleTitle = QT_TRANSLATE_NOOP("paydesk::SalePage", "Ocho payment"),
        .pricedCaption = nullptr,
        .pricedAmount = nullptr,
    };
    return spec;
}

} // namespace paydesk::specs
