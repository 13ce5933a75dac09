#include "sandboxserver.h"

#include <vector>

#include <QFile>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include "api.h"
#include "delivery.h"
#include "receiptpage.h"
#include "store.h"

namespace paydesk {

Q_LOGGING_CATEGORY(lcSandbox, "paydesk.sandbox", QtInfoMsg)

using namespace Qt::StringLiterals;
using sandbox::Answer;
using sandbox::Api;
using sandbox::Json;
using sandbox::Request;

namespace {

constexpr auto kAttemptsPath = u"/sandbox/attempts/";
constexpr auto kReceiptsPath = u"/receipts/";

Request copyRequest(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    return {
        QByteArray(method ? method : "UNKNOWN").toUpper(),
        url.path(),
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment),
        request.query(),
        request.headers(),
        request.body(),
    };
}

/// The error format of the sandbox's own endpoints: {"error": "NotFound", "message": "…"}.
Answer sandboxError(int status, const QString &message)
{
    const QString name = QString::fromLatin1(sandbox::reasonPhrase(status)).remove(u' ');
    return Answer::json(status, Json::object({{u"error"_s, name}, {u"message"_s, message}}));
}

} // namespace

struct SandboxServer::Private
{
    explicit Private(SandboxServer *server, SandboxOptions sandboxOptions)
        : options(std::move(sandboxOptions))
        , store(options.seed)
        , context{store, options, [server] {
                      return server->url().toString();
                  }}
    {
        apis.push_back(sandbox::makeOchoApi(context));
        apis.push_back(sandbox::makeOfferApi(context));
        apis.push_back(sandbox::makeDotsApi(context));
        apis.push_back(sandbox::makeCheckoutApi(context));
    }

    Api *apiFor(QStringView path) const
    {
        for (const auto &api : apis) {
            if (api->owns(path))
                return api.get();
        }
        return nullptr;
    }

    Answer error(Api *api, int status, const QString &message) const
    {
        return api ? api->error(status, message) : sandboxError(status, message);
    }

    Answer process(const Request &request, Api *api);
    Answer sandboxEndpoint(const Request &request) const;

    SandboxOptions options;
    sandbox::Store store;
    sandbox::Context context;
    std::vector<std::unique_ptr<Api>> apis;
    quint16 port = 0;
    bool tls = false;
    qsizetype requests = 0;
};

Answer SandboxServer::Private::process(const Request &request, Api *api)
{
    if (!api)
        return sandboxEndpoint(request);
    if (auto denied = api->checkCredentials(request))
        return *denied;

    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (key.size() > 255)
        return api->error(400, u"Idempotency-Key must be at most 255 characters."_s);
    const QByteArray keyHeader = "Idempotency-Key";
    if (!key.isEmpty()) {
        if (const sandbox::Attempt *first = store.attempt(key)) {
            if (first->method != request.method || first->target != request.target
                || first->requestBody != request.body) {
                return api->error(
                    400,
                    u"Keys for idempotent requests can only be used with the same parameters "
                    u"they were first used with. Try using a key other than '%1' if you "
                    u"meant to execute a different request."_s.arg(key));
            }
            return {first->status,
                    first->contentType,
                    first->body,
                    {{keyHeader, key.toUtf8()}, {"Idempotent-Replayed", "true"}}};
        }
    }

    Answer answer = api->handle(request);
    if (!key.isEmpty()) {
        answer.headers.append({keyHeader, key.toUtf8()});
        // Kept: what the backend did (created, or declined). Not kept: rejected requests,
        // which did nothing and may be corrected and sent again with the same key.
        if ((answer.status >= 200 && answer.status < 300) || answer.status == 402) {
            store.recordAttempt({key, request.method, request.path, request.target, request.body,
                                 answer.status, answer.contentType, answer.body});
        }
    }
    return answer;
}

Answer SandboxServer::Private::sandboxEndpoint(const Request &request) const
{
    const bool isReceipt = request.path.startsWith(kReceiptsPath);
    const bool isAttempt = request.path.startsWith(kAttemptsPath);
    if (!isReceipt && !isAttempt)
        return sandboxError(404, u"There is no sandbox endpoint at %1."_s.arg(request.path));
    if (request.method != "GET")
        return sandboxError(405, u"Use GET."_s);

    if (isReceipt)
        return sandbox::receiptPage(
            store.charge(request.path.mid(QStringView(kReceiptsPath).size())));

    const QString key = request.path.mid(QStringView(kAttemptsPath).size());
    const sandbox::Attempt *attempt = store.attempt(key);
    if (!attempt)
        return sandboxError(404, u"No answer is kept for Idempotency-Key '%1'."_s.arg(key));
    return Answer::json(200,
                        Json::object({
                            {u"key"_s, attempt->key},
                            {u"method"_s, QString::fromLatin1(attempt->method)},
                            {u"path"_s, attempt->path}, // no query: it may hold a token
                            {u"status"_s, attempt->status},
                            {u"answer"_s, Json::raw(attempt->body)},
                        }));
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{ }

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (!d->options.tlsCertificateFile.isEmpty() || !d->options.tlsKeyFile.isEmpty()) {
        const QList<QSslCertificate> certificates
            = QSslCertificate::fromPath(d->options.tlsCertificateFile, QSsl::Pem);
        QFile keyFile(d->options.tlsKeyFile);
        if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            return false;
        sslSetup(certificates.first(), key);
        d->tls = true;
    }
    d->port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return d->port != 0;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(d->port);
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

void SandboxServer::setFault(const Fault &fault)
{
    d->options.fault = fault;
}

void SandboxServer::setCredentials(const QString &token, const QString &clientId,
                                   const QString &apiKey)
{
    d->options.token = token;
    d->options.clientId = clientId;
    d->options.apiKey = apiKey;
}

qsizetype SandboxServer::requestCount() const
{
    return d->requests;
}

qsizetype SandboxServer::intentCount() const
{
    return d->store.intentCount();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const Request request = copyRequest(httpRequest);
    if (!request.path.startsWith(u"/sandbox/"))
        ++d->requests;
    Api *api = d->apiFor(request.path);
    const bool close
        = request.header("connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;

    Fault fault = request.path.startsWith(u"/sandbox/") ? Fault{} : d->options.fault;
    const QByteArray faultHeader = request.header("x-sandbox-fault");
    if (!faultHeader.isEmpty()) {
        const auto parsed = Fault::parse(QString::fromUtf8(faultHeader));
        if (!parsed) {
            const Answer answer = d->error(api, 400, u"X-Sandbox-Fault: "_s + parsed.error());
            qCInfo(lcSandbox).noquote()
                << request.method << request.path << answer.status << "(bad X-Sandbox-Fault)";
            sandbox::deliver(socket, answer, Fault{}, close);
            return true;
        }
        fault = *parsed;
    }

    if (fault.kind == Fault::Kind::Late) {
        // A backend still at work: nothing of the request exists until the time comes (a list
        // does not show it), then it is processed and answered, if anyone still listens.
        qCInfo(lcSandbox).noquote()
            << request.method << request.path << u"fault:"_s + fault.toString();
        QPointer<QTcpSocket> listener(socket);
        QTimer::singleShot(fault.value, this, [this, request, api, listener, close] {
            const Answer answer = d->process(request, api);
            if (listener && listener->state() == QAbstractSocket::ConnectedState)
                sandbox::deliver(listener, answer, Fault{}, close);
        });
        return true;
    }
    Answer answer;
    if (fault.reachesBackend())
        answer = d->process(request, api);
    else if (fault.kind == Fault::Kind::Html502)
        answer = sandbox::badGatewayPage();
    else
        answer = d->error(api, fault.value,
                          QString::fromLatin1(sandbox::reasonPhrase(fault.value))
                              + u" (sandbox fault status=%1)"_s.arg(fault.value));

    // Never the query, headers or body: they may carry credentials.
    QString line = QString::fromLatin1(request.method) + u' ' + request.path + u' '
        + QString::number(answer.status);
    if (fault.kind != Fault::Kind::None)
        line += u" fault:"_s + fault.toString();
    if (answer.headers.contains({"Idempotent-Replayed", "true"}))
        line += u" (replayed)"_s;
    qCInfo(lcSandbox).noquote() << line;

    sandbox::deliver(socket, answer, fault, close);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if that ever changes.
    const Request copy = copyRequest(request);
    sandbox::deliver(socket,
                     sandboxError(404, u"There is no sandbox endpoint at %1."_s.arg(copy.path)),
                     Fault{}, false);
}

} // namespace paydesk
