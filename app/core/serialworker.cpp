#include "serialworker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QMutexLocker>

namespace paydesk {

/// Lives on the worker's thread; each event it gets is a wake-up (it carries nothing: the
/// steps are in the worker's queue).
class SerialWorkerMailbox final : public QObject
{
public:
    explicit SerialWorkerMailbox(SerialWorker *worker)
        : m_worker(worker)
    { }

protected:
    void customEvent(QEvent *) override { m_worker->runNext(); }

private:
    SerialWorker *const m_worker;
};

SerialWorker::SerialWorker(const QString &name)
{
    m_thread.setObjectName(name);
    m_mailbox = new SerialWorkerMailbox(this);
    m_mailbox->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_mailbox, &QObject::deleteLater);
    m_thread.start();
}

SerialWorker::~SerialWorker()
{
    stop();
}

void SerialWorker::wake()
{
    // Under m_mutex, so never after stop() has let the thread (and the mailbox) go.
    QCoreApplication::postEvent(m_mailbox, new QEvent(QEvent::User));
}

bool SerialWorker::enqueue(Step step)
{
    const QMutexLocker lock(&m_mutex);
    if (m_stopped)
        return false;
    m_queue.push_back(std::move(step));
    wake();
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
    if (m_busy)
        return;
    Step step;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_queue.empty())
            return;
        step = std::move(m_queue.front());
        m_queue.pop_front();
    }
    m_busy = true;
    auto called = std::make_shared<bool>(false);
    step([this, called] {
        if (std::exchange(*called, true))
            return;
        m_busy = false;
        // The next step from the event loop, not from inside the step that just finished.
        const QMutexLocker lock(&m_mutex);
        if (!m_stopped && !m_queue.empty())
            wake();
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
