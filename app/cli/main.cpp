// paydeskctl: Paydesk from the command line, for scripts, support staff and installers.
//   paydeskctl [--journal PATH|URL] [--store URL] <command> [options]
#include <cstdio>
#include <sys/stat.h>

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include "commands.h"
#include "exitcodes.h"
#include "workplace/workplace.h"

using namespace paydesk::cli;

namespace {

const char kUsage[]
    = "Usage: paydeskctl [--journal PATH|URL] [--store URL] <command> [options]\n"
      "\n"
      "Commands:\n"
      "  inspect [FILE|-] [--json]   read a backend's answer and show the payment record\n"
      "  create --backend KIND --base-url URL [fields…]   send one sale (create --help)\n"
      "  journal list|show|export|report|verify|seed-demo|reprint|forward|watch   the journal\n"
      "                              (journal --help)\n"
      "  config show|check [--profile NAME]   the settings, and the connection test\n"
      "\n"
      "Global options:\n"
      "  --journal PATH|URL   the journal to use (default: PAYDESK_JOURNAL, or the user's data "
      "folder)\n"
      "  --store URL          the store's journal this till's journal is forwarded to\n"
      "                       (default: the config's [journal] store=)\n"
      "  --version            print the version\n"
      "  --help               this help; '<command> --help' for a command's options\n"
      "\n"
      "Exit codes:\n"
      "  0  read, created or paid\n"
      "  2  invalid input or configuration: nothing was sent\n"
      "  3  the backend refused (an error answer, a decline)\n"
      "  4  no usable answer: the outcome may be unknown; verify before trying again\n";

} // namespace

int main(int argc, char *argv[])
{
    // Everything this program creates (the journal, its -wal and -shm, exports, the credentials
    // file) is the user's only from its first byte.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydeskctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    GlobalOptions global;
    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--version") {
            out << "paydeskctl " << PAYDESK_VERSION << '\n';
            return Ok;
        }
        if (option == u"--help" || option == u"-h") {
            out << kUsage;
            return Ok;
        }
        if (option == u"--journal" && !args.isEmpty()) {
            global.journal = args.takeFirst();
        } else if (option.startsWith(QStringLiteral("--journal="))) {
            global.journal = option.mid(10);
        } else if (option == u"--store" && !args.isEmpty()) {
            global.store = args.takeFirst();
        } else if (option.startsWith(QStringLiteral("--store="))) {
            global.store = option.mid(8);
        } else {
            err << "paydeskctl: unknown option " << option << "\n\n" << kUsage;
            return Invalid;
        }
    }
    if (args.isEmpty()) {
        err << kUsage;
        return Invalid;
    }
    if (!QUrl(global.journal).password().isEmpty())
        err << "paydeskctl: warning: the --journal URL holds a password, which other users of "
               "this computer can read in the process list (ps). Put it in ~/.pgpass (or "
               "PGPASSFILE) or a service file (service=NAME) instead.\n";
    if (!QUrl(global.store).password().isEmpty())
        err << "paydeskctl: warning: the --store URL holds a password, which other users of "
               "this computer can read in the process list (ps). Put it in ~/.pgpass (or "
               "PGPASSFILE) or a service file (service=NAME) instead.\n";
    // Where the journal is: --journal, else PAYDESK_JOURNAL, else the user's data folder, as the
    // window decides it (Workplace::journalLocation).
    global.journal = paydesk::Workplace::journalLocation(global.journal);
    const QString command = args.first();
    // QCommandLineParser expects the program name first: give it "paydeskctl <command>".
    args.first() = QStringLiteral("paydeskctl ") + command;
    if (command == u"inspect")
        return runInspect(args, global, io);
    if (command == u"create")
        return runCreate(args, global, io);
    if (command == u"journal")
        return runJournal(args, global, io);
    if (command == u"config")
        return runConfig(args, global, io);
    err << "paydeskctl: unknown command '" << command << "'\n\n" << kUsage;
    return Invalid;
}
