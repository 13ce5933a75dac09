// Reading JSON answers field by field with the path of every field, so a missing or mistyped
// field is reported by name ("data.charges.data[0].amount: expected an integer, got a string").
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace paydesk {

enum class Need
{
    Optional,
    Required
};

struct FieldError
{
    QString field; ///< the full JSON path
    QString message; ///< a sentence naming the field
};

/// A cursor over one JSON object. Children made with nested() share the first error.
/// Absent and null optional fields read as null/nullopt; a present field of the wrong type is
/// an error even when optional, because it breaks the contract.
class JsonFields
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::JsonFields)

public:
    explicit JsonFields(QJsonObject object, QString path = QString());

    JsonFields nested(const QJsonObject &object, const char *key) const;
    JsonFields nested(const QJsonObject &object, const QString &key) const;

    QString string(const char *key, Need need = Need::Optional);
    /// A Stripe "expandable" field: an id string, or the expanded object's `id`.
    QString idOrObject(const char *key);
    std::optional<qint64> integer(const char *key, Need need = Need::Optional);
    std::optional<int> smallInteger(const char *key);
    std::optional<bool> boolean(const char *key);
    std::optional<QJsonObject> object(const char *key, Need need = Need::Optional);
    std::optional<QJsonArray> array(const char *key, Need need = Need::Optional);
    /// Unix seconds → UTC date-time (null when absent).
    QDateTime unixTime(const char *key);
    QJsonValue raw(const char *key) const;

    QString where(const QString &key) const;
    QString where(const char *key) const { return where(QLatin1String(key)); }
    void failType(const QString &key, const QString &expected, const QJsonValue &got);
    void failValue(const QString &key, const QString &message);
    void failMissing(const QString &key, const QString &expected);

    bool ok() const { return !m_error->has_value(); }
    const FieldError &error() const { return **m_error; }

private:
    JsonFields(QJsonObject object, QString path, std::shared_ptr<std::optional<FieldError>> error);
    /// The value, or undefined after reporting a missing required field.
    QJsonValue present(const char *key, Need need, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<FieldError>> m_error;
};

/// Any JSON value as compact JSON text ("300.0", "\"abc\"", "{\"a\":1}").
QString compactJson(const QJsonValue &value);

/// "a string", "a number", "null"… for messages.
QString jsonTypeName(const QJsonValue &value);

} // namespace paydesk
