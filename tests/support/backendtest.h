// What the integration tests share: a profile and a valid sale for each backend, a sandbox that
// accepts that profile's credentials, one create job run to its end, a free loopback port.
#pragma once

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUuid>

#include "backends/jobs.h"
#include "sandbox/sandboxserver.h"

namespace paydesk::test {

/// The credentials of profileFor(), accepted by a sandbox with these options.
inline SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.token = QStringLiteral("tok-integration-1");
    options.clientId = QStringLiteral("client-integration");
    options.apiKey = QStringLiteral("key-integration-1");
    return options;
}

inline BackendProfile profileFor(BackendKind kind, const QUrl &url)
{
    BackendProfile p;
    p.name = backendName(kind);
    p.kind = kind;
    p.baseUrl = url;
    p.token = QStringLiteral("tok-integration-1");
    p.clientId = QStringLiteral("client-integration");
    p.apiKey = QStringLiteral("key-integration-1");
    p.currency = QStringLiteral("usd");
    return p;
}

/// A valid sale for each backend, of `minor` units where the backend takes an amount.
inline Sale saleFor(BackendKind kind, qint64 minor = 1250)
{
    const BackendProfile p = profileFor(kind, QUrl());
    const QString amount = toDecimalString(minor, u"usd");
    Expected<Sale, FieldIssues> sale = unexpected(FieldIssues{});
    switch (kind) {
    case BackendKind::Ocho:
        sale = validateSale(OchoForm{QStringLiteral("did:plc:ewvi7nxzy"), amount, QString(),
                                     QStringLiteral("order-9")},
                            p);
        break;
    case BackendKind::Offer:
        sale = validateSale(
            OfferForm{QStringLiteral("10311080"), {QStringLiteral("core"), QStringLiteral("ad")}},
            p);
        break;
    case BackendKind::Dots: {
        DotsForm form;
        form.amount = amount;
        sale = validateSale(form, p);
        break;
    }
    default: {
        CheckoutForm form;
        form.client = QStringLiteral("Ana");
        form.reference = QStringLiteral("ORD-1");
        form.currency = QStringLiteral("mxn");
        form.items = {{QStringLiteral("X"), QStringLiteral("Thing"), 1, minor}};
        sale = validateSale(form, p);
    }
    }
    if (!sale)
        qFatal("test sale is invalid");
    return *sale;
}

/// Runs one create job to its end (a new Idempotency-Key unless the options name one); fatal
/// when finished() does not come exactly once.
inline JobResult runCreate(QNetworkAccessManager *network, const BackendProfile &profile,
                           const Sale &sale, JobOptions options = {})
{
    if (options.idempotencyKey.isEmpty())
        options.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto job = makeCreateJob(network, profile, sale, options);
    QSignalSpy finished(job.get(), &HttpJob::finished);
    job->start();
    if (!finished.wait(options.timeoutMs + 10000))
        qFatal("the job never finished");
    if (finished.size() != 1)
        qFatal("finished() was emitted %lld times", qlonglong(finished.size()));
    return job->result();
}

/// A loopback port nobody listens on (at the time of the call).
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace paydesk::test
