// paydeskctl journal reprint ID [--printer URL] [--config FILE]: a journaled receipt printed on
// the counter's ESC/POS printer, as the window prints it (the same TillReceipt and layout).
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include "commands.h"
#include "devices/escposreceipt.h"
#include "devices/printjob.h"
#include "exitcodes.h"
#include "journal/journal.h"
#include "receipts/tillreceipt.h"
#include "settings/managedsettings.h"

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

    ManagedSettings settings(p.value(config));
    if (const QString problem = settings.formatError(); !problem.isEmpty()) {
        io.err << me << problem << '\n';
        return Invalid;
    }
    const auto text = [&settings](const char *key) {
        return settings.value(QLatin1String(key)).toString();
    };
    const QString url = p.isSet(printer) ? p.value(printer) : text("printer/url");
    const auto printerConfig = printerConfigFrom(
        url, text("printer/width_mm"), text("printer/codepage"), text("printer/timeout_ms"));
    if (!printerConfig) {
        io.err << me << printerConfig.error() << '\n';
        return Invalid;
    }

    ReceiptMerchant merchant;
    merchant.name = text("receipt/merchant_name");
    merchant.address = text("receipt/merchant_address");
    merchant.taxId = text("receipt/merchant_tax_id");
    merchant.taxName = text("receipt/tax_name");
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
    TillReceipt receipt = sale
        ? refundSlipFor(*entry, *sale, merchant)
        : tillReceiptForEntry(*entry, merchant, QStringLiteral("Paid (copy)"));
    // The tax rates come from the catalogue as it is now (the journal keeps the sale's lines,
    // not their rates).
    if (const QString catalogue = text("catalogue/file"); !catalogue.isEmpty()) {
        QFile file(catalogue);
        const auto rates = file.open(QIODevice::ReadOnly)
            ? taxRatesFromCatalogue(file.readAll(), receipt.currency)
            : std::nullopt;
        if (rates) {
            receipt.taxRates = rates->rates;
            for (const QString &warning : rates->warnings)
                io.err << me << warning << '\n';
        } else {
            io.err << me << "the catalogue " << catalogue
                   << " cannot be read; the receipt shows no tax per rate.\n";
        }
    }

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
