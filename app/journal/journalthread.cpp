#include "journalthread.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include "journalsql.h"

namespace paydesk {

namespace {

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

JournalThread::JournalThread()
{
    m_thread.setObjectName(QStringLiteral("paydesk journal"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &JournalThread::watch);
}

Expected<std::unique_ptr<JournalThread>, QString> JournalThread::open(const QString &location)
{
    std::unique_ptr<JournalThread> t(new JournalThread);
    t->m_thread.start();
    QString error;
    // Opened on its own thread: a QSqlDatabase connection is used only where it was made.
    QMetaObject::invokeMethod(
        t->m_worker,
        [&] {
            auto journal = Journal::open(location);
            if (!journal) {
                error = journal.error();
                return;
            }
            t->m_journal = std::move(*journal);
            t->m_display = t->m_journal->displayLocation();
            t->m_postgres = t->m_journal->isPostgres();
        },
        Qt::BlockingQueuedConnection);
    if (!t->m_journal)
        return unexpected(error);
    return t;
}

JournalThread::~JournalThread()
{
    // The work already given finishes first (an outcome being written is written); then the
    // journal closes on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_journal.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JournalThread::enqueue(const QString &what, std::function<void(Journal &)> task)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_outstanding;
    }
    if (QThread::currentThread() == thread() && !m_watchdog.isActive())
        m_watchdog.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, what, task = std::move(task)] {
            {
                QMutexLocker lock(&m_mutex);
                m_busyWith = what;
                m_busySince = nowMs();
            }
            task(*m_journal);
            QMutexLocker lock(&m_mutex);
            m_busyWith.clear();
            --m_outstanding;
        },
        Qt::QueuedConnection);
}

int JournalThread::outstanding() const
{
    QMutexLocker lock(&m_mutex);
    return m_outstanding;
}

QString JournalThread::busyWith(qint64 *forMs) const
{
    QMutexLocker lock(&m_mutex);
    if (forMs)
        *forMs = m_busyWith.isEmpty() ? 0 : nowMs() - m_busySince;
    return m_busyWith;
}

void JournalThread::watch()
{
    qint64 waited = 0;
    const QString what = busyWith(&waited);
    if (!what.isEmpty() && waited >= kSlowAfterMs) {
        m_saidWaiting = true;
        Q_EMIT waiting(what, waited);
        return;
    }
    if (m_saidWaiting) {
        m_saidWaiting = false;
        Q_EMIT waiting(QString(), 0);
    }
    if (outstanding() == 0)
        m_watchdog.stop();
}

void JournalThread::reportLost(const QString &what, const JournalError &error)
{
    qCWarning(lcJournal).noquote()
        << "the journal failed" << what << "and nothing answers for it:" << error.message;
}

} // namespace paydesk
