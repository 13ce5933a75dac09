#include "pgconnection.h"

#include <libpq-fe.h>

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
    if (host.isEmpty() || host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
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
    c.remote = !isThisComputer(c.host);

    bool sslmodeGiven = false;
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
        c.options << key + u'=' + quoted(value);
    }
    if (!timeoutGiven)
        c.options << QStringLiteral("connect_timeout=10");
    // Another computer's server is reached over verified TLS unless the URL says otherwise.
    if (c.remote && !sslmodeGiven)
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
