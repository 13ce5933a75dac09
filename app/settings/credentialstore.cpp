#include "credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#ifdef PAYDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcCredentials, "paydesk.credentials")

namespace paydesk {
namespace {

const QString kService = QStringLiteral("Paydesk");

QJsonObject toJson(const Credentials &c)
{
    QJsonObject o;
    if (!c.token.isEmpty())
        o.insert(QStringLiteral("token"), c.token);
    if (!c.clientId.isEmpty())
        o.insert(QStringLiteral("client_id"), c.clientId);
    if (!c.apiKey.isEmpty())
        o.insert(QStringLiteral("api_key"), c.apiKey);
    return o;
}

Credentials fromJson(const QJsonObject &o)
{
    return Credentials{o.value(QStringLiteral("token")).toString(),
                       o.value(QStringLiteral("client_id")).toString(),
                       o.value(QStringLiteral("api_key")).toString()};
}

QJsonObject readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeFile(const QString &path, const QJsonObject &all)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(all).toJson()) < 0 || !file.commit())
        return QCoreApplication::translate("paydesk::CredentialStore",
                                           "The credentials cannot be saved to %1.")
            .arg(path);
    // QSaveFile keeps an existing file's mode: make sure it is the user's only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

#ifdef PAYDESK_HAVE_QTKEYCHAIN
struct JobOutcome
{
    bool answered = false; ///< false: the keyring did not answer in time
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; ///< a read's data
    bool ok() const { return answered && error == QKeychain::NoError; }
};

/// Runs a keychain job (they are asynchronous) to its end, bounded by 10 s: a keyring waiting
/// for an unlock prompt nobody answers must not stop the till, nor pass for an answer. Takes the
/// job; one that has not answered deletes itself when it does.
JobOutcome runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    JobOutcome outcome;
    QEventLoop loop;
    const auto connection = QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        outcome.answered = true;
        outcome.error = job->error();
        outcome.errorString = job->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    QObject::disconnect(connection);
    if (outcome.answered) {
        delete job;
    } else {
        job->setAutoDelete(true);
        outcome.errorString = QCoreApplication::translate(
            "paydesk::CredentialStore", "The system keyring did not answer within 10 s.");
    }
    return outcome;
}
#endif

} // namespace

CredentialStore::CredentialStore(QString fallbackFile)
    : m_file(std::move(fallbackFile))
{ }

CredentialStore::Backend CredentialStore::backend() const
{
    if (m_backend)
        return *m_backend;
    m_backend = Backend::File;
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (qEnvironmentVariable("PAYDESK_CREDENTIALS") != u"file") {
        // A read of an entry that is not there answers EntryNotFound when a keyring is there,
        // NoBackendAvailable (or another error) when none is.
        auto *probe = new QKeychain::ReadPasswordJob(kService);
        probe->setKey(QStringLiteral("paydesk-keyring-probe"));
        const JobOutcome outcome = runJob(probe);
        if (outcome.answered
            && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
            m_backend = Backend::Keyring;
        else
            qCDebug(lcCredentials, "no keyring (%s): credentials go to a user-only file",
                    qPrintable(outcome.errorString));
    }
#endif
    return *m_backend;
}

QString CredentialStore::warning() const
{
    if (backend() == Backend::Keyring)
        return {};
    return QCoreApplication::translate(
               "paydesk::CredentialStore",
               "No system keyring is available: credentials are stored in %1, readable only by "
               "your user account.")
        .arg(QDir::toNativeSeparators(m_file));
}

Credentials CredentialStore::read(const QString &profile) const
{
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (backend() == Backend::Keyring) {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(QStringLiteral("profile.") + profile);
        const JobOutcome outcome = runJob(job);
        if (outcome.ok())
            return fromJson(QJsonDocument::fromJson(outcome.text.toUtf8()).object());
        return {};
    }
#endif
    return fromJson(readFile(m_file).value(profile).toObject());
}

QString CredentialStore::write(const QString &profile, const Credentials &credentials)
{
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (backend() == Backend::Keyring) {
        if (credentials.isEmpty()) {
            remove(profile);
            return {};
        }
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(QStringLiteral("profile.") + profile);
        job->setTextData(QString::fromUtf8(QJsonDocument(toJson(credentials)).toJson()));
        if (const JobOutcome outcome = runJob(job); !outcome.ok())
            return QCoreApplication::translate(
                       "paydesk::CredentialStore",
                       "The credentials of \"%1\" cannot be saved in the keyring: %2")
                .arg(profile, outcome.errorString);
        return {};
    }
#endif
    if (qEnvironmentVariable("PAYDESK_CREDENTIALS") == u"keyring")
        return QCoreApplication::translate(
                   "paydesk::CredentialStore",
                   "The credentials of \"%1\" cannot be saved in the keyring: %2")
            .arg(profile,
                 QCoreApplication::translate("paydesk::CredentialStore",
                                             "No system keyring is available, and "
                                             "PAYDESK_CREDENTIALS=keyring forbids the file."));
    QJsonObject all = readFile(m_file);
    if (credentials.isEmpty()) {
        if (!all.contains(profile))
            return {};
        all.remove(profile);
    } else {
        all.insert(profile, toJson(credentials));
    }
    return writeFile(m_file, all);
}

void CredentialStore::remove(const QString &profile)
{
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (backend() == Backend::Keyring) {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(QStringLiteral("profile.") + profile);
        runJob(job);
        return;
    }
#endif
    QJsonObject all = readFile(m_file);
    if (all.contains(profile)) {
        all.remove(profile);
        writeFile(m_file, all);
    }
}

} // namespace paydesk
