// One answer from a worker thread (the journal's, the keyring's) to the object that asked, by a
// queued signal: Qt delivers it on that object's thread, and drops it when that object is gone
// (Qt 6.4's QFuture::then(context) asserts instead).
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QMutex>
#include <QMutexLocker>
#include <QObject>

namespace paydesk {

/// The queued signal behind answerOn(); nothing else uses it.
class AnswerCourier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void ready();
};

/// Returns the function a worker calls, once, with its result: `done(result)` then runs on
/// `context`'s thread, unless `context` is gone by then.
template<typename Result, typename Done>
std::function<void(Result)> answerOn(QObject *context, Done done)
{
    // Written on the worker's thread, read on the asking one: under a mutex, so ThreadSanitizer
    // sees it handed over (the queued signal hands it over inside Qt, where it cannot look).
    struct Slot
    {
        QMutex mutex;
        std::optional<Result> value;
    };
    auto result = std::make_shared<Slot>();
    // Lives on the asking thread; emitted from the worker, deleted back on the asking thread
    // after the answer it carried (events are delivered in order).
    auto *courier = new AnswerCourier;
    QObject::connect(
        courier, &AnswerCourier::ready, context,
        [result, done = std::move(done)]() mutable {
            done([&result] {
                const QMutexLocker lock(&result->mutex);
                return Result(std::move(*result->value));
            }());
        },
        Qt::QueuedConnection);
    return [courier, result](Result answer) {
        {
            const QMutexLocker lock(&result->mutex);
            result->value.emplace(std::move(answer));
        }
        Q_EMIT courier->ready();
        courier->deleteLater();
    };
}

} // namespace paydesk
