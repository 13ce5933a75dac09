// paydesk-sandbox: the four payment backends (Ocho, Offer, Dots, Checkout) served locally,
// with declines, idempotency and injectable faults. Usable in-process (GUI training mode,
// tests) or as the paydesk-sandbox executable. See app/sandbox/README.md.
#pragma once

#include <memory>

#include <QAbstractHttpServer>
#include <QString>
#include <QUrl>

#include "fault.h"

namespace paydesk {

/// How a sandbox behaves. An empty credential accepts any value, or none.
struct SandboxOptions
{
    QString token; ///< Ocho `token`, Offer `api_token`, Checkout bearer token
    QString clientId; ///< Dots Basic user name
    QString apiKey; ///< Dots Basic password
    /// Applied to every request that has no `X-Sandbox-Fault` header of its own, except the
    /// /sandbox/ verification endpoints.
    Fault fault;
    quint64 seed = 0; ///< non-zero makes generated ids repeatable
    /// With both set, the sandbox speaks HTTPS with this certificate and key (PEM files).
    QString tlsCertificateFile, tlsKeyFile;
};

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1 only, on `port` (0: any free port). False if that fails (or the
    /// TLS certificate or key cannot be read).
    bool listen(quint16 port = 0);
    /// The port listened on, 0 before listen().
    quint16 port() const;
    /// "http://127.0.0.1:PORT" ("https://…" with TLS), the base URL of all four APIs.
    QUrl url() const;

    const SandboxOptions &options() const;
    /// The fault for requests without an `X-Sandbox-Fault` header (Fault{} for none).
    void setFault(const Fault &fault);
    /// The credentials accepted from now on; empty ones accept anything.
    void setCredentials(const QString &token, const QString &clientId, const QString &apiKey);

    /// Intents created so far by all four APIs (declined sales and replays create none).
    qsizetype intentCount() const;
    /// Requests received by the four APIs (not /sandbox/…), replays included: a client that
    /// sends a request twice shows here even when the key makes the second harmless.
    qsizetype requestCount() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace paydesk
