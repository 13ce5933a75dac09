// The support view on a large journal: PAYDESK_BENCH_ENTRIES (default 1,000,000) entries made
// with Journal::seedDemo in a temporary SQLite file, the real window offscreen (training mode,
// a config and home of its own). Measured: the window opened on the journal to its first rows
// painted, a search, the journal page reached with Ctrl+2, filters, scrolling page by page and
// to the oldest entry (every id fetched: the model keeps 8 bytes a row and a bounded page
// cache), and the peak memory of the whole process. The journal answers on its own thread: each
// time runs until the answer is in and painted.
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "benchutil.h"
#include "mainwindow/mainwindow.h"
#include "support/journalpage.h"
#include "support/journaltablemodel.h"
#include "support/supportpage.h"
#include "workplace/workplace.h"

using namespace paydesk;
using namespace paydesk::bench;

namespace {

constexpr double kOpenGoalMs = 300;
constexpr double kSearchGoalMs = 100;
constexpr double kPeakGoalMiB = 200;
constexpr int kRuns = 5;

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

/// Paints the table now (what a person sees), without waiting for the event loop's timers.
void paint(JournalPage *page)
{
    page->table()->viewport()->repaint();
}

/// Runs the event loop until `done()` (the journal's answers come on it), checked every
/// millisecond; false after a minute.
template<typename Done> bool waitUntil(Done done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QThread::usleep(200);
    }
    return true;
}

/// The rows on their way from the journal's thread are in (not the count or the detail).
bool rowsIn(JournalPage *page)
{
    return waitUntil([page] { return !page->model()->isLoading(); });
}

/// Everything on its way is in: rows, pages, flags, the count, the detail.
bool settled(JournalPage *page)
{
    return waitUntil([page] { return !page->isBusy(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "PAYDESK_JOURNAL"})
        qunsetenv(name);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    bool ok = false;
    qint64 entries = qEnvironmentVariableIntValue("PAYDESK_BENCH_ENTRIES", &ok);
    if (!ok || entries < 1)
        entries = 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString config = dir.filePath(QStringLiteral("paydesk.ini"));
    {
        QSettings ini(config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("terminal/name"), QStringLiteral("bench"));
    }
    QString middleReference, middleIntent;
    {
        auto journal = Journal::open(path);
        if (!journal) {
            std::fprintf(stderr, "bench_support: %s\n", qPrintable(journal.error()));
            return 1;
        }
        QElapsedTimer seed;
        seed.start();
        if (const auto n = (*journal)->seedDemo(entries, 42); !n) {
            std::fprintf(stderr, "bench_support: %s\n", qPrintable(n.error()));
            return 1;
        }
        row(QStringLiteral("support: journal seeded (seedDemo, %L1 entries)").arg(entries),
            QStringLiteral("%1 s").arg(elapsedMs(seed) / 1000, 0, 'f', 1));
        JournalQuery q;
        q.beforeId = entries / 2;
        q.limit = 1;
        const auto middle = (*journal)->list(q);
        if (middle && !middle->isEmpty()) {
            middleReference = middle->first().reference;
            middleIntent = middle->first().intentId;
        }
    }
    const double memoryBeforeWindow = residentMemoryMiB();

    WorkplaceOptions options;
    options.journal = path;
    options.config = config;
    auto workplace = Workplace::open(options);
    if (!workplace) {
        std::fprintf(stderr, "bench_support: %s\n", qPrintable(workplace.error()));
        return 1;
    }

    // 1. `paydesk --support`: the window built, on the journal page, first rows painted.
    QList<double> open;
    std::unique_ptr<MainWindow> window;
    for (int i = 0; i < kRuns; ++i) {
        window.reset();
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        window = std::make_unique<MainWindow>(workplace->get());
        window->resize(1280, 800);
        window->showSupport();
        window->show();
        rowsIn(window->supportPage()->journalPage());
        paint(window->supportPage()->journalPage());
        open.append(elapsedMs(clock));
        settled(window->supportPage()->journalPage());
        if (window->supportPage()->journalPage()->model()->rowCount() == 0) {
            std::fprintf(stderr, "bench_support: no row shown\n");
            return 1;
        }
    }
    row(QStringLiteral("support: window opened on the journal, first rows painted"),
        ms(median(open)), ms(kOpenGoalMs), verdict(median(open) <= kOpenGoalMs));
    JournalPage *page = window->supportPage()->journalPage();
    settled(page); // the count

    // 2. From the sale page to the journal (Ctrl+2): reloaded from the newest entry.
    QList<double> toPage;
    for (int i = 0; i < kRuns; ++i) {
        window->showSale();
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        rowsIn(page);
        paint(page);
        toPage.append(elapsedMs(clock));
        settled(page);
    }
    row(QStringLiteral("support: Ctrl+2 from the sale to the journal, rows painted"),
        ms(median(toPage)), ms(kOpenGoalMs), verdict(median(toPage) <= kOpenGoalMs));

    // 3. A search (Enter in the search box), its rows and detail painted.
    const auto searchTime = [&](const QString &text, int *rows) {
        QList<double> times;
        for (int i = 0; i < kRuns; ++i) {
            page->searchInput()->setText(text);
            QElapsedTimer clock;
            clock.start();
            QTest::keyClick(page->searchInput(), Qt::Key_Return);
            rowsIn(page);
            paint(page);
            times.append(elapsedMs(clock));
            *rows = page->model()->rowCount();
            settled(page);
            page->searchInput()->clear();
            page->applyFilters();
            settled(page);
        }
        return median(times);
    };
    int found = 0;
    const double searchReference = searchTime(middleReference, &found);
    row(QStringLiteral("support: search a reference (%1 found)").arg(found), ms(searchReference),
        ms(kSearchGoalMs), verdict(found == 1 && searchReference <= kSearchGoalMs));
    const double searchIntent = searchTime(middleIntent, &found);
    row(QStringLiteral("support: search an intent id (%1 found)").arg(found), ms(searchIntent),
        ms(kSearchGoalMs), verdict(found == 1 && searchIntent <= kSearchGoalMs));
    const double searchNothing = searchTime(QStringLiteral("pi_nothing_like_it"), &found);
    row(QStringLiteral("support: search that finds nothing"), ms(searchNothing), ms(kSearchGoalMs),
        verdict(found == 0 && searchNothing <= kSearchGoalMs));

    // 4. Filters (the state combo; an amount range), rows painted; the count comes after.
    {
        auto *state = page->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        QElapsedTimer clock;
        clock.start();
        state->setCurrentIndex(state->findData(QStringLiteral("unknown")));
        rowsIn(page);
        paint(page);
        const double filter = elapsedMs(clock);
        row(QStringLiteral("support: state filter (unknown)"), ms(filter), ms(kSearchGoalMs),
            verdict(filter <= kSearchGoalMs));
        clock.restart();
        settled(page);
        row(QStringLiteral("support:   its entry count, after the rows"), ms(elapsedMs(clock)));
        state->setCurrentIndex(0);
        settled(page);
        auto *min = page->findChild<QLineEdit *>(QStringLiteral("minAmountInput"));
        auto *max = page->findChild<QLineEdit *>(QStringLiteral("maxAmountInput"));
        min->setText(QStringLiteral("100.00"));
        max->setText(QStringLiteral("100.50"));
        clock.restart();
        QTest::keyClick(max, Qt::Key_Return);
        rowsIn(page);
        paint(page);
        const double amount = elapsedMs(clock);
        row(QStringLiteral("support: amount range 100.00-100.50"), ms(amount), ms(kSearchGoalMs),
            verdict(amount <= kSearchGoalMs));
        clock.restart();
        settled(page);
        row(QStringLiteral("support:   its entry count, after the rows"), ms(elapsedMs(clock)));
        min->clear();
        max->clear();
        page->clearFilters();
        settled(page);
    }

    // 5. Scrolling: the next page as the scroll bar reaches the bottom (fetchMore).
    {
        QTableView *table = page->table();
        const int pages = 50;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < pages; ++i) {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QCoreApplication::processEvents(); // the view asks for more
            settled(page); // and it comes from the journal's thread
            paint(page);
        }
        row(QStringLiteral("support: scroll down one page (%1 rows, %2 pages)")
                .arg(JournalTableModel::kPageSize)
                .arg(pages),
            ms(elapsedMs(clock) / pages));
    }

    // 6. The oldest entry (Ctrl+End): every id fetched, the last page painted.
    {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(page->table(), Qt::Key_End, Qt::ControlModifier);
        settled(page);
        paint(page);
        const double end = elapsedMs(clock);
        const int rows = page->model()->rowCount();
        row(QStringLiteral("support: Ctrl+End to the oldest entry (%L1 rows)").arg(rows), ms(end),
            QString(), rows == entries ? QStringLiteral("ok") : QStringLiteral("MISS"));
        row(QStringLiteral("support:   pages cached after it (of %1 max)")
                .arg(JournalTableModel::kCachedPages),
            QString::number(page->model()->cachedPages()));
        clock.restart();
        page->table()->scrollToTop();
        paint(page); // placeholders, and the page asked for
        settled(page);
        paint(page);
        row(QStringLiteral("support: back to the newest (page reloaded by id)"),
            ms(elapsedMs(clock)));
    }

    row(QStringLiteral("support: resident memory before the window"),
        QStringLiteral("%1 MiB").arg(memoryBeforeWindow, 0, 'f', 1));
    row(QStringLiteral("support: resident memory at the end"),
        QStringLiteral("%1 MiB").arg(residentMemoryMiB(), 0, 'f', 1));
    const double peak = peakMemoryMiB();
    row(QStringLiteral("support: peak memory of the process (VmHWM)"),
        QStringLiteral("%1 MiB").arg(peak, 0, 'f', 1),
        QStringLiteral("%1 MiB").arg(kPeakGoalMiB, 0, 'f', 0), verdict(peak <= kPeakGoalMiB));
    window.reset();
    return 0;
}
