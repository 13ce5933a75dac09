// One worker thread that runs the steps given to it one at a time, in the order given: the
// journal's thread (a Journal and its connection live there) and the keyring's (QtKeychain's jobs
// answer from its event loop) are both one of these. A step calls its `finished` once it is done,
// at once or later from the thread's event loop; the next step starts after that. Answers go back
// with answerOn() (core/answer.h); a program that must wait for one (paydeskctl, a test, a
// destructor) blocks with wait(), the one way to block on a worker.
#pragma once

#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <type_traits>

#include <QMutex>
#include <QString>
#include <QThread>

namespace paydesk {

class SerialWorker final
{
public:
    /// A piece of work: runs on the worker's thread, calls `finished` once when it is done.
    using Step = std::function<void(std::function<void()> finished)>;

    /// Starts the thread, named `name` (as a debugger and `top -H` show it).
    explicit SerialWorker(const QString &name);
    /// Stops (see stop()).
    ~SerialWorker();
    Q_DISABLE_COPY_MOVE(SerialWorker)

    /// Runs `step` on the thread after every step given before it. False (and `step` dropped)
    /// once the worker is stopped.
    bool enqueue(Step step);
    /// A step that is finished when `work` returns.
    bool run(std::function<void()> work);
    /// Whether the calling code runs on the worker's thread.
    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

    /// Runs `work` on the thread after everything given before it, and blocks the calling
    /// thread until it has returned: its result, or nothing when the worker is stopped. Never
    /// from the worker's own thread, which would wait for itself.
    template<typename Work, typename Result = std::invoke_result_t<Work>>
    std::optional<Result> wait(Work work)
    {
        return waitForStep<Result>(
            [work = std::move(work)](std::function<void(Result)> done) mutable { done(work()); });
    }

    /// As wait(), for work that gives its result later, from the thread's event loop, by
    /// calling its argument once.
    template<typename Result>
    std::optional<Result> waitForStep(std::function<void(std::function<void(Result)>)> work)
    {
        Q_ASSERT_X(!isCurrent(), "SerialWorker::wait", "the worker would wait for itself");
        auto promise = std::make_shared<std::promise<Result>>();
        std::future<Result> future = promise->get_future();
        const bool queued
            = enqueue([promise, work = std::move(work)](std::function<void()> finished) mutable {
                  work([promise, finished](Result result) {
                      promise->set_value(std::move(result));
                      finished();
                  });
              });
        if (!queued)
            return std::nullopt;
        return future.get();
    }

    /// Takes no more steps, lets the thread end after the step that runs now, and waits for it
    /// at most `waitMs` (-1: as long as it takes). False when it did not end in time.
    bool stop(int waitMs = -1);

private:
    friend class SerialWorkerMailbox;
    void wake(); ///< with m_mutex held: has the thread look at the queue
    void runNext(); ///< on the thread

    QThread m_thread;
    QObject *m_mailbox = nullptr; ///< lives on m_thread: a wake-up is an event sent to it
    // The steps go from thread to thread through this queue and its mutex, not inside a queued
    // call: what a QMutex guards, ThreadSanitizer sees handed over (QMutex's inline lock says so),
    // while a queued call is handed over inside Qt's own library, which it cannot see.
    QMutex m_mutex;
    bool m_stopped = false; ///< guarded by m_mutex
    std::deque<Step> m_queue; ///< guarded by m_mutex
    bool m_busy = false; ///< on m_thread only: a step has not finished
};

} // namespace paydesk
