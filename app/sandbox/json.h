// A JSON value that keeps key order and exact number text, for byte-stable sandbox answers.
// QJsonObject sorts keys and writes 300.0 as 300; the backends we mimic do neither.
#pragma once

#include <concepts>
#include <initializer_list>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringBuilder>

class QJsonValue;

namespace paydesk::sandbox {

class Json final
{
public:
    Json() = default;
    Json(std::nullptr_t) { }
    Json(bool value)
        : m_type(Type::Bool)
        , m_bool(value)
    { }
    template<std::integral T>
    requires(!std::same_as<T, bool>) Json(T value)
        : m_type(Type::Number)
        , m_text(QByteArray::number(static_cast<qint64>(value)))
    { }
    Json(const QString &value)
        : m_type(Type::String)
        , m_string(value)
    { }
    template<typename A, typename B>
    Json(const QStringBuilder<A, B> &text)
        : m_type(Type::String)
        , m_string(text)
    { }
    Json(const char *) = delete; // would silently become a bool

    static Json object(std::initializer_list<std::pair<QString, Json>> members = {});
    static Json array(std::initializer_list<Json> items = {});
    /// A number written exactly as `text` (e.g. "300.0"); the caller guarantees it is valid JSON.
    static Json number(const QByteArray &text);
    /// Already-serialized JSON inserted as it is (e.g. a stored answer).
    static Json raw(const QByteArray &json);
    /// Any Qt JSON value, written compactly.
    static Json fromQt(const QJsonValue &value);

    /// Objects: replaces the member `key` in place, or appends it.
    Json &insert(const QString &key, Json value);
    /// Objects: a copy without the member `key`.
    Json without(QStringView key) const;
    /// Arrays: appends `value`.
    Json &append(Json value);

    /// Compact UTF-8 JSON.
    QByteArray toJson() const;

private:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
        Raw
    };
    struct Member;
    void write(QByteArray &out) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_text; ///< Number and Raw
    QString m_string;
    std::vector<Json> m_items;
    std::vector<Member> m_members;
};

struct Json::Member
{
    QString key;
    Json value;
};

} // namespace paydesk::sandbox
