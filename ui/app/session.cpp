#include "session.h"

#include <QCoreApplication>
#include <QSettings>

#include "settings/managedsettings.h"
#include "training/training.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

Session::~Session() = default;

const BackendProfile *Session::findProfile(const QString &name) const
{
    for (const BackendProfile &p : profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString defaultConfigFile()
{
    return userSettingsFile();
}

Expected<std::unique_ptr<Session>, QString> openSession(const StartupOptions &options)
{
    auto session = std::make_unique<Session>();
    session->configFile = options.config.isEmpty() ? defaultConfigFile() : options.config;
    session->configOption = options.config;
    // The user's file over the system-wide one (managed installs), or --config FILE alone.
    const ManagedSettings settings(options.config);
    if (const QString problem = settings.formatError(); !problem.isEmpty())
        return unexpected(problem);

    const QStringList names = settings.profileNames();
    for (const QString &name : names) {
        auto profile = settings.readProfile(name);
        if (!profile) {
            session->problems << profile.error();
            continue;
        }
        applyEnvironmentCredentials(*profile);
        session->profiles.append(*profile);
    }
    if (!options.profile.isEmpty() && !names.contains(options.profile))
        return unexpected(
            tr("There is no profile \"%1\" in %2.").arg(options.profile, session->configFile));
    if (!options.profile.isEmpty() && !session->findProfile(options.profile))
        return unexpected(session->problems.join(u'\n'));

    session->context = settings.context();
    if (names.isEmpty()) {
        auto sandbox = startTrainingSandbox();
        if (!sandbox)
            return unexpected(sandbox.error());
        session->sandbox = std::move(*sandbox);
        session->profiles = trainingProfiles(session->sandbox->url());
        session->training = true;
        session->context.training = true;
    } else if (session->profiles.isEmpty()) {
        return unexpected(tr("No profile of %1 can be used:\n%2")
                              .arg(session->configFile, session->problems.join(u'\n')));
    }
    session->initialProfile
        = options.profile.isEmpty() ? session->profiles.first().name : options.profile;

    session->merchant.name = settings
                                 .value(QStringLiteral("receipt/merchant_name"),
                                        session->training ? trainingMerchantName() : QString())
                                 .toString();
    session->merchant.address
        = settings
              .value(QStringLiteral("receipt/merchant_address"),
                     session->training ? QStringLiteral("1 Practice Lane, Training Town")
                                       : QString())
              .toString();

    const QString cataloguePath
        = settings.value(QStringLiteral("catalogue/file"), Catalogue::defaultLocation()).toString();
    if (auto catalogue = Catalogue::load(cataloguePath)) {
        session->catalogue = *catalogue;
        session->problems << catalogue->warnings();
    } else {
        session->problems << catalogue.error();
    }

    QString journalLocation = options.journal;
    if (journalLocation.isEmpty())
        journalLocation = qEnvironmentVariable("PAYDESK_JOURNAL");
    auto journal = Journal::open(journalLocation);
    if (!journal)
        return unexpected(
            tr("The journal cannot be opened, so nothing can be sold: %1").arg(journal.error()));
    session->journal = std::move(*journal);
    return session;
}

} // namespace paydesk
