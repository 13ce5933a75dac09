// The journal's store as a test sees it: which store this pass uses (SQLite, or PostgreSQL when
// PAYDESK_TEST_POSTGRES is set under pg_virtualenv), fresh stores, raw SQL, and every stored byte.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QUrl>

namespace paydesk::test {

inline const bool kPostgres = qEnvironmentVariableIsSet("PAYDESK_TEST_POSTGRES");

inline QString pgUrl(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"),
             qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), database);
}

/// A connection of the test's own to a journal location (SQLite file or postgresql:// URL),
/// opened under `name`; fatal when it cannot be opened.
inline QSqlDatabase openTestConnection(const QString &location, const QString &name)
{
    QSqlDatabase d;
    if (location.startsWith(QStringLiteral("postgresql://"))) {
        const QUrl url(location);
        d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(url.host());
        d.setPort(url.port());
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
    } else {
        d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(location);
    }
    if (!d.open())
        qFatal("the test's connection %s failed: %s", qPrintable(name),
               qPrintable(d.lastError().text()));
    return d;
}

/// Runs SQL on a location directly, as a test's own second connection.
inline void execSql(const QString &location, const QString &sql)
{
    const QString name = QStringLiteral("test-raw");
    {
        QSqlDatabase d = openTestConnection(location, name);
        QSqlQuery q(d);
        if (!q.exec(sql))
            qFatal("raw SQL failed: %s", qPrintable(q.lastError().text()));
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Every stored byte of the journal as text: the SQLite files, or every row of PostgreSQL's tables.
inline QByteArray storedBytes(const QString &location)
{
    if (!location.startsWith(QStringLiteral("postgresql://"))) {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(location + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    QByteArray all;
    const QString name = QStringLiteral("test-dump");
    {
        const QUrl url(location);
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(url.host());
        d.setPort(url.port());
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
        if (!d.open())
            qFatal("dump connection failed");
        for (const char *table : {"entries", "events", "journal_meta"}) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString().toUtf8() + '\n';
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return all;
}

/// A new, empty store for this pass: a file in `dir`, or a new PostgreSQL database.
inline QString freshJournalLocation(const QString &dir, const QString &name)
{
    if (!kPostgres)
        return dir + u'/' + name + QStringLiteral(".sqlite");
    const QString database
        = QStringLiteral("paydesk_%1_%2").arg(name).arg(QCoreApplication::applicationPid());
    execSql(pgUrl(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
            QStringLiteral("CREATE DATABASE ") + database);
    return pgUrl(database);
}

} // namespace paydesk::test
