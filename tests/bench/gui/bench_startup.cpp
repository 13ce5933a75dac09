// Cold start of the real `paydesk` binary to its first shown window: a new process each time,
// on an empty home (training mode: the sandbox starts, the journal is created), offscreen.
// The clock runs from QProcess::start() to the line `paydesk` prints once the window has been
// exposed and painted (--quit-after-shown).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "benchutil.h"

using namespace paydesk::bench;

namespace {

constexpr int kRuns = 10;
constexpr double kGoalMs = 400;

/// One start; the time to the "shown" line, or a negative number when it failed.
double startOnce(const QString &home, QString *problem)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "PAYDESK_JOURNAL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess paydesk;
    paydesk.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    paydesk.start(QStringLiteral(PAYDESK_BINARY), {QStringLiteral("--quit-after-shown")});
    double shownMs = -1;
    QByteArray out;
    while (shownMs < 0 && paydesk.waitForReadyRead(30000)) {
        out += paydesk.readAllStandardOutput();
        if (out.contains("paydesk: shown"))
            shownMs = double(clock.nsecsElapsed()) / 1e6;
    }
    paydesk.waitForFinished(30000);
    if (shownMs < 0 || paydesk.exitCode() != 0)
        *problem = QString::fromUtf8(out + paydesk.readAllStandardError());
    return paydesk.exitCode() == 0 ? shownMs : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<double> times;
    QString problem;
    for (int i = 0; i < kRuns; ++i) {
        QTemporaryDir home; // a fresh, empty home each time: nothing cached by an earlier run
        const double elapsed = startOnce(home.path(), &problem);
        if (elapsed < 0) {
            row(QStringLiteral("paydesk start to first shown window"), QStringLiteral("failed"),
                ms(kGoalMs), verdict(false));
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(problem));
            return 1;
        }
        times.append(elapsed);
    }
    const double median = paydesk::bench::median(times);
    row(QStringLiteral("paydesk cold start to first shown window (median of %1)").arg(kRuns),
        paydesk::bench::ms(median), QStringLiteral("\u2264 ") + paydesk::bench::ms(kGoalMs),
        verdict(median <= kGoalMs));
    return 0;
}
