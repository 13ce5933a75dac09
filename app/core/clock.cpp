#include "clock.h"

#include <atomic>

#include <QTimeZone>

namespace paydesk {

namespace {
std::atomic<qint64> offsetMs{0};
}

qint64 Clock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + offsetMs.load(std::memory_order_relaxed);
}

QDateTime Clock::now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

void Clock::advance(qint64 ms)
{
    if (ms > 0)
        offsetMs.fetch_add(ms, std::memory_order_relaxed);
}

void Clock::reset()
{
    offsetMs.store(0, std::memory_order_relaxed);
}

} // namespace paydesk
