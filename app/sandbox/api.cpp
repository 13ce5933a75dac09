#include "api.h"

#include <cmath>

#include <QJsonDocument>
#include <QRegularExpression>

namespace paydesk::sandbox {

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Answer Answer::json(int status, const Json &body)
{
    return {status, "application/json", body.toJson(), {}};
}

Answer Answer::html(int status, const QByteArray &body)
{
    return {status, "text/html; charset=utf-8", body, {}};
}

QString bearerToken(const Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    static constexpr QByteArrayView scheme = "bearer ";
    if (authorization.size() <= scheme.size()
        || scheme.compare(authorization.left(scheme.size()), Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromUtf8(authorization.mid(scheme.size()).trimmed());
}

bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray a = given.toUtf8();
    const QByteArray b = expected.toUtf8();
    unsigned difference = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < b.size(); ++i) {
        const char c = i < a.size() ? a.at(i) : '\0';
        difference |= static_cast<unsigned>(static_cast<unsigned char>(c)
                                            ^ static_cast<unsigned char>(b.at(i)));
    }
    return difference == 0U;
}

std::optional<QJsonObject> jsonObjectBody(const Request &request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > limit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool isPlainDecimal(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,6})?$"));
    return pattern.match(text).hasMatch();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : "Client Error";
    }
}

} // namespace paydesk::sandbox
