#include "serialworker.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

namespace paydesk {

SerialWorker::SerialWorker(const QString &name)
{
    m_thread.setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SerialWorker::~SerialWorker()
{
    stop();
}

bool SerialWorker::enqueue(Step step)
{
    const QMutexLocker lock(&m_mutex);
    if (m_stopped)
        return false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, step = std::move(step)]() mutable {
            m_queue.push_back(std::move(step));
            runNext();
        },
        Qt::QueuedConnection);
    return true;
}

bool SerialWorker::run(std::function<void()> work)
{
    return enqueue([work = std::move(work)](std::function<void()> finished) {
        work();
        finished();
    });
}

void SerialWorker::runNext()
{
    if (m_busy || m_queue.empty())
        return;
    Step step = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;
    auto called = std::make_shared<bool>(false);
    step([this, called] {
        if (std::exchange(*called, true))
            return;
        m_busy = false;
        // From the event loop, not from inside the step that just finished.
        QMetaObject::invokeMethod(
            m_worker, [this] { runNext(); }, Qt::QueuedConnection);
    });
}

bool SerialWorker::stop(int waitMs)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return m_thread.isFinished() || m_thread.wait(QDeadlineTimer(waitMs));
        m_stopped = true;
    }
    m_thread.quit();
    return m_thread.wait(waitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                    : QDeadlineTimer(waitMs));
}

} // namespace paydesk
