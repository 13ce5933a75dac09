// The journal's reads: one entry with its timeline, and the queries of the support view and
// paydeskctl journal list.
#include <QSqlError>
#include <QSqlQuery>

#include "core/redaction.h"
#include "journal.h"
#include "journalsql.h"

namespace paydesk {

using namespace journalsql;

Expected<JournalEntry, JournalError> Journal::entry(qint64 id) const
{
    QSqlQuery q(db());
    // A statement that cannot be prepared says why (a missing column…); exec() would only say
    // that its parameters do not match.
    if (!q.prepare(QStringLiteral("SELECT ") + kLightColumns + kHeavyColumns
                   + QStringLiteral(" FROM entries WHERE id = :id")))
        return unexpected(JournalError(sqlError(tr("cannot be read"), q)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return unexpected(JournalError(sqlError(tr("cannot be read"), q)));
    if (!q.next())
        return unexpected(JournalError(tr("There is no journal entry %1.").arg(id),
                                       JournalError::Kind::NotFound));
    JournalEntry e = readEntry(q, true);
    QSqlQuery ev(db());
    // A timeline that cannot be read is an error, not an empty timeline.
    if (!ev.prepare(QStringLiteral(
            "SELECT at, kind, state, detail FROM events WHERE entry_id = :id ORDER BY id")))
        return unexpected(JournalError(sqlError(tr("cannot read the timeline of an entry"), ev)));
    ev.bindValue(QStringLiteral(":id"), id);
    if (!ev.exec())
        return unexpected(JournalError(sqlError(tr("cannot read the timeline of an entry"), ev)));
    while (ev.next())
        e.events.append(
            JournalEvent{fromMs(ev.value(0)), ev.value(1).toString(),
                         stateFromName(ev.value(2).toString()).value_or(JournalState::Unknown),
                         ev.value(3).toString()});
    return e;
}

Expected<JournalEntry, JournalError> Journal::entryByKey(const QString &key) const
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT id FROM entries WHERE idempotency_key = :key")))
        return unexpected(JournalError(sqlError(tr("cannot be searched by key"), q)));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return unexpected(JournalError(sqlError(tr("cannot be searched by key"), q)));
    if (!q.next())
        return unexpected(JournalError(tr("No journal entry has the key %1.").arg(key),
                                       JournalError::Kind::NotFound));
    return entry(q.value(0).toLongLong());
}

Expected<QList<JournalEntry>, QString> Journal::list(const JournalQuery &query) const
{
    const Where w = whereFor(query, true);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kLightColumns + QStringLiteral(" FROM entries") + w.sql
              + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    bindAll(q, w);
    q.bindValue(QStringLiteral(":limit"), qMax(1, query.limit));
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be searched"), q));
    QList<JournalEntry> out;
    while (q.next())
        out.append(readEntry(q, false));
    return out;
}

Expected<QList<qint64>, QString> Journal::ids(const JournalQuery &query) const
{
    const Where w = whereFor(query, true);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM entries") + w.sql
              + QStringLiteral(" ORDER BY id DESC"));
    bindAll(q, w);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be searched"), q));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Expected<qint64, QString> Journal::count(const JournalQuery &query) const
{
    const Where w = whereFor(query, false);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries") + w.sql);
    bindAll(q, w);
    if (!q.exec() || !q.next())
        return unexpected(sqlError(tr("cannot be counted"), q));
    return q.value(0).toLongLong();
}

} // namespace paydesk
