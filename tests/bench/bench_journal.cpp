// Benchmark of the journal with 1,000,000 entries on SQLite: seed, open, newest 50, searches,
// CSV export, peak memory. Run by scripts/bench; PAYDESK_BENCH_ENTRIES changes the size.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "benchutil.h"
#include "journal/journal.h"

using namespace paydesk;
using namespace paydesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = qEnvironmentVariableIsSet("PAYDESK_BENCH_ENTRIES")
        ? qEnvironmentVariable("PAYDESK_BENCH_ENTRIES").toLongLong()
        : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const QString label = QStringLiteral("journal, %1 entries (SQLite): ").arg(n);

    QElapsedTimer t;
    t.start();
    {
        auto journal = Journal::open(path);
        if (!journal || !(*journal)->seedDemo(n, 42))
            qFatal("seeding failed");
    }
    row(label + QStringLiteral("seed"), ms(double(t.elapsed())));

    const double open = medianMs(5, [&] {
        auto journal = Journal::open(path);
        if (!journal)
            qFatal("open failed");
    });
    row(label + QStringLiteral("open (median of 5)"), ms(open), QStringLiteral("≤ 200 ms"),
        verdict(open <= 200));

    auto opened = Journal::open(path);
    std::unique_ptr<Journal> journal = std::move(*opened);
    JournalQuery newest;
    const double list = medianMs(20, [&] {
        if (!journal->list(newest))
            qFatal("list failed");
    });
    row(label + QStringLiteral("newest 50 (median of 20)"), ms(list));

    // Search keys taken from real rows spread over the table.
    QList<JournalEntry> samples;
    for (qint64 id : {n / 7, n / 3, n / 2, (2 * n) / 3, n - 5}) {
        if (const auto e = journal->entry(qMax<qint64>(1, id)))
            samples << *e;
    }
    QString last4;
    {
        JournalQuery charged;
        charged.backend = BackendKind::Checkout;
        charged.state = JournalState::Succeeded;
        charged.limit = 1;
        last4 = journal->list(charged)->first().last4;
    }
    const struct
    {
        const char *what;
        std::function<QString(const JournalEntry &)> key;
    } searches[] = {
        {"search by last4",
         [&](const JournalEntry &) {
             return last4;
         }},
        {"search by intent id",
         [](const JournalEntry &e) {
             return e.intentId;
         }},
        {"search by reference",
         [](const JournalEntry &e) {
             return e.reference;
         }},
    };
    for (const auto &s : searches) {
        qsizetype found = 0;
        const double time = medianMs(int(samples.size()) * 3, [&, i = 0]() mutable {
            JournalQuery q;
            q.search = s.key(samples.at(i++ % samples.size()));
            found += journal->list(q)->size();
        });
        row(label + QLatin1String(s.what) + QStringLiteral(" (median)"), ms(time),
            QStringLiteral("≤ 50 ms"), verdict(time <= 50 && found > 0));
    }

    QFile out(dir.filePath(QStringLiteral("export.csv")));
    out.open(QIODevice::WriteOnly);
    t.restart();
    const auto rows = journal->exportCsv(out);
    const double exportMs = double(t.elapsed());
    out.close();
    row(label + QStringLiteral("export CSV (%1 MiB)").arg(out.size() >> 20), ms(exportMs),
        QStringLiteral("≤ 10 s"), verdict(rows && *rows == n && exportMs <= 10000));
    const double peak = peakMemoryMiB();
    row(label + QStringLiteral("peak memory"),
        QString::number(peak, 'f', 1) + QStringLiteral(" MiB"), QStringLiteral("≤ 150 MB"),
        verdict(peak <= 150 * 1e6 / (1 << 20)));
    return 0;
}
