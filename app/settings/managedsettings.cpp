#include "managedsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include "credentialstore.h"

namespace paydesk {
namespace {

const QString kProfilePrefix = QStringLiteral("profile.");
const QString kLocksKey = QStringLiteral("locks/keys");

QString groupOf(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? key : key.left(slash);
}

bool matches(const QString &pattern, const QString &text)
{
    // '*' matches '/' too (Qt 6.4 has no NonPathWildcardConversion): compare with '/' swapped.
    QString p = pattern;
    QString t = text;
    p.replace(u'/', u'|');
    t.replace(u'/', u'|');
    return QRegularExpression::fromWildcard(p, Qt::CaseSensitive).match(t).hasMatch();
}

QStringList profilesIn(QSettings *settings)
{
    QStringList names;
    if (!settings)
        return names;
    const QStringList groups = settings->childGroups();
    for (const QString &g : groups)
        if (g.startsWith(kProfilePrefix) && g.size() > kProfilePrefix.size())
            names << g.mid(kProfilePrefix.size());
    return names;
}

} // namespace

QString userSettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Paydesk/paydesk.ini"));
}

QString systemSettingsFile()
{
    if (const QString overridden = qEnvironmentVariable("PAYDESK_SYSTEM_CONFIG");
        !overridden.isEmpty())
        return overridden;
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    const QStringList list = dirs.split(u':', Qt::SkipEmptyParts);
    for (const QString &dir : list) {
        const QString file = QDir(dir).filePath(QStringLiteral("Paydesk/paydesk.conf"));
        if (QFileInfo::exists(file))
            return file;
    }
    return QDir(list.value(0, QStringLiteral("/etc/xdg")))
        .filePath(QStringLiteral("Paydesk/paydesk.conf"));
}

ManagedSettings::ManagedSettings(const QString &configFile)
{
    if (configFile.isEmpty()) {
        m_user = std::make_unique<QSettings>(userSettingsFile(), QSettings::IniFormat);
        m_system = std::make_unique<QSettings>(systemSettingsFile(), QSettings::IniFormat);
        m_locks = m_system->value(kLocksKey).toStringList();
        for (QString &pattern : m_locks)
            pattern = pattern.trimmed();
        m_locks.removeAll(QString());
    } else {
        m_user = std::make_unique<QSettings>(configFile, QSettings::IniFormat);
    }
    m_user->setFallbacksEnabled(false);
    const QString userFolder = QFileInfo(m_user->fileName()).absolutePath();
    m_credentials = std::make_unique<CredentialStore>(
        QDir(userFolder).filePath(QStringLiteral("credentials.json")));
}

ManagedSettings::~ManagedSettings() = default;

QString ManagedSettings::userFile() const
{
    return m_user->fileName();
}

QString ManagedSettings::systemFile() const
{
    return m_system ? m_system->fileName() : QString();
}

bool ManagedSettings::hasSystemFile() const
{
    return m_system && QFileInfo::exists(m_system->fileName());
}

QString ManagedSettings::formatError() const
{
    for (QSettings *s : {m_user.get(), m_system.get()})
        if (s && s->status() == QSettings::FormatError)
            return QCoreApplication::translate("paydesk::ManagedSettings",
                                               "The config file %1 is not a valid INI file.")
                .arg(s->fileName());
    return {};
}

bool ManagedSettings::isLocked(const QString &key) const
{
    const QString group = groupOf(key);
    for (const QString &pattern : m_locks)
        if (matches(pattern, key) || matches(pattern, group))
            return true;
    return false;
}

bool ManagedSettings::isProfileLocked(const QString &name) const
{
    return isLocked(kProfilePrefix + name + QStringLiteral("/kind"));
}

bool ManagedSettings::userHas(const QString &key) const
{
    return m_user->contains(key);
}

ManagedSettings::Source ManagedSettings::source(const QString &key) const
{
    if (key.startsWith(kProfilePrefix)) {
        const Source from = profileSource(groupOf(key).mid(kProfilePrefix.size()));
        QSettings *file = from == Source::User ? m_user.get() : m_system.get();
        return file && file->contains(key) ? from : Source::Default;
    }
    if (!isLocked(key) && userHas(key))
        return Source::User;
    if (m_system && m_system->contains(key))
        return Source::System;
    return Source::Default;
}

QVariant ManagedSettings::value(const QString &key, const QVariant &defaultValue) const
{
    switch (source(key)) {
    case Source::User:
        return m_user->value(key);
    case Source::System:
        return m_system->value(key);
    case Source::Default:
        break;
    }
    return defaultValue;
}

bool ManagedSettings::setValue(const QString &key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    m_user->setValue(key, value);
    return true;
}

bool ManagedSettings::remove(const QString &key)
{
    if (isLocked(key))
        return false;
    m_user->remove(key);
    return true;
}

QStringList ManagedSettings::allKeys() const
{
    QStringList keys = m_user->allKeys();
    if (m_system)
        keys += m_system->allKeys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QStringList ManagedSettings::profileNames() const
{
    QStringList names = profilesIn(m_user.get());
    const QStringList system = profilesIn(m_system.get());
    for (const QString &name : system)
        if (!names.contains(name))
            names << name;
    // A locked profile that only the user's file defines cannot be used.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [this](const QString &n) {
                                   return isProfileLocked(n)
                                       && !profilesIn(m_system.get()).contains(n);
                               }),
                names.end());
    return names;
}

ManagedSettings::Source ManagedSettings::profileSource(const QString &name) const
{
    const bool inSystem = profilesIn(m_system.get()).contains(name);
    if (isProfileLocked(name))
        return inSystem ? Source::System : Source::Default;
    if (profilesIn(m_user.get()).contains(name))
        return Source::User;
    return inSystem ? Source::System : Source::Default;
}

Expected<BackendProfile, QString> ManagedSettings::readProfile(const QString &name) const
{
    auto profile = readProfileFile(name);
    if (!profile)
        return profile;
    fillCredentials(*profile, m_credentials->read(name));
    return profile;
}

void fillCredentials(BackendProfile &profile, const Credentials &stored)
{
    if (profile.token.isEmpty())
        profile.token = stored.token;
    if (profile.clientId.isEmpty())
        profile.clientId = stored.clientId;
    if (profile.apiKey.isEmpty())
        profile.apiKey = stored.apiKey;
}

Expected<BackendProfile, QString> ManagedSettings::readProfileFile(const QString &name) const
{
    QSettings *file = nullptr;
    switch (profileSource(name)) {
    case Source::User:
        file = m_user.get();
        break;
    case Source::System:
        file = m_system.get();
        break;
    case Source::Default:
        return unexpected(
            QCoreApplication::translate("paydesk::ManagedSettings", "There is no profile \"%1\".")
                .arg(name));
    }
    return paydesk::readProfile(*file, name);
}

QString ManagedSettings::cannotWrite(const QString &name) const
{
    if (isProfileLocked(name))
        return QCoreApplication::translate(
                   "paydesk::ManagedSettings",
                   "The profile \"%1\" is set by the system administrator and cannot be "
                   "changed here.")
            .arg(name);
    return {};
}

QString ManagedSettings::cannotRemove(const QString &name) const
{
    if (isProfileLocked(name))
        return QCoreApplication::translate(
                   "paydesk::ManagedSettings",
                   "The profile \"%1\" is set by the system administrator and cannot be "
                   "removed here.")
            .arg(name);
    if (!profilesIn(m_user.get()).contains(name))
        return QCoreApplication::translate(
                   "paydesk::ManagedSettings",
                   "The profile \"%1\" comes from the system-wide settings and cannot be removed "
                   "here.")
            .arg(name);
    return {};
}

QString ManagedSettings::writeProfileFile(const BackendProfile &profile)
{
    BackendProfile withoutSecrets = profile;
    withoutSecrets.token.clear();
    withoutSecrets.clientId.clear();
    withoutSecrets.apiKey.clear();
    paydesk::writeProfile(*m_user, withoutSecrets);
    m_user->sync();
    if (m_user->status() != QSettings::NoError)
        return QCoreApplication::translate("paydesk::ManagedSettings",
                                           "The settings cannot be saved to %1.")
            .arg(m_user->fileName());
    return {};
}

QString ManagedSettings::writeProfile(const BackendProfile &profile)
{
    if (const QString refused = cannotWrite(profile.name); !refused.isEmpty())
        return refused;
    if (const QString problem = m_credentials->write(
            profile.name, Credentials{profile.token, profile.clientId, profile.apiKey});
        !problem.isEmpty())
        return problem;
    return writeProfileFile(profile);
}

QString ManagedSettings::removeProfile(const QString &name)
{
    if (const QString refused = cannotRemove(name); !refused.isEmpty())
        return refused;
    m_user->remove(kProfilePrefix + name);
    m_user->sync();
    m_credentials->remove(name);
    return {};
}

QString ManagedSettings::storeCredentials(const QString &name, const Credentials &credentials)
{
    if (!profileNames().contains(name))
        return QCoreApplication::translate("paydesk::ManagedSettings",
                                           "There is no profile \"%1\".")
            .arg(name);
    return m_credentials->write(name, credentials);
}

namespace {

/// `done(problem)` from `context`'s event loop, as the credential store's answers come.
void answerLater(QObject *context, ManagedSettings::Done done, const QString &problem)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), problem] { done(problem); }, Qt::QueuedConnection);
}

} // namespace

void ManagedSettings::writeProfileAsync(const BackendProfile &profile, QObject *context, Done done)
{
    if (const QString refused = cannotWrite(profile.name); !refused.isEmpty()) {
        answerLater(context, std::move(done), refused);
        return;
    }
    m_credentials->writeAsync(profile.name,
                              Credentials{profile.token, profile.clientId, profile.apiKey}, context,
                              [this, profile, done = std::move(done)](const QString &problem) {
                                  done(problem.isEmpty() ? writeProfileFile(profile) : problem);
                              });
}

void ManagedSettings::removeProfileAsync(const QString &name, QObject *context, Done done)
{
    if (const QString refused = cannotRemove(name); !refused.isEmpty()) {
        answerLater(context, std::move(done), refused);
        return;
    }
    m_credentials->removeAsync(name, context,
                               [this, name, done = std::move(done)](const QString &problem) {
                                   if (problem.isEmpty()) {
                                       m_user->remove(kProfilePrefix + name);
                                       m_user->sync();
                                   }
                                   done(problem);
                               });
}

void ManagedSettings::storeCredentialsAsync(const QString &name, const Credentials &credentials,
                                            QObject *context, Done done)
{
    if (!profileNames().contains(name)) {
        answerLater(
            context, std::move(done),
            QCoreApplication::translate("paydesk::ManagedSettings", "There is no profile \"%1\".")
                .arg(name));
        return;
    }
    m_credentials->writeAsync(name, credentials, context, std::move(done));
}

AttemptContext ManagedSettings::context() const
{
    AttemptContext c;
    c.terminal = value(QStringLiteral("terminal/name"), QHostInfo::localHostName()).toString();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("operator");
    c.operatorName = value(QStringLiteral("terminal/operator"), user).toString();
    c.training = value(QStringLiteral("terminal/training"), false).toBool();
    return c;
}

void ManagedSettings::sync()
{
    m_user->sync();
}

} // namespace paydesk
