#include "redaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace paydesk {
namespace {

QString normaliseKey(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (const QChar c : key)
        if (c != u'_' && c != u'-')
            out += c.toLower();
    return out;
}

// Client secrets (pi_…_secret_…, seti_…, cuss_secret_…, and any other "…_secret_…" token):
// keep what precedes "_secret_" (an object id), mask what follows. Deliberately without a word
// boundary: a secret glued to other text is still a secret (found by fuzzing).
const QRegularExpression &clientSecretPattern()
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z0-9]*_secret_)[A-Za-z0-9]+"));
    return re;
}

// Keys with a recognisable non-secret prefix (kind and mode) and a secret body.
const QRegularExpression &prefixedKeyPattern()
{
    static const QRegularExpression re(
        QStringLiteral("((?:sk|rk|ek)_(?:test|live)_|whsec_)[A-Za-z0-9]+"));
    return re;
}

const QRegularExpression &credentialPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(Basic|Bearer|Token)(\\s+)[A-Za-z0-9._~+/=:-]+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &queryTokenPattern()
{
    static const QRegularExpression re(
        QStringLiteral("([?&;](?:api_?token|token|access_token|api_?key|client_secret|password)=)"
                       "[^&#\\s\"']*"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jsonishPairPattern()
{
    // "api_token":"…" or api_token=… inside free text (error bodies quoted in messages).
    static const QRegularExpression re(
        QStringLiteral("(\"(?:api_?token|token|client_?secret|ephemeral_?key|customer_?session|"
                       "api_?key|password|secret|authorization)\"\\s*:\\s*\")[^\"]*"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString maskMatches(QString text)
{
    // Every string of every answer passes here: look for the literal markers first, and run a
    // regular expression only where one of them occurs.
    if (text.contains(QLatin1String("_secret_")))
        text.replace(clientSecretPattern(), QStringLiteral("\\1****"));
    if (text.contains(QLatin1String("_test_")) || text.contains(QLatin1String("_live_"))
        || text.contains(QLatin1String("whsec_")))
        text.replace(prefixedKeyPattern(), QStringLiteral("\\1****"));
    return text;
}

} // namespace

bool isSecretKey(QStringView key)
{
    static const QSet<QString> secretKeys = {
        QStringLiteral("clientsecret"),    QStringLiteral("ephemeralkey"),
        QStringLiteral("customersession"), QStringLiteral("apitoken"),
        QStringLiteral("token"),           QStringLiteral("accesstoken"),
        QStringLiteral("refreshtoken"),    QStringLiteral("apikey"),
        QStringLiteral("secret"),          QStringLiteral("secretkey"),
        QStringLiteral("password"),        QStringLiteral("authorization"),
        QStringLiteral("credentials"),     QStringLiteral("privatekey"),
    };
    if (key.size() < 5 || key.size() > 20) // every key of every answer passes here
        return false;
    return secretKeys.contains(normaliseKey(key));
}

QString maskSecret(QStringView value)
{
    if (value.isEmpty())
        return QString();
    const QString text = value.toString();
    // Already masked: keep it as it is (masking twice must not lose the object id).
    static const QRegularExpression masked(
        QStringLiteral("^(?:(?:pi|seti|pm|src)_[A-Za-z0-9]+_secret_|cuss_secret_|(?:sk|rk|ek)_(?:"
                       "test|live)_|whsec_)?\\*\\*\\*\\*$"));
    if (masked.match(text).hasMatch())
        return text;
    static const QRegularExpression knownObject(
        QStringLiteral("^((?:pi|seti|pm|src)_[A-Za-z0-9]+_secret_|cuss_secret_)[A-Za-z0-9]+$"));
    if (const auto m = knownObject.match(text); m.hasMatch())
        return m.captured(1) + kMask;
    if (const auto m = prefixedKeyPattern().match(text); m.hasMatch() && m.capturedStart() == 0)
        return m.captured(1) + kMask;
    return kMask.toString();
}

QJsonValue redactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return redactJson(value.toObject());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(redactJson(item));
        return out;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        const QString masked = maskMatches(text);
        return masked == text ? value : QJsonValue(masked);
    }
    default:
        return value;
    }
}

QJsonObject redactJson(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        // Unknown fields are kept, names included, and a name can hold a secret too (found by
        // fuzzing); a masked name that collides with another keeps the first.
        QString key = maskMatches(it.key());
        if (key != it.key() && (out.contains(key) || object.contains(key)))
            continue;
        if (isSecretKey(it.key())) {
            if (v.isString())
                out.insert(key, maskSecret(v.toString()));
            else if (v.isObject() || v.isArray())
                out.insert(key, redactJson(v)); // e.g. Stripe's customer_session object
            else if (v.isNull() || v.isUndefined() || v.isBool())
                out.insert(key, v);
            else
                out.insert(key, kMask.toString());
        } else {
            out.insert(key, redactJson(v));
        }
    }
    return out;
}

QString redactText(QString text)
{
    text = maskMatches(std::move(text));
    // The same literal prefilters as maskMatches(): most lines hold none of these.
    // "Basic …", "Bearer …", "Token …": a scheme, white space, the credential.
    if ((text.contains(u' ') || text.contains(u'\t'))
        && (text.contains(QLatin1String("asic"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("earer"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("oken"), Qt::CaseInsensitive)))
        text.replace(credentialPattern(), QStringLiteral("\\1\\2****"));
    if (text.contains(u'='))
        text.replace(queryTokenPattern(), QStringLiteral("\\1****"));
    if (text.contains(u'"'))
        text.replace(jsonishPairPattern(), QStringLiteral("\\1****"));
    return text;
}

QString redactText(QString text, const QStringList &knownSecrets)
{
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(secret, kMask.toString());
    }
    return redactText(std::move(text));
}

} // namespace paydesk
