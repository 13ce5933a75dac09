#include "forwarderthread.h"

#include <QTimer>

namespace paydesk {

namespace {

/// Lives on the forwarder's thread: both journals' connections are made and used there only.
class ForwardWorker final : public QObject
{
public:
    ForwardWorker(QString till, QString store, QString name, int intervalMs, ForwarderThread *owner)
        : m_till(std::move(till))
        , m_store(std::move(store))
        , m_name(std::move(name))
        , m_owner(owner)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &ForwardWorker::forward);
    }

    void start()
    {
        m_timer.start();
        forward();
    }

    void forward()
    {
        ForwardStatus status;
        if (!m_tillJournal) {
            auto opened = Journal::open(m_till);
            if (!opened) {
                status.problem = opened.error();
                say(status);
                return;
            }
            m_tillJournal = std::move(*opened);
        }
        if (!m_storeJournal) {
            auto opened = Journal::open(m_store);
            if (!opened) {
                status.problem = opened.error();
                if (const auto waiting = Forwarder::waiting(*m_tillJournal))
                    status.waiting = *waiting;
                say(status);
                return;
            }
            m_storeJournal = std::move(*opened);
        }
        Forwarder forwarder(*m_tillJournal, *m_storeJournal);
        forwarder.setTillName(m_name);
        const auto done = forwarder.run(status.counts);
        status.waiting = status.counts.waiting;
        if (!done) {
            status.problem = done.error().message;
            // Connected afresh next time: the store may have gone and come back.
            if (done.error().storeFailed)
                m_storeJournal.reset();
        } else {
            status.reachable = true;
        }
        say(status);
    }

    void stop()
    {
        m_timer.stop();
        m_storeJournal.reset();
        m_tillJournal.reset();
    }

private:
    void say(const ForwardStatus &status)
    {
        QMetaObject::invokeMethod(m_owner,
                                  [owner = m_owner, status] { Q_EMIT owner->forwarded(status); });
    }

    QString m_till, m_store, m_name;
    ForwarderThread *m_owner;
    QTimer m_timer{this}; // a child: it moves to the thread with its worker
    std::unique_ptr<Journal> m_tillJournal, m_storeJournal;
};

} // namespace

ForwarderThread::ForwarderThread(const QString &till, const QString &store, int intervalMs,
                                 QObject *parent, const QString &tillName)
    : QObject(parent)
{
    qRegisterMetaType<ForwardStatus>();
    m_thread.setObjectName(QStringLiteral("paydesk forwarder"));
    auto *worker = new ForwardWorker(till, store, tillName, intervalMs, this);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->start(); });
}

ForwarderThread::~ForwarderThread()
{
    auto *worker = static_cast<ForwardWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ForwarderThread::forwardNow()
{
    auto *worker = static_cast<ForwardWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->forward(); });
}

} // namespace paydesk
