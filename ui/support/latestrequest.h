// One journal request of a kind on its way at a time, the last one asked winning: asked while
// one is out, a request waits for it to land (replacing any that waited before), so clicking
// twenty times while the database is slow asks twice, not twenty times. The answer of a request
// that another followed is stale: the caller drops it.
#pragma once

#include <functional>
#include <utility>

namespace paydesk {

class LatestRequest
{
public:
    /// Runs `start` (which gives the journal its work) now, or when the request out lands.
    void ask(std::function<void()> start)
    {
        if (m_out) {
            m_next = std::move(start);
            return;
        }
        m_out = true;
        start();
    }
    /// First thing in an answer: true when it answers the last request asked (show it); false
    /// when another was asked since (that one is started now; drop this answer).
    bool land()
    {
        m_out = false;
        if (auto next = std::exchange(m_next, nullptr)) {
            m_out = true;
            next();
            return false;
        }
        return true;
    }
    /// A request is on its way.
    bool isOut() const { return m_out; }
    /// Forgets the request waiting, if any (the one out still lands).
    void dropWaiting() { m_next = nullptr; }

private:
    bool m_out = false;
    std::function<void()> m_next;
};

} // namespace paydesk
