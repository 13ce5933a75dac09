// Settings for managed installs. Two files: the user's (~/.config/Paydesk/paydesk.ini, written
// by the setup and the settings page) over a system-wide one (/etc/xdg/Paydesk/paydesk.conf,
// written by an installer for a fleet of counters). A key the user's file does not set comes from
// the system file; a profile ([profile.NAME]) comes whole from one file, the user's first. The
// system file may lock keys so the cashier cannot change them:
//
//   [locks]
//   keys=receipt, profile.shop, terminal/name     ; a group, a glob (profile.*) or one key
//
// A locked key always reads the system value (what the user's file says is ignored) and cannot
// be written. With an explicit --config FILE there is one file and no system layer.
#pragma once

#include <functional>
#include <memory>

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "backends/profile.h"
#include "core/expected.h"
#include "payments/saleattempt.h"

namespace paydesk {

class CredentialStore;
struct Credentials;

/// Fills the credentials `profile` has none of from `stored` (the file's win).
void fillCredentials(BackendProfile &profile, const Credentials &stored);

/// $XDG_CONFIG_HOME/Paydesk/paydesk.ini (the default user file).
QString userSettingsFile();
/// PAYDESK_SYSTEM_CONFIG when set; else the first Paydesk/paydesk.conf that exists in
/// XDG_CONFIG_DIRS (default /etc/xdg); else /etc/xdg/Paydesk/paydesk.conf.
QString systemSettingsFile();

class ManagedSettings final
{
public:
    enum class Source
    {
        Default,
        User,
        System
    };

    /// `configFile` empty: the user's file over the system file. Otherwise that file alone.
    explicit ManagedSettings(const QString &configFile = {});
    ~ManagedSettings();
    Q_DISABLE_COPY_MOVE(ManagedSettings)

    QString userFile() const;
    QString systemFile() const; ///< empty with an explicit config file
    bool hasSystemFile() const;
    /// A file that is there but not valid INI: a sentence naming it; empty when all is well.
    QString formatError() const;

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    Source source(const QString &key) const;
    /// False (and nothing written) when the key is locked.
    bool setValue(const QString &key, const QVariant &value);
    bool remove(const QString &key);
    /// Every key that has a value, user's and system's, sorted; profiles' keys included.
    QStringList allKeys() const;

    QStringList lockPatterns() const { return m_locks; }
    bool isLocked(const QString &key) const;
    bool isProfileLocked(const QString &name) const;

    QStringList profileNames() const;
    Source profileSource(const QString &name) const;
    /// The profile from the file that defines it, with credentials from the credential store
    /// filled in where the file has none (not the environment's: see applyEnvironmentCredentials).
    Expected<BackendProfile, QString> readProfile(const QString &name) const;
    /// The profile from the file that defines it, without the credential store's credentials
    /// (the window reads those with CredentialStore::readAsync and fillCredentials).
    Expected<BackendProfile, QString> readProfileFile(const QString &name) const;
    /// Writes the profile to the user's file and its credentials to the credential store (never
    /// to the INI file). Empty, or a sentence saying why nothing was written (locked…).
    QString writeProfile(const BackendProfile &profile);
    QString removeProfile(const QString &name);
    /// Stores only the credentials of a profile (allowed for a locked system profile too: they
    /// are per computer and never in the system file). Empty, or why not.
    QString storeCredentials(const QString &name, const Credentials &credentials);
    /// Why the profile `name` cannot be written (or removed) here; empty when it can.
    QString cannotWrite(const QString &name) const;
    QString cannotRemove(const QString &name) const;

    /// The window's way to save and remove (the credential store's keyring thread answers
    /// later, see credentialstore.h): as writeProfile, removeProfile and storeCredentials, but
    /// they return at once and `done(problem)` runs later on `context`'s thread (never before
    /// they return; not at all when `context` is gone). `context` must not outlive these
    /// settings. A removal removes the credentials first: when the keyring refuses, nothing is
    /// removed.
    using Done = std::function<void(const QString &problem)>;
    void writeProfileAsync(const BackendProfile &profile, QObject *context, Done done);
    void removeProfileAsync(const QString &name, QObject *context, Done done);
    void storeCredentialsAsync(const QString &name, const Credentials &credentials,
                               QObject *context, Done done);

    /// Terminal and operator ([terminal] name=, operator=, training=), with the host name and
    /// the user's login as defaults.
    AttemptContext context() const;

    CredentialStore &credentials() const { return *m_credentials; }
    void sync();

private:
    QSettings *userSettings() const { return m_user.get(); }
    /// The profile without its secrets to the user's file; empty, or why not.
    QString writeProfileFile(const BackendProfile &profile);
    bool userHas(const QString &key) const;

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system; ///< null with an explicit config file
    std::unique_ptr<CredentialStore> m_credentials;
    QStringList m_locks;
};

} // namespace paydesk
