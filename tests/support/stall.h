// A store database made to stop answering, and how long the GUI thread stops answering
// meanwhile (stallmeter.h): what the window-never-waits test and the stall benchmark share.
// StoppedDatabase: SIGSTOP to every server process of a PostgreSQL journal's database but the
// one it asks with, as a stuck store database is; SIGCONT from another thread, because the thread
// that stopped it may be the one waiting.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include "stallmeter.h"

namespace paydesk::test {

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
    /// Resumes the processes after `ms`, from a thread of its own (which touches only the
    /// processes, never m_waker: the owner's thread is assigning it meanwhile).
    void resumeAfter(int ms)
    {
        m_waker = std::thread([this, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            sendContinue();
        });
    }
    /// From the owner's thread: waits for a resumeAfter() under way, and resumes now.
    void resume()
    {
        if (m_waker.joinable())
            m_waker.join();
        sendContinue();
    }

private:
    void sendContinue()
    {
        if (!m_stopped.exchange(false))
            return;
        for (qint64 pid : std::as_const(m_pids))
            ::kill(pid_t(pid), SIGCONT);
    }

    QList<qint64> m_pids;
    std::atomic<bool> m_stopped{false};
    std::thread m_waker;
};

} // namespace paydesk::test
