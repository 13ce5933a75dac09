// How long the GUI thread stops answering, and a store database made to stop answering: what the
// window-never-waits test and the stall benchmark share.
//  - StallMeter: the longest gap between two ticks of a 5 ms timer on the calling thread since
//    the last reset (an event loop that runs ticks every 5 ms; a blocked one leaves a gap);
//  - StoppedDatabase: SIGSTOP to every server process of a PostgreSQL journal's database but
//    the one it asks with, as a stuck store database is; SIGCONT from another thread, because the
//    thread that stopped it may be the one waiting.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace paydesk::test {

class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = double(m_clock.nsecsElapsed()) / 1e6;
            m_clock.restart();
            m_longest = std::max(m_longest, gap);
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_clock.restart();
        m_longest = 0;
    }
    /// Milliseconds.
    double longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

class StoppedDatabase
{
public:
    /// The server processes of `location`'s database (a postgresql:// URL) other than the one
    /// this asks with, as they are now.
    explicit StoppedDatabase(const QString &location)
    {
        const QUrl url(location);
        const QString name = QStringLiteral("stall-pids");
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            d.setHostName(url.host());
            d.setPort(url.port(5432));
            d.setUserName(url.userName());
            d.setPassword(url.password());
            d.setDatabaseName(url.path().mid(1));
            if (d.open()) {
                QSqlQuery q(d);
                q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND pid <> pg_backend_pid()"));
                while (q.next())
                    m_pids << q.value(0).toLongLong();
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    ~StoppedDatabase() { resume(); }

    qsizetype processes() const { return m_pids.size(); }

    void stop()
    {
        for (qint64 pid : std::as_const(m_pids))
            ::kill(pid_t(pid), SIGSTOP);
        m_stopped = true;
    }
    /// Resumes the processes after `ms`, from a thread of its own.
    void resumeAfter(int ms)
    {
        m_waker = std::thread([this, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            resume();
        });
    }
    void resume()
    {
        if (m_waker.joinable() && m_waker.get_id() != std::this_thread::get_id())
            m_waker.join();
        if (!m_stopped)
            return;
        for (qint64 pid : std::as_const(m_pids))
            ::kill(pid_t(pid), SIGCONT);
        m_stopped = false;
    }

private:
    QList<qint64> m_pids;
    std::atomic<bool> m_stopped{false};
    std::thread m_waker;
};

} // namespace paydesk::test
