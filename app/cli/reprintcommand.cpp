// paydeskctl journal reprint ID [--printer URL] [--config FILE]: a journaled receipt printed on
// the counter's ESC/POS printer, as the window prints it (the same TillReceipt and layout).
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include "commands.h"
#include "devices/escposreceipt.h"
#include "devices/printjob.h"
#include "exitcodes.h"
#include "journal/journal.h"
#include "receipts/tillreceipt.h"
#include "workplace/workplace.h"

namespace paydesk::cli {

int runJournalReprint(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption printer(QStringLiteral("printer"),
                                     QStringLiteral("tcp://HOST:9100, file:/dev/usb/lp0 or "
                                                    "cups:QUEUE (default: [printer] url)."),
                                     QStringLiteral("url"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Config file."),
                                    QStringLiteral("file"));
    p.addOptions({printer, config});
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The entry."));
    const QString me = QStringLiteral("paydeskctl journal reprint: ");
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        io.err << me
               << (p.errorText().isEmpty() ? QStringLiteral("give one entry id.") : p.errorText())
               << '\n';
        return Invalid;
    }
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        io.err << me << "there is no entry " << p.positionalArguments().first() << ".\n";
        return Invalid;
    }
    const auto entry = journal.entry(id);
    if (!entry)
        return entryNotRead(entry.error(), id, me, io);
    if (entry->state != JournalState::Succeeded) {
        io.err << me << "entry " << id << " is " << stateName(entry->state)
               << ", not paid: there is no receipt to print.\n";
        return Invalid;
    }

    // The receipt, the merchant, the catalogue's tax rates and the printer, as the window has
    // them: asked of the workplace (the same defaults), never read here.
    WorkplaceOptions options = WorkplaceOptions::forCommand(p.value(config));
    options.loadCatalogue = true;
    const auto workplace = Workplace::open(options);
    if (!workplace) {
        io.err << me << workplace.error() << '\n';
        return Invalid;
    }
    for (const QString &problem : (*workplace)->problems)
        io.err << me << problem << '\n';
    const auto printerConfig = (*workplace)->printerAt(p.value(printer));
    if (!printerConfig) {
        io.err << me << printerConfig.error() << '\n';
        return Invalid;
    }

    // A refund's entry prints its refund slip, with the original sale it refunds.
    std::optional<JournalEntry> sale;
    if (entry->kind == EntryKind::RefundEntry) {
        auto read = journal.entry(entry->parentId);
        if (!read) { // not there, or the journal could not say: its own words
            if (read.error().isNotFound()) {
                io.err << me << "the sale of refund " << id << " is not in the journal.\n";
                return Invalid;
            }
            io.err << me << read.error().message << '\n';
            return Internal;
        }
        sale = std::move(*read);
    }
    const TillReceipt receipt
        = (*workplace)->tillReceipt(*entry, sale ? &*sale : nullptr, QStringLiteral("Paid (copy)"));

    const EscPosLayout layout{printerConfig->columns(), printerConfig->codePage};
    PrintJob job(printerConfig->address, escPosReceipt(receipt, layout), printerConfig->timeout);
    QEventLoop loop;
    QObject::connect(&job, &PrintJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    const PrintResult &result = job.result();
    if (!result.printed) {
        io.err << me << printerConfig->address.toString() << ": " << result.sentence() << '\n';
        return NoAnswer;
    }
    io.out << "Receipt of entry " << id << " printed on " << printerConfig->address.toString()
           << ".\n";
    if (result.paperLow)
        io.err << me << "the paper is running low.\n";
    return Ok;
}

} // namespace paydesk::cli
