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
    : m_worker(QStringLiteral("paydesk journal"))
{
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &JournalThread::watch);
}

Expected<std::unique_ptr<JournalThread>, QString> JournalThread::open(const QString &location)
{
    std::unique_ptr<JournalThread> t(new JournalThread);
    // Opened on its own thread: a QSqlDatabase connection is used only where it was made.
    const QString error = t->m_worker
                              .wait([&] {
                                  auto journal = Journal::open(location);
                                  if (!journal)
                                      return journal.error();
                                  t->m_journal = std::move(*journal);
                                  t->m_listener = std::make_unique<QObject>();
                                  t->m_display = t->m_journal->displayLocation();
                                  t->m_postgres = t->m_journal->isPostgres();
                                  return QString();
                              })
                              .value_or(QString());
    if (!t->m_journal)
        return unexpected(error);
    return t;
}

JournalThread::~JournalThread()
{
    // The work already given finishes first (an outcome being written is written); then the
    // journal closes on the thread that opened it.
    m_worker.wait([this] {
        m_listener.reset();
        m_journal.reset();
        return true;
    });
    m_worker.stop();
}

void JournalThread::enqueue(const QString &what, std::function<void(Journal &)> task)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_outstanding;
    }
    if (QThread::currentThread() == thread() && !m_watchdog.isActive())
        m_watchdog.start();
    m_worker.run([this, what, task = std::move(task)] {
        {
            QMutexLocker lock(&m_mutex);
            m_busyWith = what;
            m_busySince = nowMs();
        }
        task(*m_journal);
        QMutexLocker lock(&m_mutex);
        m_busyWith.clear();
        --m_outstanding;
    });
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
