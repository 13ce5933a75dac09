#include "processowner.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QStringList>

namespace paydesk {
namespace {

/// Field 22 of /proc/PID/stat: the start time in clock ticks since boot. Empty if none.
QByteArray startTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')'); // the command name may hold spaces
    if (close < 0)
        return QByteArray();
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is fields[19].
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}

QString firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readLine().trimmed());
}

/// Where a pid means something: machine, boot and PID namespace. Empty parts stay empty, and an
/// owner with an empty part is never taken for this process's neighbour.
struct Place
{
    QString host, machine, boot, pidNamespace;
};

const Place &here()
{
    static const Place place = [] {
        Place p;
        p.host = QHostInfo::localHostName();
        p.machine = firstLine(QStringLiteral("/etc/machine-id"));
        if (p.machine.isEmpty())
            p.machine = firstLine(QStringLiteral("/var/lib/dbus/machine-id"));
        p.boot = firstLine(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        // "pid:[4026531836]": the namespace's inode, the same for every process that shares it.
        char link[64] = {};
        const ssize_t n = ::readlink("/proc/self/ns/pid", link, sizeof link - 1);
        if (n > 0)
            p.pidNamespace = QString::fromLatin1(link, n);
        return p;
    }();
    return place;
}

QString clean(QString s)
{
    return s.replace(u'|', u'_');
}

} // namespace

QString currentProcessOwner()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const Place &p = here();
    return QStringList{clean(p.host),    QString::number(pid), QString::fromLatin1(startTime(pid)),
                       clean(p.machine), clean(p.boot),        clean(p.pidNamespace)}
        .join(u'|');
}

OwnerState ownerState(const QString &owner)
{
    const QStringList parts = owner.split(u'|');
    const Place &p = here();
    // An owner written without machine, boot or namespace (an older Paydesk, or a system that
    // does not tell them) cannot be told apart from a clone: only its deadline can settle it.
    if (parts.size() != 6 || parts.at(0) != clean(p.host) || p.machine.isEmpty() || p.boot.isEmpty()
        || p.pidNamespace.isEmpty() || parts.at(3) != clean(p.machine)
        || parts.at(4) != clean(p.boot) || parts.at(5) != clean(p.pidNamespace))
        return OwnerState::ElsewhereOrUnknown;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok)
        return OwnerState::ElsewhereOrUnknown;
    const QByteArray start = startTime(pid);
    return !start.isEmpty() && QString::fromLatin1(start) == parts.at(2) ? OwnerState::Alive
                                                                         : OwnerState::Dead;
}

} // namespace paydesk
