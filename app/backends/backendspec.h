// One description per backend kind: how it is reached and what it is sent. Each kind's spec
// lives in app/backends/specs/<kind>.cpp: its endpoints, its auth scheme (what carries the
// credentials), the create request of its sale, the connection test's probe, how an unknown
// outcome can be verified, where a person checks when it cannot, and its answer parser. The
// jobs, the connection test and the verifier read it; adding a backend is one file there (plus
// its sale form and its parser in core).
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include "httpjob.h"
#include "sale.h"

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
    /// Where a person refunds a sale of this backend when it has no refund API (translated).
    QString (*whereToRefund)(const QString &reference);
    /// The confirm request of a created intent, or null when the backend has none.
    RequestSpec (*confirmRequest)(const QString &intentId, const QString &paymentMethodId,
                                  const BackendProfile &profile);
};

/// The spec of a backend kind (Stripe, which is never sent to, has Checkout's).
const BackendSpec &backendSpec(BackendKind kind);

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
