// How long the calling thread's event loop stops answering: the longest gap between two ticks of
// a 5 ms timer since the last reset (a loop that runs sees a tick every 5 ms; a blocked one leaves
// a gap). The window-never-waits tests (journal, support view, keyring) and the stall benchmark.
#pragma once

#include <algorithm>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace paydesk::test {

class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = double(m_clock.nsecsElapsed()) / 1e6;
            m_clock.restart();
            m_longest = std::max(m_longest, gap);
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_clock.restart();
        m_longest = 0;
    }
    /// Stops measuring: longest() keeps what it measured until now.
    void stop() { m_timer.stop(); }
    /// Milliseconds.
    double longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

} // namespace paydesk::test
