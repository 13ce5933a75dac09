#include "pgconnection.h"

#include <algorithm>
#include <libpq-fe.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QUrlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcServer, "paydesk.journal.server", QtWarningMsg)

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

/// The libpq keywords a journal URL may carry in its query.
const QStringList &allowedKeys()
{
    static const QStringList keys{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("service"),
        QStringLiteral("passfile"),
    };
    return keys;
}

bool isThisComputer(const QString &host)
{
    // Empty: libpq's local socket; a path: a socket directory.
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@')
        || host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// A libpq conninfo value, single-quoted, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

/// `key` of the section `service` of a connection service file, as libpq reads it (one
/// "key=value" a line, '#' comments); empty when the file, the section or the key is missing.
QString serviceValue(const QString &file, const QString &service, const QString &key)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    bool inSection = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inSection = line == u'[' + service + u']';
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (inSection && eq > 0 && line.left(eq).trimmed() == key)
            return line.mid(eq + 1).trimmed();
    }
    return {};
}

/// `key` as libpq would take it for `service` when the URL does not give it: the service
/// (PGSERVICEFILE or ~/.pg_service.conf, then the system's pg_service.conf), then the
/// environment and libpq's compiled-in defaults (PQconndefaults: PGHOST, PGSSLMODE, PGSERVICE).
QString libpqDefault(const QString &service, const QString &key)
{
    if (!service.isEmpty()) {
        QString userFile = qEnvironmentVariable("PGSERVICEFILE");
        if (userFile.isEmpty())
            userFile = QDir::home().filePath(QStringLiteral(".pg_service.conf"));
        QString systemDir = qEnvironmentVariable("PGSYSCONFDIR");
        if (systemDir.isEmpty())
            systemDir = QStringLiteral("/etc/postgresql-common");
        for (const QString &file :
             {userFile, QDir(systemDir).filePath(QStringLiteral("pg_service.conf"))}) {
            if (QFileInfo::exists(file)) {
                // libpq reads the first file that holds the service, and only that one.
                if (const QString v = serviceValue(file, service, key); !v.isEmpty())
                    return v;
                if (!serviceValue(file, service, QStringLiteral("dbname")).isEmpty()
                    || !serviceValue(file, service, QStringLiteral("host")).isEmpty())
                    break;
            }
        }
    }
    QString value;
    if (PQconninfoOption *defaults = PQconndefaults()) {
        for (PQconninfoOption *o = defaults; o->keyword; ++o)
            if (key == QLatin1String(o->keyword) && o->val)
                value = QString::fromUtf8(o->val);
        PQconninfoFree(defaults);
    }
    return value;
}

void toDebugLog(void *, const char *message)
{
    qCDebug(lcServer).noquote() << QString::fromUtf8(message).trimmed();
}

} // namespace

Expected<PgConnection, QString> readPgUrl(const QUrl &url)
{
    PgConnection c;
    c.host = url.host();
    c.port = url.port(-1);
    c.user = url.userName();
    c.password = url.password();
    c.database = url.path().mid(1);
    QUrl shown = url;
    if (!c.password.isEmpty())
        shown.setPassword(QStringLiteral("****"));
    c.display = shown.toString();

    bool sslmodeGiven = false;
    QString service;
    bool timeoutGiven = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!allowedKeys().contains(key))
            return unexpected(tr("The journal URL %1: \"%2\" is not an option Paydesk passes to "
                                 "PostgreSQL (it takes %3).")
                                  .arg(c.display, key, allowedKeys().join(QStringLiteral(", "))));
        if (value.contains(u';'))
            return unexpected(
                tr("The journal URL %1: the value of %2 may not contain ';'.").arg(c.display, key));
        if (key == u"sslmode") {
            static const QStringList modes{
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return unexpected(tr("The journal URL %1: sslmode must be one of %2 (not \"%3\").")
                                      .arg(c.display, modes.join(QStringLiteral(", ")), value));
            sslmodeGiven = true;
        }
        timeoutGiven = timeoutGiven || key == u"connect_timeout";
        if (key == u"service")
            service = value;
        c.options << key + u'=' + quoted(value);
    }
    if (!timeoutGiven)
        c.options << QStringLiteral("connect_timeout=10");
    // The host libpq will use: the URL's, else its service's, PGHOST's or the local socket.
    if (service.isEmpty())
        service = qEnvironmentVariable("PGSERVICE");
    const QString host = c.host.isEmpty() ? libpqDefault(service, QStringLiteral("host")) : c.host;
    const QStringList hosts = host.split(u',');
    c.remote = !std::all_of(hosts.cbegin(), hosts.cend(),
                            [](const QString &h) { return isThisComputer(h.trimmed()); });
    // Another computer's server is reached over verified TLS unless the URL says otherwise, or
    // the service or the environment chose a mode other than libpq's default (prefer).
    const QString chosen
        = sslmodeGiven ? QString() : libpqDefault(service, QStringLiteral("sslmode"));
    if (c.remote && !sslmodeGiven && (chosen.isEmpty() || chosen == u"prefer"))
        c.options << QStringLiteral("sslmode=verify-full");
    return c;
}

void applyPgConnection(QSqlDatabase &db, const PgConnection &c)
{
    if (!c.host.isEmpty())
        db.setHostName(c.host);
    if (c.port >= 0)
        db.setPort(c.port);
    db.setUserName(c.user);
    db.setPassword(c.password);
    if (!c.database.isEmpty())
        db.setDatabaseName(c.database);
    db.setConnectOptions(c.options.join(u';'));
}

void routeServerNotices(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type of its PGconn* handle after the struct: "pg_conn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return;
    if (auto *connection = *static_cast<PGconn *const *>(handle.constData()))
        PQsetNoticeProcessor(connection, &toDebugLog, nullptr);
}

} // namespace paydesk
