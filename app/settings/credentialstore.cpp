#include "credentialstore.h"

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include "core/answer.h"
#include "core/serialworker.h"

#ifdef PAYDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcCredentials, "paydesk.credentials")

namespace paydesk {

struct CredentialStore::State
{
    QString file; ///< the fallback file (set once)
    QMutex mutex;
    std::optional<Backend> backend; ///< guarded by mutex: known once the keyring was asked
};

namespace {

using Backend = CredentialStore::Backend;
using State = CredentialStore::State;

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

/// The keyring thread: one per process, for as long as the application (QtKeychain and GLib keep
/// their first bus connection for the process, on the thread that made it). Its event loop runs
/// the keychain jobs; the steps given to it run one at a time, in order (SerialWorker).
class KeyringThread final
{
public:
    static SerialWorker &instance()
    {
        // Never destroyed: stopped with the application (a post routine of QCoreApplication),
        // and ended with the process when there is none.
        static SerialWorker *const worker = [] {
            auto *w = new SerialWorker(QStringLiteral("keyring"));
            qAddPostRoutine(&KeyringThread::stop);
            return w;
        }();
        return *worker;
    }

private:
    /// With the application: a job still waiting for the keyring is left to the end of the
    /// process.
    static void stop()
    {
        if (!instance().stop(5000))
            qCWarning(lcCredentials, "the keyring thread did not end");
    }
};

#ifdef PAYDESK_HAVE_QTKEYCHAIN
struct JobOutcome
{
    bool answered = false; ///< false: the keyring did not answer in time
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; ///< a read's data
    bool ok() const { return answered && error == QKeychain::NoError; }
};

/// On the keyring thread: starts a keychain job (they are asynchronous) and calls `done` with
/// its outcome, or after 10 s without one: a keyring waiting for an unlock prompt nobody answers
/// must not stop the till, nor pass for an answer. Takes the job: it deletes itself once it has
/// answered, however late.
void runJob(QKeychain::Job *job, std::function<void(const JobOutcome &)> done)
{
    Q_ASSERT(KeyringThread::instance().isCurrent());
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    auto *deadline = new QTimer;
    deadline->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, deadline, settled, done] {
        if (std::exchange(*settled, true))
            return; // too late: the caller was told it did not answer
        delete deadline;
        JobOutcome outcome;
        outcome.answered = true;
        outcome.error = job->error();
        outcome.errorString = job->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            outcome.text = read->textData();
        done(outcome);
    });
    QObject::connect(deadline, &QTimer::timeout, deadline, [deadline, settled, done] {
        if (std::exchange(*settled, true))
            return;
        deadline->deleteLater();
        JobOutcome outcome;
        outcome.errorString = QCoreApplication::translate(
            "paydesk::CredentialStore", "The system keyring did not answer within 10 s.");
        done(outcome);
    });
    deadline->start(10000);
    job->start();
}
#endif

void settle(State &state, Backend backend)
{
    const QMutexLocker lock(&state.mutex);
    state.backend = backend;
}

/// On the keyring thread: `then(backend)`, once known (the first time, a keychain job asks).
void withBackend(const std::shared_ptr<State> &state, std::function<void(Backend)> then)
{
    {
        QMutexLocker lock(&state->mutex);
        if (state->backend) {
            const Backend known = *state->backend;
            lock.unlock();
            then(known);
            return;
        }
    }
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (qEnvironmentVariable("PAYDESK_CREDENTIALS") != u"file") {
        // A read of an entry that is not there answers EntryNotFound when a keyring is there,
        // NoBackendAvailable (or another error) when none is.
        auto *probe = new QKeychain::ReadPasswordJob(kService);
        probe->setKey(QStringLiteral("paydesk-keyring-probe"));
        runJob(probe, [state, then = std::move(then)](const JobOutcome &outcome) {
            Backend backend = Backend::File;
            if (outcome.answered
                && (outcome.error == QKeychain::NoError
                    || outcome.error == QKeychain::EntryNotFound))
                backend = Backend::Keyring;
            else
                qCDebug(lcCredentials, "no keyring (%s): credentials go to a user-only file",
                        qPrintable(outcome.errorString));
            settle(*state, backend);
            then(backend);
        });
        return;
    }
#endif
    settle(*state, Backend::File);
    then(Backend::File);
}

QString notSaved(const QString &profile, const QString &why)
{
    return QCoreApplication::translate(
               "paydesk::CredentialStore",
               "The credentials of \"%1\" cannot be saved in the keyring: %2")
        .arg(profile, why);
}

/// The work itself, on the keyring thread: each calls `done` once with its result.
void readOn(const std::shared_ptr<State> &state, const QString &profile,
            std::function<void(Credentials)> done)
{
    withBackend(state, [state, profile, done = std::move(done)](Backend backend) {
#ifdef PAYDESK_HAVE_QTKEYCHAIN
        if (backend == Backend::Keyring) {
            auto *job = new QKeychain::ReadPasswordJob(kService);
            job->setKey(QStringLiteral("profile.") + profile);
            runJob(job, [done](const JobOutcome &outcome) {
                done(outcome.ok()
                         ? fromJson(QJsonDocument::fromJson(outcome.text.toUtf8()).object())
                         : Credentials{});
            });
            return;
        }
#else
        Q_UNUSED(backend)
#endif
        done(fromJson(readFile(state->file).value(profile).toObject()));
    });
}

void removeOn(const std::shared_ptr<State> &state, const QString &profile,
              std::function<void(QString)> done)
{
    withBackend(state, [state, profile, done = std::move(done)](Backend backend) {
#ifdef PAYDESK_HAVE_QTKEYCHAIN
        if (backend == Backend::Keyring) {
            auto *job = new QKeychain::DeletePasswordJob(kService);
            job->setKey(QStringLiteral("profile.") + profile);
            runJob(job, [profile, done](const JobOutcome &outcome) {
                if (outcome.answered
                    && (outcome.error == QKeychain::NoError
                        || outcome.error == QKeychain::EntryNotFound))
                    done({});
                else
                    done(QCoreApplication::translate(
                             "paydesk::CredentialStore",
                             "The credentials of \"%1\" cannot be removed from the keyring: %2")
                             .arg(profile, outcome.errorString));
            });
            return;
        }
#else
        Q_UNUSED(backend)
#endif
        QJsonObject all = readFile(state->file);
        if (!all.contains(profile)) {
            done({});
            return;
        }
        all.remove(profile);
        done(writeFile(state->file, all));
    });
}

void writeOn(const std::shared_ptr<State> &state, const QString &profile,
             const Credentials &credentials, std::function<void(QString)> done)
{
    withBackend(
        state, [state, profile, credentials, done = std::move(done)](Backend backend) mutable {
#ifdef PAYDESK_HAVE_QTKEYCHAIN
            if (backend == Backend::Keyring) {
                if (credentials.isEmpty()) {
                    removeOn(state, profile, std::move(done));
                    return;
                }
                auto *job = new QKeychain::WritePasswordJob(kService);
                job->setKey(QStringLiteral("profile.") + profile);
                job->setTextData(QString::fromUtf8(QJsonDocument(toJson(credentials)).toJson()));
                runJob(job, [profile, done](const JobOutcome &outcome) {
                    done(outcome.ok() ? QString() : notSaved(profile, outcome.errorString));
                });
                return;
            }
#else
        Q_UNUSED(backend)
#endif
            if (qEnvironmentVariable("PAYDESK_CREDENTIALS") == u"keyring") {
                done(notSaved(
                    profile,
                    QCoreApplication::translate("paydesk::CredentialStore",
                                                "No system keyring is available, and "
                                                "PAYDESK_CREDENTIALS=keyring forbids the file.")));
                return;
            }
            QJsonObject all = readFile(state->file);
            if (credentials.isEmpty()) {
                if (!all.contains(profile)) {
                    done({});
                    return;
                }
                all.remove(profile);
            } else {
                all.insert(profile, toJson(credentials));
            }
            done(writeFile(state->file, all));
        });
}

/// Work for the keyring thread that calls its argument once with its result.
template<typename Result> using Work = std::function<void(std::function<void(Result)>)>;

/// Gives `work` to the keyring thread; `deliver(result)` runs there once it has its result (on
/// the calling thread, with `ifGone`, when the application is gone).
template<typename Result>
void submit(Work<Result> work, std::function<void(Result)> deliver, Result ifGone)
{
    const bool queued = KeyringThread::instance().enqueue(
        [work = std::move(work), deliver](std::function<void()> finished) {
            work([deliver, finished](Result result) {
                deliver(std::move(result));
                finished();
            });
        });
    if (!queued)
        deliver(std::move(ifGone));
}

/// Runs `work` on the keyring thread and blocks the calling thread until its result is there.
template<typename Result> Result waitFor(Work<Result> work, Result ifGone)
{
    return KeyringThread::instance()
        .waitForStep<Result>(std::move(work))
        .value_or(std::move(ifGone));
}

/// Runs `work` on the keyring thread; `done(result)` runs on `context`'s thread, unless
/// `context` is gone by then.
template<typename Result>
void answerLater(Work<Result> work, QObject *context, std::function<void(const Result &)> done,
                 Result ifGone)
{
    submit<Result>(std::move(work), answerOn<Result>(context, std::move(done)), std::move(ifGone));
}

QString gone()
{
    return QCoreApplication::translate("paydesk::CredentialStore",
                                       "The keyring is not asked any more: Paydesk is closing.");
}

} // namespace

CredentialStore::CredentialStore(QString fallbackFile)
    : m_state(std::make_shared<State>())
{
    m_state->file = std::move(fallbackFile);
}

QString CredentialStore::fallbackFile() const
{
    return m_state->file;
}

CredentialStore::Backend CredentialStore::backend() const
{
    {
        const QMutexLocker lock(&m_state->mutex);
        if (m_state->backend)
            return *m_state->backend;
    }
    return waitFor<Backend>(
        [state = m_state](std::function<void(Backend)> done) {
            withBackend(state, std::move(done));
        },
        Backend::File);
}

std::optional<CredentialStore::Backend> CredentialStore::knownBackend() const
{
#ifdef PAYDESK_HAVE_QTKEYCHAIN
    if (qEnvironmentVariable("PAYDESK_CREDENTIALS") != u"file") {
        const QMutexLocker lock(&m_state->mutex);
        return m_state->backend;
    }
#endif
    return Backend::File;
}

QString CredentialStore::warning() const
{
    if (backend() == Backend::Keyring)
        return {};
    return QCoreApplication::translate(
               "paydesk::CredentialStore",
               "No system keyring is available: credentials are stored in %1, readable only by "
               "your user account.")
        .arg(QDir::toNativeSeparators(m_state->file));
}

Credentials CredentialStore::read(const QString &profile) const
{
    return waitFor<Credentials>(
        [state = m_state, profile](std::function<void(Credentials)> done) {
            readOn(state, profile, std::move(done));
        },
        Credentials{});
}

QString CredentialStore::write(const QString &profile, const Credentials &credentials)
{
    return waitFor<QString>(
        [state = m_state, profile, credentials](std::function<void(QString)> done) {
            writeOn(state, profile, credentials, std::move(done));
        },
        gone());
}

QString CredentialStore::remove(const QString &profile)
{
    return waitFor<QString>(
        [state = m_state, profile](std::function<void(QString)> done) {
            removeOn(state, profile, std::move(done));
        },
        gone());
}

void CredentialStore::backendAsync(QObject *context, std::function<void(Backend)> done) const
{
    answerLater<Backend>(
        [state = m_state](std::function<void(Backend)> answer) {
            withBackend(state, std::move(answer));
        },
        context, [done = std::move(done)](const Backend &backend) { done(backend); },
        Backend::File);
}

void CredentialStore::readAsync(const QString &profile, QObject *context,
                                std::function<void(const Credentials &)> done) const
{
    answerLater<Credentials>(
        [state = m_state, profile](std::function<void(Credentials)> answer) {
            readOn(state, profile, std::move(answer));
        },
        context, std::move(done), Credentials{});
}

void CredentialStore::writeAsync(const QString &profile, const Credentials &credentials,
                                 QObject *context, std::function<void(const QString &)> done)
{
    answerLater<QString>(
        [state = m_state, profile, credentials](std::function<void(QString)> answer) {
            writeOn(state, profile, credentials, std::move(answer));
        },
        context, std::move(done), gone());
}

void CredentialStore::removeAsync(const QString &profile, QObject *context,
                                  std::function<void(const QString &)> done)
{
    answerLater<QString>(
        [state = m_state, profile](std::function<void(QString)> answer) {
            removeOn(state, profile, std::move(answer));
        },
        context, std::move(done), gone());
}

} // namespace paydesk
