#include "journalsql.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include "core/clock.h"
#include "core/jsonfields.h"

Q_LOGGING_CATEGORY(lcJournal, "paydesk.journal", QtWarningMsg)

namespace paydesk::journalsql {
qint64 nowMs()
{
    return Clock::nowMs();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isNull() || v.isUndefined())
        return QString();
    return compactJson(v);
}

QJsonValue parseJsonText(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    return QJsonDocument::fromJson(wrapped).array().first();
}

/// A required text column: Qt binds a null QString as SQL NULL, so make it an empty string.
QString required(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Creates the folders of `path` that are missing with mode 0700 (only this user may list or
/// enter them), never wider first.
bool makePrivateFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QString built;
    const QStringList parts = clean.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        built += u'/' + part;
        if (QFileInfo(built).isDir())
            continue;
        if (::mkdir(QFile::encodeName(built).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    return QFileInfo(clean).isDir();
}

/// Creates `path` with mode 0600 if it does not exist; an error text, or empty.
QString createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return QString();
}

// Columns read for lists (light) and for one entry (everything).
const QString kLightColumns = QStringLiteral(
    "id, created_at, updated_at, terminal, operator, profile, backend, base_url, training, "
    "idempotency_key, state, http_status, error_kind, error_message, error_detail, intent_id, "
    "charge_id, amount_minor, currency, status, card_brand, last4, reference, receipt_url, "
    "receipt_number, client, kind, parent_id, remote_id");
const QString kHeavyColumns = QStringLiteral(", sale, request, answer, record, deadline_at");

JournalEntry readEntry(const QSqlQuery &q, bool heavy)
{
    JournalEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.createdAt = fromMs(q.value(i++));
    e.updatedAt = fromMs(q.value(i++));
    e.terminal = q.value(i++).toString();
    e.operatorName = q.value(i++).toString();
    e.profile = q.value(i++).toString();
    e.backend = backendFromName(q.value(i++).toString()).value_or(BackendKind::Checkout);
    e.baseUrl = q.value(i++).toString();
    e.training = q.value(i++).toInt() != 0;
    e.idempotencyKey = q.value(i++).toString();
    e.state = stateFromName(q.value(i++).toString()).value_or(JournalState::Unknown);
    e.httpStatus = q.value(i++).toInt();
    e.errorKind = q.value(i++).toString();
    e.errorMessage = q.value(i++).toString();
    e.errorDetail = q.value(i++).toString();
    e.intentId = q.value(i++).toString();
    e.chargeId = q.value(i++).toString();
    const QVariant amount = q.value(i++);
    const QString currency = q.value(i++).toString();
    if (!amount.isNull())
        e.amount = Money{amount.toLongLong(), currency};
    e.status = q.value(i++).toString();
    e.cardBrand = q.value(i++).toString();
    e.last4 = q.value(i++).toString();
    e.reference = q.value(i++).toString();
    e.receiptUrl = q.value(i++).toString();
    e.receiptNumber = q.value(i++).toString();
    e.client = q.value(i++).toString();
    e.kind = kindFromName(q.value(i++).toString()).value_or(EntryKind::SaleEntry);
    e.parentId = q.value(i++).toLongLong();
    e.remoteId = q.value(i++).toString();
    if (heavy) {
        e.request = QJsonObject{{QStringLiteral("sale"), parseJsonText(q.value(i++).toString())},
                                {QStringLiteral("http"), parseJsonText(q.value(i++).toString())}};
        e.answer = parseJsonText(q.value(i++).toString());
        const QJsonValue record = parseJsonText(q.value(i++).toString());
        if (record.isObject()) {
            e.record = PaymentRecord::fromJson(record.toObject());
            if (e.record)
                e.record->raw = e.answer; // stored once, in the answer column
        }
        e.deadlineAt = fromMs(q.value(i++));
    }
    return e;
}

Where whereFor(const JournalQuery &q, bool paging)
{
    QStringList parts;
    Where w;
    const auto bind = [&](const QString &name, const QVariant &value) {
        w.binds.append({name, value});
    };
    if (q.state) {
        parts << QStringLiteral("state = :state");
        bind(QStringLiteral(":state"), stateName(*q.state));
    }
    if (q.backend) {
        parts << QStringLiteral("backend = :backend");
        bind(QStringLiteral(":backend"), backendName(*q.backend));
    }
    if (!q.currency.isEmpty()) {
        parts << QStringLiteral("currency = :currency");
        bind(QStringLiteral(":currency"), q.currency.toLower());
    }
    if (const QString s = q.search.trimmed(); !s.isEmpty()) {
        QStringList any;
        int n = 0;
        for (const char *column : {"intent_id", "charge_id", "last4", "reference", "receipt_number",
                                   "idempotency_key", "client", "remote_id"}) {
            const QString name = QStringLiteral(":s%1").arg(n++);
            any << QLatin1String(column) + QStringLiteral(" = ") + name;
            bind(name, s);
        }
        parts << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (q.kind) {
        parts << QStringLiteral("kind = :kind");
        bind(QStringLiteral(":kind"), kindName(*q.kind));
    }
    if (q.parentId > 0) {
        parts << QStringLiteral("parent_id = :parent");
        bind(QStringLiteral(":parent"), q.parentId);
    }
    if (q.from.isValid()) {
        parts << QStringLiteral("created_at >= :from");
        bind(QStringLiteral(":from"), q.from.toMSecsSinceEpoch());
    }
    if (q.to.isValid()) {
        parts << QStringLiteral("created_at < :to");
        bind(QStringLiteral(":to"), q.to.toMSecsSinceEpoch());
    }
    if (q.minAmount) {
        parts << QStringLiteral("amount_minor >= :minamount");
        bind(QStringLiteral(":minamount"), *q.minAmount);
    }
    if (q.maxAmount) {
        parts << QStringLiteral("amount_minor <= :maxamount");
        bind(QStringLiteral(":maxamount"), *q.maxAmount);
    }
    if (!q.onlyIds.isEmpty()) {
        QStringList ids; // numbers: written as they are, one statement whatever their count
        for (const qint64 id : q.onlyIds)
            ids << QString::number(id);
        parts << QStringLiteral("id IN (") + ids.join(u',') + u')';
    }
    if (paging && q.beforeId > 0) {
        parts << QStringLiteral("id < :before");
        bind(QStringLiteral(":before"), q.beforeId);
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

void bindAll(QSqlQuery &q, const Where &w)
{
    for (const auto &[name, value] : w.binds)
        q.bindValue(name, value);
}

QStringList migrationV1(bool postgres)
{
    const QString id = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    return {
        QStringLiteral("CREATE TABLE entries ("
                       " id %1,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " terminal TEXT NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " profile TEXT NOT NULL,"
                       " backend TEXT NOT NULL,"
                       " base_url TEXT,"
                       " training INTEGER NOT NULL DEFAULT 0,"
                       " idempotency_key TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " owner TEXT NOT NULL,"
                       " deadline_at BIGINT NOT NULL,"
                       " http_status INTEGER,"
                       " error_kind TEXT, error_message TEXT, error_detail TEXT,"
                       " sale TEXT NOT NULL, request TEXT, answer TEXT, record TEXT,"
                       " intent_id TEXT, charge_id TEXT, amount_minor BIGINT, currency TEXT,"
                       " status TEXT, card_brand TEXT, last4 TEXT, reference TEXT,"
                       " receipt_url TEXT, receipt_number TEXT)")
            .arg(id),
        QStringLiteral("CREATE TABLE events ("
                       " id %1,"
                       " entry_id BIGINT NOT NULL REFERENCES entries(id),"
                       " at BIGINT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " detail TEXT)")
            .arg(id),
        QStringLiteral("CREATE INDEX events_entry ON events(entry_id)"),
        QStringLiteral("CREATE INDEX entries_created ON entries(created_at)"),
        QStringLiteral("CREATE INDEX entries_state ON entries(state)"),
        QStringLiteral("CREATE INDEX entries_intent ON entries(intent_id)"),
        QStringLiteral("CREATE INDEX entries_charge ON entries(charge_id)"),
        QStringLiteral("CREATE INDEX entries_last4 ON entries(last4)"),
        QStringLiteral("CREATE INDEX entries_reference ON entries(reference)"),
        QStringLiteral("CREATE INDEX entries_receipt ON entries(receipt_number)"),
        QStringLiteral("CREATE UNIQUE INDEX entries_key ON entries(idempotency_key)"),
    };
}

/// Version 2: the support view filters by amount range; without an index that scans the table.
QStringList migrationV2()
{
    return {QStringLiteral("CREATE INDEX entries_amount ON entries(amount_minor)")};
}

/// Version 3: the sale's own amount, kept beside the backend's (amount_minor), so the end of day
/// can show where they differ. Entries written before it have none.
QStringList migrationV3()
{
    return {QStringLiteral("ALTER TABLE entries ADD COLUMN sale_amount_minor BIGINT")};
}

/// Version 4: who the sale is for (Checkout's client, Dots' customer, Ocho's DID), for the
/// support list and its search; entries written before it get theirs from the sale they kept.
QStringList migrationV4(bool postgres)
{
    const QString field = postgres ? QStringLiteral("(sale::json ->> '%1')")
                                   : QStringLiteral("json_extract(sale, '$.%1')");
    return {
        QStringLiteral("ALTER TABLE entries ADD COLUMN client TEXT"),
        QStringLiteral("UPDATE entries SET client = CASE backend WHEN 'checkout' THEN %1 "
                       "WHEN 'dots' THEN %2 WHEN 'ocho' THEN %3 END")
            .arg(field.arg(QStringLiteral("client")), field.arg(QStringLiteral("customer_id")),
                 field.arg(QStringLiteral("iss"))),
        QStringLiteral("CREATE INDEX entries_client ON entries(client)"),
    };
}

QString newGlobalId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Version 5: a store. Every entry gets a global id (`gid`, a UUID) kept in the till's journal
/// and in the store's copy, so forwarding it twice writes it once; a copy names the journal it
/// came from (`origin`, that journal's `journal_id`; empty for an entry written here) and the
/// state its till last forwarded (`forwarded_state`); an event copied to the store carries a
/// global id too. Entries written before it get a random global id; the journal gets its id.
QStringList migrationV5(bool postgres)
{
    // SQLite has no UUID function: 16 random bytes in the same 8-4-4-4-12 shape.
    const QString random = postgres
        ? QStringLiteral("gen_random_uuid()::text")
        : QStringLiteral("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || "
                         "hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || "
                         "hex(randomblob(6)))");
    return {
        QStringLiteral("ALTER TABLE entries ADD COLUMN gid TEXT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN origin TEXT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN forwarded_state TEXT"),
        QStringLiteral("ALTER TABLE events ADD COLUMN gid TEXT"),
        QStringLiteral("UPDATE entries SET gid = %1").arg(random),
        QStringLiteral("CREATE UNIQUE INDEX entries_gid ON entries(gid)"),
        QStringLiteral("CREATE INDEX entries_origin ON entries(origin)"),
        QStringLiteral("CREATE UNIQUE INDEX events_gid ON events(gid)"),
        QStringLiteral("INSERT INTO journal_meta (key, value) VALUES ('journal_id', '%1')")
            .arg(newGlobalId()),
    };
}

/// Version 6: refunds are entries of their own (kind 'refund'), linked to their sale (parent_id),
/// with the backend's refund id (remote_id) once known. Every entry written before is a sale.
QStringList migrationV6()
{
    return {
        QStringLiteral("ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'sale'"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN parent_id BIGINT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN remote_id TEXT"),
        QStringLiteral("CREATE INDEX entries_parent ON entries(parent_id)"),
        QStringLiteral("CREATE INDEX entries_remote ON entries(remote_id)"),
    };
}

/// Version 7: the store, live. Each till's forwarding state (`tills`, one row a till, written by
/// its forwarder: when it last reported and forwarded, what still waits on it and since when,
/// and how far the store holds its entries and events, written with each batch's copies),
/// and, on PostgreSQL, triggers that announce every entry written or changed (NOTIFY
/// paydesk_entries, the entry's id, global id and state as JSON) and every till's new state
/// (NOTIFY paydesk_tills, its journal id), whoever wrote it: a till's forwarder, support settling a
/// copy on the store, a program writing to the store directly. A notification is sent when the
/// transaction commits, never for one rolled back.
QStringList migrationV7(bool postgres)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE tills ("
                       " journal_id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " reported_at BIGINT NOT NULL,"
                       " forwarded_at BIGINT,"
                       " backlog BIGINT NOT NULL DEFAULT 0,"
                       " oldest_waiting_at BIGINT,"
                       " entry_cursor BIGINT NOT NULL DEFAULT 0,"
                       " event_cursor BIGINT NOT NULL DEFAULT 0)"),
    };
    if (!postgres)
        return sql;
    sql << QStringLiteral(
               "CREATE FUNCTION paydesk_entry_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
               "BEGIN PERFORM pg_notify('%1', json_build_object('id', NEW.id, 'gid', NEW.gid, "
               "'state', NEW.state)::text); RETURN NULL; END $fn$")
               .arg(QLatin1String(kEntriesChannel))
        << QStringLiteral("CREATE TRIGGER entries_written AFTER INSERT ON entries FOR EACH ROW "
                          "EXECUTE FUNCTION paydesk_entry_changed()")
        // A forward that writes a copy again as it was (its events' batch) changes nothing
        // anybody sees: no notification.
        << QStringLiteral("CREATE TRIGGER entries_changed AFTER UPDATE ON entries FOR EACH ROW "
                          "WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.updated_at IS "
                          "DISTINCT FROM NEW.updated_at) EXECUTE FUNCTION paydesk_entry_changed()")
        << QStringLiteral(
               "CREATE FUNCTION paydesk_till_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
               "BEGIN PERFORM pg_notify('%1', NEW.journal_id); RETURN NULL; END $fn$")
               .arg(QLatin1String(kTillsChannel))
        << QStringLiteral("CREATE TRIGGER tills_changed AFTER INSERT OR UPDATE ON tills FOR EACH "
                          "ROW EXECUTE FUNCTION paydesk_till_changed()");
    return sql;
}

/// Version 8: what every till's forward asks the store each turn, the verdicts support reached on
/// its copies (Forwarder::pullVerdicts), found by a partial index of only those copies: without
/// it the store read every copy of the till (its `origin`), half a second a turn on a store of a
/// million entries, seconds on one of ten million (bench_store). On PostgreSQL the statistics
/// of state and forwarded_state together tell the planner how few such copies there are: from
/// each column alone it guessed thousands, and started parallel workers to find none.
QStringList migrationV8(bool postgres)
{
    QStringList steps{QStringLiteral("CREATE INDEX entries_verdicts ON entries(origin, id) WHERE "
                                     "forwarded_state = 'unknown' AND state <> 'unknown' AND "
                                     "state <> 'pending'")};
    if (postgres)
        steps << QStringLiteral("CREATE STATISTICS entries_states (mcv) ON state, "
                                "forwarded_state FROM entries");
    return steps;
}

} // namespace paydesk::journalsql
