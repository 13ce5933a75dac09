// Reading one HTTP/1.1 request from what a test's own loopback server has received so far: the
// head (request line and headers) and the body of its Content-Length.
#pragma once

#include <optional>

#include <QByteArray>

namespace paydesk::test {

struct HttpRequest
{
    QByteArray head; ///< the request line and the headers, without the blank line
    QByteArray body;

    /// "POST /api/checkout/": the method and the target, without the HTTP version.
    QByteArray methodAndTarget() const
    {
        const QByteArray line = head.left(head.indexOf('\r'));
        return line.left(line.lastIndexOf(' '));
    }
};

/// The request at the start of `buffer` once it has all arrived (and removes it from `buffer`),
/// or nothing yet.
inline std::optional<HttpRequest> takeHttpRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    HttpRequest r;
    r.head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : r.head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return r;
}

} // namespace paydesk::test
