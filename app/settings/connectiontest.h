// The connection test of a backend profile, for the setup, the settings page and
// `paydeskctl config check`: can the backend be reached, is its TLS certificate trusted, are the
// credentials accepted. It never sends anything that can create a payment: a read (Dots' list of
// intents), a GET without a body on a create endpoint (Offer, Checkout: 405 means found), or
// Ocho's query without its required parameters (400). 401/403 means the credentials are refused,
// 404 (Ocho: 501) a wrong address; any other answer means they were accepted. Offer with its token
// in the body (the default) cannot be asked without a sale: the test then says the credentials were
// not checked (credentialsAccepted unset). The README's "Install" section lists what is sent.
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "backends/profile.h"

class QNetworkAccessManager;

namespace paydesk {

class HttpJob;

/// One of a connection test's three checks, as the setup and the settings page list them.
struct ConnectionCheck
{
    enum class Result
    {
        Passed,
        Failed,
        NotChecked, ///< not reached that far, or the backend cannot be asked (said why)
    };
    Result result = Result::NotChecked;
    QString text; ///< what was checked and what was found, one line
    QString todo; ///< what to do when it failed or was not checked (may be empty)
};

struct ConnectionReport
{
    enum class Outcome
    {
        Ok, ///< reached, TLS trusted (if https), credentials accepted (or none needed)
        InvalidProfile, ///< the profile cannot be used (URL, http:// to a remote host, CA file)
        Unreachable, ///< connection refused, host not found
        Tls, ///< the certificate is not trusted
        CredentialsRefused, ///< 401 / 403 to a probe that carried the credentials
        WrongEndpoint, ///< 404 (405 to a read): the base URL (or Checkout's path) is not the
                       ///< backend's
        NoAnswer, ///< timeout, connection lost, 5xx, unreadable
    };

    Outcome outcome = Outcome::NoAnswer;
    bool reachable = false;
    std::optional<bool> tlsTrusted; ///< unset for http://
    /// Unset when not reached, when none are needed, or when the probe cannot carry them.
    std::optional<bool> credentialsAccepted;
    bool credentialsNeeded = true;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString detail; ///< for support: the error's kind, status and message, secrets masked

    bool ok() const { return outcome == Outcome::Ok; }
    /// One sentence for an installer or a cashier.
    QString summary() const;
    /// The three checks, in order: reached at the base URL, the certificate trusted, the
    /// credentials accepted; each passed, failed or not checked, with what to do.
    QList<ConnectionCheck> checks() const;
    /// A short stable name: "ok", "invalid-profile", "unreachable", "tls", "credentials-refused",
    /// "wrong-endpoint", "no-answer".
    QString outcomeName() const;
    /// paydeskctl's exit code: 0 ok, 2 invalid profile or wrong endpoint, 3 credentials refused,
    /// 4 unreachable, TLS or no answer.
    int exitCode() const;
};

/// One asynchronous test; finished() is emitted exactly once after start().
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(QNetworkAccessManager *network, BackendProfile profile,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();
    void cancel();
    bool isRunning() const;
    const ConnectionReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void onJobFinished();

    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    std::unique_ptr<HttpJob> m_job;
    ConnectionReport m_report;
};

/// Runs one test to its end in a local event loop (paydeskctl, tests).
ConnectionReport testConnection(const BackendProfile &profile);

} // namespace paydesk
