// The journal's store: opening SQLite or PostgreSQL, migrating the schema, the connection's
// transactions and the locks that say who sends an entry.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include "core/redaction.h"
#include "journal.h"
#include "journalsql.h"
#include "pgconnection.h"

namespace paydesk {

using namespace journalsql;

Journal::~Journal()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Journal::defaultLocation()
{
    // One journal for paydesk and paydeskctl, whatever the application's name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Paydesk/journal.sqlite");
}

QSqlDatabase Journal::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Journal::isPostgres() const
{
    return db().driverName() == u"QPSQL";
}

QString Journal::sqlError(const QString &what, const QSqlError &error) const
{
    return redactText(tr("Journal %1 (%2): %3").arg(what, m_display, error.text()), {m_password});
}

QString Journal::sqlError(const QString &what, const QSqlQuery &query) const
{
    return sqlError(what, query.lastError());
}

QString Journal::clockSql() const
{
    return isPostgres()
        ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
        : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

qint64 Journal::clockMs() const
{
    if (isPostgres()) {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("SELECT ") + clockSql()) && q.next())
            return q.value(0).toLongLong();
        qCWarning(lcJournal) << "the database's clock cannot be read; using this computer's";
    }
    return nowMs();
}

void Journal::maskSecrets(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets << secret;
    // Longest first: a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &x, const QString &y) { return x.size() > y.size(); });
}

QSqlError Journal::beginWrite()
{
    QSqlDatabase d = db();
    if (isPostgres())
        return d.transaction() ? QSqlError() : d.lastError();
    QSqlQuery q(d);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : q.lastError();
}

QSqlError Journal::lockEntry(qint64 id)
{
    if (!isPostgres())
        return QSqlError();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(:class, :id)"));
    q.bindValue(QStringLiteral(":class"), kEntryLockClass);
    q.bindValue(QStringLiteral(":id"), int(id & 0x7fffffff));
    return q.exec() ? QSqlError() : q.lastError();
}

Expected<Journal::EntryLock, JournalError> Journal::tryLockEntry(qint64 id)
{
    if (!isPostgres())
        return EntryLock::Taken;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(:class, :id)"));
    q.bindValue(QStringLiteral(":class"), kEntryLockClass);
    q.bindValue(QStringLiteral(":id"), int(id & 0x7fffffff));
    // A failed query is an error, not "another till holds it".
    if (!q.exec() || !q.next())
        return unexpected(JournalError(sqlError(tr("cannot take the lock of an entry"), q)));
    return q.value(0).toBool() ? EntryLock::Taken : EntryLock::HeldElsewhere;
}

void Journal::unlockEntry(qint64 id)
{
    if (!isPostgres())
        return;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(:class, :id)"));
    q.bindValue(QStringLiteral(":class"), kEntryLockClass);
    q.bindValue(QStringLiteral(":id"), int(id & 0x7fffffff));
    if (!q.exec())
        qCWarning(lcJournal) << "the lock of entry" << id << "cannot be released";
}

void Journal::releaseInFlight(qint64 id)
{
    if (m_inFlight.remove(id))
        unlockEntry(id);
}

bool Journal::isPostgresLocation(const QString &location)
{
    const QString scheme = QUrl(location).scheme();
    return scheme == u"postgresql" || scheme == u"postgres";
}

Expected<std::unique_ptr<Journal>, QString> Journal::open(const QString &location)
{
    std::unique_ptr<Journal> journal(new Journal);
    journal->m_connection
        = QStringLiteral("paydesk-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Where the journal is, is decided once (Workplace::journalLocation); an empty location
    // here is a caller's mistake, said rather than guessed.
    if (location.isEmpty())
        return unexpected(tr("No journal location was given."));
    const QString &where = location;
    const QUrl url(where);
    const bool postgres = isPostgresLocation(where);

    if (postgres) {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), journal->m_connection);
        if (!d.isValid())
            return unexpected(tr("The PostgreSQL driver (libqt6sql6-psql) is not installed."));
        const auto connection = readPgUrl(url);
        if (!connection)
            return unexpected(connection.error());
        applyPgConnection(d, *connection);
        journal->m_password = connection->password;
        journal->maskSecrets({connection->password});
        journal->m_display = connection->display;
        if (!d.open())
            return unexpected(journal->sqlError(tr("cannot be opened"), d.lastError()));
        routeServerNotices(d);
    } else {
        QSqlDatabase d
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal->m_connection);
        if (!d.isValid())
            return unexpected(tr("The SQLite driver (libqt6sql6-sqlite) is not installed."));
        journal->m_display = where;
        const QFileInfo info(where);
        if (!makePrivateFolder(info.absolutePath()))
            return unexpected(
                tr("Cannot create the folder %1 for the journal.").arg(info.absolutePath()));
        // Only this user may read the journal: the file is created with mode 0600 before SQLite
        // opens it, never wider first (SQLite gives its -wal and -shm files the same mode).
        if (const QString problem = createPrivateFile(where); !problem.isEmpty())
            return unexpected(tr("Cannot create the journal %1: %2").arg(where, problem));
        QFile::setPermissions(where, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        d.setDatabaseName(where);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!d.open())
            return unexpected(journal->sqlError(tr("cannot be opened"), d.lastError()));
        QSqlQuery pragma(d);
        // Switching a new file to WAL needs it alone for a moment, and SQLite answers "database
        // is locked" at once, without its busy timeout, when programs start together on a new
        // journal: try again for as long as the busy timeout would have waited.
        QElapsedTimer waited;
        waited.start();
        while (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            if (waited.elapsed() > kBusyTimeoutMs)
                return unexpected(journal->sqlError(tr("cannot be set up"), pragma));
            QThread::msleep(10 + QRandomGenerator::global()->bounded(40));
        }
        pragma.finish();
        for (const char *sql : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            if (!pragma.exec(QLatin1String(sql)))
                return unexpected(journal->sqlError(tr("cannot be set up"), pragma));
    }
    if (auto migrated = journal->migrate(); !migrated)
        return unexpected(migrated.error());
    if (auto recovered = journal->recoverAbandoned(); !recovered)
        return unexpected(recovered.error());
    return journal;
}

int Journal::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT value FROM journal_meta WHERE key = 'schema_version'"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

Expected<void, QString> Journal::migrate()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    const bool postgres = isPostgres();
    // One migrator at a time: a whole store's terminals may start together. On SQLite the
    // write lock is taken first (BEGIN IMMEDIATE), so a second migrator waits for the first
    // instead of failing when it turns from reading the version to writing.
    if (const QSqlError failed = beginWrite(); failed.isValid())
        return unexpected(sqlError(tr("cannot start a migration"), failed));
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727073)"))) {
        const QString e = sqlError(tr("cannot start a migration"), q);
        d.rollback();
        return unexpected(e);
    }
    // Created under the lock: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a
    // second one running at the same moment (a duplicate key in pg_type).
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS journal_meta (key TEXT PRIMARY KEY, "
                               "value TEXT NOT NULL)"))) {
        const QString e = sqlError(tr("cannot be created"), q);
        d.rollback();
        return unexpected(e);
    }
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        d.rollback();
        return unexpected(tr("The journal %1 was written by a newer Paydesk (schema %2; this one "
                             "knows %3). Update Paydesk.")
                              .arg(m_display)
                              .arg(version)
                              .arg(kSchemaVersion));
    }
    const QList<QStringList> migrations{migrationV1(postgres), migrationV2(),         migrationV3(),
                                        migrationV4(postgres), migrationV5(postgres), migrationV6(),
                                        migrationV7(postgres), migrationV8(postgres)};
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString &sql : migrations.at(v)) {
            if (!q.exec(sql)) {
                const QString e = sqlError(tr("migration to schema %1 failed").arg(v + 1), q);
                d.rollback();
                return unexpected(e);
            }
        }
        q.prepare(v == 0 ? QStringLiteral("INSERT INTO journal_meta (key, value) VALUES "
                                          "('schema_version', :v)")
                         : QStringLiteral("UPDATE journal_meta SET value = :v WHERE key = "
                                          "'schema_version'"));
        q.bindValue(QStringLiteral(":v"), QString::number(v + 1));
        if (!q.exec()) {
            const QString e = sqlError(tr("migration bookkeeping failed"), q);
            d.rollback();
            return unexpected(e);
        }
    }
    if (!d.commit())
        return unexpected(sqlError(tr("migration cannot be committed"), d.lastError()));
    return {};
}

} // namespace paydesk
