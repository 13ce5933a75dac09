// Where a profile's credentials live: the system keyring through QtKeychain when one is available
// (service "Paydesk", one entry per profile), otherwise a JSON file in the user's config folder
// that only the user can read (mode 0600). PAYDESK_CREDENTIALS=file forces the file (tests,
// kiosks without a keyring); PAYDESK_CREDENTIALS=keyring refuses the file.
// Values are never logged; errors name the profile, never the secret.
//
// Every read, write and removal (and the probe that decides between the keyring and the file)
// runs on one thread of the process's own, the keyring thread, one after the other in the order
// given: the keychain jobs are created, run and deleted there, on its event loop. The
// asynchronous calls (readAsync, writeAsync, removeAsync) are the window's: they return at once
// and give their answer on the context object's thread, or not at all when it is gone by then.
// The others wait for the keyring thread's answer, blocking the calling thread (no event loop
// runs meanwhile): for the command line, and for the start before the window shows. A keyring
// that does not answer within 10 s (an unlock prompt nobody answers) is an error either way.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QString>

class QObject;

namespace paydesk {

struct Credentials
{
    QString token;
    QString clientId;
    QString apiKey;

    bool isEmpty() const { return token.isEmpty() && clientId.isEmpty() && apiKey.isEmpty(); }
};

class CredentialStore final
{
public:
    enum class Backend
    {
        Keyring,
        File
    };

    explicit CredentialStore(QString fallbackFile);

    /// Where credentials go: the keyring when compiled in and answering, else the file. The
    /// first call asks the keyring (and waits for its answer).
    Backend backend() const;
    /// The backend when known without asking the keyring (the file when it is forced or there
    /// is no keyring support; else once asked); nullopt until then.
    std::optional<Backend> knownBackend() const;
    /// A sentence for the settings page when credentials go to the file; empty otherwise.
    QString warning() const;
    QString fallbackFile() const;

    Credentials read(const QString &profile) const;
    /// Empty, or a sentence saying why they could not be stored.
    QString write(const QString &profile, const Credentials &credentials);
    /// Empty (also when there was nothing to remove), or a sentence saying why not.
    QString remove(const QString &profile);

    /// As backend(), without waiting: `done(backend)` runs on `context`'s thread.
    void backendAsync(QObject *context, std::function<void(Backend)> done) const;
    /// As read(), without waiting: `done(credentials)` runs on `context`'s thread.
    void readAsync(const QString &profile, QObject *context,
                   std::function<void(const Credentials &)> done) const;
    /// As write(), without waiting: `done(problem)` runs on `context`'s thread.
    void writeAsync(const QString &profile, const Credentials &credentials, QObject *context,
                    std::function<void(const QString &problem)> done);
    /// As remove(), without waiting: `done(problem)` runs on `context`'s thread.
    void removeAsync(const QString &profile, QObject *context,
                     std::function<void(const QString &problem)> done);

    struct State; ///< shared with the work given to the keyring thread

private:
    std::shared_ptr<State> m_state;
};

} // namespace paydesk
