#include "processowner.h"

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

QString hostName()
{
    static const QString name = QHostInfo::localHostName();
    return name;
}

} // namespace

QString currentProcessOwner()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return hostName() + u'|' + QString::number(pid) + u'|' + QString::fromLatin1(startTime(pid));
}

OwnerState ownerState(const QString &owner)
{
    const QStringList parts = owner.split(u'|');
    if (parts.size() != 3 || parts.at(0) != hostName())
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
