// Who wrote a pending entry: host, process id and the process's start time, so a later process
// can tell a live attempt from one whose process died (and a recycled pid from the original).
#pragma once

#include <QString>

namespace paydesk {

/// "host|pid|start" for this process.
QString currentProcessOwner();

enum class OwnerState
{
    Alive, ///< this host, and that very process still runs
    Dead, ///< this host, and the process is gone (or the pid belongs to another one now)
    ElsewhereOrUnknown, ///< another host (a shared journal): decide by the attempt's deadline
};

OwnerState ownerState(const QString &owner);

} // namespace paydesk
