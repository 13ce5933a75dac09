// Faults the sandbox injects into its answers: the network and gateway failures a real
// payment backend produces, on demand (`--fault SPEC` or the `X-Sandbox-Fault: SPEC` header).
#pragma once

#include <chrono>

#include <QString>
#include <QStringView>

#include "core/expected.h"

namespace paydesk {

struct Fault
{
    enum class Kind
    {
        None, ///< answer normally
        Delay, ///< process, answer after `value` ms
        Late, ///< process only after `value` ms (a backend still at work), then answer
        Drop, ///< process, close the connection without answering
        ResetAfterBody, ///< process, reset the connection (TCP RST) without answering
        Status, ///< answer HTTP `value` in the API's error format; nothing is processed
        Html502, ///< answer 502 with an HTML page (a gateway); nothing is processed
        Malformed, ///< process, answer 200 with broken JSON
        Truncated, ///< process, announce the whole answer's Content-Length, send half, close
        Huge, ///< process, answer 200 with a 64 MiB JSON body, streamed
        Slow, ///< process, answer 200 headers, then one byte every 500 ms for 2 minutes
    };

    Kind kind = Kind::None;
    int value = 0; ///< milliseconds for Delay and Late, the HTTP status for Status

    /// "delay=MS", "late=MS", "drop", "reset-after-body", "status=CODE" (400..599), "html-502",
    /// "malformed", "truncated", "huge", "slow" or "none".
    static Expected<Fault, QString> parse(QStringView spec);
    QString toString() const;

    /// False for the faults a gateway produces before the backend sees the request.
    bool reachesBackend() const { return kind != Kind::Status && kind != Kind::Html502; }

    friend bool operator==(const Fault &, const Fault &) = default;
};

inline constexpr int kMaxFaultDelayMs = 10 * 60 * 1000;
inline constexpr qint64 kHugeBodyBytes = 64 * 1024 * 1024;
inline constexpr std::chrono::milliseconds kSlowByteInterval{500};
inline constexpr std::chrono::milliseconds kSlowDuration{2 * 60 * 1000};

} // namespace paydesk
