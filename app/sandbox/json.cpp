#include "json.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace paydesk::sandbox {

namespace {

void writeString(QByteArray &out, const QString &value)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace

Json Json::object(std::initializer_list<std::pair<QString, Json>> members)
{
    Json json;
    json.m_type = Type::Object;
    json.m_members.reserve(members.size());
    for (const auto &[key, value] : members)
        json.insert(key, value);
    return json;
}

Json Json::array(std::initializer_list<Json> items)
{
    Json json;
    json.m_type = Type::Array;
    json.m_items.assign(items.begin(), items.end());
    return json;
}

Json Json::number(const QByteArray &text)
{
    Json json;
    json.m_type = Type::Number;
    json.m_text = text;
    return json;
}

Json Json::raw(const QByteArray &json)
{
    Json result;
    result.m_type = Type::Raw;
    result.m_text = json;
    return result;
}

Json Json::fromQt(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return raw(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return raw(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double: {
        // Let Qt pick the number's text, then drop the surrounding brackets.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return number(text.mid(1, text.size() - 2));
    }
    }
    return {};
}

Json &Json::insert(const QString &key, Json value)
{
    Q_ASSERT(m_type == Type::Object);
    const auto it = std::find_if(m_members.begin(), m_members.end(),
                                 [&key](const Member &member) { return member.key == key; });
    if (it != m_members.end())
        it->value = std::move(value);
    else
        m_members.push_back({key, std::move(value)});
    return *this;
}

Json Json::without(QStringView key) const
{
    Json copy = *this;
    std::erase_if(copy.m_members, [key](const Member &member) { return member.key == key; });
    return copy;
}

Json &Json::append(Json value)
{
    Q_ASSERT(m_type == Type::Array);
    m_items.push_back(std::move(value));
    return *this;
}

QByteArray Json::toJson() const
{
    QByteArray out;
    write(out);
    return out;
}

void Json::write(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null:
        out.append("null");
        break;
    case Type::Bool:
        out.append(m_bool ? "true" : "false");
        break;
    case Type::Number:
    case Type::Raw:
        out.append(m_text);
        break;
    case Type::String:
        writeString(out, m_string);
        break;
    case Type::Array: {
        out.append('[');
        bool first = true;
        for (const Json &item : m_items) {
            if (!first)
                out.append(',');
            first = false;
            item.write(out);
        }
        out.append(']');
        break;
    }
    case Type::Object: {
        out.append('{');
        bool first = true;
        for (const Member &member : m_members) {
            if (!first)
                out.append(',');
            first = false;
            writeString(out, member.key);
            out.append(':');
            member.value.write(out);
        }
        out.append('}');
        break;
    }
    }
}

} // namespace paydesk::sandbox
