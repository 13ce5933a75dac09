// A PostgreSQL journal over verified TLS, on a real server: the cluster pg_virtualenv started,
// switched to ssl=on with a certificate of a test CA made here (openssl, in the test's temporary
// folder). The journal URL's libpq options are honoured: refused without the CA, refused with
// another CA, accepted with sslrootcert; a password from PGPASSFILE (.pgpass) or a service file,
// never on the command line; a host that is not this computer needs verify-full unless the URL
// says otherwise.
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cliprocess.h"
#include "journal/journal.h"
#include "journal/pgconnection.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

void openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("openssl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
}

/// The cluster superuser's password, as pg_virtualenv exported it (kept: tests unset
/// PGPASSWORD to show where else a password can come from).
const QString kSuperuserPassword = qEnvironmentVariable("PGPASSWORD");

/// The cluster's superuser, as pg_virtualenv exported it.
bool superuserSql(const QString &sql, QVariant *result = nullptr)
{
    bool ok = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("su"));
        d.setHostName(qEnvironmentVariable("PGHOST"));
        d.setPort(qEnvironmentVariableIntValue("PGPORT"));
        d.setUserName(qEnvironmentVariable("PGUSER"));
        d.setPassword(kSuperuserPassword);
        d.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        if (d.open()) {
            QSqlQuery q(d);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << sql << q.lastError().text();
            if (ok && result && q.next())
                *result = q.value(0);
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("su"));
    return ok;
}

} // namespace

class TestJournalTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedWithoutTheCa();
    void refusedWithAnotherCa();
    void acceptedWithSslrootcert();
    void passwordFromPgpass();
    void passwordFromServiceFile();
    void remoteHostNeedsVerifyFull();
    void unknownOptionRefused();
    void passwordOnTheCommandLineWarned();

private:
    QString url(const QString &query, bool password = false) const;
    int sslConnections(const QString &applicationName) const;

    QTemporaryDir m_dir;
    QString m_ca, m_otherCa, m_database;
};

void TestJournalTls::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PGHOST"), "run under pg_virtualenv");
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    // The server reads its key from here: the folder must let its user in.
    QFile::setPermissions(d,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    openssl(d,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Paydesk test CA"),
             QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
             QStringLiteral("ca.crt")});
    openssl(d,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"),
             QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
             QStringLiteral("other.crt")});
    openssl(d,
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
             QStringLiteral("server.csr")});
    QFile ext(m_dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
    ext.close();
    openssl(d,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")});
    m_ca = m_dir.filePath(QStringLiteral("ca.crt"));
    m_otherCa = m_dir.filePath(QStringLiteral("other.crt"));

    // The key belongs to the server's user (the owner of its data folder), mode 0600.
    QVariant dataDirectory;
    QVERIFY(
        superuserSql(QStringLiteral("SELECT current_setting('data_directory')"), &dataDirectory));
    struct stat data
    {
    };
    QVERIFY(::stat(QFile::encodeName(dataDirectory.toString()).constData(), &data) == 0);
    for (const char *name : {"server.key", "server.crt"}) {
        const QByteArray path = QFile::encodeName(m_dir.filePath(QLatin1String(name)));
        QVERIFY(::chmod(path.constData(), 0600) == 0);
        if (::geteuid() != data.st_uid)
            QVERIFY(::chown(path.constData(), data.st_uid, data.st_gid) == 0);
    }
    QVERIFY(superuserSql(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'")
                             .arg(m_dir.filePath(QStringLiteral("server.crt")))));
    QVERIFY(superuserSql(QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'")
                             .arg(m_dir.filePath(QStringLiteral("server.key")))));
    QVERIFY(superuserSql(QStringLiteral("ALTER SYSTEM SET ssl = on")));
    QVERIFY(superuserSql(QStringLiteral("SELECT pg_reload_conf()")));
    QVariant ssl;
    for (int i = 0; i < 50 && ssl.toString() != u"on"; ++i) {
        QThread::msleep(100);
        superuserSql(QStringLiteral("SHOW ssl"), &ssl);
    }
    QCOMPARE(ssl.toString(), QStringLiteral("on"));

    m_database = QStringLiteral("paydesk_tls_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(superuserSql(QStringLiteral("CREATE DATABASE ") + m_database));
    // No client-side CA anywhere libpq looks by itself (~/.postgresql/root.crt).
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", QFile::encodeName(home));
}

QString TestJournalTls::url(const QString &query, bool password) const
{
    return QStringLiteral("postgresql://%1%2@localhost:%3/%4?%5")
        .arg(qEnvironmentVariable("PGUSER"),
             password ? u':' + qEnvironmentVariable("PGPASSWORD") : QString(),
             qEnvironmentVariable("PGPORT"), m_database, query);
}

/// How many connections named `applicationName` use TLS.
int TestJournalTls::sslConnections(const QString &applicationName) const
{
    QVariant n;
    superuserSql(QStringLiteral("SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a "
                                "USING (pid) WHERE s.ssl AND a.application_name = '%1'")
                     .arg(applicationName),
                 &n);
    return n.toInt();
}

void TestJournalTls::refusedWithoutTheCa()
{
    const auto journal = Journal::open(url(QStringLiteral("sslmode=verify-full")));
    QVERIFY(!journal);
    QVERIFY2(journal.error().contains(QStringLiteral("root certificate")),
             qPrintable(journal.error()));
}

void TestJournalTls::refusedWithAnotherCa()
{
    const auto journal
        = Journal::open(url(QStringLiteral("sslmode=verify-full&sslrootcert=") + m_otherCa));
    QVERIFY(!journal);
    QVERIFY2(journal.error().contains(QStringLiteral("certificate verify failed")),
             qPrintable(journal.error()));
}

void TestJournalTls::acceptedWithSslrootcert()
{
    const auto journal = Journal::open(
        url(QStringLiteral("sslmode=verify-full&sslrootcert=%1&application_name=till-tls&connect_"
                           "timeout=5")
                .arg(m_ca)));
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    QVERIFY((*journal)->isPostgres());
    QCOMPARE(sslConnections(QStringLiteral("till-tls")), 1); // over TLS, named as the URL said
}

void TestJournalTls::passwordFromPgpass()
{
    const QByteArray password = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", password); });
    const QString query = QStringLiteral("sslmode=verify-full&sslrootcert=") + m_ca;
    // No password anywhere: refused.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("none"))));
    const auto without = Journal::open(url(query));
    QVERIFY(!without);
    QVERIFY2(without.error().contains(QStringLiteral("password")), qPrintable(without.error()));
    // The password in a .pgpass file (0600, as libpq wants it).
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QFile f(pgpass);
    QVERIFY(f.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    f.write(QStringLiteral("localhost:%1:%2:%3:")
                .arg(qEnvironmentVariable("PGPORT"), m_database, qEnvironmentVariable("PGUSER"))
                .toUtf8()
            + password + '\n');
    f.close();
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    const auto with = Journal::open(url(query));
    QVERIFY2(with, qPrintable(with ? QString() : with.error()));
    qunsetenv("PGPASSFILE");
}

void TestJournalTls::passwordFromServiceFile()
{
    const QByteArray password = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] {
        qputenv("PGPASSWORD", password);
        qunsetenv("PGSERVICEFILE");
    });
    const QString services = m_dir.filePath(QStringLiteral("pg_service.conf"));
    QFile f(services);
    QVERIFY(f.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    f.write(QStringLiteral("[till]\nhost=localhost\nport=%1\ndbname=%2\nuser=%3\npassword=%4\n"
                           "sslmode=verify-full\nsslrootcert=%5\napplication_name=till-service\n")
                .arg(qEnvironmentVariable("PGPORT"), m_database, qEnvironmentVariable("PGUSER"),
                     QString::fromUtf8(password), m_ca)
                .toUtf8());
    f.close();
    qputenv("PGSERVICEFILE", QFile::encodeName(services));
    const auto journal = Journal::open(QStringLiteral("postgresql:///?service=till"));
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    QCOMPARE(sslConnections(QStringLiteral("till-service")), 1);
}

void TestJournalTls::remoteHostNeedsVerifyFull()
{
    const auto remote = readPgUrl(QUrl(QStringLiteral("postgresql://till@db.example.com/shop")));
    QVERIFY(remote);
    QVERIFY(remote->remote);
    QVERIFY(remote->options.contains(QStringLiteral("sslmode=verify-full")));
    // The URL may say otherwise, explicitly.
    const auto said
        = readPgUrl(QUrl(QStringLiteral("postgresql://till@db.example.com/shop?sslmode=require")));
    QVERIFY(said);
    QVERIFY(said->options.contains(QStringLiteral("sslmode='require'")));
    QVERIFY(!said->options.join(u' ').contains(QStringLiteral("verify-full")));
    // This computer: libpq's default.
    const auto local = readPgUrl(QUrl(QStringLiteral("postgresql://till@127.0.0.1/shop")));
    QVERIFY(local);
    QVERIFY(!local->options.join(u' ').contains(QStringLiteral("sslmode")));
    // No host in the URL: the host libpq will use decides, from the service file or PGHOST.
    const QByteArray serviceFile = qgetenv("PGSERVICEFILE");
    const QByteArray pgHost = qgetenv("PGHOST");
    const QByteArray pgService = qgetenv("PGSERVICE");
    const auto restore = qScopeGuard([&] {
        for (const auto &[name, value] :
             {std::pair{"PGSERVICEFILE", serviceFile}, std::pair{"PGHOST", pgHost},
              std::pair{"PGSERVICE", pgService}}) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    });
    qunsetenv("PGSERVICE");
    const QString services = m_dir.filePath(QStringLiteral("remote_service.conf"));
    QFile f(services);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# the store's server\n[store]\nhost=db.example.com\ndbname=shop\n"
            "[store-said]\nhost=db.example.com\nsslmode=require\n"
            "[here]\nhost=/var/run/postgresql\n");
    f.close();
    qputenv("PGSERVICEFILE", QFile::encodeName(services));
    const auto viaService = readPgUrl(QUrl(QStringLiteral("postgresql:///?service=store")));
    QVERIFY(viaService);
    QVERIFY(viaService->remote);
    QVERIFY(viaService->options.contains(QStringLiteral("sslmode=verify-full")));
    const auto serviceSaid = readPgUrl(QUrl(QStringLiteral("postgresql:///?service=store-said")));
    QVERIFY(serviceSaid);
    QVERIFY(!serviceSaid->options.join(u' ').contains(QStringLiteral("verify-full")));
    const auto socket = readPgUrl(QUrl(QStringLiteral("postgresql:///?service=here")));
    QVERIFY(socket);
    QVERIFY(!socket->remote);
    qputenv("PGHOST", "db.example.com");
    const auto viaEnvironment = readPgUrl(QUrl(QStringLiteral("postgresql:///shop")));
    QVERIFY(viaEnvironment);
    QVERIFY(viaEnvironment->remote);
    QVERIFY(viaEnvironment->options.contains(QStringLiteral("sslmode=verify-full")));
    qputenv("PGHOST", "127.0.0.1");
    QVERIFY(!readPgUrl(QUrl(QStringLiteral("postgresql:///shop")))->remote);
    // A bad sslmode is refused before anything is tried.
    const auto bad
        = readPgUrl(QUrl(QStringLiteral("postgresql://till@db.example.com/shop?sslmode=weird")));
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("sslmode")), qPrintable(bad.error()));
}

void TestJournalTls::unknownOptionRefused()
{
    const auto journal = Journal::open(url(QStringLiteral("sslmode=require&keepalives=0")));
    QVERIFY(!journal);
    QVERIFY2(journal.error().contains(QStringLiteral("\"keepalives\"")),
             qPrintable(journal.error()));
}

void TestJournalTls::passwordOnTheCommandLineWarned()
{
    const QString withPassword
        = url(QStringLiteral("sslmode=verify-full&sslrootcert=") + m_ca, true);
    const Run warned = runProcess(QStringLiteral(PAYDESKCTL),
                                  {QStringLiteral("--journal"), withPassword,
                                   QStringLiteral("journal"), QStringLiteral("list")});
    QCOMPARE(warned.exitCode, 0);
    QVERIFY2(warned.err.contains("process list (ps)"), warned.err.constData());
    QVERIFY(!warned.err.contains(qgetenv("PGPASSWORD")));
    // The same journal from PAYDESK_JOURNAL (only this user can read a process's environment):
    // no warning.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), withPassword);
    const Run quiet = runProcess(QStringLiteral(PAYDESKCTL),
                                 {QStringLiteral("journal"), QStringLiteral("list")}, env);
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.err, QByteArray());
}

QTEST_GUILESS_MAIN(TestJournalTls)
#include "tst_journal_tls.moc"
