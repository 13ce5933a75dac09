#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "delivery.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace paydesk {

using namespace Qt::StringLiterals;

Expected<Fault, QString> Fault::parse(QStringView spec)
{
    const QStringView text = spec.trimmed();
    const qsizetype equals = text.indexOf(u'=');
    const QStringView name = equals < 0 ? text : text.left(equals);
    const QStringView argument = equals < 0 ? QStringView() : text.mid(equals + 1);

    const auto number = [&argument](int lowest, int highest) -> std::optional<int> {
        bool ok = false;
        const int value = argument.toInt(&ok);
        if (!ok || value < lowest || value > highest || argument.startsWith(u'+'))
            return std::nullopt;
        return value;
    };

    if (name == u"delay") {
        if (const auto ms = number(0, kMaxFaultDelayMs))
            return Fault{Kind::Delay, *ms};
        return unexpected(
            u"delay needs a number of milliseconds from 0 to %1: delay=MS"_s.arg(kMaxFaultDelayMs));
    }
    if (name == u"late") {
        if (const auto ms = number(0, kMaxFaultDelayMs))
            return Fault{Kind::Late, *ms};
        return unexpected(
            u"late needs a number of milliseconds from 0 to %1: late=MS"_s.arg(kMaxFaultDelayMs));
    }
    if (name == u"status") {
        if (const auto code = number(400, 599))
            return Fault{Kind::Status, *code};
        return unexpected(u"status needs an HTTP error code from 400 to 599: status=CODE"_s);
    }
    static const struct
    {
        QStringView name;
        Kind kind;
    } plain[] = {
        {u"none", Kind::None},
        {u"drop", Kind::Drop},
        {u"reset-after-body", Kind::ResetAfterBody},
        {u"html-502", Kind::Html502},
        {u"malformed", Kind::Malformed},
        {u"truncated", Kind::Truncated},
        {u"huge", Kind::Huge},
        {u"slow", Kind::Slow},
    };
    for (const auto &entry : plain) {
        if (name == entry.name && equals < 0)
            return Fault{entry.kind, 0};
    }
    return unexpected(
        u"unknown fault \"%1\"; use delay=MS, late=MS, drop, reset-after-body, status=CODE, "
        u"html-502, malformed, truncated, huge, slow or none"_s.arg(text));
}

QString Fault::toString() const
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Delay:
        return u"delay=%1"_s.arg(value);
    case Kind::Late:
        return u"late=%1"_s.arg(value);
    case Kind::Drop:
        return u"drop"_s;
    case Kind::ResetAfterBody:
        return u"reset-after-body"_s;
    case Kind::Status:
        return u"status=%1"_s.arg(value);
    case Kind::Html502:
        return u"html-502"_s;
    case Kind::Malformed:
        return u"malformed"_s;
    case Kind::Truncated:
        return u"truncated"_s;
    case Kind::Huge:
        return u"huge"_s;
    case Kind::Slow:
        return u"slow"_s;
    }
    return {};
}

} // namespace paydesk

namespace paydesk::sandbox {

namespace {

using namespace Qt::StringLiterals;

bool isOpen(const QTcpSocket *socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

void writeWhole(QTcpSocket *socket, const Answer &answer, bool close)
{
    if (!isOpen(socket))
        return;
    socket->write(responseHead(answer, answer.body.size(), close) + answer.body);
    if (close)
        socket->disconnectFromHost();
}

/// Closes with a TCP reset: SO_LINGER {on, 0 s} makes close() discard and send RST.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger immediately{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately,
                 sizeof immediately);
#endif
    socket->abort();
}

/// Streams a 64 MiB JSON body in chunks, writing only while the socket's buffer is low,
/// so memory stays small. The body is `{"answer":<the real answer>,"padding":"xxx…"}`.
class HugeBody final : public QObject
{
public:
    HugeBody(QTcpSocket *socket, const QByteArray &answerBody, bool close)
        : QObject(socket)
        , m_socket(socket)
        , m_prefix("{\"answer\":" + answerBody + ",\"padding\":\"")
        , m_close(close)
    {
        m_paddingLeft = kHugeBodyBytes - m_prefix.size() - m_suffix.size();
        connect(socket, &QTcpSocket::bytesWritten, this, &HugeBody::pump);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            qCInfo(lcSandbox, "huge: client went away after %lld bytes", m_sent);
            deleteLater();
        });
    }

    void pump()
    {
        static constexpr qint64 chunk = 64 * 1024;
        static constexpr qint64 highWater = 4 * chunk;
        static const QByteArray padding(chunk, 'x');
        while (isOpen(m_socket) && m_socket->bytesToWrite() < highWater) {
            if (!m_prefix.isEmpty()) {
                m_sent += m_socket->write(m_prefix);
                m_prefix.clear();
            } else if (m_paddingLeft > 0) {
                const qint64 size = std::min(chunk, m_paddingLeft);
                m_sent += m_socket->write(padding.constData(), size);
                m_paddingLeft -= size;
            } else {
                m_sent += m_socket->write(m_suffix);
                disconnect(m_socket, nullptr, this, nullptr);
                if (m_close)
                    m_socket->disconnectFromHost();
                deleteLater();
                return;
            }
        }
    }

private:
    QTcpSocket *m_socket;
    QByteArray m_prefix;
    const QByteArray m_suffix = "\"}";
    const bool m_close;
    qint64 m_paddingLeft = 0;
    qint64 m_sent = 0;
};

/// Sends one byte every 500 ms for 2 minutes (240 bytes of the real answer, padded with
/// JSON whitespace), then closes; stops as soon as the client goes away.
class Drip final : public QObject
{
public:
    Drip(QTcpSocket *socket, const QByteArray &answerBody)
        : QObject(socket)
        , m_socket(socket)
    {
        const auto bytes = static_cast<qsizetype>(kSlowDuration / kSlowByteInterval);
        m_body = answerBody.left(bytes);
        m_body.append(QByteArray(bytes - m_body.size(), ' '));
        m_timer.setInterval(kSlowByteInterval);
        connect(&m_timer, &QTimer::timeout, this, &Drip::drip);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            qCInfo(lcSandbox, "slow: client went away after %lld of %lld bytes",
                   static_cast<long long>(m_sent), static_cast<long long>(m_body.size()));
            m_timer.stop();
            deleteLater();
        });
        m_timer.start();
    }

private:
    void drip()
    {
        if (!isOpen(m_socket)) {
            m_timer.stop();
            return;
        }
        m_socket->write(m_body.constData() + m_sent, 1);
        if (++m_sent == m_body.size()) {
            m_timer.stop();
            m_socket->disconnectFromHost();
        }
    }

    QTcpSocket *m_socket;
    QByteArray m_body;
    qsizetype m_sent = 0;
    QTimer m_timer;
};

} // namespace

QByteArray responseHead(const Answer &answer, qint64 contentLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status)
        + "\r\nServer: paydesk-sandbox\r\nContent-Type: " + answer.contentType + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

void deliver(QTcpSocket *socket, const Answer &answer, const Fault &fault, bool close)
{
    switch (fault.kind) {
    case Fault::Kind::None:
    case Fault::Kind::Late: // already late: processed when the time came
    case Fault::Kind::Status:
    case Fault::Kind::Html502:
        writeWhole(socket, answer, close);
        return;
    case Fault::Kind::Delay:
        // The socket is the timer's context: if it goes away first, nothing runs.
        QTimer::singleShot(fault.value, socket,
                           [socket, answer, close] { writeWhole(socket, answer, close); });
        return;
    case Fault::Kind::Drop:
        socket->disconnectFromHost();
        return;
    case Fault::Kind::ResetAfterBody:
        resetConnection(socket);
        return;
    case Fault::Kind::Malformed: {
        Answer broken{200, "application/json", answer.body.left(answer.body.size() / 2), {}};
        if (broken.body.isEmpty())
            broken.body = "{";
        broken.body += "<<<";
        writeWhole(socket, broken, close);
        return;
    }
    case Fault::Kind::Truncated:
        socket->write(responseHead(answer, answer.body.size(), true)
                      + answer.body.left(answer.body.size() / 2));
        socket->disconnectFromHost(); // after the buffered bytes are sent
        return;
    case Fault::Kind::Huge: {
        const Answer head{200, "application/json", {}, answer.headers};
        socket->write(responseHead(head, kHugeBodyBytes, close));
        (new HugeBody(socket, answer.body, close))->pump();
        return;
    }
    case Fault::Kind::Slow: {
        // Close-delimited: no Content-Length, the body ends when the connection does.
        const Answer head{200, "application/json", {}, answer.headers};
        socket->write(responseHead(head, -1, true));
        new Drip(socket, answer.body);
        return;
    }
    }
}

Answer badGatewayPage()
{
    return Answer::html(502,
                        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                        "<center><h1>502 Bad Gateway</h1></center>\r\n"
                        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

} // namespace paydesk::sandbox
