// paydesk: the cashier window.
//   paydesk [--journal PATH|URL] [--store URL] [--profile NAME] [--config FILE] [--version]
// With no backend profile configured it starts in training mode against the built-in sandbox.
#include <cstdio>
#include <sys/stat.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QUrl>
#include <QWindow>

#include "mainwindow/mainwindow.h"
#include "sale/salepage.h"
#include "settings/managedsettings.h"
#include "settingspage/settingsmenu.h"
#include "setup/setupwizard.h"
#include "workplace/workplace.h"

namespace {

const char kHelp[]
    = "Usage: paydesk [options]\n"
      "The Paydesk cashier window. With no backend profile in the config it starts in\n"
      "training mode: the four backends are served by a built-in sandbox, no real money moves.\n"
      "\n"
      "Options:\n"
      "  --journal PATH|URL   the journal (default: PAYDESK_JOURNAL, or the user's data folder)\n"
      "  --store URL          the store's journal this till's journal is forwarded to\n"
      "                       (default: the config's [journal] store=)\n"
      "  --profile NAME       the profile selected at start\n"
      "  --config FILE        the config file (default: ~/.config/Paydesk/paydesk.ini)\n"
      "  --support            open on the journal (the support view) instead of the sale\n"
      "  --setup              the first-run setup (backend, credentials, connection test,\n"
      "                       receipt, terminal) before the window\n"
      "  --quit-after-shown   print one line when the window is on screen, then quit\n"
      "                       (start-up checks and benchmarks)\n"
      "  --version            print the version\n"
      "  --help               this help\n";

/// Prints one line and quits once the window has been exposed (drawn) for the first time.
class FirstExposeWatcher final : public QObject
{
public:
    FirstExposeWatcher(paydesk::MainWindow *window, const paydesk::Workplace *workplace,
                       const QElapsedTimer &clock)
        : QObject(window)
        , m_window(window)
        , m_workplace(workplace)
        , m_clock(clock)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done && m_window->windowHandle()
            && m_window->windowHandle()->isExposed()) {
            m_done = true;
            // The expose handler paints synchronously: report once it has returned.
            QTimer::singleShot(0, this, [this] {
                std::printf("paydesk: shown \"%s\" training=%d profile=%s view=%s in %lld ms\n",
                            qPrintable(m_window->windowTitle()), m_workplace->training ? 1 : 0,
                            qPrintable(m_window->salePage()->profile().name),
                            m_window->isSupportShown() ? "support" : "sale",
                            static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    paydesk::MainWindow *m_window;
    const paydesk::Workplace *m_workplace;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // --version and --help need no display: answer them before a QApplication exists.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version") {
            std::printf("paydesk %s\n", PAYDESK_VERSION);
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            std::fputs(kHelp, stdout);
            return 0;
        }
    }

    // Everything this program creates (the journal, its -wal and -shm, CSV exports, receipt and
    // report PDFs, the credentials file) is the user's only from its first byte.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk"));
    QApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QApplication::setDesktopFileName(QStringLiteral("paydesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/paydesk/icons/paydesk.svg")));
    paydesk::installTranslations(app);

    QCommandLineParser parser;
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("The journal."),
                                     QStringLiteral("path|url"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("The store's journal (forwarded to)."),
                                   QStringLiteral("url"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("The profile selected at start."),
                                     QStringLiteral("name"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The config file."),
                                    QStringLiteral("file"));
    const QCommandLineOption quitAfterShown(QStringLiteral("quit-after-shown"),
                                            QStringLiteral("Quit once the window is shown."));
    const QCommandLineOption support(QStringLiteral("support"),
                                     QStringLiteral("Open on the journal (the support view)."));
    const QCommandLineOption setup(QStringLiteral("setup"), QStringLiteral("The first-run setup."));
    parser.addOptions({journal, store, profile, config, quitAfterShown, support, setup});
    if (!parser.parse(QApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "paydesk: %s\n\n%s",
                     qPrintable(parser.errorText().isEmpty()
                                    ? QStringLiteral("unexpected argument ")
                                        + parser.positionalArguments().value(0)
                                    : parser.errorText()),
                     kHelp);
        return 2;
    }

    paydesk::WorkplaceOptions options;
    options.journal = parser.value(journal);
    if (!QUrl(options.journal).password().isEmpty())
        std::fprintf(stderr,
                     "paydesk: warning: the --journal URL holds a password, which other "
                     "users of this computer can read in the process list (ps). Put it "
                     "in ~/.pgpass (or PGPASSFILE) or a service file (service=NAME) "
                     "instead.\n");
    options.store = parser.value(store);
    if (!QUrl(options.store).password().isEmpty())
        std::fprintf(stderr,
                     "paydesk: warning: the --store URL holds a password, which other "
                     "users of this computer can read in the process list (ps). Put it "
                     "in ~/.pgpass (or PGPASSFILE) or a service file (service=NAME) "
                     "instead.\n");
    options.profile = parser.value(profile);
    options.config = parser.value(config);
    // The first-run setup: asked for, or a managed install this user has not set up yet.
    if (parser.isSet(setup)
        || (!parser.isSet(quitAfterShown) && paydesk::setupWanted(options.config))) {
        paydesk::SetupWizard wizard(options.config);
        if (wizard.exec() != QDialog::Accepted && parser.isSet(setup))
            return 0;
    }
    auto workplace = paydesk::Workplace::open(options);
    if (!workplace) {
        std::fprintf(stderr, "paydesk: %s\n", qPrintable(workplace.error()));
        if (!parser.isSet(quitAfterShown) && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, QStringLiteral("Paydesk"), workplace.error());
        return 1;
    }

    // The counter's language, now that the config and the till's currency are known (Spanish
    // for Mexico at a till in MXN).
    {
        paydesk::Workplace *place = workplace->get();
        QString currency;
        for (const paydesk::BackendProfile &p : place->profiles)
            if (place->initialProfile.isEmpty() || p.name == place->initialProfile) {
                currency = p.currency;
                break;
            }
        const QLocale locale = paydesk::counterLocale(
            QLocale::system(), place->settings().value(QStringLiteral("locale/name")).toString(),
            currency);
        if (locale != QLocale())
            paydesk::installTranslations(app, locale);
    }
    paydesk::MainWindow window(workplace->get());
    paydesk::addSettingsMenu(&window, options.config, [&window](bool profilesChanged) {
        return window.applySavedSettings(profilesChanged);
    });
    if (parser.isSet(support))
        window.showSupport();
    if (parser.isSet(quitAfterShown)) {
        window.winId(); // creates the QWindow to watch
        window.windowHandle()->installEventFilter(
            new FirstExposeWatcher(&window, workplace->get(), clock));
    }
    window.show();
    return QApplication::exec();
}
