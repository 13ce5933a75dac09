// Everything a running Paydesk window works with: the journal, the backend profiles (or the
// training sandbox and its profiles), the terminal, the merchant and the catalogue. Built once
// at start from the command line and the config file (QSettings, INI).
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "app/catalogue.h"
#include "backends/profile.h"
#include "core/expected.h"
#include "journal/journal.h"
#include "payments/saleattempt.h"
#include "sandboxserver.h"

namespace paydesk {

struct StartupOptions
{
    QString journal; ///< --journal PATH|URL (else PAYDESK_JOURNAL, else the default file)
    QString profile; ///< --profile NAME: the profile selected at start
    QString config; ///< --config FILE (else the user's Paydesk/paydesk.ini)
};

struct MerchantInfo
{
    QString name;
    QString address; ///< may hold several lines
};

class Session
{
public:
    Session() = default;
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    std::unique_ptr<Journal> journal;
    std::unique_ptr<SandboxServer> sandbox; ///< training mode only
    QList<BackendProfile> profiles;
    QStringList problems; ///< profiles that could not be read, a catalogue that could not be…
    QString initialProfile;
    bool training = false;
    AttemptContext context;
    MerchantInfo merchant;
    Catalogue catalogue;
    QString configFile;
    QString configOption; ///< --config as given; empty: the user's file over the system file

    const BackendProfile *findProfile(const QString &name) const;
};

/// The config file used when --config is not given: $XDG_CONFIG_HOME/Paydesk/paydesk.ini.
QString defaultConfigFile();

/// Opens the config, the profiles (or training mode when it has none), the journal and the
/// catalogue. The error is a sentence for the person starting Paydesk; nothing is sold then.
Expected<std::unique_ptr<Session>, QString> openSession(const StartupOptions &options);

} // namespace paydesk
