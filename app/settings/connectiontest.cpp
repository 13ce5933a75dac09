#include "connectiontest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include "backends/backendspec.h"

namespace paydesk {
namespace {

class ProbeJob final : public HttpJob
{
public:
    using HttpJob::HttpJob;

protected:
    BackendKind backend() const override { return profile().kind; }

    Expected<RequestSpec, BackendError> buildRequest() const override
    {
        return backendSpec(profile().kind).probe(profile()).request;
    }

    void readSuccess(const QJsonDocument &, JobResult &) const override { }
};

} // namespace

QString ConnectionReport::summary() const
{
    switch (outcome) {
    case Outcome::Ok:
        if (!credentialsNeeded)
            return QCoreApplication::translate(
                "paydesk::ConnectionTest",
                "Connected: the backend answered (no credentials needed).");
        if (!credentialsAccepted)
            return QCoreApplication::translate(
                "paydesk::ConnectionTest",
                "Connected: the backend answered at this address. The credentials were not "
                "checked: this backend reads them only inside a sale.");
        return QCoreApplication::translate("paydesk::ConnectionTest",
                                           "Connected: the backend accepted the credentials.");
    case Outcome::InvalidProfile:
        return QCoreApplication::translate("paydesk::ConnectionTest",
                                           "The profile cannot be used: %1")
            .arg(detail);
    case Outcome::Unreachable:
        return QCoreApplication::translate(
            "paydesk::ConnectionTest",
            "The backend cannot be reached: check the address and the network.");
    case Outcome::Tls:
        return QCoreApplication::translate(
            "paydesk::ConnectionTest",
            "The backend's certificate is not trusted: add its CA file to the profile.");
    case Outcome::CredentialsRefused:
        return QCoreApplication::translate(
            "paydesk::ConnectionTest",
            "The backend refused the credentials: check the token or the API key.");
    case Outcome::WrongEndpoint:
        return QCoreApplication::translate(
            "paydesk::ConnectionTest",
            "The backend answered, but not at this address: check the base URL.");
    case Outcome::NoAnswer:
        return QCoreApplication::translate(
            "paydesk::ConnectionTest",
            "No usable answer came from the backend: try again, or ask support.");
    }
    return {};
}

QList<ConnectionCheck> ConnectionReport::checks() const
{
    // Each sentence spelled out in QCoreApplication::translate (summary()'s context), so lupdate
    // finds it.
    using R = ConnectionCheck::Result;
    ConnectionCheck reached, tls, credentials;

    // 1. Reached, at the backend's own address.
    if (outcome == Outcome::InvalidProfile) {
        reached = {R::NotChecked,
                   QCoreApplication::translate("paydesk::ConnectionTest",
                                               "Not asked: the profile cannot be used."),
                   detail};
    } else if (!reachable || outcome == Outcome::Unreachable) {
        reached = {R::Failed,
                   QCoreApplication::translate("paydesk::ConnectionTest",
                                               "The backend cannot be reached."),
                   QCoreApplication::translate(
                       "paydesk::ConnectionTest",
                       "Check the base URL and that this computer can reach it (network, "
                       "firewall, proxy).")};
    } else if (outcome == Outcome::WrongEndpoint) {
        reached = {R::Failed,
                   QCoreApplication::translate(
                       "paydesk::ConnectionTest",
                       "Something answered, but not this backend at this address."),
                   QCoreApplication::translate(
                       "paydesk::ConnectionTest",
                       "Check the base URL (and the path) given with the credentials.")};
    } else if (outcome == Outcome::NoAnswer) {
        reached
            = {R::Failed,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "The backend was reached but gave no usable answer."),
               QCoreApplication::translate(
                   "paydesk::ConnectionTest",
                   "Try again in a moment; if it stays so, ask the backend's support.")};
    } else {
        reached = {R::Passed,
                   QCoreApplication::translate("paydesk::ConnectionTest",
                                               "The backend answered at this address."),
                   {}};
    }

    // 2. The certificate (https only).
    if (outcome == Outcome::Tls || (tlsTrusted && !*tlsTrusted)) {
        tls = {R::Failed,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "The backend's certificate is not trusted."),
               QCoreApplication::translate(
                   "paydesk::ConnectionTest",
                   "Add the CA file of the certificate authority that signed it (Trusted CA file), "
                   "or ask the backend which one it uses.")};
    } else if (tlsTrusted) {
        tls = {R::Passed,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "The backend's certificate is trusted."),
               {}};
    } else if (reachable) {
        tls = {R::Passed,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "No certificate to check (http:// on this computer)."),
               {}};
    } else {
        tls = {R::NotChecked,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "Certificate not checked: nothing was reached."),
               {}};
    }

    // 3. The credentials.
    if (!credentialsNeeded) {
        credentials
            = {R::Passed,
               QCoreApplication::translate("paydesk::ConnectionTest", "No credentials are needed."),
               {}};
    } else if (outcome == Outcome::CredentialsRefused) {
        credentials = {R::Failed,
                       QCoreApplication::translate("paydesk::ConnectionTest",
                                                   "The backend refused the credentials."),
                       QCoreApplication::translate(
                           "paydesk::ConnectionTest",
                           "Copy the token or the API key again from the backend's dashboard: "
                           "an extra space or an expired key is the usual cause.")};
    } else if (credentialsAccepted.value_or(false)) {
        credentials = {R::Passed,
                       QCoreApplication::translate("paydesk::ConnectionTest",
                                                   "The backend accepted the credentials."),
                       {}};
    } else if (outcome == Outcome::Ok) {
        credentials = {R::NotChecked,
                       QCoreApplication::translate(
                           "paydesk::ConnectionTest",
                           "Credentials not checked: this backend reads them only inside a sale."),
                       QCoreApplication::translate(
                           "paydesk::ConnectionTest",
                           "The first sale checks them; in training mode nothing is charged.")};
    } else {
        credentials
            = {R::NotChecked,
               QCoreApplication::translate("paydesk::ConnectionTest",
                                           "Credentials not checked: the backend was not reached."),
               {}};
    }
    return {reached, tls, credentials};
}

QString ConnectionReport::outcomeName() const
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::InvalidProfile:
        return QStringLiteral("invalid-profile");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::CredentialsRefused:
        return QStringLiteral("credentials-refused");
    case Outcome::WrongEndpoint:
        return QStringLiteral("wrong-endpoint");
    case Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    }
    return {};
}

int ConnectionReport::exitCode() const
{
    switch (outcome) {
    case Outcome::Ok:
        return 0;
    case Outcome::InvalidProfile:
    case Outcome::WrongEndpoint:
        return 2;
    case Outcome::CredentialsRefused:
        return 3;
    case Outcome::Unreachable:
    case Outcome::Tls:
    case Outcome::NoAnswer:
        return 4;
    }
    return 4;
}

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, BackendProfile profile,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(std::move(profile))
{ }

ConnectionTest::~ConnectionTest() = default;

bool ConnectionTest::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ConnectionTest::start()
{
    m_report = {};
    m_report.credentialsNeeded = backendSpec(m_profile.kind).needsCredentials(m_profile);
    if (const QString problem = checkBaseUrl(m_profile.baseUrl); !problem.isEmpty()) {
        m_report.outcome = ConnectionReport::Outcome::InvalidProfile;
        m_report.detail = problem;
        QTimer::singleShot(0, this, &ConnectionTest::finished);
        return;
    }
    JobOptions options;
    options.timeoutMs = m_profile.timeoutMs;
    options.caFile = m_profile.caFile;
    m_job = std::make_unique<ProbeJob>(m_network, m_profile, options);
    connect(m_job.get(), &HttpJob::finished, this, &ConnectionTest::onJobFinished);
    m_job->start();
}

void ConnectionTest::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ConnectionTest::onJobFinished()
{
    const JobResult &result = m_job->result();
    const ProbeSpec probe = backendSpec(m_profile.kind).probe(m_profile);
    ConnectionReport &r = m_report;
    r.httpStatus = result.httpStatus;
    r.elapsedMs = result.elapsedMs;
    const bool https = m_profile.baseUrl.scheme() == u"https";
    if (result.ok()) {
        r.outcome = ConnectionReport::Outcome::Ok;
        r.reachable = true;
    } else {
        const BackendError &e = *result.error;
        r.detail = e.detail();
        using Kind = BackendError::Kind;
        switch (e.kind) {
        case Kind::InvalidInput:
        case Kind::Configuration:
        case Kind::Insecure:
            r.outcome = ConnectionReport::Outcome::InvalidProfile;
            break;
        case Kind::NotReached:
            r.outcome = ConnectionReport::Outcome::Unreachable;
            break;
        case Kind::Tls:
            r.outcome = ConnectionReport::Outcome::Tls;
            r.reachable = true;
            r.tlsTrusted = false;
            break;
        case Kind::Refused:
        case Kind::Declined:
            r.reachable = true;
            if (e.httpStatus == 401 || e.httpStatus == 403)
                r.outcome = probe.carriesCredentials
                    ? ConnectionReport::Outcome::CredentialsRefused
                    : ConnectionReport::Outcome::Ok; // found; it wants what we did not send
            else if (e.httpStatus == 404 || (e.httpStatus == 405 && !probe.methodRefusalMeansFound))
                r.outcome = ConnectionReport::Outcome::WrongEndpoint;
            else
                r.outcome = ConnectionReport::Outcome::Ok; // the probe refused after auth
            break;
        case Kind::ServerError:
            if (e.httpStatus == 501 && probe.unknownMethodMeansElsewhere) {
                r.reachable = true;
                r.outcome = ConnectionReport::Outcome::WrongEndpoint;
                break;
            }
            [[fallthrough]];
        case Kind::Timeout:
        case Kind::ConnectionLost:
        case Kind::Unreadable:
        case Kind::Redirected:
        case Kind::Canceled:
            r.outcome = ConnectionReport::Outcome::NoAnswer;
            r.reachable = result.httpStatus != 0;
            break;
        }
    }
    if (r.outcome == ConnectionReport::Outcome::Ok)
        r.detail.clear(); // the probe's expected refusal (400…) is no news
    if (r.reachable && https && !r.tlsTrusted)
        r.tlsTrusted = true;
    if (r.outcome == ConnectionReport::Outcome::CredentialsRefused)
        r.credentialsAccepted = false;
    else if (r.outcome == ConnectionReport::Outcome::Ok && r.credentialsNeeded
             && probe.carriesCredentials)
        r.credentialsAccepted = true;
    Q_EMIT finished();
}

ConnectionReport testConnection(const BackendProfile &profile)
{
    QNetworkAccessManager network;
    ConnectionTest test(&network, profile);
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    test.start();
    loop.exec();
    return test.report();
}

} // namespace paydesk
