#include "profile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

#include "core/identifiers.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    // (Member functions use BackendProfile::tr, filed under "paydesk::BackendProfile".)
    return QCoreApplication::translate("paydesk", text);
}

const QString kGroupPrefix = QStringLiteral("profile.");

} // namespace

QList<ProductOption> BackendProfile::defaultOfferProducts()
{
    return {
        {QStringLiteral("core"), tr("Core cover")},
        {QStringLiteral("legal_protection"), tr("Legal protection")},
        {QStringLiteral("personal_possessions"), tr("Personal possessions")},
        {QStringLiteral("home_emergency"), tr("Home emergency")},
        {QStringLiteral("ad"), tr("Accidental damage")},
    };
}

QStringList BackendProfile::secrets() const
{
    QStringList out;
    const auto add = [&out](const QString &s) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    };
    for (const QString &s : {token, clientId, apiKey, baseUrl.password()}) {
        add(s);
        // The forms a backend may echo it in: in a URL (a redirect's query), in an HTML page.
        add(QString::fromLatin1(QUrl::toPercentEncoding(s)));
        add(s.toHtmlEscaped());
    }
    if (!clientId.isEmpty() || !apiKey.isEmpty())
        add(QString::fromLatin1((clientId + u':' + apiKey).toUtf8().toBase64()));
    // Longest first: a secret that contains another is masked whole.
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

void applyEnvironmentCredentials(BackendProfile &profile)
{
    if (qEnvironmentVariableIsSet("PAYDESK_TOKEN"))
        profile.token = qEnvironmentVariable("PAYDESK_TOKEN");
    if (qEnvironmentVariableIsSet("PAYDESK_CLIENT_ID"))
        profile.clientId = qEnvironmentVariable("PAYDESK_CLIENT_ID");
    if (qEnvironmentVariableIsSet("PAYDESK_API_KEY"))
        profile.apiKey = qEnvironmentVariable("PAYDESK_API_KEY");
}

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid http(s) URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("The base URL must not hold credentials (user:password@%1): they would travel "
                  "in every request and show in logs. Give the token, client id and API key as "
                  "the profile's credentials (or PAYDESK_TOKEN, PAYDESK_CLIENT_ID, "
                  "PAYDESK_API_KEY) instead.")
            .arg(url.host());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return QString();
    if (scheme != u"http")
        return tr("The base URL must start with https:// (not %1://).").arg(scheme);
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (!loopback)
        return tr("Plain http:// is only allowed to this computer (127.0.0.1, localhost); use "
                  "https:// for %1.")
            .arg(host);
    return QString();
}

Expected<BackendProfile, QString> readProfile(QSettings &settings, const QString &name)
{
    if (!profileNames(settings).contains(name))
        return unexpected(tr("There is no profile \"%1\" in %2.").arg(name, settings.fileName()));
    settings.beginGroup(kGroupPrefix + name);
    BackendProfile p;
    p.name = name;
    const QString kind = settings.value(QStringLiteral("kind")).toString();
    const auto backend = backendFromName(kind);
    QString error;
    if (!backend)
        error = tr("Profile \"%1\": kind must be ocho, offer, dots or checkout (not \"%2\").")
                    .arg(name, kind);
    else
        p.kind = *backend;
    p.baseUrl = QUrl(settings.value(QStringLiteral("base_url")).toString());
    p.token = settings.value(QStringLiteral("token")).toString();
    p.clientId = settings.value(QStringLiteral("client_id")).toString();
    p.apiKey = settings.value(QStringLiteral("api_key")).toString();
    p.currency = settings.value(QStringLiteral("currency"), p.currency).toString().toLower();
    const QString placement
        = settings.value(QStringLiteral("offer_token_placement"), QStringLiteral("body"))
              .toString();
    p.offerTokenPlacement = placement == u"header" ? BackendProfile::TokenPlacement::Header
                                                   : BackendProfile::TokenPlacement::Body;
    if (placement != u"header" && placement != u"body" && error.isEmpty())
        error = tr("Profile \"%1\": offer_token_placement must be body or header.").arg(name);
    const QStringList products = settings.value(QStringLiteral("offer_products")).toStringList();
    if (!products.isEmpty()) {
        p.offerProducts.clear();
        for (const QString &entry : products) {
            const qsizetype eq = entry.indexOf(u'=');
            p.offerProducts.append(
                eq < 0 ? ProductOption{entry.trimmed(), entry.trimmed()}
                       : ProductOption{entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed()});
        }
    }
    p.checkoutPath = settings.value(QStringLiteral("checkout_path"), p.checkoutPath).toString();
    const QString auth
        = settings.value(QStringLiteral("checkout_auth"), QStringLiteral("bearer")).toString();
    p.checkoutAuth = auth == u"none" ? BackendProfile::Auth::None : BackendProfile::Auth::Bearer;
    p.honoursIdempotencyKey
        = settings.value(QStringLiteral("honours_idempotency_key"), false).toBool();
    p.sandbox = settings.value(QStringLiteral("sandbox"), false).toBool();
    p.timeoutMs = settings.value(QStringLiteral("timeout_ms"), p.timeoutMs).toInt();
    p.dotsSettleMs = settings.value(QStringLiteral("dots_settle_ms"), p.dotsSettleMs).toInt();
    p.caFile = settings.value(QStringLiteral("ca_file")).toString();
    p.walkInClient = settings.value(QStringLiteral("walk_in_client")).toString().trimmed();
    p.paymentMethods.clear();
    for (const QString &method : settings.value(QStringLiteral("payment_methods")).toStringList())
        if (!method.trimmed().isEmpty() && !p.paymentMethods.contains(method.trimmed()))
            p.paymentMethods << method.trimmed();
    p.paymentMethodEditable
        = settings.value(QStringLiteral("payment_method_editable"), p.paymentMethods.isEmpty())
              .toBool();
    p.dotsUserId = settings.value(QStringLiteral("dots_user_id")).toString().trimmed();
    p.dotsCustomerId = settings.value(QStringLiteral("dots_customer_id")).toString().trimmed();
    p.dotsPaymentMethodId
        = settings.value(QStringLiteral("dots_payment_method_id")).toString().trimmed();
    p.dotsDestinationUserId
        = settings.value(QStringLiteral("dots_destination_user_id")).toString().trimmed();
    p.ochoIss = settings.value(QStringLiteral("ocho_iss")).toString().trimmed();
    const bool timeoutSet = settings.contains(QStringLiteral("timeout_ms"));
    settings.endGroup();
    if (error.isEmpty())
        error = checkProfileValues(p, timeoutSet);
    if (!error.isEmpty())
        return unexpected(error);
    return p;
}

bool sameDestination(const QUrl &a, const QUrl &b)
{
    const auto destination = [](const QUrl &url) -> QString {
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        const QString scheme = url.scheme().toLower();
        const int port = url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
        return scheme + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port)
            + path;
    };
    return !a.isEmpty() && !b.isEmpty() && destination(a) == destination(b);
}

QString checkProfileValues(const BackendProfile &p, bool timeoutSet)
{
    if (!p.baseUrl.userInfo().isEmpty())
        return tr("Profile \"%1\": base_url: %2").arg(p.name, checkBaseUrl(p.baseUrl));
    if (timeoutSet && (p.timeoutMs < kMinTimeoutMs || p.timeoutMs > kMaxTimeoutMs))
        return tr("Profile \"%1\": timeout_ms must be between %2 (1 s) and %3 (10 min), not %4.")
            .arg(p.name)
            .arg(kMinTimeoutMs)
            .arg(kMaxTimeoutMs)
            .arg(p.timeoutMs);
    if (p.dotsSettleMs < kMinDotsSettleMs || p.dotsSettleMs > kMaxTimeoutMs)
        return tr("Profile \"%1\": dots_settle_ms must be between %2 (5 s) and %3 (10 min), not "
                  "%4.")
            .arg(p.name)
            .arg(kMinDotsSettleMs)
            .arg(kMaxTimeoutMs)
            .arg(p.dotsSettleMs);
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isFile())
        return tr("Profile \"%1\": ca_file: the file %2 does not exist.").arg(p.name, p.caFile);
    for (const auto &[key, value] :
         {std::pair{"dots_user_id", p.dotsUserId}, std::pair{"dots_customer_id", p.dotsCustomerId},
          std::pair{"dots_payment_method_id", p.dotsPaymentMethodId},
          std::pair{"dots_destination_user_id", p.dotsDestinationUserId}})
        if (!value.isEmpty() && !isUuid(value))
            return tr("Profile \"%1\": %2 must be a UUID like "
                      "3c90c3cc-0d44-4b50-8888-8dd25736052a, not \"%3\".")
                .arg(p.name, QLatin1String(key), value);
    if (!p.ochoIss.isEmpty() && !isDid(p.ochoIss))
        return tr("Profile \"%1\": ocho_iss must be a DID like did:plc:abc123, not \"%2\".")
            .arg(p.name, p.ochoIss);
    if (p.walkInClient.size() > 100)
        return tr("Profile \"%1\": walk_in_client is too long: at most 100 characters.")
            .arg(p.name);
    for (const QString &method : p.paymentMethods)
        if (method.size() > 50)
            return tr("Profile \"%1\": payment_methods: \"%2\" is too long: at most 50 "
                      "characters.")
                .arg(p.name, method);
    return QString();
}

void writeProfile(QSettings &settings, const BackendProfile &p)
{
    settings.beginGroup(kGroupPrefix + p.name);
    settings.setValue(QStringLiteral("kind"), backendName(p.kind));
    settings.setValue(QStringLiteral("base_url"), p.baseUrl.toString());
    for (const auto &[key, value] : {std::pair{QStringLiteral("token"), p.token},
                                     std::pair{QStringLiteral("client_id"), p.clientId},
                                     std::pair{QStringLiteral("api_key"), p.apiKey}}) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    }
    settings.setValue(QStringLiteral("currency"), p.currency);
    settings.setValue(QStringLiteral("offer_token_placement"),
                      p.offerTokenPlacement == BackendProfile::TokenPlacement::Header
                          ? QStringLiteral("header")
                          : QStringLiteral("body"));
    QStringList products;
    for (const ProductOption &o : p.offerProducts)
        products << o.code + u'=' + o.label;
    settings.setValue(QStringLiteral("offer_products"), products);
    settings.setValue(QStringLiteral("checkout_path"), p.checkoutPath);
    settings.setValue(QStringLiteral("checkout_auth"),
                      p.checkoutAuth == BackendProfile::Auth::None ? QStringLiteral("none")
                                                                   : QStringLiteral("bearer"));
    settings.setValue(QStringLiteral("honours_idempotency_key"), p.honoursIdempotencyKey);
    if (p.sandbox)
        settings.setValue(QStringLiteral("sandbox"), true);
    else
        settings.remove(QStringLiteral("sandbox"));
    settings.setValue(QStringLiteral("timeout_ms"), p.timeoutMs);
    if (p.dotsSettleMs != BackendProfile().dotsSettleMs)
        settings.setValue(QStringLiteral("dots_settle_ms"), p.dotsSettleMs);
    else
        settings.remove(QStringLiteral("dots_settle_ms"));
    if (p.caFile.isEmpty())
        settings.remove(QStringLiteral("ca_file"));
    else
        settings.setValue(QStringLiteral("ca_file"), p.caFile);
    // The till's defaults: written only when set, so a profile without them stays short.
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("walk_in_client"), p.walkInClient},
          std::pair{QStringLiteral("dots_user_id"), p.dotsUserId},
          std::pair{QStringLiteral("dots_customer_id"), p.dotsCustomerId},
          std::pair{QStringLiteral("dots_payment_method_id"), p.dotsPaymentMethodId},
          std::pair{QStringLiteral("dots_destination_user_id"), p.dotsDestinationUserId},
          std::pair{QStringLiteral("ocho_iss"), p.ochoIss}}) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    }
    if (p.paymentMethods.isEmpty())
        settings.remove(QStringLiteral("payment_methods"));
    else
        settings.setValue(QStringLiteral("payment_methods"), p.paymentMethods);
    if (p.paymentMethodEditable == p.paymentMethods.isEmpty())
        settings.remove(QStringLiteral("payment_method_editable"));
    else
        settings.setValue(QStringLiteral("payment_method_editable"), p.paymentMethodEditable);
    settings.endGroup();
}

QStringList profileNames(QSettings &settings)
{
    QStringList names;
    const QStringList groups = settings.childGroups();
    for (const QString &g : groups)
        if (g.startsWith(kGroupPrefix))
            names << g.mid(kGroupPrefix.size());
    return names;
}

} // namespace paydesk
