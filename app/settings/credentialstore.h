// Where a profile's credentials live: the system keyring through QtKeychain when one is available
// (service "Paydesk", one entry per profile), otherwise a JSON file in the user's config folder
// that only the user can read (mode 0600). PAYDESK_CREDENTIALS=file forces the file (tests,
// kiosks without a keyring); PAYDESK_CREDENTIALS=keyring refuses the file.
// Values are never logged; errors name the profile, never the secret.
#pragma once

#include <optional>

#include <QString>

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

    /// Where credentials go: the keyring when compiled in and answering, else the file.
    Backend backend() const;
    /// A sentence for the settings page when credentials go to the file; empty otherwise.
    QString warning() const;
    QString fallbackFile() const { return m_file; }

    Credentials read(const QString &profile) const;
    /// Empty, or a sentence saying why they could not be stored.
    QString write(const QString &profile, const Credentials &credentials);
    void remove(const QString &profile);

private:
    QString m_file;
    mutable std::optional<Backend> m_backend;
};

} // namespace paydesk
