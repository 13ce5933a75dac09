#include "forwarder.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include "core/redaction.h"
#include "journalsql.h"

namespace paydesk {

using namespace journalsql;

namespace {

/// The columns of an entry copied to the store as they are in the till's journal.
const QStringList kCopied{
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
    QStringLiteral("terminal"),
    QStringLiteral("operator"),
    QStringLiteral("profile"),
    QStringLiteral("backend"),
    QStringLiteral("base_url"),
    QStringLiteral("training"),
    QStringLiteral("idempotency_key"),
    QStringLiteral("state"),
    QStringLiteral("owner"),
    QStringLiteral("deadline_at"),
    QStringLiteral("http_status"),
    QStringLiteral("error_kind"),
    QStringLiteral("error_message"),
    QStringLiteral("error_detail"),
    QStringLiteral("sale"),
    QStringLiteral("request"),
    QStringLiteral("answer"),
    QStringLiteral("record"),
    QStringLiteral("intent_id"),
    QStringLiteral("charge_id"),
    QStringLiteral("amount_minor"),
    QStringLiteral("currency"),
    QStringLiteral("status"),
    QStringLiteral("card_brand"),
    QStringLiteral("last4"),
    QStringLiteral("reference"),
    QStringLiteral("receipt_url"),
    QStringLiteral("receipt_number"),
    QStringLiteral("sale_amount_minor"),
    QStringLiteral("client"),
    // Schema 6: a refund is an entry of its own, with the backend's refund id. Its sale
    // (parent_id, an id of the till's journal) goes by the sale's global id: see parentGid.
    QStringLiteral("kind"),
    QStringLiteral("remote_id"),
};

/// The store's id of the copy of a refund's sale, by the sale's global id (forwarded before the
/// refund: entries go in id order, and a refund is written after its sale).
const QString kParentOnStore = QStringLiteral("(SELECT p.id FROM entries p WHERE p.gid = :pgid)");

// The till's bookkeeping, in its journal_meta: what it forwarded last, and to which store.
const QString kEntryCursor = QStringLiteral("forwarded_entry_id");
const QString kEventCursor = QStringLiteral("forwarded_event_id");
const QString kForwardedTo = QStringLiteral("forwarded_store");

/// The class of the store's advisory lock that lets one forwarder of a till write at a time.
constexpr int kForwarderLockClass = 7271;

bool isOutcome(const QString &state)
{
    return state != u"pending" && state != u"unknown";
}

Expected<QString, QString> metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM journal_meta WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), key);
    if (!q.exec())
        return unexpected(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

struct Forwarder::Row
{
    qint64 id = 0;
    QString gid;
    QString parentGid; ///< a refund's sale's global id; empty for a sale
    QString state;
    QList<QVariant> values; ///< kCopied, in order
};

QByteArray Forwarder::digest(const Row &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(row.gid.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(row.parentGid.toUtf8());
    for (const QVariant &v : row.values) {
        // A null and an empty text are told apart.
        hash.addData(QByteArrayView(v.isNull() ? "\1" : "\0", 1));
        hash.addData(v.toString().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

Forwarder::Forwarder(Journal &till, Journal &store, int batch)
    : m_till(till)
    , m_store(store)
    , m_batch(qMax(1, batch))
{ }

ForwardError Forwarder::storeError(const QString &what, const QSqlQuery &q) const
{
    return {true, m_store.sqlError(what, q)};
}

ForwardError Forwarder::tillError(const QString &what, const QSqlQuery &q) const
{
    return {false, m_till.sqlError(what, q)};
}

Expected<void, ForwardError> Forwarder::setCursor(const QString &key, qint64 value)
{
    QSqlQuery q(m_till.db());
    q.prepare(QStringLiteral("INSERT INTO journal_meta (key, value) VALUES (:k, :v) ON CONFLICT "
                             "(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":v"), QString::number(value));
    if (!q.exec())
        return unexpected(tillError(tr("cannot keep what was forwarded"), q));
    return {};
}

Expected<void, ForwardError> Forwarder::setStoreCursor(const QString &column, qint64 value)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE tills SET %1 = :v WHERE journal_id = :till").arg(column));
    q.bindValue(QStringLiteral(":v"), value);
    q.bindValue(QStringLiteral(":till"), m_tillId);
    if (!q.exec())
        return unexpected(storeError(tr("cannot keep what was forwarded"), q));
    return {};
}

Expected<void, ForwardError> Forwarder::catchUp()
{
    // How far the store holds this till's entries and events, as written with its copies. Less
    // than the till's own cursors say (the store restored from a backup, a till journal brought
    // back with cursors the store never had): the till goes back to the store's, and forwards
    // again from there; a copy the store already has is written once all the same.
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT entry_cursor, event_cursor FROM tills WHERE journal_id = "
                             ":till"));
    q.bindValue(QStringLiteral(":till"), m_tillId);
    if (!q.exec())
        return unexpected(storeError(tr("cannot read what was forwarded"), q));
    const bool known = q.next();
    const qint64 storeCursors[2]
        = {known ? q.value(0).toLongLong() : 0, known ? q.value(1).toLongLong() : 0};
    q.finish();
    const QString keys[2] = {kEntryCursor, kEventCursor};
    for (int i = 0; i < 2; ++i) {
        const auto mine = metaValue(m_till.db(), keys[i]);
        if (!mine)
            return unexpected(ForwardError{false, mine.error()});
        if (mine->toLongLong() > storeCursors[i]) {
            qCInfo(lcJournal).noquote()
                << tr("The store %1 holds this till's journal up to %2 %3 only (this till had "
                      "forwarded up to %4): forwarding again from there.")
                       .arg(m_store.displayLocation())
                       .arg(i == 0 ? tr("entry") : tr("event"))
                       .arg(storeCursors[i])
                       .arg(mine->toLongLong());
            if (auto set = setCursor(keys[i], storeCursors[i]); !set)
                return set;
        }
    }
    return {};
}

Expected<void, ForwardError> Forwarder::report(bool forwarded, const Backlog &backlog)
{
    TillState t;
    t.journalId = m_tillId;
    t.name = m_tillName;
    t.backlog = backlog.entries;
    t.oldestWaiting = backlog.oldest;
    if (t.name.isEmpty()) {
        QSqlQuery name(m_till.db());
        if (name.exec(QStringLiteral("SELECT terminal FROM entries ORDER BY id DESC LIMIT 1"))
            && name.next())
            t.name = name.value(0).toString();
    }
    if (t.name.isEmpty())
        t.name = QSysInfo::machineHostName();
    if (auto kept = m_store.reportTill(t, forwarded); !kept)
        return unexpected(ForwardError{true, kept.error()});
    return {};
}

Expected<void, ForwardError> Forwarder::prepare()
{
    const auto tillId = metaValue(m_till.db(), QStringLiteral("journal_id"));
    if (!tillId || tillId->isEmpty())
        return unexpected(ForwardError{
            false, tr("The journal %1 has no journal id.").arg(m_till.displayLocation())});
    m_tillId = *tillId;
    const auto storeId = metaValue(m_store.db(), QStringLiteral("journal_id"));
    if (!storeId)
        return unexpected(ForwardError{true, storeId.error()});
    if (*storeId == m_tillId)
        return unexpected(ForwardError{
            false, tr("The store %1 is this till's own journal.").arg(m_store.displayLocation())});
    // Another store than last time: everything goes to it, from the first entry (a copy it
    // already has is written once all the same).
    const auto last = metaValue(m_till.db(), kForwardedTo);
    if (!last)
        return unexpected(ForwardError{false, last.error()});
    if (*last != *storeId) {
        // The cursors first: a forwarder stopped between the two writes starts over again.
        for (const QString &key : {kEntryCursor, kEventCursor})
            if (auto set = setCursor(key, 0); !set)
                return set;
        QSqlQuery q(m_till.db());
        q.prepare(QStringLiteral("INSERT INTO journal_meta (key, value) VALUES (:k, :v) ON "
                                 "CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":k"), kForwardedTo);
        q.bindValue(QStringLiteral(":v"), *storeId);
        if (!q.exec())
            return unexpected(tillError(tr("cannot keep what was forwarded"), q));
    }
    if (m_store.isPostgres()) {
        // One forwarder of this till writes at a time (a timer's and the window's): a second
        // one waits for the first. The server drops the lock with a killed forwarder's session.
        // Waited for at most 30 s: a session the server still thinks alive (a till cut off
        // from the network) would otherwise hold every later forward of this till.
        QSqlQuery q(m_store.db());
        if (!q.exec(QStringLiteral("SET lock_timeout = '30s'")))
            return unexpected(storeError(tr("cannot take the forwarding lock"), q));
        q.prepare(QStringLiteral("SELECT pg_advisory_lock(:class, hashtext(:till))"));
        q.bindValue(QStringLiteral(":class"), kForwarderLockClass);
        q.bindValue(QStringLiteral(":till"), m_tillId);
        if (!q.exec())
            return unexpected(
                storeError(tr("cannot take the forwarding lock (another forward of this till "
                              "holds it)"),
                           q));
        if (!q.exec(QStringLiteral("RESET lock_timeout")))
            return unexpected(storeError(tr("cannot take the forwarding lock"), q));
    }
    if (auto caught = catchUp(); !caught)
        return caught;
    // What waits on this till, before anything is forwarded: a forward the store loses half-way
    // leaves the store knowing it.
    const auto left = backlog(m_till);
    if (!left)
        return unexpected(ForwardError{false, left.error()});
    return report(false, *left);
}

Expected<QList<Forwarder::Row>, ForwardError> Forwarder::tillRows(const QString &where,
                                                                  const QList<qint64> &ids)
{
    QSqlQuery q(m_till.db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, gid, (SELECT p.gid FROM entries p WHERE p.id = "
                                 "entries.parent_id), ")
        + kCopied.join(QStringLiteral(", ")) + QStringLiteral(" FROM entries WHERE ") + where;
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        sql += QStringLiteral(" IN (") + list.join(u',') + u')';
    }
    sql += QStringLiteral(" ORDER BY id");
    if (ids.isEmpty())
        sql += QStringLiteral(" LIMIT %1").arg(m_batch);
    if (!q.exec(sql))
        return unexpected(tillError(tr("cannot be read for forwarding"), q));
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.gid = q.value(1).toString();
        r.parentGid = q.value(2).toString();
        for (int i = 0; i < kCopied.size(); ++i)
            r.values << q.value(3 + i);
        r.state = r.values.at(kCopied.indexOf(QStringLiteral("state"))).toString();
        rows << r;
    }
    return rows;
}

Expected<Forwarder::Copy, ForwardError> Forwarder::upsert(const Row &row, ForwardCounts &counts)
{
    QSqlDatabase store = m_store.db();
    QStringList names;
    for (int i = 0; i < kCopied.size(); ++i)
        names << QStringLiteral(":c%1").arg(i);
    // Prepared once a run, not once an entry: each preparation is a round trip of its own.
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(store);
        // No conflict target: a copy already there (its gid) is left to the rules below, and an
        // Idempotency-Key another entry of the store already has is refused, not an error that
        // would stop every forward after it.
        if (!m_insert->prepare(
                QStringLiteral("INSERT INTO entries (") + kCopied.join(QStringLiteral(", "))
                + QStringLiteral(", gid, origin, forwarded_state, parent_id) VALUES (")
                + names.join(QStringLiteral(", ")) + QStringLiteral(", :gid, :origin, :fstate, ")
                + kParentOnStore + QStringLiteral(") ON CONFLICT DO NOTHING")))
            return unexpected(storeError(tr("cannot take an entry"), *m_insert));
    }
    QSqlQuery &q = *m_insert;
    for (int i = 0; i < kCopied.size(); ++i)
        q.bindValue(names.at(i), row.values.at(i));
    q.bindValue(QStringLiteral(":pgid"), textOrNull(row.parentGid));
    q.bindValue(QStringLiteral(":gid"), row.gid);
    q.bindValue(QStringLiteral(":origin"), m_tillId);
    q.bindValue(QStringLiteral(":fstate"), row.state);
    if (!q.exec())
        return unexpected(storeError(tr("cannot take an entry"), q));
    if (q.numRowsAffected() == 1) {
        ++counts.entries;
        m_written.insert(row.id, digest(row));
        return Copy::Taken;
    }
    q.finish();
    QSqlQuery now(store);
    now.prepare(QStringLiteral("SELECT id, state, forwarded_state, origin FROM entries WHERE "
                               "gid = :gid")
                + (m_store.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    now.bindValue(QStringLiteral(":gid"), row.gid);
    if (!now.exec())
        return unexpected(storeError(tr("cannot read a copy"), now));
    if (!now.next() || now.value(3).toString() != m_tillId) {
        // Its Idempotency-Key is another entry's in the store (a key typed twice, demo keys
        // of two tills): kept on the till, said, and never written over the other.
        if (!m_refused.contains(row.id)) {
            m_refused.insert(row.id);
            qCWarning(lcJournal).noquote()
                << tr("The store %1 refuses entry %2 of this till: another entry there has its "
                      "Idempotency-Key.")
                       .arg(m_store.displayLocation())
                       .arg(row.id);
            ++counts.refused;
        }
        return Copy::Refused;
    }
    const qint64 storeId = now.value(0).toLongLong();
    const QString storeState = now.value(1).toString();
    const QString forwarded = now.value(2).toString();
    now.finish();
    QSqlQuery u(store);
    if (storeState == forwarded) {
        // The copy is as its till left it: it follows the till.
        QStringList sets;
        for (int i = 0; i < kCopied.size(); ++i)
            sets << kCopied.at(i) + QStringLiteral(" = ") + names.at(i);
        u.prepare(QStringLiteral("UPDATE entries SET ") + sets.join(QStringLiteral(", "))
                  + QStringLiteral(", parent_id = COALESCE(") + kParentOnStore
                  + QStringLiteral(", parent_id), forwarded_state = :fstate WHERE id = :id"));
        for (int i = 0; i < kCopied.size(); ++i)
            u.bindValue(names.at(i), row.values.at(i));
        u.bindValue(QStringLiteral(":pgid"), textOrNull(row.parentGid));
        if (row.state != forwarded)
            ++counts.updated;
        m_written.insert(row.id, digest(row));
    } else {
        // Support moved the copy (a verdict). The till agrees, or knows less (it gets the
        // verdict on the way back), or says another outcome: a conflict for a person, once.
        if (isOutcome(row.state) && row.state != storeState) {
            QSqlQuery c(store);
            c.prepare(QStringLiteral("INSERT INTO events (entry_id, at, kind, state, detail, gid) "
                                     "VALUES (:id, :at, 'conflict', :state, :detail, :gid) ON "
                                     "CONFLICT DO NOTHING"));
            c.bindValue(QStringLiteral(":id"), storeId);
            c.bindValue(QStringLiteral(":at"), nowMs());
            c.bindValue(QStringLiteral(":state"), storeState);
            c.bindValue(QStringLiteral(":detail"),
                        tr("Two outcomes: the till says %1, the store's verdict is %2. Neither "
                           "is written over the other; check the sale with the backend.")
                            .arg(row.state, storeState));
            c.bindValue(QStringLiteral(":gid"),
                        QString(row.gid + QStringLiteral("/conflict/") + row.state));
            if (!c.exec())
                return unexpected(storeError(tr("cannot keep a conflict"), c));
            if (c.numRowsAffected() == 1)
                ++counts.conflicts;
        }
        u.prepare(QStringLiteral("UPDATE entries SET forwarded_state = :fstate WHERE id = :id"));
    }
    u.bindValue(QStringLiteral(":fstate"), row.state);
    u.bindValue(QStringLiteral(":id"), storeId);
    if (!u.exec())
        return unexpected(storeError(tr("cannot update a copy"), u));
    return Copy::Taken;
}

Expected<void, ForwardError> Forwarder::pushEntries(ForwardCounts &counts, bool *more)
{
    const auto cursor = metaValue(m_till.db(), kEntryCursor);
    if (!cursor)
        return unexpected(ForwardError{false, cursor.error()});
    const auto rows = tillRows(QStringLiteral("id > %1").arg(cursor->toLongLong()), {});
    if (!rows)
        return unexpected(rows.error());
    *more = rows->size() == m_batch;
    if (rows->isEmpty())
        return {};
    if (const QSqlError failed = m_store.beginWrite(); failed.isValid())
        return unexpected(ForwardError{true, m_store.sqlError(tr("cannot be written"), failed)});
    for (const Row &row : *rows) {
        if (auto done = upsert(row, counts); !done) {
            m_store.db().rollback();
            return unexpected(done.error());
        }
    }
    // The store's own record of how far it holds this till, in the batch's transaction.
    if (auto kept = setStoreCursor(QStringLiteral("entry_cursor"), rows->last().id); !kept) {
        m_store.db().rollback();
        return kept;
    }
    if (!m_store.db().commit())
        return unexpected(
            ForwardError{true, m_store.sqlError(tr("cannot commit"), m_store.db().lastError())});
    // Only once the store has it: a forwarder stopped before this line forwards it again, and
    // writes nothing twice.
    return setCursor(kEntryCursor, rows->last().id);
}

Expected<void, ForwardError> Forwarder::pushEvents(ForwardCounts &counts, bool *more)
{
    const auto cursor = metaValue(m_till.db(), kEventCursor);
    if (!cursor)
        return unexpected(ForwardError{false, cursor.error()});
    struct Event
    {
        qint64 id, entry;
        QVariant at, kind, state, detail;
    };
    QList<Event> events;
    QList<qint64> entryIds;
    {
        QSqlQuery q(m_till.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, entry_id, at, kind, state, detail FROM events WHERE "
                                 "id > :c ORDER BY id LIMIT :n"));
        q.bindValue(QStringLiteral(":c"), cursor->toLongLong());
        q.bindValue(QStringLiteral(":n"), m_batch);
        if (!q.exec())
            return unexpected(tillError(tr("cannot be read for forwarding"), q));
        while (q.next()) {
            events.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2), q.value(3),
                           q.value(4), q.value(5)});
            if (!entryIds.contains(events.last().entry))
                entryIds << events.last().entry;
        }
    }
    *more = events.size() == m_batch;
    if (events.isEmpty())
        return {};
    const auto rows = tillRows(QStringLiteral("id"), entryIds);
    if (!rows)
        return unexpected(rows.error());
    if (const QSqlError failed = m_store.beginWrite(); failed.isValid())
        return unexpected(ForwardError{true, m_store.sqlError(tr("cannot be written"), failed)});
    const auto fail = [this](const ForwardError &e) {
        m_store.db().rollback();
        return unexpected(e);
    };
    QHash<qint64, QString> gids; // the entries the store took
    for (const Row &row : *rows) {
        // An entry this run already wrote to the store as it is now (the entries of a backlog,
        // then their events): writing it again would change nothing.
        if (const auto it = m_written.constFind(row.id);
            it != m_written.constEnd() && *it == digest(row)) {
            gids.insert(row.id, row.gid);
            continue;
        }
        const auto taken = upsert(row, counts);
        if (!taken)
            return fail(taken.error());
        if (*taken == Copy::Taken)
            gids.insert(row.id, row.gid);
    }
    // The events of the entries the store took, in the till's order, many to a statement (one
    // round trip each, not one an event); each goes by its entry's global id and its own id
    // there, and one the store already has is left as it is.
    QList<const Event *> taken;
    for (const Event &e : std::as_const(events))
        if (gids.contains(e.entry))
            taken << &e;
    constexpr qsizetype kPerStatement = 100;
    for (qsizetype first = 0; first < taken.size(); first += kPerStatement) {
        const qsizetype n = qMin(kPerStatement, taken.size() - first);
        QStringList values;
        for (qsizetype i = 0; i < n; ++i)
            values << QStringLiteral(
                          "(CAST(:a%1 AS BIGINT), CAST(:k%1 AS TEXT), CAST(:s%1 AS TEXT), "
                          "CAST(:d%1 AS TEXT), CAST(:g%1 AS TEXT), CAST(:e%1 AS TEXT), "
                          "%1)")
                          .arg(i);
        QSqlQuery q(m_store.db());
        // column1…column7 of VALUES: at, kind, state, detail, gid, entry's gid, order.
        q.prepare(QStringLiteral("INSERT INTO events (entry_id, at, kind, state, detail, gid) "
                                 "SELECT entries.id, v.column1, v.column2, v.column3, v.column4, "
                                 "v.column5 FROM (VALUES ")
                  + values.join(QStringLiteral(", "))
                  + QStringLiteral(") AS v JOIN entries ON entries.gid = v.column6 WHERE true "
                                   "ORDER BY v.column7 ON CONFLICT DO NOTHING"));
        for (qsizetype i = 0; i < n; ++i) {
            const Event &e = *taken.at(first + i);
            const QString gid = gids.value(e.entry);
            q.bindValue(QStringLiteral(":a%1").arg(i), e.at);
            q.bindValue(QStringLiteral(":k%1").arg(i), e.kind);
            q.bindValue(QStringLiteral(":s%1").arg(i), e.state);
            q.bindValue(QStringLiteral(":d%1").arg(i), e.detail);
            q.bindValue(QStringLiteral(":g%1").arg(i), QString(gid + u'/' + QString::number(e.id)));
            q.bindValue(QStringLiteral(":e%1").arg(i), gid);
        }
        if (!q.exec())
            return fail(storeError(tr("cannot take an event"), q));
        counts.events += qMax(0, q.numRowsAffected());
    }
    if (auto kept = setStoreCursor(QStringLiteral("event_cursor"), events.last().id); !kept)
        return fail(kept.error());
    if (!m_store.db().commit())
        return unexpected(
            ForwardError{true, m_store.sqlError(tr("cannot commit"), m_store.db().lastError())});
    return setCursor(kEventCursor, events.last().id);
}

Expected<int, ForwardError> Forwarder::pullVerdicts(ForwardCounts &counts)
{
    // The copies support settled on the store while their till still said `unknown`.
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT gid, state, http_status, error_kind, error_message, "
                       "error_detail, answer, record, remote_id FROM entries WHERE origin = :till "
                       "AND "
                       "forwarded_state = 'unknown' AND state <> 'unknown' AND state <> 'pending' "
                       "ORDER BY id"));
    q.bindValue(QStringLiteral(":till"), m_tillId);
    if (!q.exec())
        return unexpected(storeError(tr("cannot be asked for verdicts"), q));
    struct Verdict
    {
        QString gid;
        JournalState state;
        AttemptOutcome outcome;
    };
    QList<Verdict> verdicts;
    while (q.next()) {
        const auto state = stateFromName(q.value(1).toString());
        if (!state)
            continue;
        AttemptOutcome o;
        o.state = *state;
        o.httpStatus = q.value(2).toInt();
        o.errorKind = q.value(3).toString();
        o.errorMessage = q.value(4).toString();
        o.errorDetail = q.value(5).toString();
        o.answer = parseJsonText(q.value(6).toString());
        if (const QJsonValue record = parseJsonText(q.value(7).toString()); record.isObject()) {
            o.record = PaymentRecord::fromJson(record.toObject());
            if (o.record)
                o.record->raw = o.answer;
        }
        o.remoteId = q.value(8).toString(); // a refund's id at the backend, found by support
        o.eventKind = QStringLiteral("store-verdict");
        o.eventDetail
            = tr("Settled on the store %1: %2.").arg(m_store.displayLocation(), stateName(*state));
        verdicts.append({q.value(0).toString(), *state, o});
    }
    q.finish();
    int settled = 0;
    for (const Verdict &v : std::as_const(verdicts)) {
        QSqlQuery local(m_till.db());
        local.prepare(QStringLiteral("SELECT id, state FROM entries WHERE gid = :gid"));
        local.bindValue(QStringLiteral(":gid"), v.gid);
        if (!local.exec())
            return unexpected(tillError(tr("cannot be read for a verdict"), local));
        if (!local.next())
            continue;
        const qint64 id = local.value(0).toLongLong();
        const QString state = local.value(1).toString();
        local.finish();
        // Only an entry this till still calls unknown takes the verdict. One it already settled
        // (this verdict, brought back before, or its own outcome) is left as it is: the next
        // forward tells the store, where a different outcome is a conflict.
        if (state != u"unknown")
            continue;
        const auto recorded = m_till.record(id, JournalState::Unknown, v.outcome);
        if (!recorded) {
            if (recorded.error().kind == JournalError::Kind::Conflict)
                continue; // settled here meanwhile; the till's conflict event says so
            return unexpected(ForwardError{false, recorded.error().message});
        }
        ++settled;
        ++counts.verdicts;
    }
    return settled;
}

Expected<void, ForwardError> Forwarder::run(ForwardCounts &counts)
{
    if (auto ready = prepare(); !ready) {
        if (const auto left = waiting(m_till))
            counts.waiting = *left;
        return ready;
    }
    const auto pushAll = [&]() -> Expected<void, ForwardError> {
        for (bool more = true; more;)
            if (auto pushed = pushEntries(counts, &more); !pushed)
                return pushed;
        for (bool more = true; more;)
            if (auto pushed = pushEvents(counts, &more); !pushed)
                return pushed;
        return {};
    };
    const auto finish = [&](Expected<void, ForwardError> result) {
        m_insert.reset(); // before the store's connection may go
        m_written.clear();
        const auto left = backlog(m_till);
        if (left)
            counts.waiting = left->entries;
        if (result) {
            // What is left (refused entries, a sale made meanwhile), and that it forwarded.
            if (!left)
                result = unexpected(ForwardError{false, left.error()});
            else if (auto reported = report(true, *left); !reported)
                result = unexpected(reported.error());
        }
        if (m_store.isPostgres()) {
            QSqlQuery q(m_store.db());
            q.prepare(QStringLiteral("SELECT pg_advisory_unlock(:class, hashtext(:till))"));
            q.bindValue(QStringLiteral(":class"), kForwarderLockClass);
            q.bindValue(QStringLiteral(":till"), m_tillId);
            q.exec();
        }
        return result;
    };
    if (auto pushed = pushAll(); !pushed)
        return finish(pushed);
    const auto pulled = pullVerdicts(counts);
    if (!pulled)
        return finish(unexpected(pulled.error()));
    if (*pulled > 0) // the verdicts' events, and the copies' agreement
        return finish(pushAll());
    return finish({});
}

Expected<Forwarder::Backlog, QString> Forwarder::backlog(Journal &till)
{
    const QSqlDatabase db = till.db();
    const auto entries = metaValue(db, kEntryCursor);
    const auto events = metaValue(db, kEventCursor);
    if (!entries || !events)
        return unexpected(entries ? events.error() : entries.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM entries WHERE id > :e OR "
                             "id IN (SELECT entry_id FROM events WHERE id > :v)"));
    q.bindValue(QStringLiteral(":e"), entries->toLongLong());
    q.bindValue(QStringLiteral(":v"), events->toLongLong());
    if (!q.exec() || !q.next())
        return unexpected(till.sqlError(tr("cannot be counted"), q));
    Backlog backlog;
    backlog.entries = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        backlog.oldest = fromMs(q.value(1));
    return backlog;
}

Expected<qint64, QString> Forwarder::waiting(Journal &till)
{
    const auto left = backlog(till);
    if (!left)
        return unexpected(left.error());
    return left->entries;
}

} // namespace paydesk
