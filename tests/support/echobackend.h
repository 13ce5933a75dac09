// A backend that echoes the credential it received, as many real APIs do: in a JSON error
// ({"message": "Unknown api_token …", "error": "bad token …"}), in a header, in an HTML 502 page
// and in a redirect's URL. A real HTTP server on loopback, in a thread of its own, so a test can
// run paydeskctl as a process (and wait for it) while it answers.
#pragma once

#include <algorithm>
#include <atomic>
#include <memory>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include "httprequest.h"

namespace paydesk::test {

class EchoBackend final : public QThread
{
public:
    enum class Mode
    {
        JsonError, ///< 401 {"status":"0","message":"Unknown api_token T","error":"bad token T"}
        Header, ///< 401 with WWW-Authenticate and X-Echo headers holding T, a JSON error
        Html502, ///< 502 with an HTML page that quotes T
        LongHtml502, ///< 502 with a 4 KiB HTML page that quotes T at byte 2,040
        Redirect, ///< 302 to another site with T in the query
        SameOriginRedirect, ///< 307 to /login/T?next=T on this server, then a JSON 401 echo
    };

    EchoBackend()
    {
        start();
        m_ready.acquire();
    }
    ~EchoBackend() override
    {
        quit();
        wait();
    }

    std::atomic<Mode> mode{Mode::JsonError};
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port.load())); }
    /// How many requests it answered (an echo that was never asked proves nothing).
    int answered() const { return m_answered.load(); }

    /// The credentials a request carries: a Bearer token, a Basic credential (and the key in it),
    /// the token of a JSON body (Offer's api_token) or of the query (Ocho's token).
    static QByteArrayList credentialsOf(const QByteArray &head, const QByteArray &body)
    {
        QByteArrayList found;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("authorization:")) {
                const QByteArray value = l.mid(14).trimmed();
                const QByteArray credential = value.mid(value.indexOf(' ') + 1);
                found << credential;
                if (value.startsWith("Basic "))
                    found << QByteArray::fromBase64(credential).split(':').value(1);
            }
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        for (const char *key : {"api_token", "token"})
            if (json.value(QLatin1String(key)).isString())
                found << json.value(QLatin1String(key)).toString().toUtf8();
        const QByteArray requestLine = head.left(head.indexOf('\r'));
        const qsizetype token = requestLine.indexOf("token=");
        if (token >= 0) {
            QByteArray value = requestLine.mid(token + 6);
            for (const char end : {' ', '&'})
                if (const qsizetype at = value.indexOf(end); at >= 0)
                    value.truncate(at);
            found << QByteArray::fromPercentEncoding(value);
        }
        found.removeAll(QByteArray());
        return found;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("the echo backend cannot listen");
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *s = server.nextPendingConnection())
                serve(s);
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            const auto request = takeHttpRequest(*buffer);
            if (!request)
                return;
            buffer->clear();
            s->write(answer(request->head, request->body));
            s->disconnectFromHost();
            ++m_answered;
        });
    }

    QByteArray answer(const QByteArray &head, const QByteArray &body) const
    {
        const QByteArray t = credentialsOf(head, body).join(' ');
        const QByteArray jsonError = R"({"status":"0","message":"Unknown api_token )" + t
            + R"(","error":"bad token )" + t + R"("})";
        const auto reply = [](const QByteArray &status, const QByteArray &headers,
                              const QByteArray &content) -> QByteArray {
            return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: "
                + QByteArray::number(content.size()) + "\r\nConnection: close\r\n\r\n" + content;
        };
        const bool followed = head.startsWith("GET /login/") || head.contains(" /login/");
        switch (followed ? Mode::JsonError : mode.load()) {
        case Mode::JsonError:
            return reply("401 Unauthorized", "Content-Type: application/json\r\n", jsonError);
        case Mode::Header:
            return reply("401 Unauthorized",
                         "Content-Type: application/json\r\nWWW-Authenticate: Bearer "
                         "error=\"invalid_token\", token=\""
                             + t + "\"\r\nX-Echo: " + t + "\r\n",
                         R"({"error":"unauthorized"})");
        case Mode::Html502:
            return reply("502 Bad Gateway", "Content-Type: text/html\r\n",
                         "<html><body><h1>502 Bad Gateway</h1><p>upstream refused token " + t
                             + "</p></body></html>");
        case Mode::LongHtml502: {
            QByteArray page = "<html><body><h1>502 Bad Gateway</h1><p>";
            page += QByteArray(2040 - page.size(), 'x') + t + "</p>";
            page += QByteArray(std::max<qsizetype>(0, 4096 - 14 - page.size()), 'y');
            return reply("502 Bad Gateway", "Content-Type: text/html\r\n", page + "</body></html>");
        }
        case Mode::Redirect:
            return reply("302 Found",
                         "Location: https://login.example.net/?token=" + t.toPercentEncoding()
                             + "\r\n",
                         QByteArray());
        case Mode::SameOriginRedirect:
            return reply("307 Temporary Redirect",
                         "Location: /login/" + t.toPercentEncoding()
                             + "?next=" + t.toPercentEncoding() + "\r\n",
                         QByteArray());
        }
        return QByteArray();
    }

    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_answered{0};
};

} // namespace paydesk::test
