// Forwarding a till's journal to its store, exactly once.
//
// A till writes every sale to its own journal first (the write-ahead log of its sales); the
// store's journal (PostgreSQL, shared by the store's tills) receives copies. The forwarder reads
// what the till wrote since it last forwarded (entries, then events, in the order written, in
// batches), and writes each to the store under its global id (`gid`) with INSERT … ON CONFLICT:
// a forwarder killed at any instant and run again writes nothing twice, because the till's
// cursor moves only after the store has committed a batch, and a batch written twice changes
// nothing.
//
// The rules (docs/architecture.md, "A store"):
//  - the till owns its entries: the store's copy follows the till's state, unless support moved
//    the copy itself (a verdict: the copy's state is no longer the one its till last forwarded);
//  - a verdict on the store comes back to the till and settles its `unknown` entry by compare and
//    set (a `store-verdict` event), never over anything else;
//  - a till's outcome that differs from the store's verdict is a `conflict` event on the store,
//    written once, and neither state is overwritten.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include "core/expected.h"
#include "journal.h"

namespace paydesk {

/// What one forwarding run did.
struct ForwardCounts
{
    qint64 entries = 0; ///< entries new to the store
    qint64 updated = 0; ///< copies brought to the till's newer state
    qint64 events = 0; ///< events new to the store
    int verdicts = 0; ///< the store's verdicts that settled an entry of this till
    int conflicts = 0; ///< new conflicts kept on the store for support
    int refused = 0; ///< entries the store cannot take (their Idempotency-Key is another's)
    qint64 waiting = 0; ///< entries of this till with something not yet forwarded
};

struct ForwardError
{
    bool storeFailed = true; ///< the store failed or went away (else this till's journal did)
    QString message;
};

class Forwarder
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::Forwarder)

public:
    /// Entries (or events) per store transaction.
    static constexpr int kDefaultBatch = 500;

    Forwarder(Journal &till, Journal &store, int batch = kDefaultBatch);
    Q_DISABLE_COPY_MOVE(Forwarder)

    /// Forwards everything not yet forwarded, brings the store's verdicts back, and forwards
    /// again what that changed. `counts` holds what was done, also when it fails half-way.
    Expected<void, ForwardError> run(ForwardCounts &counts);

    /// Entries of `till` with something not yet forwarded to the store it last forwarded to
    /// (every entry when it never forwarded).
    static Expected<qint64, QString> waiting(Journal &till);
    /// What waits on a till: how many entries, and the oldest of them (invalid: none).
    struct Backlog
    {
        qint64 entries = 0;
        QDateTime oldest;
    };
    static Expected<Backlog, QString> backlog(Journal &till);
    /// The name the store shows for this till (its `tills` row): the workplace's terminal. By
    /// default the terminal of the till's newest entry, else the computer's name.
    void setTillName(const QString &name) { m_tillName = name; }

private:
    struct Row;
    Expected<void, ForwardError> prepare();
    Expected<void, ForwardError> pushEntries(ForwardCounts &counts, bool *more);
    Expected<void, ForwardError> pushEvents(ForwardCounts &counts, bool *more);
    Expected<int, ForwardError> pullVerdicts(ForwardCounts &counts);
    Expected<QList<Row>, ForwardError> tillRows(const QString &where, const QList<qint64> &ids);
    /// What became of an entry's copy: written (or already there), or refused by the store
    /// (another entry there has its Idempotency-Key).
    enum class Copy
    {
        Taken,
        Refused
    };
    /// Writes one entry's copy in the store's open transaction.
    Expected<Copy, ForwardError> upsert(const Row &row, ForwardCounts &counts);
    Expected<void, ForwardError> setCursor(const QString &key, qint64 value);
    /// The store's own record of how far it holds this till (its `tills` row), written in the
    /// open store transaction with the batch it counts.
    Expected<void, ForwardError> setStoreCursor(const QString &column, qint64 value);
    /// Moves this till's cursors back to the store's when the store holds less than they say.
    Expected<void, ForwardError> catchUp();
    /// Tells the store what waits on this till (and, when `forwarded`, that it has forwarded).
    Expected<void, ForwardError> report(bool forwarded, const Backlog &backlog);
    ForwardError storeError(const QString &what, const class QSqlQuery &q) const;
    ForwardError tillError(const QString &what, const class QSqlQuery &q) const;
    /// A digest of everything of `row` that is written to the store.
    static QByteArray digest(const Row &row);

    Journal &m_till;
    Journal &m_store;
    int m_batch;
    QString m_tillId; ///< the till journal's journal_id: its copies' origin
    QSet<qint64> m_refused; ///< entries the store refused in this run (counted once)
    QString m_tillName;
    /// What this run wrote to the store for each entry (digest()): its events, forwarded after
    /// it, need not write it again when it has not changed since.
    QHash<qint64, QByteArray> m_written;
    std::unique_ptr<QSqlQuery> m_insert; ///< the copy's insert, prepared once a run
};

} // namespace paydesk
