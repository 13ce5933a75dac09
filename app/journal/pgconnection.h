// A PostgreSQL journal's location: a postgresql:// URL read into what libpq needs. libpq's own
// options in the query (sslmode, sslrootcert…, service=) are honoured; a host that is not this
// computer gets sslmode=verify-full unless the URL says otherwise; a password may come from
// ~/.pgpass, PGPASSFILE or the service file, as libpq finds it.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/expected.h"

namespace paydesk {

struct PgConnection
{
    QString host; ///< empty: libpq's default (PGHOST, the service, the local socket)
    int port = -1; ///< -1: libpq's default
    QString user, password, database;
    QStringList options; ///< libpq keyword=value pairs, values quoted
    QString display; ///< the URL without its password, for messages
    bool remote = false; ///< the host is not this computer
};

/// Reads a postgresql:// (or postgres://) URL. Refuses a query key libpq does not take here, a
/// bad sslmode, or a value Qt's driver cannot pass on (a ';').
Expected<PgConnection, QString> readPgUrl(const QUrl &url);

/// Sets `db` (a QPSQL connection) up for `connection`.
void applyPgConnection(QSqlDatabase &db, const PgConnection &connection);

/// Server notices (NOTICE, WARNING of the server: "relation … already exists, skipping") go to
/// the debug log category paydesk.journal.server, never to the user's terminal.
void routeServerNotices(const QSqlDatabase &db);

} // namespace paydesk
