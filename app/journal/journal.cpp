#include "journal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include "core/datetext.h"
#include "core/jsonfields.h"
#include "core/redaction.h"
#include "pgconnection.h"
#include "processowner.h"

Q_LOGGING_CATEGORY(lcJournal, "paydesk.journal", QtWarningMsg)

namespace paydesk {
namespace {

constexpr int kSchemaVersion = 3;
/// The class of the advisory locks that say "a live process sends this entry" (PostgreSQL). The
/// two-key form keeps them apart from the migration's one-key lock.
constexpr int kEntryLockClass = 7270;
/// How long past its deadline an attempt of another host may stay pending before it is
/// treated as abandoned (its process cannot still be waiting for an answer by then).
constexpr qint64 kForeignGraceMs = 60'000;
/// How long an SQLite write waits for another program's (the busy timeout).
constexpr int kBusyTimeoutMs = 10'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
    "receipt_number");
const QString kHeavyColumns = QStringLiteral(", sale, request, answer, record");

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
    }
    return e;
}

/// The WHERE clause and its bindings for a query.
struct Where
{
    QString sql;
    QList<QPair<QString, QVariant>> binds;
};

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
                                   "idempotency_key"}) {
            const QString name = QStringLiteral(":s%1").arg(n++);
            any << QLatin1String(column) + QStringLiteral(" = ") + name;
            bind(name, s);
        }
        parts << u'(' + any.join(QStringLiteral(" OR ")) + u')';
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

} // namespace

QString csvCell(const QString &value)
{
    // Most cells need nothing: one look at each character, then the cell as it is.
    const bool defuse = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
    const bool quote = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!defuse && !quote)
        return value;
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

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

qint64 Journal::clockMs() const
{
    if (isPostgres()) {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral(
                "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"))
            && q.next())
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

bool Journal::beginWrite()
{
    QSqlDatabase d = db();
    if (isPostgres())
        return d.transaction();
    QSqlQuery q(d);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Journal::lockEntry(qint64 id)
{
    if (!isPostgres())
        return true;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(:class, :id)"));
    q.bindValue(QStringLiteral(":class"), kEntryLockClass);
    q.bindValue(QStringLiteral(":id"), int(id & 0x7fffffff));
    return q.exec();
}

bool Journal::tryLockEntry(qint64 id)
{
    if (!isPostgres())
        return true;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(:class, :id)"));
    q.bindValue(QStringLiteral(":class"), kEntryLockClass);
    q.bindValue(QStringLiteral(":id"), int(id & 0x7fffffff));
    return q.exec() && q.next() && q.value(0).toBool();
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

Expected<std::unique_ptr<Journal>, QString> Journal::open(const QString &location)
{
    std::unique_ptr<Journal> journal(new Journal);
    journal->m_connection
        = QStringLiteral("paydesk-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString where = location.isEmpty() ? defaultLocation() : location;
    const QUrl url(where);
    const bool postgres = url.scheme() == u"postgresql" || url.scheme() == u"postgres";

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

Expected<bool, QString> Journal::migrate()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    const bool postgres = isPostgres();
    // One migrator at a time: a whole store's terminals may start together. On SQLite the
    // write lock is taken first (BEGIN IMMEDIATE), so a second migrator waits for the first
    // instead of failing when it turns from reading the version to writing.
    if (!beginWrite())
        return unexpected(sqlError(tr("cannot start a migration"), d.lastError()));
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
    const QList<QStringList> migrations{migrationV1(postgres), migrationV2(), migrationV3()};
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
    return true;
}

bool Journal::addEvent(qint64 id, const QString &kind, JournalState state, const QString &detail)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO events (entry_id, at, kind, state, detail) VALUES "
                             "(:id, :at, :kind, :state, :detail)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), nowMs());
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":state"), stateName(state));
    q.bindValue(QStringLiteral(":detail"), textOrNull(redactText(detail, m_secrets)));
    return q.exec();
}

Expected<qint64, QString> Journal::begin(const NewAttempt &a)
{
    QSqlDatabase d = db();
    const qint64 deadline = clockMs() + a.timeoutMs;
    if (!beginWrite())
        return unexpected(sqlError(tr("cannot be written"), d.lastError()));
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "INSERT INTO entries (created_at, updated_at, terminal, operator, profile, backend, "
        "base_url, training, idempotency_key, state, owner, deadline_at, sale, amount_minor, "
        "sale_amount_minor, currency, reference) VALUES (:now, :now2, :terminal, :operator, "
        ":profile, :backend, :base, :training, :key, 'pending', :owner, :deadline, :sale, "
        ":amount, :saleamount, :currency, :ref) RETURNING id"));
    const qint64 now = nowMs();
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":terminal"), required(a.terminal));
    q.bindValue(QStringLiteral(":operator"), required(a.operatorName));
    q.bindValue(QStringLiteral(":profile"), required(a.profile));
    q.bindValue(QStringLiteral(":backend"), backendName(a.backend));
    q.bindValue(QStringLiteral(":base"), textOrNull(redactText(a.baseUrl, m_secrets)));
    q.bindValue(QStringLiteral(":training"), a.training ? 1 : 0);
    q.bindValue(QStringLiteral(":key"), required(a.idempotencyKey));
    q.bindValue(QStringLiteral(":owner"), currentProcessOwner());
    q.bindValue(QStringLiteral(":deadline"), deadline);
    q.bindValue(QStringLiteral(":sale"), jsonText(redactJson(a.sale, m_secrets)));
    q.bindValue(QStringLiteral(":amount"),
                a.amount ? QVariant(a.amount->minor) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":saleamount"),
                a.amount ? QVariant(a.amount->minor) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":currency"),
                a.amount ? QVariant(a.amount->currency) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":ref"), textOrNull(a.reference));
    if (!q.exec() || !q.next()) {
        const QString e = sqlError(tr("cannot record the attempt"), q);
        d.rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The lock is taken before the entry becomes visible, and outlives the transaction: no
    // other till can ever see this entry pending without its sender's lock on it.
    if (!lockEntry(id)) {
        d.rollback();
        return unexpected(sqlError(tr("cannot lock the attempt"), d.lastError()));
    }
    if (!addEvent(id, QStringLiteral("pending"), JournalState::Pending,
                  tr("Written before sending, key %1.").arg(a.idempotencyKey))) {
        d.rollback();
        unlockEntry(id);
        return unexpected(sqlError(tr("cannot record the attempt"), d.lastError()));
    }
    if (!d.commit()) {
        unlockEntry(id);
        return unexpected(sqlError(tr("cannot commit the attempt"), d.lastError()));
    }
    m_inFlight.insert(id);
    return id;
}

Expected<bool, QString> Journal::resume(qint64 id, int timeoutMs, bool backendReplaysKey)
{
    QSqlDatabase d = db();
    const qint64 deadline = clockMs() + timeoutMs;
    if (!beginWrite())
        return unexpected(sqlError(tr("cannot be written"), d.lastError()));
    if (!lockEntry(id)) {
        d.rollback();
        return unexpected(sqlError(tr("cannot lock the attempt"), d.lastError()));
    }
    QSqlQuery q(d);
    // Only `failed` proves that sending again cannot charge twice; `unknown` only when the
    // backend answers a repeated key with the first answer.
    q.prepare(QStringLiteral("UPDATE entries SET state = 'pending', updated_at = :now, owner = "
                             ":owner, deadline_at = :deadline WHERE id = :id AND (state = "
                             "'failed' OR (state = 'unknown' AND :replays = 1))"));
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":owner"), currentProcessOwner());
    q.bindValue(QStringLiteral(":deadline"), deadline);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":replays"), backendReplaysKey ? 1 : 0);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const QString e = q.lastError().isValid()
            ? sqlError(tr("cannot record the resend"), q)
            : (backendReplaysKey
                   ? tr("Journal entry %1 is not unknown or failed: it cannot be sent again.")
                   : tr("Journal entry %1 is not failed: only a sale that provably never "
                        "arrived (or was refused) can be sent again under its key. Verify it "
                        "first."))
                  .arg(id);
        d.rollback();
        unlockEntry(id);
        return unexpected(e);
    }
    if (!addEvent(id, QStringLiteral("resend"), JournalState::Pending,
                  tr("Sent again with the same Idempotency-Key."))) {
        const QString e = sqlError(tr("cannot record the resend"), d.lastError());
        d.rollback();
        unlockEntry(id);
        return unexpected(e);
    }
    if (!d.commit()) {
        const QString e = sqlError(tr("cannot commit the resend"), d.lastError());
        unlockEntry(id);
        return unexpected(e);
    }
    m_inFlight.insert(id);
    return true;
}

Expected<bool, QString> Journal::note(qint64 id, const QString &kind, const QString &detail)
{
    const auto e = entry(id);
    if (!e)
        return unexpected(tr("Journal entry %1 does not exist.").arg(id));
    if (!addEvent(id, kind, e->state, detail))
        return unexpected(sqlError(tr("cannot add to the timeline"), db().lastError()));
    return true;
}

Expected<bool, QString> Journal::record(qint64 id, JournalState expected, const AttemptOutcome &o)
{
    QStringList sets{QStringLiteral("state = :state"), QStringLiteral("updated_at = :now")};
    QList<QPair<QString, QVariant>> binds{{QStringLiteral(":state"), stateName(o.state)},
                                          {QStringLiteral(":now"), nowMs()},
                                          {QStringLiteral(":id"), id},
                                          {QStringLiteral(":expected"), stateName(expected)}};
    const auto set = [&](const char *column, const QVariant &value) {
        const QString name = QStringLiteral(":") + QLatin1String(column);
        sets << QLatin1String(column) + QStringLiteral(" = ") + name;
        // Every text column, masked by the credentials in use too (maskSecrets()).
        const bool text = value.metaType() == QMetaType::fromType<QString>()
            && containsSecret(value.toString(), m_secrets);
        binds.append({name, text ? QVariant(redactText(value.toString(), m_secrets)) : value});
    };
    if (o.httpStatus > 0)
        set("http_status", o.httpStatus);
    // A verification that says nothing new about the error keeps the attempt's.
    if (!o.errorKind.isEmpty() || o.eventKind == u"outcome") {
        set("error_kind", textOrNull(o.errorKind));
        set("error_message", textOrNull(redactText(o.errorMessage)));
        set("error_detail", textOrNull(redactText(o.errorDetail)));
    }
    if (!o.httpRequest.isEmpty())
        set("request", jsonText(redactJson(o.httpRequest, m_secrets)));
    if (!o.answer.isNull() && !o.answer.isUndefined())
        set("answer", jsonText(redactJson(o.answer, m_secrets)));
    if (o.record) {
        PaymentRecord stored = *o.record;
        stored.raw = QJsonValue(); // kept once, in the answer column
        set("record", jsonText(redactJson(stored.toJson(QLocale::c()), m_secrets)));
        const PaymentRecord &r = *o.record;
        set("intent_id", textOrNull(r.intent.id));
        set("status", textOrNull(r.intent.status));
        if (r.intent.amount) {
            set("amount_minor", r.intent.amount->minor);
            set("currency", r.intent.amount->currency);
        }
        if (const Charge *c = r.latestCharge()) {
            set("charge_id", textOrNull(c->id));
            if (c->card) {
                set("card_brand", textOrNull(c->card->brand));
                set("last4", textOrNull(c->card->last4));
            }
        }
        set("receipt_url", textOrNull(r.receipt.url));
        set("receipt_number", textOrNull(r.receipt.number));
    }
    QString detail = o.eventDetail;
    if (detail.isEmpty())
        detail = o.errorDetail.isEmpty() ? stateName(o.state) : o.errorDetail;
    QSqlDatabase d = db();
    if (!beginWrite())
        return unexpected(sqlError(tr("cannot be written"), d.lastError()));
    QSqlQuery q(d);
    q.prepare(QStringLiteral("UPDATE entries SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = :id AND state = :expected"));
    for (const auto &[name, value] : std::as_const(binds))
        q.bindValue(name, value);
    if (!q.exec()) {
        const QString e = sqlError(tr("cannot record the outcome"), q);
        d.rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() != 1) {
        // Someone else changed the entry first: say so, keep what this outcome was, and leave
        // theirs as it is.
        QSqlQuery now(d);
        now.prepare(QStringLiteral("SELECT state FROM entries WHERE id = :id"));
        now.bindValue(QStringLiteral(":id"), id);
        if (!now.exec() || !now.next()) {
            const QString e = now.lastError().isValid()
                ? sqlError(tr("cannot record the outcome"), now)
                : tr("Journal entry %1 does not exist.").arg(id);
            d.rollback();
            return unexpected(e);
        }
        const JournalState actual
            = stateFromName(now.value(0).toString()).value_or(JournalState::Unknown);
        now.finish();
        const QString lost = tr("Not written: the entry was %1 when this %2 (%3: %4) came, not %5.")
                                 .arg(stateName(actual), o.eventKind, stateName(o.state), detail,
                                      stateName(expected));
        if (!addEvent(id, QStringLiteral("conflict"), actual, lost)) {
            const QString e = sqlError(tr("cannot record the conflict"), d.lastError());
            d.rollback();
            return unexpected(e);
        }
        if (!d.commit())
            return unexpected(sqlError(tr("cannot commit the conflict"), d.lastError()));
        releaseInFlight(id);
        return unexpected(tr("Journal entry %1 is now %2, not %3: another program changed it "
                             "first, and this %4 was not written over it.")
                              .arg(id)
                              .arg(stateName(actual), stateName(expected), o.eventKind));
    }
    if (!addEvent(id, o.eventKind, o.state, detail)) {
        const QString e = sqlError(tr("cannot record the outcome"), d.lastError());
        d.rollback();
        return unexpected(e);
    }
    if (!d.commit())
        return unexpected(sqlError(tr("cannot commit the outcome"), d.lastError()));
    if (o.state != JournalState::Pending)
        releaseInFlight(id);
    return true;
}

Expected<int, QString> Journal::recoverAbandoned(qint64 onlyId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, owner, deadline_at FROM entries WHERE state = 'pending'")
              + (onlyId > 0 ? QStringLiteral(" AND id = :id") : QString()));
    if (onlyId > 0)
        q.bindValue(QStringLiteral(":id"), onlyId);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be read"), q));
    struct Pending
    {
        qint64 id;
        QString owner;
        qint64 deadline;
    };
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    if (pending.isEmpty())
        return 0;
    const bool postgres = isPostgres();
    const qint64 now = clockMs();
    int recovered = 0;
    for (const Pending &p : std::as_const(pending)) {
        if (m_inFlight.contains(p.id))
            continue; // this very process is sending it
        bool locked = false;
        if (postgres) {
            // The sender holds the entry's lock for as long as its connection lives: a lock
            // taken here proves it is gone. Its deadline, on the server's clock, must also
            // have passed: a sender whose connection dropped may still be waiting.
            if (now <= p.deadline || !tryLockEntry(p.id))
                continue;
            locked = true;
        } else {
            const OwnerState state = ownerState(p.owner);
            const bool gone = state == OwnerState::Dead
                || (state == OwnerState::ElsewhereOrUnknown && now > p.deadline + kForeignGraceMs);
            if (!gone)
                continue;
        }
        QSqlDatabase d = db();
        if (!beginWrite()) {
            const QString e = sqlError(tr("cannot recover an abandoned entry"), d.lastError());
            if (locked)
                unlockEntry(p.id);
            return unexpected(e);
        }
        QSqlQuery u(d);
        u.prepare(QStringLiteral(
            "UPDATE entries SET state = 'unknown', updated_at = :now, error_kind = 'abandoned', "
            "error_message = :message WHERE id = :id AND state = 'pending' AND owner = :owner"));
        u.bindValue(QStringLiteral(":now"), nowMs());
        u.bindValue(QStringLiteral(":message"),
                    tr("The program that sent this sale stopped before it had an answer. The "
                       "payment may have gone through: verify before trying again."));
        u.bindValue(QStringLiteral(":id"), p.id);
        u.bindValue(QStringLiteral(":owner"), p.owner);
        QString failure;
        if (!u.exec()) {
            failure = sqlError(tr("cannot recover an abandoned entry"), u);
        } else if (u.numRowsAffected() == 1) { // another process may have recovered it first
            if (!addEvent(
                    p.id, QStringLiteral("recovered"), JournalState::Unknown,
                    tr("Left pending by %1, which is gone.").arg(p.owner.section(u'|', 0, 1))))
                failure = sqlError(tr("cannot recover an abandoned entry"), d.lastError());
            else
                ++recovered;
        }
        if (!failure.isEmpty()) {
            d.rollback();
        } else if (!d.commit()) {
            failure = sqlError(tr("cannot commit a recovered entry"), d.lastError());
        }
        if (locked)
            unlockEntry(p.id);
        if (!failure.isEmpty())
            return unexpected(failure);
    }
    if (recovered > 0)
        qCWarning(lcJournal) << recovered << "abandoned pending entries are now unknown";
    return recovered;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kLightColumns + kHeavyColumns
              + QStringLiteral(" FROM entries WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    JournalEntry e = readEntry(q, true);
    QSqlQuery ev(db());
    ev.prepare(QStringLiteral(
        "SELECT at, kind, state, detail FROM events WHERE entry_id = :id ORDER BY id"));
    ev.bindValue(QStringLiteral(":id"), id);
    if (ev.exec())
        while (ev.next())
            e.events.append(
                JournalEvent{fromMs(ev.value(0)), ev.value(1).toString(),
                             stateFromName(ev.value(2).toString()).value_or(JournalState::Unknown),
                             ev.value(3).toString()});
    return e;
}

std::optional<JournalEntry> Journal::entryByKey(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM entries WHERE idempotency_key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return std::nullopt;
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

Expected<qint64, QString> Journal::exportCsv(QIODevice &out, const JournalQuery &query) const
{
    const Where w = whereFor(query, false);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kLightColumns + QStringLiteral(" FROM entries") + w.sql
              + QStringLiteral(" ORDER BY id"));
    bindAll(q, w);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be exported"), q));
    out.write("id,created_at,terminal,operator,profile,backend,training,state,amount,currency,"
              "intent_id,charge_id,status,card_brand,last4,reference,receipt_number,receipt_url,"
              "http_status,error_kind,error_message,idempotency_key\n");
    qint64 rows = 0;
    QString line;
    QByteArray buffer;
    const auto flush = [&] {
        const bool ok = out.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    while (q.next()) {
        const JournalEntry e = readEntry(q, false);
        line.clear();
        const QStringList cells{
            QString::number(e.id),
            formatIsoUtc(e.createdAt),
            e.terminal,
            e.operatorName,
            e.profile,
            backendName(e.backend),
            e.training ? QStringLiteral("yes") : QStringLiteral("no"),
            stateName(e.state),
            e.amount ? toDecimalString(e.amount->minor, e.amount->currency) : QString(),
            e.amount ? e.amount->currency : QString(),
            e.intentId,
            e.chargeId,
            e.status,
            e.cardBrand,
            e.last4,
            e.reference,
            e.receiptNumber,
            e.receiptUrl,
            e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(),
            e.errorKind,
            e.errorMessage,
            e.idempotencyKey,
        };
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += csvCell(cells.at(i));
        }
        line += u'\n';
        buffer += line.toUtf8();
        if (buffer.size() > (1 << 16) && !flush())
            return unexpected(tr("Cannot write the export: %1").arg(out.errorString()));
        ++rows;
    }
    if (!flush())
        return unexpected(tr("Cannot write the export: %1").arg(out.errorString()));
    return rows;
}

Expected<JournalReport, QString> Journal::report(const QDate &day) const
{
    JournalReport r;
    r.day = day;
    const qint64 start = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT state, COALESCE(currency, ''), backend, COUNT(*), COALESCE(SUM(amount_minor), 0) "
        "FROM entries WHERE created_at >= :start AND created_at < :end "
        "GROUP BY state, currency, backend ORDER BY state, currency, backend"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    while (q.next())
        r.rows.append(
            ReportRow{stateFromName(q.value(0).toString()).value_or(JournalState::Unknown),
                      q.value(1).toString(),
                      backendFromName(q.value(2).toString()).value_or(BackendKind::Checkout),
                      q.value(3).toLongLong(), q.value(4).toLongLong()});
    r.takingsPerHour = QList<qint64>(24, 0);
    q.prepare(QStringLiteral(
        "SELECT (created_at - :start) / 3600000, COUNT(*) FROM entries WHERE state = 'succeeded' "
        "AND created_at >= :start2 AND created_at < :end GROUP BY 1"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":start2"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    // Hours are counted from midnight, then named by the clock: on a day the clocks change, the
    // 23 or 25 hours since midnight still fall on the hours the cashier's clock showed.
    while (q.next()) {
        const qint64 elapsed = q.value(0).toLongLong();
        const int hour = QDateTime::fromMSecsSinceEpoch(start + elapsed * 3600000).time().hour();
        r.takingsPerHour[hour] += q.value(1).toLongLong();
    }
    if (auto differences = amountDifferences(start, end); differences)
        r.amountDifferences = *differences;
    else
        return unexpected(differences.error());
    return r;
}

Expected<QList<AmountDifference>, QString> Journal::amountDifferences(qint64 start,
                                                                      qint64 end) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, COALESCE(reference, ''), COALESCE(currency, ''), sale_amount_minor, "
        "amount_minor FROM entries WHERE created_at >= :start AND created_at < :end AND "
        "sale_amount_minor IS NOT NULL AND amount_minor IS NOT NULL AND sale_amount_minor <> "
        "amount_minor ORDER BY id"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    QList<AmountDifference> out;
    while (q.next())
        out.append(AmountDifference{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toLongLong(),
                                    q.value(4).toLongLong()});
    return out;
}

Expected<qint64, QString> Journal::seedDemo(qint64 count, quint32 seed)
{
    QRandomGenerator random(seed);
    QSqlDatabase d = db();
    const qint64 now = nowMs();
    const qint64 span = 30LL * 24 * 3600 * 1000; // the last 30 days
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const auto token = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(alphabet[random.bounded(62)]);
        return s;
    };
    const BackendKind backends[]
        = {BackendKind::Checkout, BackendKind::Dots, BackendKind::Ocho, BackendKind::Offer};
    const char *currencies[] = {"mxn", "usd", "usd", "gbp"};
    const char *brands[] = {"visa", "mastercard", "amex", "discover"};
    qint64 written = 0;
    const qint64 batch = 10000;
    QSqlQuery q(d);
    while (written < count) {
        if (!beginWrite())
            return unexpected(sqlError(tr("cannot be written"), d.lastError()));
        q.prepare(QStringLiteral(
            "INSERT INTO entries (created_at, updated_at, terminal, operator, profile, backend, "
            "training, idempotency_key, state, owner, deadline_at, sale, intent_id, charge_id, "
            "amount_minor, currency, status, card_brand, last4, reference, receipt_number) VALUES "
            "(:c, :u, 'DEMO', 'demo', 'training', :backend, 1, :key, :state, 'seed', :c2, "
            "'{\"demo\":true}', :intent, :charge, :amount, :currency, :status, :brand, :last4, "
            ":ref, :receipt)"));
        const qint64 end = qMin(count, written + batch);
        for (qint64 i = written; i < end; ++i) {
            const qint64 created = now - span + (span * i) / qMax<qint64>(1, count);
            const int b = int(random.bounded(4));
            const int roll = int(random.bounded(100));
            const JournalState state = roll < 80 ? JournalState::Succeeded
                : roll < 88                      ? JournalState::Created
                : roll < 93                      ? JournalState::Declined
                : roll < 97                      ? JournalState::Failed
                                                 : JournalState::Unknown;
            const bool charged = backends[b] == BackendKind::Checkout
                && (state == JournalState::Succeeded || state == JournalState::Declined);
            q.bindValue(QStringLiteral(":c"), created);
            q.bindValue(QStringLiteral(":u"), created + 800);
            q.bindValue(QStringLiteral(":c2"), created + 30000);
            q.bindValue(QStringLiteral(":backend"), backendName(backends[b]));
            q.bindValue(QStringLiteral(":key"), QStringLiteral("demo-%1-%2").arg(seed).arg(i));
            q.bindValue(QStringLiteral(":state"), stateName(state));
            q.bindValue(QStringLiteral(":intent"), QString(QStringLiteral("pi_demo") + token(17)));
            q.bindValue(QStringLiteral(":charge"),
                        charged ? QVariant(QString(QStringLiteral("ch_demo") + token(17)))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":amount"), qint64(random.bounded(100, 500000)) / 10 * 10);
            q.bindValue(QStringLiteral(":currency"), QLatin1String(currencies[b]));
            q.bindValue(QStringLiteral(":status"), stateName(state));
            q.bindValue(QStringLiteral(":brand"),
                        charged ? QVariant(QLatin1String(brands[random.bounded(4)]))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":last4"),
                        charged ? QVariant(
                            QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QChar(u'0')))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":ref"),
                        QStringLiteral("DEMO-%1").arg(i, 7, 10, QChar(u'0')));
            q.bindValue(QStringLiteral(":receipt"),
                        charged && state == JournalState::Succeeded
                            ? QVariant(QStringLiteral("%1-%2")
                                           .arg(1000 + (i / 10000))
                                           .arg(i % 10000, 4, 10, QChar(u'0')))
                            : QVariant(QMetaType::fromType<QString>()));
            if (!q.exec()) {
                const QString e = sqlError(tr("cannot be seeded"), q);
                d.rollback();
                return unexpected(e);
            }
        }
        if (!d.commit())
            return unexpected(sqlError(tr("cannot commit the seed"), d.lastError()));
        written = end;
    }
    return written;
}

} // namespace paydesk
