// The Forwarder on a thread of its own, for the window: it forwards the till's journal to the
// store now and then, never on the window's thread, and says how it went (forwarded()). A store
// that cannot be reached is tried again at the next turn; the till's sales never wait for it.
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QThread>

#include "forwarder.h"

namespace paydesk {

/// How the last forward went.
struct ForwardStatus
{
    bool reachable = false; ///< the store answered and took everything
    qint64 waiting = 0; ///< entries of this till not yet forwarded
    ForwardCounts counts;
    QString problem; ///< why not, in words (the store's location without its password)
};

class ForwarderThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwarderThread)

public:
    /// Forwards the journal at `till` to the one at `store` at once, then every `intervalMs`;
    /// the store names the till `tillName` (its terminal; Forwarder::setTillName).
    ForwarderThread(const QString &till, const QString &store, int intervalMs = 30000,
                    QObject *parent = nullptr, const QString &tillName = {});
    /// Lets a forward in progress finish (at most a store's connect timeout), then stops.
    ~ForwarderThread() override;

    /// Forwards again now (after the one in progress).
    void forwardNow();

Q_SIGNALS:
    /// After each forward, on the thread that made this object.
    void forwarded(const paydesk::ForwardStatus &status);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::ForwardStatus)
