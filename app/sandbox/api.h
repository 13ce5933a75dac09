// What the four sandbox APIs share: the copied request, the answer, and the API interface.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include "core/identifiers.h"
#include "json.h"

namespace paydesk {
struct SandboxOptions;
}

namespace paydesk::sandbox {

class Store;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// A request, copied out of QHttpServerRequest so it can outlive the socket's next request.
struct Request
{
    QByteArray method; ///< upper case: "GET", "POST"
    QString path; ///< decoded path
    QByteArray target; ///< path and query exactly as sent (idempotency compares it)
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    /// The first header named `name` (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
};

struct Answer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers; ///< extra headers

    static Answer json(int status, const Json &body);
    static Answer html(int status, const QByteArray &body);
};

/// What every API may use; owned by the server.
struct Context
{
    Store &store;
    const SandboxOptions &options;
    std::function<QString()> baseUrl; ///< "http://127.0.0.1:PORT"
};

class Api
{
public:
    explicit Api(Context &context)
        : m_context(context)
    { }
    virtual ~Api() = default;
    Q_DISABLE_COPY_MOVE(Api)

    /// True if `path` belongs to this API (its answers then use this API's error format).
    virtual bool owns(QStringView path) const = 0;
    /// A 401 in this API's format when credentials are configured and the request's differ.
    virtual std::optional<Answer> checkCredentials(const Request &request) const = 0;
    virtual Answer handle(const Request &request) = 0;
    /// An error answer with HTTP `status` in this API's own format.
    virtual Answer error(int status, const QString &message) const = 0;

protected:
    Context &m_context;
};

std::unique_ptr<Api> makeOchoApi(Context &context);
std::unique_ptr<Api> makeOfferApi(Context &context);
std::unique_ptr<Api> makeDotsApi(Context &context);
std::unique_ptr<Api> makeCheckoutApi(Context &context);

// Helpers shared by the APIs.

/// The token of an `Authorization: Bearer …` header, or an empty string.
QString bearerToken(const Request &request);
/// Constant-time comparison, so a wrong guess takes as long as a near miss.
bool sameSecret(const QString &given, const QString &expected);
/// The body as a JSON object, or nullopt if it is not one.
std::optional<QJsonObject> jsonObjectBody(const Request &request);
/// An integral JSON number (e.g. 123 or 123.0) within ±2^53, or nullopt.
std::optional<qint64> jsonInteger(const QJsonValue &value);
/// A decimal string as sent on the wire: digits, optionally '.' and digits; no sign or spaces.
bool isPlainDecimal(QStringView text);
/// The sandbox's decline rule: an amount in minor units ending in 02.
inline bool isDeclinedAmount(qint64 minor)
{
    return minor % 100 == 2;
}
inline QString declineMessage()
{
    return QStringLiteral("Your card was declined.");
}

/// The reason phrase of an HTTP status code ("Payment Required").
QByteArray reasonPhrase(int status);

} // namespace paydesk::sandbox
