// A receipt printer on loopback TCP for tests: it records every byte it is sent and answers the
// DLE EOT status requests (n = 1, 2, 4) as the test chooses: ready, paper out, cover open,
// offline, or not at all (a silent printer).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace paydesk::test {

class FakePrinter final : public QObject
{
public:
    enum class Mode
    {
        Ready,
        PaperOut,
        CoverOpen,
        Offline,
        Silent
    };

    explicit FakePrinter(Mode mode = Mode::Ready)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_sockets.append(socket);
                const qsizetype index = m_received.size();
                m_received.append(QByteArray());
                m_answeredUpTo.append(0);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] {
                    QByteArray &all = m_received[index];
                    const qsizetype from = qMax<qsizetype>(0, all.size() - 2);
                    all += socket->readAll();
                    answer(socket, all, from, m_answeredUpTo[index]);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    void setMode(Mode mode) { m_mode = mode; }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(port()); }
    int connections() const { return m_connections; }
    /// Every byte of every connection, in order.
    QByteArray received() const
    {
        QByteArray all;
        for (const QByteArray &r : m_received)
            all += r;
        return all;
    }
    /// The bytes of connection `n` (0 the first).
    QByteArray receivedOn(qsizetype n) const { return m_received.value(n); }

private:
    void answer(QTcpSocket *socket, const QByteArray &all, qsizetype from, qsizetype &answeredUpTo)
    {
        for (qsizetype i = from; i + 2 < all.size(); ++i) {
            if (all.at(i) != 0x10 || all.at(i + 1) != 0x04 || i < answeredUpTo)
                continue;
            answeredUpTo = i + 3;
            if (m_mode == Mode::Silent)
                continue;
            const char reply = statusByte(all.at(i + 2));
            socket->write(&reply, 1);
        }
    }

    char statusByte(char n) const
    {
        // Fixed bits 0x12; n = 1: 0x08 offline; n = 2: 0x04 cover open, 0x20 paper end;
        // n = 4: 0x60 paper end.
        const bool offline = m_mode != Mode::Ready;
        switch (n) {
        case 1:
            return static_cast<char>(0x12 | (offline ? 0x08 : 0));
        case 2:
            return static_cast<char>(0x12 | (m_mode == Mode::CoverOpen ? 0x04 : 0)
                                     | (m_mode == Mode::PaperOut ? 0x20 : 0));
        case 4:
            return static_cast<char>(0x12 | (m_mode == Mode::PaperOut ? 0x60 : 0));
        default:
            return 0x12;
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    int m_connections = 0;
    QList<qsizetype> m_answeredUpTo; ///< per connection: DLE EOT answered before this byte
    QList<QByteArray> m_received;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace paydesk::test
