#pragma once
// The time Paydesk reads for deadlines, owner deadlines, the Dots settle window, generated
// references and sent-at times: the wall clock, moved by tests instead of sleeping.
//
// Clock::now() is the system's UTC time plus an offset that only tests set (Clock::advance);
// every thread reads the same offset, so a test moves the journal's thread and the sale's
// together. Timers (QTimer's back-offs and timeouts) are not moved: they measure waits, not
// moments.
#include <QDateTime>

namespace paydesk {

class Clock
{
public:
    /// Now, in UTC.
    static QDateTime now();
    /// Now, in milliseconds since the epoch (the journal's columns).
    static qint64 nowMs();
    /// Now, in the local time zone (what a cashier reads).
    static QDateTime nowLocal() { return now().toLocalTime(); }

    /// Tests only: moves every reader's time forward by `ms` (never backward).
    static void advance(qint64 ms);
    /// Tests only: back to the wall clock.
    static void reset();
};

} // namespace paydesk
