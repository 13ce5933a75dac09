// paydeskctl config show|check: the effective settings of this computer (the user's file over
// the system-wide file, locks, where each value comes from; credentials masked) and the
// connection test of its profiles (reachability, TLS, credentials accepted), for installers'
// scripts. Nothing is sold and no secret is printed.
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include "commands.h"
#include "exitcodes.h"
#include "settings/connectiontest.h"
#include "settings/credentialstore.h"
#include "settings/managedsettings.h"

namespace paydesk::cli {
namespace {

const char kConfigUsage[]
    = "Usage: paydeskctl config show [--config FILE] [--json]\n"
      "       paydeskctl config check [--profile NAME] [--config FILE] [--json]\n"
      "\n"
      "show    the effective settings: the user's file (~/.config/Paydesk/paydesk.ini) over\n"
      "        the system-wide file (/etc/xdg/Paydesk/paydesk.conf, or PAYDESK_SYSTEM_CONFIG),\n"
      "        where each value comes from, which keys are locked; credentials are masked\n"
      "check   for each profile (or --profile NAME): is the backend reachable, is its TLS\n"
      "        certificate trusted, are the credentials accepted. Nothing is sold.\n"
      "        Exit 0 all good, 2 a profile cannot be used, 3 credentials refused,\n"
      "        4 unreachable, untrusted TLS or no answer (the worst of all profiles).\n"
      "--config FILE   that file alone, with no system-wide layer\n";

const QString kMask = QStringLiteral("********");

bool isSecretKey(const QString &key)
{
    const QString leaf = key.section(u'/', -1).toLower();
    return leaf == u"token" || leaf == u"api_key" || leaf == u"client_id"
        || leaf.contains(u"secret") || leaf.contains(u"password");
}

QString sourceName(ManagedSettings::Source source)
{
    switch (source) {
    case ManagedSettings::Source::User:
        return QStringLiteral("user");
    case ManagedSettings::Source::System:
        return QStringLiteral("system");
    case ManagedSettings::Source::Default:
        break;
    }
    return QStringLiteral("default");
}

QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

int runShow(const QCommandLineParser &p, const QCommandLineOption &configOption,
            const QCommandLineOption &jsonOption, Io io)
{
    ManagedSettings settings(p.value(configOption));
    if (const QString problem = settings.formatError(); !problem.isEmpty()) {
        io.err << "paydeskctl config: " << problem << '\n';
        return Invalid;
    }
    const CredentialStore &store = settings.credentials();
    const bool keyring = store.backend() == CredentialStore::Backend::Keyring;

    QJsonArray values;
    const QStringList keys = settings.allKeys();
    const QStringList profiles = settings.profileNames();
    for (const QString &key : keys) {
        const ManagedSettings::Source source = settings.source(key);
        if (source == ManagedSettings::Source::Default)
            continue; // a user's key overridden by a lock, or a profile's other file
        QString shown = isSecretKey(key) ? kMask : text(settings.value(key));
        // Credentials in a URL's user info (https://TOKEN@host, https://user:pass@host): refused
        // anyway (config check), never shown, whether a password follows or not.
        if (const QUrl url(shown, QUrl::StrictMode);
            url.isValid() && !url.scheme().isEmpty() && !url.userInfo().isEmpty()) {
            QUrl masked = url;
            masked.setUserInfo(kMask);
            shown = masked.toString();
        }
        values.append(QJsonObject{{QStringLiteral("key"), key},
                                  {QStringLiteral("value"), shown},
                                  {QStringLiteral("source"), sourceName(source)},
                                  {QStringLiteral("locked"), settings.isLocked(key)}});
    }
    // Credentials held in the credential store: only whether they are there.
    for (const QString &name : profiles) {
        const Credentials c = store.read(name);
        for (const auto &[leaf, value] : {std::pair{QStringLiteral("token"), c.token},
                                          std::pair{QStringLiteral("client_id"), c.clientId},
                                          std::pair{QStringLiteral("api_key"), c.apiKey}}) {
            if (value.isEmpty())
                continue;
            values.append(QJsonObject{
                {QStringLiteral("key"), QString(QStringLiteral("profile.") + name + u'/' + leaf)},
                {QStringLiteral("value"), kMask},
                {QStringLiteral("source"),
                 keyring ? QStringLiteral("keyring") : QStringLiteral("credentials-file")},
                {QStringLiteral("locked"), settings.isProfileLocked(name)}});
        }
    }
    QStringList environment;
    for (const char *name : {"PAYDESK_TOKEN", "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY"})
        if (qEnvironmentVariableIsSet(name))
            environment << QString::fromLatin1(name);

    if (p.isSet(jsonOption)) {
        QJsonObject out{
            {QStringLiteral("user_file"), settings.userFile()},
            {QStringLiteral("system_file"), settings.systemFile()},
            {QStringLiteral("system_file_exists"), settings.hasSystemFile()},
            {QStringLiteral("credentials"),
             keyring ? QStringLiteral("keyring") : QStringLiteral("file")},
            {QStringLiteral("credentials_file"), keyring ? QString() : store.fallbackFile()},
            {QStringLiteral("locks"), QJsonArray::fromStringList(settings.lockPatterns())},
            {QStringLiteral("profiles"), QJsonArray::fromStringList(profiles)},
            {QStringLiteral("environment_credentials"), QJsonArray::fromStringList(environment)},
            {QStringLiteral("values"), values}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    io.out << "user file:    " << settings.userFile() << '\n';
    if (!settings.systemFile().isEmpty())
        io.out << "system file:  " << settings.systemFile()
               << (settings.hasSystemFile() ? "" : " (not there)") << '\n';
    io.out << "credentials:  "
           << (keyring ? QStringLiteral("system keyring")
                       : QStringLiteral("file ") + store.fallbackFile()
                       + QStringLiteral(" (no keyring available)"))
           << '\n';
    if (!settings.lockPatterns().isEmpty())
        io.out << "locked:       " << settings.lockPatterns().join(QStringLiteral(", ")) << '\n';
    if (!environment.isEmpty())
        io.out << "environment:  " << environment.join(QStringLiteral(", "))
               << " (override the profiles' credentials)\n";
    io.out << "profiles:     "
           << (profiles.isEmpty() ? QStringLiteral("none (paydesk starts in training mode)")
                                  : profiles.join(QStringLiteral(", ")))
           << "\n\n";
    for (const QJsonValue &v : std::as_const(values)) {
        const QJsonObject o = v.toObject();
        io.out << o.value(QStringLiteral("key")).toString() << " = "
               << o.value(QStringLiteral("value")).toString() << "    ["
               << o.value(QStringLiteral("source")).toString()
               << (o.value(QStringLiteral("locked")).toBool() ? ", locked" : "") << "]\n";
    }
    return Ok;
}

QString yesNo(const std::optional<bool> &value, const char *yes, const char *no, const char *unset)
{
    if (!value)
        return QString::fromUtf8(unset);
    return QString::fromUtf8(*value ? yes : no);
}

int runCheck(const QCommandLineParser &p, const QCommandLineOption &configOption,
             const QCommandLineOption &profileOption, const QCommandLineOption &jsonOption, Io io)
{
    ManagedSettings settings(p.value(configOption));
    if (const QString problem = settings.formatError(); !problem.isEmpty()) {
        io.err << "paydeskctl config check: " << problem << '\n';
        return Invalid;
    }
    QStringList names = settings.profileNames();
    if (p.isSet(profileOption)) {
        if (!names.contains(p.value(profileOption))) {
            io.err << "paydeskctl config check: there is no profile \"" << p.value(profileOption)
                   << "\".\n";
            return Invalid;
        }
        names = QStringList{p.value(profileOption)};
    }
    if (names.isEmpty()) {
        io.err << "paydeskctl config check: no profile is configured (paydesk would start in "
                  "training mode).\n";
        return Invalid;
    }
    int worst = Ok;
    QJsonArray results;
    for (const QString &name : std::as_const(names)) {
        QJsonObject result{{QStringLiteral("profile"), name}};
        auto profile = settings.readProfile(name);
        ConnectionReport report;
        if (!profile) {
            report.outcome = ConnectionReport::Outcome::InvalidProfile;
            report.detail = profile.error();
        } else {
            applyEnvironmentCredentials(*profile);
            result.insert(QStringLiteral("kind"), backendName(profile->kind));
            result.insert(QStringLiteral("base_url"), profile->baseUrl.toString());
            report = testConnection(*profile);
        }
        worst = std::max(worst, report.exitCode());
        result.insert(QStringLiteral("outcome"), report.outcomeName());
        result.insert(QStringLiteral("ok"), report.ok());
        result.insert(QStringLiteral("reachable"), report.reachable);
        result.insert(QStringLiteral("tls_trusted"),
                      report.tlsTrusted ? QJsonValue(*report.tlsTrusted) : QJsonValue());
        result.insert(QStringLiteral("credentials_accepted"),
                      report.credentialsAccepted ? QJsonValue(*report.credentialsAccepted)
                                                 : QJsonValue());
        result.insert(QStringLiteral("http_status"), report.httpStatus);
        result.insert(QStringLiteral("message"), report.summary());
        result.insert(QStringLiteral("detail"), report.detail);
        results.append(result);
        if (p.isSet(jsonOption))
            continue;
        io.out << name;
        if (profile)
            io.out << " (" << backendName(profile->kind) << ", " << profile->baseUrl.toString()
                   << ")";
        io.out << ": " << (report.ok() ? "OK" : "FAILED") << '\n'
               << "  reachable:    " << (report.reachable ? "yes" : "no") << '\n'
               << "  TLS:          "
               << yesNo(report.tlsTrusted, "trusted", "NOT trusted",
                        report.reachable || !profile || profile->baseUrl.scheme() != u"https"
                            ? "not used (http)"
                            : "not reached")
               << '\n'
               << "  credentials:  "
               << yesNo(report.credentialsAccepted, "accepted", "REFUSED",
                        report.credentialsNeeded ? "not checked" : "none needed")
               << '\n'
               << "  " << report.summary() << '\n';
        if (!report.detail.isEmpty())
            io.out << "  detail: " << report.detail << '\n';
    }
    if (p.isSet(jsonOption))
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), results},
                                            {QStringLiteral("exit_code"), worst}})
                      .toJson(QJsonDocument::Indented);
    return worst;
}

} // namespace

int runConfig(const QStringList &args, const GlobalOptions &, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The config file."),
                                    QStringLiteral("file"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("One profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                  QStringLiteral("This help."));
    p.addOptions({config, profile, json, help});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show or check"));
    if (!p.parse(args)) {
        io.err << "paydeskctl config: " << p.errorText() << "\n\n" << kConfigUsage;
        return Invalid;
    }
    if (p.isSet(help)) {
        io.out << kConfigUsage;
        return Ok;
    }
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"show" && action != u"check")) {
        io.err << "paydeskctl config: give show or check\n\n" << kConfigUsage;
        return Invalid;
    }
    if (action == u"show") {
        if (p.isSet(profile)) {
            io.err << "paydeskctl config show: --profile is for check\n";
            return Invalid;
        }
        return runShow(p, config, json, io);
    }
    return runCheck(p, config, profile, json, io);
}

} // namespace paydesk::cli
