#include "redaction.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace paydesk {
namespace {

// True when the text holds one of the literal markers of a secret-looking token: "_secret_",
// "_test_", "_live_" or "whsec_". Every key and string of every answer and request passes here,
// so it is one pass over the underscores, and a regular expression runs only after a hit.
bool hasSecretMarker(QStringView text)
{
    for (qsizetype i = text.indexOf(u'_'); i >= 0; i = text.indexOf(u'_', i + 1)) {
        const QStringView rest = text.sliced(i + 1);
        if (rest.startsWith(u"secret_") || rest.startsWith(u"test_") || rest.startsWith(u"live_"))
            return true;
        if (i >= 5 && text.sliced(i - 5, 5) == u"whsec")
            return true;
    }
    return false;
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

// True for a run of digits that passes the Luhn check (ISO/IEC 7812): a card number.
bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

// Card numbers (a run of 13 to 19 digits, not glued to other digits, that passes the Luhn
// check) masked to their last four, as PCI DSS 3.4 asks: "4242424242424242" →
// "************4242". A 16-digit id that fails the check stays as it is. Nothing when there is
// none: one pass over the text, no allocation.
std::optional<QString> maskedCardNumbers(QStringView text)
{
    std::optional<QString> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) < u'0' || text.at(i) > u'9') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && text.at(end) >= u'0' && text.at(end) <= u'9')
            ++end;
        const qsizetype length = end - i;
        if (length >= 13 && length <= 19 && passesLuhn(text.sliced(i, length))) {
            if (!out)
                out = text.toString();
            for (qsizetype k = i; k < end - 4; ++k)
                (*out)[k] = u'*';
        }
        i = end;
    }
    return out;
}

QString maskMatches(QString text)
{
    if (!hasSecretMarker(text))
        return text;
    if (text.contains(QLatin1String("_secret_")))
        text.replace(clientSecretPattern(), QStringLiteral("\\1****"));
    if (text.contains(QLatin1String("_test_")) || text.contains(QLatin1String("_live_"))
        || text.contains(QLatin1String("whsec_")))
        text.replace(prefixedKeyPattern(), QStringLiteral("\\1****"));
    return text;
}

std::optional<QJsonValue> redactedValue(const QJsonValue &value);

// The value under a secret key (client_secret, api_key…): masked whatever it looks like.
std::optional<QJsonValue> maskedSecretValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonValue(maskSecret(value.toString()));
    case QJsonValue::Object:
    case QJsonValue::Array:
        return redactedValue(value); // e.g. Stripe's customer_session object
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Bool:
        return std::nullopt;
    default:
        return QJsonValue(kMask.toString());
    }
}

// An object whose key names hold a secret (found by fuzzing): rebuilt key by key. A masked name
// that collides with another keeps the first.
QJsonObject rebuiltWithMaskedKeys(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = maskMatches(it.key());
        if (key != it.key() && (out.contains(key) || object.contains(key)))
            continue;
        const QJsonValue v = it.value();
        const auto changed = isSecretKey(it.key()) ? maskedSecretValue(v) : redactedValue(v);
        out.insert(key, changed.value_or(v));
    }
    return out;
}

// The redacted copy of an object, or nothing when nothing in it is secret. Copy on write: most of
// an answer holds no secret, and is shared with the input instead of being rebuilt.
std::optional<QJsonObject> redactedObject(const QJsonObject &object)
{
    std::optional<QJsonObject> out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (hasSecretMarker(key))
            return rebuiltWithMaskedKeys(object);
        const QJsonValue v = it.value();
        if (auto changed = isSecretKey(key) ? maskedSecretValue(v) : redactedValue(v)) {
            if (!out)
                out = object;
            out->insert(key, *changed);
        }
    }
    return out;
}

std::optional<QJsonValue> redactedValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        if (auto o = redactedObject(value.toObject()))
            return QJsonValue(*o);
        return std::nullopt;
    case QJsonValue::Array: {
        const QJsonArray in = value.toArray();
        std::optional<QJsonArray> out;
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (auto changed = redactedValue(in.at(i))) {
                if (!out)
                    out = in;
                out->replace(i, *changed);
            }
        }
        if (out)
            return QJsonValue(*out);
        return std::nullopt;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        auto cards = maskedCardNumbers(text);
        if (!hasSecretMarker(text))
            return cards ? std::optional<QJsonValue>(QJsonValue(*cards)) : std::nullopt;
        QString masked = maskMatches(cards ? *cards : text);
        if (masked == text)
            return std::nullopt;
        return QJsonValue(masked);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

bool isSecretKey(QStringView key)
{
    static constexpr QStringView secretKeys[] = {
        u"clientsecret", u"ephemeralkey",  u"customersession", u"apitoken",   u"token",
        u"accesstoken",  u"refreshtoken",  u"apikey",          u"secret",     u"secretkey",
        u"password",     u"authorization", u"credentials",     u"privatekey",
    };
    if (key.size() < 5 || key.size() > 20) // every key of every answer passes here
        return false;
    // Lower case without '_' and '-', in a buffer on the stack: no allocation per key.
    char16_t normalised[20];
    qsizetype n = 0;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u == u'_' || u == u'-')
            continue;
        normalised[n++] = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A'))
            : u < 0x80                           ? u
                                                 : c.toLower().unicode();
    }
    const QStringView k(normalised, n);
    return std::any_of(std::begin(secretKeys), std::end(secretKeys),
                       [k](QStringView s) { return s == k; });
}

QString maskSecret(QStringView value)
{
    if (value.isEmpty())
        return QString();
    // Every pattern below needs a marker or an existing mask; most values (Basic credentials,
    // tokens) have neither.
    if (!value.contains(u'*') && !hasSecretMarker(value))
        return kMask.toString();
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
    return redactedValue(value).value_or(value);
}

QJsonObject redactJson(const QJsonObject &object)
{
    return redactedObject(object).value_or(object);
}

QString redactText(QString text)
{
    text = maskMatches(std::move(text));
    if (auto cards = maskedCardNumbers(text))
        text = std::move(*cards);
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

namespace {

/// Secrets shorter than this are not masked by value: "1234" would mask amounts and ids.
constexpr qsizetype kMinKnownSecret = 4;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The text with its escapes read: percent-escapes of ASCII in either case (%2F, %2f), numeric
// HTML character references (&#116; decimal, &#x74; hex, the ';' optional as in browsers) and
// the named ones toHtmlEscaped() writes. `from[i]` is where the decoded character i starts in
// the original text; from[size] is the original's size, so a decoded span maps back to the
// original span that spelled it, however it was escaped (even half escaped).
struct Decoded
{
    QString text;
    QList<qsizetype> from;
};

// The length of the escape at text[i], and the character it stands for; 0 when none.
qsizetype readEscape(QStringView text, qsizetype i, char32_t &out)
{
    const qsizetype n = text.size();
    if (text.at(i) == u'%') {
        if (i + 2 < n) {
            const int hi = hexValue(text.at(i + 1));
            const int lo = hexValue(text.at(i + 2));
            if (hi >= 0 && lo >= 0 && hi < 8) {
                out = char32_t(hi * 16 + lo);
                return 3;
            }
        }
        return 0;
    }
    if (text.at(i) != u'&' || i + 2 >= n)
        return 0;
    if (text.at(i + 1) == u'#') {
        const bool hex = text.at(i + 2) == u'x' || text.at(i + 2) == u'X';
        qsizetype k = i + (hex ? 3 : 2);
        char32_t value = 0;
        qsizetype digits = 0;
        for (; k < n && digits < 8; ++k, ++digits) {
            const int d = hex
                ? hexValue(text.at(k))
                : (text.at(k) >= u'0' && text.at(k) <= u'9' ? text.at(k).unicode() - u'0' : -1);
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
        }
        if (digits == 0 || value == 0 || value > 0x10FFFF)
            return 0;
        if (k < n && text.at(k) == u';')
            ++k;
        out = value;
        return k - i;
    }
    static constexpr std::pair<QStringView, char16_t> named[] = {
        {u"&amp;", u'&'}, {u"&lt;", u'<'}, {u"&gt;", u'>'}, {u"&quot;", u'"'}, {u"&apos;", u'\''},
    };
    for (const auto &[name, c] : named) {
        if (text.sliced(i).startsWith(name)) {
            out = c;
            return name.size();
        }
    }
    return 0;
}

Decoded decoded(QStringView text)
{
    Decoded d;
    d.text.reserve(text.size());
    d.from.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = 0;
        const qsizetype length = readEscape(text, i, c);
        if (length == 0) {
            d.text.append(text.at(i));
            d.from.append(i);
            ++i;
            continue;
        }
        for (const QChar part : QChar::fromUcs4(c)) {
            d.text.append(part);
            d.from.append(i);
        }
        i += length;
    }
    d.from.append(text.size());
    return d;
}

bool mayHoldEscapes(QStringView text)
{
    return text.contains(u'%') || text.contains(u'&');
}

QString maskKnown(QString text, const QStringList &knownSecrets)
{
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= kMinKnownSecret)
            text.replace(secret, kMask.toString());
    }
    if (!mayHoldEscapes(text))
        return text;
    // The secret spelt with escapes ("tok%2dEDGE", "&#116;&#111;&#107;…"): found in the
    // decoded text, masked where it stands in the original.
    const Decoded d = decoded(text);
    QList<std::pair<qsizetype, qsizetype>> spans; // in the original: [start, end)
    for (const QString &secret : knownSecrets) {
        if (secret.size() < kMinKnownSecret)
            continue;
        for (qsizetype at = d.text.indexOf(secret); at >= 0;
             at = d.text.indexOf(secret, at + secret.size()))
            spans.append({d.from.at(at), d.from.at(at + secret.size())});
    }
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end());
    QString out;
    qsizetype done = 0;
    for (const auto &[start, end] : spans) {
        if (end <= done)
            continue;
        if (start >= done) {
            out += QStringView(text).sliced(done, start - done);
            out += kMask;
        }
        done = end;
    }
    out += QStringView(text).sliced(done);
    return out;
}

QJsonValue maskKnownJson(const QJsonValue &value, const QStringList &knownSecrets)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return containsSecret(text, knownSecrets) ? QJsonValue(maskKnown(text, knownSecrets))
                                                  : value;
    }
    case QJsonValue::Array: {
        QJsonArray out = value.toArray();
        for (qsizetype i = 0; i < out.size(); ++i)
            out.replace(i, maskKnownJson(out.at(i), knownSecrets));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(maskKnown(it.key(), knownSecrets), maskKnownJson(it.value(), knownSecrets));
        return out;
    }
    default:
        return value;
    }
}

} // namespace

bool containsSecret(QStringView text, const QStringList &knownSecrets)
{
    const auto in = [&knownSecrets](QStringView t) {
        return std::any_of(knownSecrets.cbegin(), knownSecrets.cend(), [t](const QString &s) {
            return s.size() >= kMinKnownSecret && t.contains(s);
        });
    };
    if (in(text))
        return true;
    return mayHoldEscapes(text) && in(decoded(text).text);
}

QString redactText(QString text, const QStringList &knownSecrets)
{
    return redactText(maskKnown(std::move(text), knownSecrets));
}

QString redactedExcerpt(QStringView text, const QStringList &knownSecrets, qsizetype maxChars)
{
    QString out = redactText(text.toString(), knownSecrets);
    if (out.size() > maxChars)
        out.truncate(maxChars > 0 && out.at(maxChars - 1).isHighSurrogate() ? maxChars - 1
                                                                            : maxChars);
    return out;
}

QJsonValue redactJson(const QJsonValue &value, const QStringList &knownSecrets)
{
    if (knownSecrets.isEmpty())
        return redactJson(value);
    return redactJson(maskKnownJson(value, knownSecrets));
}

QJsonObject redactJson(const QJsonObject &object, const QStringList &knownSecrets)
{
    if (knownSecrets.isEmpty())
        return redactJson(object);
    return redactJson(maskKnownJson(QJsonValue(object), knownSecrets).toObject());
}

} // namespace paydesk
