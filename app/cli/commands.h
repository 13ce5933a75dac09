// paydeskctl's commands. Each takes its own arguments (after the command name) and the
// global options, and returns an ExitCode.
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace paydesk {
class Journal;
struct JournalError;
} // namespace paydesk

namespace paydesk::cli {

struct GlobalOptions
{
    QString journal; ///< where the journal is: Workplace::journalLocation of --journal
    QString store; ///< --store URL (else the config's [journal] store=)
};

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// An entry that could not be read, said after `me` ("paydeskctl journal show: "): "there is no
/// entry ID." and Invalid when there is none, the journal's own words and Internal when the read
/// failed (never taken for "no such entry").
int entryNotRead(const JournalError &error, qint64 id, const QString &me, Io io);

int runInspect(const QStringList &args, const GlobalOptions &global, Io io);
int runCreate(const QStringList &args, const GlobalOptions &global, Io io);
int runJournal(const QStringList &args, const GlobalOptions &global, Io io);
/// journal reprint ID [--printer URL]: the receipt on the ESC/POS printer (reprintcommand.cpp).
int runJournalReprint(const QStringList &args, Journal &journal, Io io);
/// config show|check: the effective settings, and the connection test (configcommand.cpp).
int runConfig(const QStringList &args, const GlobalOptions &global, Io io);

} // namespace paydesk::cli
