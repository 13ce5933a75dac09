// A throwaway home for a GUI test: HOME, the XDG folders and an empty system config folder
// (etc/Paydesk) in a temporary directory, so no test reads or writes the real ones.
#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace paydesk::test {

inline bool pointHomeAt(const QTemporaryDir &home)
{
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("cfg"))));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home.filePath(QStringLiteral("etc"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    return home.isValid() && QDir().mkpath(home.filePath(QStringLiteral("etc/Paydesk")));
}

/// The user's config file and the system-wide one, in a home set by pointHomeAt().
inline QString userConfigFile(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("cfg/Paydesk/paydesk.ini"));
}

inline QString systemConfigFile(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("etc/Paydesk/paydesk.conf"));
}

} // namespace paydesk::test
