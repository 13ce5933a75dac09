// A backend profile: which backend, where, with which credentials and options. Profiles live in
// an INI file (QSettings) in groups named "profile.NAME"; command-line flags override them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/expected.h"
#include "core/paymentrecord.h"

class QSettings;

namespace paydesk {

struct ProductOption
{
    QString code;
    QString label;
};

struct BackendProfile
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::BackendProfile)

public:
    enum class TokenPlacement
    {
        Body,
        Header
    };
    enum class Auth
    {
        Bearer,
        None
    };

    QString name = QStringLiteral("default");
    BackendKind kind = BackendKind::Checkout;
    QUrl baseUrl;

    // Credentials: never printed, never stored in the journal.
    QString token; ///< Ocho's optional user token, Offer's API token, Checkout's bearer token
    QString clientId; ///< Dots
    QString apiKey; ///< Dots

    QString currency = QStringLiteral("usd"); ///< Ocho's currency (its API has none); a default
    TokenPlacement offerTokenPlacement = TokenPlacement::Body;
    QList<ProductOption> offerProducts = defaultOfferProducts();
    QString checkoutPath = QStringLiteral("/api/checkout/");
    Auth checkoutAuth = Auth::Bearer;
    /// Whether the backend replays an answer for a repeated Idempotency-Key. Only then may a
    /// sale whose outcome is unknown be re-sent (with the same key).
    bool honoursIdempotencyKey = false;
    /// The backend is the Paydesk sandbox (`sandbox=true`; training mode's profiles are): only
    /// then does its lookup by key (/sandbox/attempts/KEY) prove what became of a sale.
    bool sandbox = false;
    /// One of training mode's own profiles (in-process sandbox, no real money): never read from
    /// a file, so a saved profile cannot claim it.
    bool training = false;

    int timeoutMs = 30000;
    /// Dots: how long an intent may take to appear in the published list after the sale's
    /// deadline (`dots_settle_ms`, at least kMinDotsSettleMs). Absence counts only after the
    /// deadline plus this, and from two complete lists at least this far apart.
    int dotsSettleMs = 5000;
    QString caFile;

    // What the till fills in by itself, so the cashier types less.
    /// Checkout's client when the cashier names none (`walk_in_client`); empty: "Walk-in".
    QString walkInClient;
    /// Checkout's payment methods offered in a choice list, the first one chosen
    /// (`payment_methods=card,cash`); empty: the cashier may type one (or none).
    QStringList paymentMethods;
    /// Whether the cashier may type a payment method not in the list (`payment_method_editable`;
    /// by default only when the profile lists none).
    bool paymentMethodEditable = true;
    /// Dots' identifiers of the store (`dots_user_id`, `dots_customer_id`,
    /// `dots_payment_method_id`, `dots_destination_user_id`): UUIDs, optional.
    QString dotsUserId;
    QString dotsCustomerId;
    QString dotsPaymentMethodId;
    QString dotsDestinationUserId;
    /// Ocho's issuer DID of the store (`ocho_iss`); empty: the cashier types it.
    QString ochoIss;

    /// The credential values, for masking them wherever they might appear.
    QStringList secrets() const;

    static QList<ProductOption> defaultOfferProducts();
};

/// Credentials from the environment (PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY) override
/// the profile's.
void applyEnvironmentCredentials(BackendProfile &profile);

/// Reads profile `name` from `settings`. The error names the profile and the key at fault.
Expected<BackendProfile, QString> readProfile(QSettings &settings, const QString &name);
void writeProfile(QSettings &settings, const BackendProfile &profile);
QStringList profileNames(QSettings &settings);

/// http:// only for loopback hosts; https:// anywhere; never credentials in the URL
/// (https://user:pass@host). An empty string when the URL is fine.
QString checkBaseUrl(const QUrl &url);

/// Whether two base URLs name the same destination: scheme and host (case aside), port (the
/// scheme's default when none is given) and path (a trailing slash aside); user info, query and
/// fragment are not part of it.
bool sameDestination(const QUrl &a, const QUrl &b);

/// The bounds of a profile's timeout_ms: one second to ten minutes.
inline constexpr int kMinTimeoutMs = 1000;
inline constexpr int kMaxTimeoutMs = 600'000;
/// The shortest settle period a Dots profile may set (dots_settle_ms).
inline constexpr int kMinDotsSettleMs = 5000;

/// The checks readProfile() makes of the values it read, naming the profile and the key at
/// fault: no credentials in base_url, timeout_ms within kMinTimeoutMs … kMaxTimeoutMs (when
/// `timeoutSet`), a ca_file that exists, the till's defaults (UUIDs, a DID, payment methods of
/// at most 50 characters). An empty string when they are fine.
QString checkProfileValues(const BackendProfile &profile, bool timeoutSet = true);

} // namespace paydesk
