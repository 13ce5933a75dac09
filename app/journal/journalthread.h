// The journal on a thread of its own, so that a slow store database never makes the window wait.
// One worker thread owns one Journal (its own connection, opened on that thread) and runs the
// work given to it one piece at a time, in the order given. Each result comes back on the asking
// object's thread (a queued call), or not at all when that object is gone by then.
//
// The sale's rule stays: nothing is sent before its pending entry is committed. A SaleAttempt
// waits for begin()'s answer before it sends; it only no longer blocks the window while it waits.
// While one piece of work takes longer than a moment, waiting() says what the journal is doing,
// so the window can say what it waits for.
#pragma once

#include <memory>
#include <optional>
#include <type_traits>

#include <QMutex>
#include <QObject>
#include <QTimer>

#include "core/answer.h"
#include "core/serialworker.h"
#include "journal.h"

namespace paydesk {

class JournalThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalThread)

public:
    /// Starts the thread and opens the journal at `location` on it (Journal::open). Waits for
    /// the opening only: a program opens its journal before it shows anything.
    static Expected<std::unique_ptr<JournalThread>, QString> open(const QString &location);
    /// Lets the work already given finish, then closes the journal and ends the thread.
    ~JournalThread() override;

    QString displayLocation() const { return m_display; }
    bool isPostgres() const { return m_postgres; }

    /// Runs `work(Journal &)` on the journal's thread after everything given before it, then
    /// `done(result)` on `context`'s thread, unless `context` is gone by then. `what` names the
    /// work for people while it takes long ("writing the sale before it is sent").
    template<typename Work, typename Done>
    void run(QObject *context, const QString &what, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, Journal &>;
        enqueue(what,
                [answer = answerOn<Result>(context, std::move(done)),
                 work = std::move(work)](Journal &journal) mutable { answer(work(journal)); });
    }

    /// Runs `work(Journal &)` on the journal's thread after everything given before it, without
    /// an answer to anyone (an event for the timeline, in order with what follows). The work
    /// returns whether it was written (Expected<void, JournalError>): a failure is never dropped
    /// in silence, it is a warning on the console (paydesk.journal) naming `what` and why.
    template<typename Work> void post(const QString &what, Work work)
    {
        enqueue(what, [what, work = std::move(work)](Journal &journal) mutable {
            const Expected<void, JournalError> written = work(journal);
            if (!written)
                reportLost(what, written.error());
        });
    }

    /// Runs `work` and waits for its result: for the command line and tests, never the window.
    template<typename Work> auto wait(Work work) -> std::invoke_result_t<Work, Journal &>
    {
        // In order with the work given before it; the worker runs as long as this object.
        return *m_worker.wait(
            [this, work = std::move(work)]() mutable { return work(*m_journal); });
    }

    /// Listens, on the journal's thread, to what a store's journal announces (Journal::listen):
    /// entryChanged() and tillsChanged() follow, on this object's thread. The answer says
    /// whether it listens (a till's SQLite journal announces nothing).
    template<typename Done> void listen(QObject *context, Done done)
    {
        run(
            context, tr("listening to the store"),
            [this](Journal &journal) {
                return journal.listen(
                    m_listener.get(), [this](qint64 id) { Q_EMIT entryChanged(id); },
                    [this] { Q_EMIT tillsChanged(); });
            },
            std::move(done));
    }

    /// What post() does with a failure: the console's warning.
    static void reportLost(const QString &what, const JournalError &error);

    /// Pieces of work given and not yet finished.
    int outstanding() const;
    /// What the journal is doing now and for how long (milliseconds), empty when idle.
    QString busyWith(qint64 *forMs = nullptr) const;

    /// How long a piece of work may take before waiting() is said (default 250 ms).
    static constexpr int kSlowAfterMs = 250;

Q_SIGNALS:
    /// The journal has been busy with `what` for `waitedMs` (said every 100 ms while it lasts);
    /// an empty `what` once it answers again.
    void waiting(const QString &what, qint64 waitedMs);
    /// The store announced entry `id` written or changed (listen()), by anyone.
    void entryChanged(qint64 id);
    /// A till of the store reported its forwarding state (listen()).
    void tillsChanged();

private:
    JournalThread();
    void enqueue(const QString &what, std::function<void(Journal &)> task);
    void watch();

    SerialWorker m_worker; ///< the journal's thread
    std::unique_ptr<Journal> m_journal; ///< used on m_worker's thread only
    /// Lives on m_worker's thread: the context of the store's notifications (listen()).
    std::unique_ptr<QObject> m_listener;
    QString m_display;
    bool m_postgres = false;
    QTimer m_watchdog;
    bool m_saidWaiting = false;

    mutable QMutex m_mutex;
    int m_outstanding = 0; ///< guarded by m_mutex
    QString m_busyWith; ///< guarded by m_mutex
    qint64 m_busySince = 0; ///< guarded by m_mutex (monotonic ms)
};

} // namespace paydesk
