// Small helpers for the benchmarks: medians, peak memory, and the table scripts/bench prints.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

namespace paydesk::bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/// The value at percentile `p` (0..1) of `values`, nearest rank; 0 for none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

/// The median time of `runs` calls of `f`, in milliseconds.
template<typename F> double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

/// Peak resident memory of this process so far, in MiB (VmHWM).
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// Current resident memory, in MiB (VmRSS).
inline double residentMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// One row of the table: | what | figure | goal | verdict |
inline void row(const QString &what, const QString &figure, const QString &goal = QString(),
                const QString &verdict = QString())
{
    std::printf("| %-58s | %14s | %10s | %-4s |\n", qPrintable(what), qPrintable(figure),
                qPrintable(goal), qPrintable(verdict));
    std::fflush(stdout);
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1) + QStringLiteral(" ms");
}

inline QString verdict(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("MISS");
}

} // namespace paydesk::bench
