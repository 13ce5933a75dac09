// The journal's internals shared by its parts (journalstore.cpp: open and migrate;
// journalwrites.cpp: attempts, outcomes, recovery; journalreads.cpp: entries and queries;
// journalexport.cpp: CSV, report): constants, column lists, row reading, the query's WHERE
// clause and value conversions. Not part of the journal's interface.
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "journalentry.h"

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

namespace paydesk::journalsql {

inline constexpr int kSchemaVersion = 8;
/// The class of the advisory locks that say "a live process sends this entry" (PostgreSQL). The
/// two-key form keeps them apart from the migration's one-key lock.
inline constexpr int kEntryLockClass = 7270;
/// The store's notifications (PostgreSQL, schema 7's triggers): an entry written or changed (its
/// id, global id and state as JSON), a till's forwarding state written (its journal id).
inline constexpr char kEntriesChannel[] = "paydesk_entries";
inline constexpr char kTillsChannel[] = "paydesk_tills";
/// How long past its deadline an attempt of another host may stay pending before it is
/// treated as abandoned (its process cannot still be waiting for an answer by then).
inline constexpr qint64 kForeignGraceMs = 60'000;
/// How long an SQLite write waits for another program's (the busy timeout).
inline constexpr int kBusyTimeoutMs = 10'000;

qint64 nowMs();
QDateTime fromMs(const QVariant &v);
QString jsonText(const QJsonValue &v);
QJsonValue parseJsonText(const QString &text);
/// A required text column: Qt binds a null QString as SQL NULL, so make it an empty string.
QString required(const QString &s);
QVariant textOrNull(const QString &s);
/// Creates the folders of `path` that are missing with mode 0700, never wider first.
bool makePrivateFolder(const QString &path);
/// Creates `path` with mode 0600 if it does not exist; an error text, or empty.
QString createPrivateFile(const QString &path);

/// Columns read for lists (light) and for one entry (everything).
extern const QString kLightColumns;
extern const QString kHeavyColumns;
JournalEntry readEntry(const QSqlQuery &q, bool heavy);

/// The WHERE clause and its bindings for a query.
struct Where
{
    QString sql;
    QList<QPair<QString, QVariant>> binds;
};
Where whereFor(const JournalQuery &q, bool paging);
void bindAll(QSqlQuery &q, const Where &w);

/// The schema's migrations, one list of statements per version.
QStringList migrationV1(bool postgres);
QStringList migrationV2();
QStringList migrationV3();
QStringList migrationV4(bool postgres);
QStringList migrationV5(bool postgres);
QStringList migrationV6();
QStringList migrationV7(bool postgres);
QStringList migrationV8(bool postgres);
/// A new global id for an entry (a UUID, kept in the till's journal and in the store's copy).
QString newGlobalId();

} // namespace paydesk::journalsql
