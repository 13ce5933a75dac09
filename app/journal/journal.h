// The payment journal: every sale attempt is written (and committed) before its request leaves,
// and its outcome after. SQLite in the user's data folder by default; PostgreSQL when the
// location is a postgresql:// URL, so the counters of a store share one journal. The same code
// and the same tests run on both. Nothing is ever deleted by the program.
#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include "core/expected.h"
#include "journalentry.h"

namespace paydesk {

struct NewAttempt
{
    QString terminal, operatorName, profile;
    BackendKind backend = BackendKind::Checkout;
    QString baseUrl;
    bool training = false;
    QString idempotencyKey;
    QJsonObject sale; ///< the sale as sent, redacted
    std::optional<Money> amount;
    QString reference;
    QString client; ///< who the sale is for (saleClient), for the support list
    int timeoutMs = 30000; ///< bounds how long the attempt can stay in flight
    EntryKind kind = EntryKind::SaleEntry;
    qint64 parentId = 0; ///< a refund: its sale, checked by begin() (refundable())
    QString intentId; ///< a refund: the intent it refunds
};

struct AttemptOutcome
{
    JournalState state = JournalState::Unknown;
    int httpStatus = 0;
    QString errorKind, errorMessage, errorDetail;
    QJsonObject httpRequest; ///< redacted
    QJsonValue answer; ///< redacted
    std::optional<PaymentRecord> record;
    QString remoteId; ///< a refund's id at the backend
    QString eventKind = QStringLiteral("outcome");
    QString eventDetail;
};

/// Why a write to the journal did not happen: a typed value for the program to act on, and the
/// sentence for people, which keeps the failing statement's own error.
struct JournalError
{
    enum class Kind
    {
        Statement, ///< a statement failed (disk, server, schema): the message says which and why
        NotFound, ///< no such entry
        Conflict, ///< the entry is not in the state the write expected: another program changed it
        NotAllowed, ///< the entry may not be changed that way (e.g. re-sent without proof)
    };

    explicit JournalError(QString text, Kind k = Kind::Statement)
        : kind(k)
        , message(std::move(text))
    { }
    bool isNotFound() const { return kind == Kind::NotFound; }

    Kind kind;
    QString message;
};

class Journal
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::Journal)

public:
    ~Journal();
    Q_DISABLE_COPY_MOVE(Journal)

    /// Opens (creating and migrating) the journal at `location`: a file path, a
    /// postgresql://user:password@host:port/db URL, or empty for the default file in the user's
    /// data folder. Pending entries left by dead processes become `unknown` on the way.
    static Expected<std::unique_ptr<Journal>, QString> open(const QString &location);
    /// Whether `location` names a PostgreSQL journal (a postgresql:// or postgres:// URL) rather
    /// than a SQLite file.
    static bool isPostgresLocation(const QString &location);
    static QString defaultLocation();

    /// The location without its password, for messages.
    QString displayLocation() const { return m_display; }
    bool isPostgres() const;
    int schemaVersion() const;

    /// Writes a `pending` entry and commits it. Nothing may be sent before this returns an id.
    /// A refund (kind Refund) is written only if, in the same transaction, its sale is paid, no
    /// other refund of it is pending or unknown, and its amount is at most what is left to
    /// refund (refundable()); otherwise NotAllowed, with the figures.
    Expected<qint64, JournalError> begin(const NewAttempt &attempt);
    /// What is left to refund of sale `saleId`: the one place that rule is decided.
    Expected<Refundable, JournalError> refundable(qint64 saleId) const;
    /// Puts a `created` sale back to `pending` to send its confirm (compare-and-set from
    /// created), with a "confirm" event; this process owns it until its outcome is recorded.
    Expected<void, JournalError> beginConfirm(qint64 id, int timeoutMs);
    /// Puts an entry back to `pending` to re-send the same sale under the same Idempotency-Key,
    /// with a "resend" event: a `failed` entry (it provably never arrived, or was refused), or an
    /// `unknown` one when the backend replays a repeated key (`backendReplaysKey`). This process
    /// owns the entry until its outcome is recorded.
    Expected<void, JournalError> resume(qint64 id, int timeoutMs, bool backendReplaysKey = false);
    /// Adds an event to an entry's timeline without changing its state.
    Expected<void, JournalError> note(qint64 id, const QString &kind, const QString &detail);
    /// Records the outcome of an attempt (or of a verification) and its event, only if the entry
    /// is still in the state `expected` (compare and set). When another process changed it
    /// first, nothing is written over it: a "conflict" event keeps what this one would have
    /// written, and the error says what the entry is now. Releases this process's ownership.
    Expected<void, JournalError> record(qint64 id, JournalState expected,
                                        const AttemptOutcome &outcome);

    /// One entry with its heavy fields and timeline. No such entry is a NotFound error; a read
    /// that failed (the database, the disk) is a Statement error with the database's words,
    /// never taken for "not found".
    Expected<JournalEntry, JournalError> entry(qint64 id) const;
    Expected<JournalEntry, JournalError> entryByKey(const QString &idempotencyKey) const;
    /// Newest first; never loads the heavy columns.
    Expected<QList<JournalEntry>, QString> list(const JournalQuery &query) const;
    Expected<qint64, QString> count(const JournalQuery &query) const;
    /// The ids of every entry matching `query` (its limit ignored, beforeId honoured), newest
    /// first: a million of them is 8 MB and one indexed scan, where list() would read rows.
    Expected<QList<qint64>, QString> ids(const JournalQuery &query) const;
    /// Every entry matching `query` (limit ignored), oldest first, one CSV row each, header first.
    Expected<qint64, QString> exportCsv(QIODevice &out, const JournalQuery &query = {}) const;
    Expected<JournalReport, QString> report(const QDate &day) const;
    /// A store's tills as their forwarders last reported them (the `tills` table), by name;
    /// empty on a till's own journal.
    Expected<QList<TillState>, QString> tills() const;
    /// A store's forwarder reports its till's state (Forwarder): name, backlog, the oldest
    /// entry waiting, and, when `forwarded`, that it has just forwarded everything it could.
    Expected<void, QString> reportTill(const TillState &till, bool forwarded);
    /// Listens to what the store announces (PostgreSQL only; NOTIFY from schema 7's triggers):
    /// `entryChanged(id)` for every entry written or changed in it, by anyone, as each
    /// transaction commits, and `tillsChanged()` when a till reports. Both are called on the
    /// thread that uses this journal, from its event loop, while `context` lives. An error on
    /// SQLite (nothing announces there) or when the server refuses.
    Expected<void, QString> listen(QObject *context, std::function<void(qint64 id)> entryChanged,
                                   std::function<void()> tillsChanged);
    /// Whether the connection still stands (one round trip, no table read).
    Expected<void, QString> ping() const;
    /// Synthetic training entries (terminal "DEMO", training=true) for demos and benchmarks
    /// (demodata.cpp).
    Expected<qint64, QString> seedDemo(qint64 count, quint32 seed = 1);
    /// Pending entries whose sender is gone → unknown. Returns how many. Run by open().
    /// A pending entry is left alone while its sender may still be waiting for the answer: on
    /// PostgreSQL while the sender's connection holds the entry's advisory lock or the
    /// database's clock is before its deadline; on SQLite while the sender (same machine, boot
    /// and PID namespace) runs, or, for a sender elsewhere, until a minute past its deadline.
    /// `onlyId` limits it to one entry (verify).
    Expected<int, QString> recoverAbandoned(qint64 onlyId = 0);
    /// Whether this process sends entry `id` right now (it wrote or resumed it, and has not yet
    /// recorded its outcome).
    bool ownsInFlight(qint64 id) const { return m_inFlight.contains(id); }
    /// Literal secrets (the credentials a program sends with) to mask wherever they would be
    /// written: every text column and event of every entry, besides the patterns of
    /// redactText(). Added to those already given.
    void maskSecrets(const QStringList &secrets);
    /// Milliseconds since the epoch on the journal's clock: the database server's for
    /// PostgreSQL (every till compares deadlines on one clock), this computer's for SQLite.
    qint64 clockMs() const;
    /// The journal's clock in SQL, for a deadline computed in the statement that writes it
    /// (no round trip of its own on the way to sending a sale).
    QString clockSql() const;

private:
    friend class Forwarder; // copies this journal's rows to a store (forwarder.cpp)
    Journal() = default;
    QSqlDatabase db() const;
    Expected<void, QString> migrate();
    QString sqlError(const QString &what, const class QSqlQuery &query) const;
    QString sqlError(const QString &what, const class QSqlError &error) const;
    /// The entries created in [start, end) whose sale's own amount differs from the backend's.
    Expected<QList<AmountDifference>, QString> amountDifferences(qint64 start, qint64 end) const;
    /// Each returns the failing statement's own error (invalid when it worked): reported as it
    /// is, never the connection's last error, which another statement may have set.
    QSqlError addEvent(qint64 id, const QString &kind, JournalState state, const QString &detail);
    /// Begins a transaction that will write: on SQLite `BEGIN IMMEDIATE`, so it waits for the
    /// busy timeout instead of failing at once when it later upgrades from reading to writing.
    QSqlError beginWrite();
    /// How reopen() puts an entry back to pending: the SQL condition its row must meet (with
    /// its own binds), the event it adds, and the words for each way it can fail.
    struct Reopening
    {
        QString condition;
        QList<QPair<QString, QVariant>> binds;
        QString eventKind, eventDetail;
        QString refused; ///< the row does not meet the condition
        QString cannotRecord, cannotCommit;
    };
    /// Puts entry `id` back to `pending` for this process (its lock taken, a deadline from now)
    /// by compare-and-set, with an event: what a re-send and a confirm share.
    Expected<void, JournalError> reopen(qint64 id, int timeoutMs, const Reopening &reopening);
    /// PostgreSQL: the session-level advisory lock that says "a live process sends this entry".
    QSqlError lockEntry(qint64 id);
    /// Whether this connection took it or another one holds it (a live sender); an error when
    /// the lock cannot be asked for, never taken for "held". Always taken on SQLite.
    enum class EntryLock
    {
        Taken,
        HeldElsewhere
    };
    Expected<EntryLock, JournalError> tryLockEntry(qint64 id);
    void unlockEntry(qint64 id);
    void releaseInFlight(qint64 id);

    QString m_connection;
    QString m_display;
    QString m_password;
    QStringList m_secrets;
    QSet<qint64> m_inFlight;
};

/// A CSV cell: quoted when needed, and a leading = + - @ defused for spreadsheets.
QString csvCell(const QString &value);

} // namespace paydesk
