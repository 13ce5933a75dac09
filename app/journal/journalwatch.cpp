// The store, live: the tills' forwarding state (schema 7's `tills`) and the notifications of
// every entry written or changed (PostgreSQL LISTEN/NOTIFY, sent by the store's own triggers).
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "journal.h"
#include "journalsql.h"

namespace paydesk {

using namespace journalsql;

Expected<QList<TillState>, QString> Journal::tills() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT journal_id, name, reported_at, forwarded_at, backlog, "
                               "oldest_waiting_at FROM tills ORDER BY name, journal_id")))
        return unexpected(sqlError(tr("cannot read the tills"), q));
    QList<TillState> out;
    while (q.next()) {
        TillState t;
        t.journalId = q.value(0).toString();
        t.name = q.value(1).toString();
        t.reportedAt = fromMs(q.value(2));
        if (!q.value(3).isNull())
            t.forwardedAt = fromMs(q.value(3));
        t.backlog = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            t.oldestWaiting = fromMs(q.value(5));
        out << t;
    }
    return out;
}

Expected<void, QString> Journal::reportTill(const TillState &till, bool forwarded)
{
    QSqlQuery q(db());
    // The store's clock for "reported" and "forwarded": one clock for every till of the store.
    q.prepare(QStringLiteral("INSERT INTO tills (journal_id, name, reported_at, forwarded_at, "
                             "backlog, oldest_waiting_at) VALUES (:id, :name, %1, %2, :backlog, "
                             ":oldest) ON CONFLICT (journal_id) DO UPDATE SET name = "
                             "excluded.name, reported_at = excluded.reported_at, forwarded_at = "
                             "COALESCE(excluded.forwarded_at, tills.forwarded_at), backlog = "
                             "excluded.backlog, oldest_waiting_at = excluded.oldest_waiting_at")
                  .arg(clockSql(), forwarded ? clockSql() : QStringLiteral("NULL")));
    q.bindValue(QStringLiteral(":id"), till.journalId);
    q.bindValue(QStringLiteral(":name"), required(till.name));
    q.bindValue(QStringLiteral(":backlog"), till.backlog);
    q.bindValue(QStringLiteral(":oldest"),
                till.oldestWaiting.isValid() ? QVariant(till.oldestWaiting.toMSecsSinceEpoch())
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return unexpected(sqlError(tr("cannot keep the till's state"), q));
    return {};
}

Expected<void, QString> Journal::ping() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return unexpected(sqlError(tr("does not answer"), q));
    return {};
}

Expected<void, QString> Journal::listen(QObject *context,
                                        std::function<void(qint64 id)> entryChanged,
                                        std::function<void()> tillsChanged)
{
    if (!isPostgres())
        return unexpected(tr("The journal %1 announces nothing: only a store's journal "
                             "(PostgreSQL) does.")
                              .arg(m_display));
    QSqlDriver *driver = db().driver();
    for (const char *channel : {kEntriesChannel, kTillsChannel}) {
        const QString name = QLatin1String(channel);
        if (!driver->subscribedToNotifications().contains(name)
            && !driver->subscribeToNotification(name))
            return unexpected(sqlError(tr("cannot listen to the store"), driver->lastError()));
    }
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [entryChanged = std::move(entryChanged), tillsChanged = std::move(tillsChanged)](
            const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name == QLatin1String(kTillsChannel)) {
                if (tillsChanged)
                    tillsChanged();
                return;
            }
            if (name != QLatin1String(kEntriesChannel) || !entryChanged)
                return;
            const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            if (id > 0)
                entryChanged(id);
        });
    return {};
}

} // namespace paydesk
