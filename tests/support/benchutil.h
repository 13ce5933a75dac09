// Small helpers for the benchmarks: medians, peak memory, and the table scripts/bench prints.
#pragma once

#include <algorithm>
#include <cstdio>

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
