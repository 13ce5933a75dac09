// One place that masks secrets: API keys, tokens, Basic/Bearer credentials, client secrets,
// ephemeral keys and customer-session secrets. Every output and every stored copy goes through it.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace paydesk {

inline constexpr QStringView kMask = u"****";

/// True for a JSON key whose value is a secret (`client_secret`, `ephemeralKey`, `api_token`…).
bool isSecretKey(QStringView key);

/// Masks one secret value, keeping only what is safe and useful to support staff:
/// "pi_123_secret_abc" → "pi_123_secret_****", "ek_test_abc" → "ek_test_****", else "****".
QString maskSecret(QStringView value);

/// A deep copy of `value` with every secret masked: values under secret keys, and any string
/// anywhere that looks like a secret (client secrets, sk_/rk_/ek_ keys, cuss_secret_…).
QJsonValue redactJson(const QJsonValue &value);
QJsonObject redactJson(const QJsonObject &object);

/// The same for free text (log lines, error messages, URLs): secret-looking tokens,
/// `Authorization:` values, `Basic`/`Bearer` credentials and token query parameters.
/// In both, card numbers (13 to 19 digits passing the Luhn check) keep only their last four
/// digits, the others become '*' (PCI DSS 3.4): "4242424242424242" → "************4242".
QString redactText(QString text);

/// Masks the given literal secrets (e.g. the credentials in use) wherever they appear in `text`,
/// also when spelt with escapes (percent-encoding in either case, HTML character references,
/// decimal or hex), then applies redactText(). Empty and very short values are ignored.
QString redactText(QString text, const QStringList &knownSecrets);

/// A stored excerpt of free text (an answer that is not JSON: a proxy's HTML 502 page): masked
/// whole with redactText(text, knownSecrets), then cut to at most `maxChars` characters. Never
/// the other way round: a cut first would leave the start of a secret that runs past it, which
/// nothing could recognise any more; a cut inside a mask leaves only '*'.
QString redactedExcerpt(QStringView text, const QStringList &knownSecrets,
                        qsizetype maxChars = 2048);

/// redactJson(), and the given literal secrets masked wherever they appear in a string or a key
/// (a backend that echoes the token it received in its error, "bad token tok-…"). Empty and
/// very short values are ignored.
QJsonValue redactJson(const QJsonValue &value, const QStringList &knownSecrets);
QJsonObject redactJson(const QJsonObject &object, const QStringList &knownSecrets);

/// Whether `text` holds one of the given literal secrets (the same ones redactText() masks).
bool containsSecret(QStringView text, const QStringList &knownSecrets);

} // namespace paydesk
