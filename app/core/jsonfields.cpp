#include "jsonfields.h"

#include <limits>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace paydesk {

QString compactJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return JsonFields::tr("a boolean");
    case QJsonValue::Double:
        return JsonFields::tr("a number");
    case QJsonValue::String:
        return JsonFields::tr("a string");
    case QJsonValue::Array:
        return JsonFields::tr("an array");
    case QJsonValue::Object:
        return JsonFields::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFields::tr("nothing");
}

JsonFields::JsonFields(QJsonObject object, QString path)
    : JsonFields(std::move(object), std::move(path), std::make_shared<std::optional<FieldError>>())
{ }

JsonFields::JsonFields(QJsonObject object, QString path,
                       std::shared_ptr<std::optional<FieldError>> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{ }

JsonFields JsonFields::nested(const QJsonObject &object, const char *key) const
{
    return nested(object, QLatin1String(key));
}

JsonFields JsonFields::nested(const QJsonObject &object, const QString &key) const
{
    return JsonFields(object, where(key), m_error);
}

QString JsonFields::where(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(u'['))
        return m_path + key;
    return m_path + u'.' + key;
}

void JsonFields::failValue(const QString &key, const QString &message)
{
    if (!m_error->has_value())
        *m_error = FieldError{where(key), message};
}

void JsonFields::failType(const QString &key, const QString &expected, const QJsonValue &got)
{
    failValue(key, tr("%1 must be %2, not %3.").arg(where(key), expected, jsonTypeName(got)));
}

void JsonFields::failMissing(const QString &key, const QString &expected)
{
    failValue(key, tr("%1 is missing (%2 is required).").arg(where(key), expected));
}

QJsonValue JsonFields::raw(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

QJsonValue JsonFields::present(const char *key, Need need, const QString &expected)
{
    const QJsonValue v = raw(key);
    if ((v.isUndefined() || v.isNull()) && need == Need::Required)
        failMissing(QLatin1String(key), expected);
    return v;
}

QString JsonFields::string(const char *key, Need need)
{
    // The most frequent read: the expected type is only put into words for an error.
    const QJsonValue v = raw(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        failType(QLatin1String(key), tr("a string"), v);
    else if (need == Need::Required)
        failMissing(QLatin1String(key), tr("a string"));
    return QString();
}

QString JsonFields::idOrObject(const char *key)
{
    const QJsonValue v = raw(key);
    if (v.isObject()) {
        JsonFields child = nested(v.toObject(), key);
        return child.string("id", Need::Required);
    }
    if (!v.isString() && !v.isUndefined() && !v.isNull()) {
        failType(QLatin1String(key), tr("an id string or an object"), v);
        return QString();
    }
    return v.toString();
}

std::optional<qint64> JsonFields::integer(const char *key, Need need)
{
    const QString expected = tr("an integer");
    const QJsonValue v = present(key, need, expected);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 i = v.isDouble() ? v.toInteger(sentinel) : sentinel;
    if (i == sentinel) {
        if (v.isDouble())
            failValue(QLatin1String(key),
                      tr("%1 must be an integer, not a fractional number.").arg(where(key)));
        else
            failType(QLatin1String(key), expected, v);
        return std::nullopt;
    }
    return i;
}

std::optional<int> JsonFields::smallInteger(const char *key)
{
    const auto i = integer(key);
    if (!i)
        return std::nullopt;
    if (*i < std::numeric_limits<int>::min() || *i > std::numeric_limits<int>::max()) {
        failValue(QLatin1String(key), tr("%1 is out of range.").arg(where(key)));
        return std::nullopt;
    }
    return static_cast<int>(*i);
}

std::optional<bool> JsonFields::boolean(const char *key)
{
    const QJsonValue v = raw(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        failType(QLatin1String(key), tr("a boolean"), v);
    return std::nullopt;
}

std::optional<QJsonObject> JsonFields::object(const char *key, Need need)
{
    const QString expected = tr("an object");
    const QJsonValue v = present(key, need, expected);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        failType(QLatin1String(key), expected, v);
    return std::nullopt;
}

std::optional<QJsonArray> JsonFields::array(const char *key, Need need)
{
    const QString expected = tr("an array");
    const QJsonValue v = present(key, need, expected);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        failType(QLatin1String(key), expected, v);
    return std::nullopt;
}

QDateTime JsonFields::unixTime(const char *key)
{
    const auto seconds = integer(key);
    if (!seconds)
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()).toUTC();
}

} // namespace paydesk
