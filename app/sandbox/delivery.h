// Writing an answer to the socket, normally or damaged as a fault asks.
#pragma once

#include <QLoggingCategory>

#include "api.h"
#include "fault.h"

class QTcpSocket;

namespace paydesk {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
}

namespace paydesk::sandbox {

/// The status line and headers of `answer`; no Content-Length if `contentLength` is negative.
QByteArray responseHead(const Answer &answer, qint64 contentLength, bool close);

/// Sends `answer` on `socket` as `fault` asks (None, Delay, Drop, ResetAfterBody, Malformed,
/// Truncated, Huge or Slow; Status and Html502 are answers of their own, sent with None).
/// `close` closes the connection after a complete answer (the client asked for it).
void deliver(QTcpSocket *socket, const Answer &answer, const Fault &fault, bool close);

/// The answer a gateway gives for the Html502 fault.
Answer badGatewayPage();

} // namespace paydesk::sandbox
