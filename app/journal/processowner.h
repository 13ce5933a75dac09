// Who wrote a pending entry, so a later process can tell a live attempt from one whose process
// died (and a recycled pid from the original). A process is named by its host, pid and start
// time, and by the machine (/etc/machine-id), the boot (boot_id) and the PID namespace it runs
// in: tills cloned from one disk image share a host name and a machine id, and a till in a
// container of its own sees other pids, so a pid says something only inside the same machine,
// boot and PID namespace.
#pragma once

#include <QString>

namespace paydesk {

/// "host|pid|start|machine-id|boot-id|pid-namespace" for this process.
QString currentProcessOwner();

enum class OwnerState
{
    Alive, ///< this machine, boot and PID namespace, and that very process still runs
    Dead, ///< this machine, boot and PID namespace, and the process is gone (or pid recycled)
    ElsewhereOrUnknown, ///< anywhere else (a shared journal): decide by the attempt's deadline
};

OwnerState ownerState(const QString &owner);

} // namespace paydesk
