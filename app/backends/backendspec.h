// One descriptor per backend kind: how it is reached, what it is sent and what the till, the
// window and the command line need to know of it. Each kind's descriptor lives with the rest of
// that backend (app/backends/<kind>/spec.cpp): its endpoints, its auth scheme (what carries the
// credentials) and credential rule, its currency rule, the create request of its sale and how
// the command line's flags make one, the connection test's probe, how an unknown outcome can be
// verified, where a person checks when it cannot, what it can do beyond a create (refund,
// confirm), how its answers are recognised and read, and the words the sale page uses for it.
// backendSpecs() is the one table of the kinds: nothing else switches on or compares a BackendKind;
// the window asks the descriptor.
#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "answers.h"
#include "httpjob.h"
#include "sale.h"

class QCommandLineParser;

namespace paydesk {

/// What the connection test sends: never a request that can create a payment.
struct ProbeSpec
{
    RequestSpec request;
    /// The probe is a GET on an endpoint that only creates (POST): 405 means the endpoint is
    /// there and refused the method (after it checked the credentials), not a wrong address.
    bool methodRefusalMeansFound = false;
    /// The probe carries the profile's credentials where the backend reads them. False when
    /// they only travel in a create's body: a 401/403 then says nothing about the profile's.
    bool carriesCredentials = true;
    /// XRPC: 501 MethodNotImplemented is another XRPC service, one without the method.
    bool unknownMethodMeansElsewhere = false;
};

/// A refund as it is sent: of `intentId`, in minor units.
struct RefundOrder
{
    QString intentId;
    Money amount;
    QString reason; ///< one of refundReasons(), or empty
};

struct BackendSpec
{
    /// How an unknown outcome can be asked about (docs/retries.md).
    enum class Verification
    {
        NoLookup, ///< nothing to ask by key: a person checks where whereToCheck() says
        DotsIntents, ///< retrieve by intent id, or the complete list by metadata key
    };

    BackendKind kind;
    /// How its answers are recognised and read (its answer.cpp).
    AnswerReader answer;
    /// The create request of `sale` (of this kind) on `profile`, under Idempotency-Key `key`.
    RequestSpec (*createRequest)(const Sale &sale, const BackendProfile &profile,
                                 const QString &key);
    /// Adds what this backend's error answer says (a request id, the field at fault, a
    /// decline's failed charge). May be null.
    void (*readFailure)(const QJsonObject &answer, BackendError &error, JobResult &result);
    /// The connection test's request.
    ProbeSpec (*probe)(const BackendProfile &profile);
    /// Whether a profile of this kind is expected to carry credentials.
    bool (*needsCredentials)(const BackendProfile &profile);
    Verification verification;
    /// Where a person checks an unknown sale when the backend cannot be asked (translated).
    QString (*whereToCheck)(const QString &reference, const QDateTime &sentAt);
    /// The refund request, or null when the backend's contract publishes no refund API.
    RequestSpec (*refundRequest)(const RefundOrder &order, const BackendProfile &profile);
    /// Reads a refund object of the backend's answer (a refund's create or retrieve, an item of
    /// its list); null when refundRequest is.
    Expected<RefundRecord, QString> (*readRefund)(const QJsonObject &answer);
    /// Where a person refunds a sale of this backend when it has no refund API (translated).
    QString (*whereToRefund)(const QString &reference);
    /// The confirm request of a created intent, or null when the backend has none.
    RequestSpec (*confirmRequest)(const QString &intentId, const QString &paymentMethodId,
                                  const BackendProfile &profile);

    // --- what the profile editor, the window and the command line ask ----------------------

    /// Which credentials a profile of this kind carries (the profile editor shows those fields).
    enum class Credentials
    {
        Token, ///< an API token (token)
        OptionalToken, ///< a user token the backend does not require (token)
        ClientIdAndKey, ///< a client id and an API key (client_id, api_key)
    };
    Credentials credentials;
    /// What the profile editor says when needsCredentials() and they are missing (source text
    /// of the context paydesk::ProfileEditor).
    const char *missingCredentials;
    /// The till's defaults a profile of this kind reads (profile keys: walk_in_client,
    /// payment_methods, dots_user_id, ocho_iss); the profile editor shows only these.
    QStringList tillDefaults;
    /// Currency rule: the backend's API takes no currency, the profile's `currency` (or the
    /// command line's --currency) is the sale's.
    bool currencyFromProfile;
    /// The currency a profile of this kind charges in, as the profile list shows it ("USD");
    /// empty when the backend prices the sale itself.
    QString (*profileCurrency)(const BackendProfile &profile);
    /// paydeskctl create's flags of a sale of this kind (besides --amount and --currency).
    QList<QCommandLineOption> (*flags)();
    /// The sale of this kind from paydeskctl create's flags (the parser holds every backend's
    /// flags; see saleFlags), validated as the window's form is.
    Expected<Sale, FieldIssues> (*saleFromFlags)(const QCommandLineParser &parser,
                                                 const BackendProfile &profile);
    /// Training mode's profile of this kind: its currency and the till defaults a store's
    /// profile would fill in.
    void (*trainingDefaults)(BackendProfile &profile);
    /// What the sale page calls a sale of this kind (source text of the context
    /// paydesk::SalePage).
    const char *saleTitle;
    /// When the backend prices the sale (the form fixes no amount): the total's caption and the
    /// created sale's "price set" line with %1 for the amount (context paydesk::SalePage);
    /// null when the sale fixes its amount.
    const char *pricedCaption;
    const char *pricedAmount;
};

/// The table of descriptors: every backend kind, in the order the profile editor offers them.
/// The only place that lists the kinds.
const QList<const BackendSpec *> &backendSpecs();
/// The descriptor of `kind`, or null when the table lacks it.
const BackendSpec *findBackendSpec(BackendKind kind);
/// The descriptor of a backend kind (the table has every kind: tst_profile checks it).
const BackendSpec &backendSpec(BackendKind kind);
/// The backend kinds, in the table's order.
QList<BackendKind> backendKinds();
/// paydeskctl create's flags of every backend, in the table's order (--amount and --currency,
/// which more than one reads, are the command's own).
QList<QCommandLineOption> saleFlags();

/// Authorization values the specs share.
QByteArray basicAuthorization(const QString &user, const QString &password);
QByteArray bearerAuthorization(const QString &token);

namespace specs {
const BackendSpec &ocho();
const BackendSpec &offer();
const BackendSpec &dots();
const BackendSpec &checkout();
} // namespace specs

} // namespace paydesk
