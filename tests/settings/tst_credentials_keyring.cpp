// The credential store against a real Secret Service: gnome-keyring on a private D-Bus session
// bus with an unlocked, throwaway login keyring (ctest runs this through with-keyring.sh). What an
// installer would check: the keyring is chosen and no warning is shown; credentials round-trip
// per profile, profiles do not mix, removal removes; the secrets are in the keyring (secret-tool
// finds them, a second store and paydeskctl read them) and in no file in plain text; paydeskctl
// config show masks them. Without a reachable keyring (a child process whose bus address points
// nowhere): PAYDESK_CREDENTIALS=keyring refuses, naming the profile, and writes no file; by
// default the user-only file is used and the warning is shown.
// The keyring thread: the asynchronous calls answer on the asking object's thread, in order with
// the waiting ones, and not at all to an object that is gone; and (with the window built) the
// settings page saves a profile while the keyring daemon is stopped (SIGSTOP) for 1.5 s without
// the window's thread missing a beat: a 5 ms timer on it never waits 100 ms, and the save
// completes once the daemon runs again.
// Secrets are compared with QVERIFY, never QCOMPARE, so that a failure does not print them.
#include <csignal>
#include <optional>
#include <sys/types.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "cliprocess.h"
#include "settings/credentialstore.h"

#ifdef PAYDESK_TEST_WITH_UI
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include "settings/managedsettings.h"
#include "settingspage/profileeditor.h"
#include "settingspage/settingsdialog.h"
#include "stallmeter.h"
#include "widgetinput.h"
#endif

using paydesk::Credentials;
using paydesk::CredentialStore;

namespace {

// Set in a child process of this test: run childMain() on that fallback file instead of the tests.
constexpr char kChildVariable[] = "PAYDESK_TEST_KEYRING_CHILD";

const QString kToken = QStringLiteral("kr-token-5b1e9d0c");
const QString kClientId = QStringLiteral("kr-client-77a3");
const QString kApiKey = QStringLiteral("kr-key-e40f2b6a");
const QString kOtherToken = QStringLiteral("kr-token-other-19c4");
const QString kOtherApiKey = QStringLiteral("kr-key-other-d2f8");
// JSON and attribute-unfriendly text: quotes, a backslash, a newline, non-ASCII.
const QString kOddToken = QStringLiteral("kr-\"odd\"\\tok\nen-ñ€-2c");

QStringList allSecrets()
{
    return {kToken, kClientId, kApiKey, kOtherToken, kOtherApiKey, kOddToken};
}

bool same(const Credentials &a, const Credentials &b)
{
    return a.token == b.token && a.clientId == b.clientId && a.apiKey == b.apiKey;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

/// The entry QtKeychain keeps for a profile (schema org.qt.keychain: server = the service, user =
/// the key), as secret-tool finds it; nullopt when there is none.
std::optional<Credentials> lookUp(const QString &profile)
{
    const Run r
        = run(QStringLiteral(SECRET_TOOL),
              {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Paydesk"),
               QStringLiteral("user"), QStringLiteral("profile.") + profile},
              QProcessEnvironment::systemEnvironment());
    if (r.exitCode != 0 || r.out.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    return Credentials{o.value(QStringLiteral("token")).toString(),
                       o.value(QStringLiteral("client_id")).toString(),
                       o.value(QStringLiteral("api_key")).toString()};
}

#ifdef PAYDESK_TEST_WITH_UI
/// The process that owns the Secret Service on this (private) session bus, as the bus knows it;
/// 0 when there is none or it is not a gnome-keyring-daemon.
pid_t keyringDaemon()
{
    const Run r = run(QStringLiteral(DBUS_SEND),
                      {QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
                       QStringLiteral("--dest=org.freedesktop.DBus"),
                       QStringLiteral("/org/freedesktop/DBus"),
                       QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                       QStringLiteral("string:org.freedesktop.secrets")},
                      QProcessEnvironment::systemEnvironment());
    const QList<QByteArray> words = r.out.simplified().split(' ');
    const pid_t pid = r.exitCode == 0 ? pid_t(words.last().toLongLong()) : 0;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (pid <= 0 || !comm.open(QIODevice::ReadOnly)
        || !comm.readAll().startsWith("gnome-keyring-d"))
        return 0;
    return pid;
}
#endif

/// The first regular file under dir holding one of the secrets in plain text (UTF-8), or empty.
QString fileWithASecret(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue; // the bus's and the keyring's sockets
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : allSecrets())
            if (bytes.contains(secret.toUtf8()))
                return path;
    }
    return {};
}

/// In the child: a store on that fallback file, with the bus address and PAYDESK_CREDENTIALS the
/// parent gave. Prints what it found, never a secret.
int childMain(const QString &fallbackFile)
{
    CredentialStore store(fallbackFile);
    QTextStream out(stdout);
    out << "backend=" << (store.backend() == CredentialStore::Backend::Keyring ? "keyring" : "file")
        << '\n';
    out << "warning=" << store.warning() << '\n';
    const Credentials wanted{kToken, {}, kApiKey};
    out << "write=" << store.write(QStringLiteral("shop"), wanted) << '\n';
    const Credentials back = store.read(QStringLiteral("shop"));
    out << "read=" << (same(back, wanted) ? "same" : back.isEmpty() ? "empty" : "other") << '\n';
    return 0;
}

} // namespace

class TestCredentialsKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theKeyringIsChosen();
    void roundTrip_data();
    void roundTrip();
    void profilesDoNotMix();
    void removeRemoves();
    void configShowMasksKeyringCredentials();
    void commandsUseWhatTheSetupSaved();
    void withoutAKeyring_data();
    void withoutAKeyring();
    void noSecretInAnyFile();
    void asyncAnswersOnTheAskingThread();
    void asyncAnswersNotToAnObjectThatIsGone();
#ifdef PAYDESK_TEST_WITH_UI
    void theWindowDoesNotWaitForAStoppedKeyring();
#endif

private:
    QString fallbackFile() const
    {
        return m_dir.filePath(QStringLiteral("credentials.json"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
};

void TestCredentialsKeyring::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PAYDESK_TEST_PRIVATE_KEYRING"),
             "run through with-keyring.sh (ctest does): this test writes to the session's "
             "keyring, which must be a throwaway one");
    QVERIFY(m_dir.isValid());
    qunsetenv("PAYDESK_CREDENTIALS"); // the default: the keyring when there is one
    m_store = std::make_unique<CredentialStore>(fallbackFile());
}

void TestCredentialsKeyring::cleanup()
{
    // Whatever a test did, the file fallback was never used (removed, so that one test's leak
    // fails that test only).
    const bool used = QFile::exists(fallbackFile());
    QFile::remove(fallbackFile());
    QVERIFY2(!used, "credentials went to the fallback file");
}

void TestCredentialsKeyring::theKeyringIsChosen()
{
    QVERIFY(m_store->backend() == CredentialStore::Backend::Keyring);
    QVERIFY2(m_store->warning().isEmpty(), qPrintable(m_store->warning()));
}

void TestCredentialsKeyring::roundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("apiKey");
    QTest::newRow("token (checkout)") << QStringLiteral("shop") << kToken << QString() << QString();
    QTest::newRow("client id and api key (dots)")
        << QStringLiteral("dots-counter") << QString() << kClientId << kApiKey;
    QTest::newRow("all three") << QStringLiteral("all") << kToken << kClientId << kApiKey;
    QTest::newRow("odd characters, odd profile name")
        << QStringLiteral("café 2 \"front\"") << kOddToken << QString() << kOtherApiKey;
}

void TestCredentialsKeyring::roundTrip()
{
    QFETCH(QString, profile);
    QFETCH(QString, token);
    QFETCH(QString, clientId);
    QFETCH(QString, apiKey);
    const Credentials wanted{token, clientId, apiKey};

    const QString problem = m_store->write(profile, wanted);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(same(m_store->read(profile), wanted), "read() is not what write() stored");
    // Stored, not remembered: a second store (as the next start of paydesk) reads it too.
    QVERIFY2(same(CredentialStore(fallbackFile()).read(profile), wanted),
             "a second store reads something else");
    // In the keyring itself, under the service Paydesk and the profile's key.
    const std::optional<Credentials> inKeyring = lookUp(profile);
    QVERIFY2(inKeyring, "secret-tool finds no entry for the profile");
    QVERIFY2(same(*inKeyring, wanted), "the keyring's entry is not what write() stored");

    m_store->remove(profile);
}

void TestCredentialsKeyring::profilesDoNotMix()
{
    const QString a = QStringLiteral("counter-a");
    const QString b = QStringLiteral("counter-b");
    const Credentials first{kToken, kClientId, kApiKey};
    const Credentials second{kOtherToken, {}, kOtherApiKey};
    QVERIFY(m_store->write(a, first).isEmpty());
    QVERIFY(m_store->write(b, second).isEmpty());
    QVERIFY2(same(m_store->read(a), first), "profile a reads something else");
    QVERIFY2(same(m_store->read(b), second), "profile b reads something else");

    // Overwriting one leaves the other alone, and replaces every field (no stale client id).
    const Credentials replaced{kOddToken, {}, {}};
    QVERIFY(m_store->write(a, replaced).isEmpty());
    QVERIFY2(same(m_store->read(a), replaced), "profile a was not replaced");
    QVERIFY2(same(m_store->read(b), second), "writing profile a changed profile b");
    QVERIFY2(m_store->read(QStringLiteral("counter")).isEmpty(), "a prefix reads something");

    m_store->remove(a);
    m_store->remove(b);
}

void TestCredentialsKeyring::removeRemoves()
{
    const QString gone = QStringLiteral("gone");
    const QString kept = QStringLiteral("kept");
    const Credentials credentials{kToken, {}, kApiKey};
    QVERIFY(m_store->write(gone, credentials).isEmpty());
    QVERIFY(m_store->write(kept, credentials).isEmpty());
    QVERIFY(lookUp(gone));

    m_store->remove(gone);
    QVERIFY(m_store->read(gone).isEmpty());
    QVERIFY(CredentialStore(fallbackFile()).read(gone).isEmpty());
    QVERIFY2(!lookUp(gone), "the keyring still holds the removed profile");
    QVERIFY2(same(m_store->read(kept), credentials), "removing one profile removed another");
    m_store->remove(gone); // removing what is not there is no error

    // Writing empty credentials removes them too.
    QVERIFY(m_store->write(kept, Credentials{}).isEmpty());
    QVERIFY(m_store->read(kept).isEmpty());
    QVERIFY(!lookUp(kept));
}

void TestCredentialsKeyring::configShowMasksKeyringCredentials()
{
    // paydeskctl in a home of its own, reading the same (private) keyring through the same bus.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString userFolder = home.filePath(QStringLiteral("cfg/Paydesk"));
    {
        QSettings ini(userFolder + QStringLiteral("/paydesk.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("profile.shop/kind"), QStringLiteral("dots"));
        ini.setValue(QStringLiteral("profile.shop/base_url"),
                     QStringLiteral("https://127.0.0.1:9"));
    }
    QVERIFY(m_store->write(QStringLiteral("shop"), Credentials{{}, kClientId, kApiKey}).isEmpty());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("cfg")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home.filePath(QStringLiteral("etc")));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), home.filePath(QStringLiteral("journal.sqlite")));
    for (const char *name : {"PAYDESK_CREDENTIALS", "PAYDESK_SYSTEM_CONFIG", "PAYDESK_TOKEN",
                             "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY"})
        env.remove(QString::fromLatin1(name));

    const auto noSecretIn = [](const Run &r) {
        for (const QString &secret : allSecrets())
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                return false;
        return true;
    };

    const Run text
        = run(QStringLiteral(PAYDESKCTL), {QStringLiteral("config"), QStringLiteral("show")}, env);
    QVERIFY2(noSecretIn(text), "paydeskctl config show printed a secret");
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("credentials:  system keyring\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("profile.shop/client_id = ********    [keyring]\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("profile.shop/api_key = ********    [keyring]\n")),
             qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("profile.shop/token")), qPrintable(out));

    const Run json
        = run(QStringLiteral(PAYDESKCTL),
              {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}, env);
    QVERIFY2(noSecretIn(json), "paydeskctl config show --json printed a secret");
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("credentials")).toString(), QStringLiteral("keyring"));
    QCOMPARE(o.value(QStringLiteral("credentials_file")).toString(), QString());
    QStringList fromKeyring;
    for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
        const QJsonObject value = v.toObject();
        if (value.value(QStringLiteral("source")).toString() == u"keyring") {
            QCOMPARE(value.value(QStringLiteral("value")).toString(), QStringLiteral("********"));
            fromKeyring << value.value(QStringLiteral("key")).toString();
        }
    }
    QCOMPARE(fromKeyring,
             QStringList({QStringLiteral("profile.shop/client_id"),
                          QStringLiteral("profile.shop/api_key")}));

    QVERIFY2(!QFile::exists(userFolder + QStringLiteral("/credentials.json")),
             "paydeskctl wrote a credentials file");
    m_store->remove(QStringLiteral("shop"));
}

void TestCredentialsKeyring::commandsUseWhatTheSetupSaved()
{
    // What the setup saves (the user's paydesk.ini, the credentials in the keyring) is what
    // paydeskctl sells and verifies with: no --config, no credentials in the environment. The
    // sandbox accepts only these Dots credentials and answers everything 2.5 s late.
    paydesk::test::SandboxProcess sandbox(
        {QStringLiteral("--client-id"), kClientId, QStringLiteral("--api-key"), kApiKey,
         QStringLiteral("--fault"), QStringLiteral("delay=2500")});
    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        QSettings ini(home.filePath(QStringLiteral("cfg/Paydesk/paydesk.ini")),
                      QSettings::IniFormat);
        ini.setValue(QStringLiteral("profile.shop/kind"), QStringLiteral("dots"));
        ini.setValue(QStringLiteral("profile.shop/base_url"), sandbox.url().toString());
        ini.setValue(QStringLiteral("profile.shop/currency"), QStringLiteral("usd"));
        ini.setValue(QStringLiteral("terminal/name"), QStringLiteral("till-9"));
    }
    QVERIFY(m_store->write(QStringLiteral("shop"), Credentials{{}, kClientId, kApiKey}).isEmpty());
    const auto removeCredentials = qScopeGuard([this] { m_store->remove(QStringLiteral("shop")); });

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("cfg")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home.filePath(QStringLiteral("etc")));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), home.filePath(QStringLiteral("journal.sqlite")));
    for (const char *name : {"PAYDESK_CREDENTIALS", "PAYDESK_SYSTEM_CONFIG", "PAYDESK_TOKEN",
                             "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY"})
        env.remove(QString::fromLatin1(name));

    // The answer takes longer than this sale may wait: it may have arrived.
    const Run sold
        = run(QStringLiteral(PAYDESKCTL),
              {QStringLiteral("create"), QStringLiteral("--profile"), QStringLiteral("shop"),
               QStringLiteral("--amount"), QStringLiteral("5.00"), QStringLiteral("--timeout"),
               QStringLiteral("1"), QStringLiteral("--json")},
              env);
    QVERIFY2(sold.exitCode == 4, sold.err.constData());
    const QJsonObject record = QJsonDocument::fromJson(sold.out).object();
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    const QString id = QString::number(record.value(QStringLiteral("journal_id")).toInteger());

    // Verify finds the sale with the saved profile's credentials (a refused list would leave
    // it unknown, exit 4).
    const Run verified = run(
        QStringLiteral(PAYDESKCTL),
        {QStringLiteral("journal"), QStringLiteral("verify"), id, QStringLiteral("--json")}, env);
    QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
    const QJsonObject v = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(v.value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    QVERIFY(v.value(QStringLiteral("definite")).toBool());
    for (const QString &secret : allSecrets())
        for (const QByteArray &output : {sold.out, sold.err, verified.out, verified.err})
            QVERIFY2(!output.contains(secret.toUtf8()), "paydeskctl printed a credential");
    // The terminal the setup named is the one journaled.
    const Run shown = run(QStringLiteral(PAYDESKCTL),
                          {QStringLiteral("journal"), QStringLiteral("show"), id}, env);
    QVERIFY2(shown.out.contains("till-9"), shown.out.constData());
}

void TestCredentialsKeyring::withoutAKeyring_data()
{
    QTest::addColumn<QString>("mode"); // PAYDESK_CREDENTIALS, empty: unset
    QTest::newRow("PAYDESK_CREDENTIALS=keyring: refused") << QStringLiteral("keyring");
    QTest::newRow("default: the user-only file, with a warning") << QString();
}

void TestCredentialsKeyring::withoutAKeyring()
{
    QFETCH(QString, mode);
    // A child process: QtKeychain and GLib keep their first bus connection for the process.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("credentials.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QString::fromLatin1(kChildVariable), file);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    if (mode.isEmpty())
        env.remove(QStringLiteral("PAYDESK_CREDENTIALS"));
    else
        env.insert(QStringLiteral("PAYDESK_CREDENTIALS"), mode);

    const Run child = run(QCoreApplication::applicationFilePath(), {}, env);
    for (const QString &secret : allSecrets()) {
        QVERIFY2(!child.out.contains(secret.toUtf8()), "the child printed a secret");
        QVERIFY2(!child.err.contains(secret.toUtf8()), "the child printed a secret");
    }
    QVERIFY2(child.exitCode == 0, child.err.constData());
    const QString out = QString::fromUtf8(child.out);
    QVERIFY2(out.contains(QStringLiteral("backend=file\n")), qPrintable(out));

    if (mode == u"keyring") {
        QVERIFY2(out.contains(QStringLiteral("write=The credentials of \"shop\" cannot be saved")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PAYDESK_CREDENTIALS=keyring forbids the file")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("read=empty\n")), qPrintable(out));
        QVERIFY2(!QFile::exists(file), "the refused credentials went to the file");
    } else {
        QVERIFY2(out.contains(QStringLiteral("warning=No system keyring is available: "
                                             "credentials are stored in ")
                              + file),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("write=\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("read=same\n")), qPrintable(out));
        QCOMPARE(QFile::permissions(file),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
    }
}

void TestCredentialsKeyring::noSecretInAnyFile()
{
    // With entries in the keyring: nothing in plain text in the throwaway home (the keyring's own
    // file is encrypted with the login password) nor beside the fallback file.
    QVERIFY(m_store->write(QStringLiteral("resting"), Credentials{kToken, kClientId, kApiKey})
                .isEmpty());
    QVERIFY(lookUp(QStringLiteral("resting")));
    QVERIFY2(QDir::home().exists(QStringLiteral(".local/share/keyrings")),
             "the keyring keeps no file in the throwaway home");
    const QString inHome = fileWithASecret(QDir::homePath());
    QVERIFY2(inHome.isEmpty(), qPrintable(QStringLiteral("a secret in plain text in ") + inHome));
    const QString inDir = fileWithASecret(m_dir.path());
    QVERIFY2(inDir.isEmpty(), qPrintable(QStringLiteral("a secret in plain text in ") + inDir));
}

void TestCredentialsKeyring::asyncAnswersOnTheAskingThread()
{
    const QString profile = QStringLiteral("async");
    const Credentials wanted{kToken, kClientId, kApiKey};
    QObject context;
    std::optional<QString> written;
    QThread *answeredOn = nullptr;
    m_store->writeAsync(profile, wanted, &context, [&](const QString &problem) {
        written = problem;
        answeredOn = QThread::currentThread();
    });
    QVERIFY2(!written, "writeAsync answered before it returned");
    // A waiting call given after it runs after it: it reads what the asynchronous write wrote.
    QVERIFY2(same(m_store->read(profile), wanted), "read() after writeAsync() reads another");
    QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
    QVERIFY2(written->isEmpty(), qPrintable(*written));
    QCOMPARE(answeredOn, QThread::currentThread());
    const std::optional<Credentials> inKeyring = lookUp(profile);
    QVERIFY2(inKeyring && same(*inKeyring, wanted), "the keyring's entry is not what was written");

    std::optional<Credentials> back;
    m_store->readAsync(profile, &context, [&](const Credentials &c) {
        back = c;
        answeredOn = QThread::currentThread();
    });
    QTRY_VERIFY_WITH_TIMEOUT(back, 15000);
    QVERIFY2(same(*back, wanted), "readAsync() is not what writeAsync() stored");
    QCOMPARE(answeredOn, QThread::currentThread());
    // A second store (the next start) reads it too.
    back.reset();
    CredentialStore(fallbackFile()).readAsync(profile, &context, [&](const Credentials &c) {
        back = c;
    });
    QTRY_VERIFY_WITH_TIMEOUT(back, 15000);
    QVERIFY2(same(*back, wanted), "a second store reads something else");

    std::optional<QString> removed;
    m_store->removeAsync(profile, &context, [&](const QString &problem) { removed = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QVERIFY2(removed->isEmpty(), qPrintable(*removed));
    QVERIFY2(!lookUp(profile), "the keyring still holds the removed profile");
    back.reset();
    m_store->readAsync(profile, &context, [&](const Credentials &c) { back = c; });
    QTRY_VERIFY_WITH_TIMEOUT(back, 15000);
    QVERIFY(back->isEmpty());
    // Removing what is not there is no error.
    removed.reset();
    m_store->removeAsync(profile, &context, [&](const QString &problem) { removed = problem; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QVERIFY2(removed->isEmpty(), qPrintable(*removed));
}

void TestCredentialsKeyring::asyncAnswersNotToAnObjectThatIsGone()
{
    const QString profile = QStringLiteral("async-gone");
    auto called = std::make_shared<bool>(false);
    auto *context = new QObject;
    m_store->writeAsync(profile, Credentials{kToken, {}, {}}, context,
                        [called](const QString &) { *called = true; });
    delete context;
    // The work is done all the same; its answer goes nowhere.
    QTRY_VERIFY_WITH_TIMEOUT(lookUp(profile), 15000);
    QTest::qWait(100);
    QVERIFY(!*called);
    QVERIFY(m_store->remove(profile).isEmpty());
}

#ifdef PAYDESK_TEST_WITH_UI
void TestCredentialsKeyring::theWindowDoesNotWaitForAStoppedKeyring()
{
    using paydesk::test::child;
    using paydesk::test::type;
    // The settings page in a home of its own (its settings file; the credentials in this
    // keyring).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
    const QByteArray configDirs = qgetenv("XDG_CONFIG_DIRS");
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_CONFIG_HOME", configHome);
        qputenv("XDG_CONFIG_DIRS", configDirs);
    });
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("cfg"))));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home.filePath(QStringLiteral("etc"))));
    const QString profile = QStringLiteral("slow");

    paydesk::SettingsDialog dialog{QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isBusy());
    QTRY_VERIFY(dialog.settings().credentials().knownBackend());
    QVERIFY2(dialog.settings().credentials().knownBackend() == CredentialStore::Backend::Keyring,
             "no keyring chosen");
    QVERIFY2(!child<QLabel>(&dialog, "credentialWarning")->isVisible(),
             qPrintable(child<QLabel>(&dialog, "credentialWarning")->text()));
    paydesk::ProfileEditor *editor = dialog.profileEditor();
    type(child<QLineEdit>(editor, "nameEdit"), profile);
    auto *kind = child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("checkout")));
    type(child<QLineEdit>(editor, "baseUrlEdit"), QStringLiteral("https://127.0.0.1:9"));
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    const auto removeCredentials = qScopeGuard([&] { m_store->remove(profile); });

    const pid_t daemon = keyringDaemon();
    QVERIFY2(daemon > 0, "the Secret Service's gnome-keyring-daemon is not found on the bus");

    QElapsedTimer clock;
    clock.start();

    QVERIFY(::kill(daemon, SIGSTOP) == 0);
    bool stopped = true;
    const auto resume = qScopeGuard([&] {
        if (stopped)
            ::kill(daemon, SIGCONT);
    });
    paydesk::test::StallMeter meter; // the window's thread, from here
    QSignalSpy saved(&dialog, &paydesk::SettingsDialog::profileSaved);
    qint64 savedAt = -1;
    connect(&dialog, &paydesk::SettingsDialog::profileSaved, this,
            [&] { savedAt = clock.elapsed(); });
    // The one Save: the profile being edited, then the other tabs, then the dialog closes.
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save),
                      Qt::LeftButton);

    // The page says what it waits for and cannot be saved twice meanwhile.
    QVERIFY(dialog.isBusy());
    QCOMPARE(dialog.profileMessage(), QStringLiteral("Saving the credentials to the keyring…"));
    QVERIFY(
        !child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());

    qint64 continuedAt = -1;
    bool busyUntilThen = false;
    QTimer::singleShot(1500, this, [&] {
        busyUntilThen = dialog.isBusy() && saved.isEmpty();
        continuedAt = clock.elapsed();
        ::kill(daemon, SIGCONT);
        stopped = false;
    });
    QVERIFY(saved.wait(15000));
    QTRY_VERIFY(!dialog.isBusy()); // the saved profile's credentials read back
    meter.stop();

    qInfo("keyring stopped for %lld ms; the save answered %lld ms after SIGCONT; the window's "
          "thread waited at most %.1f ms between two 5 ms ticks",
          continuedAt, savedAt - continuedAt, meter.longest());
    QVERIFY2(meter.longest() < 100,
             qPrintable(
                 QStringLiteral("the window's thread was blocked for %1 ms").arg(meter.longest())));
    QVERIFY2(continuedAt >= 0 && busyUntilThen, "the save answered before the keyring ran again");
    QVERIFY(savedAt >= continuedAt);
    QVERIFY2(saved.first().first().toBool(), qPrintable(dialog.profileMessage()));
    QTRY_VERIFY(!dialog.isVisible()); // everything saved: the dialog closed

    // Saved: the token in the keyring (the editor shows it again), the rest in the file.
    QCOMPARE(dialog.profileMessage(), QStringLiteral("The profile \"slow\" is saved."));
    QVERIFY2(child<QLineEdit>(editor, "tokenEdit")->text() == kToken,
             "the editor does not show the saved token");
    const std::optional<Credentials> inKeyring = lookUp(profile);
    QVERIFY2(inKeyring && same(*inKeyring, Credentials{kToken, {}, {}}),
             "the keyring's entry is not what the page saved");
    QVERIFY(paydesk::ManagedSettings().profileNames().contains(profile));
    QVERIFY2(!QFile::exists(home.filePath(QStringLiteral("cfg/Paydesk/credentials.json"))),
             "the page wrote the credentials to the file");
}
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        QCoreApplication app(argc, argv);
        return childMain(qEnvironmentVariable(kChildVariable));
    }
#ifdef PAYDESK_TEST_WITH_UI
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    TestCredentialsKeyring test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials_keyring.moc"
