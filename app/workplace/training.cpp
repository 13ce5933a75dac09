#include "training.h"

#include <QCoreApplication>

#include "sandbox/sandboxserver.h"

namespace paydesk {

LocalTrainingSandbox::LocalTrainingSandbox(std::unique_ptr<SandboxServer> server)
    : m_server(std::move(server))
{ }

LocalTrainingSandbox::~LocalTrainingSandbox() = default;

QUrl LocalTrainingSandbox::url() const
{
    return m_server->url();
}

Expected<std::unique_ptr<TrainingSandbox>, QString> startTrainingSandbox()
{
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen(0))
        return unexpected(QCoreApplication::translate(
            "paydesk::Training", "The training sandbox cannot listen on 127.0.0.1."));
    return std::unique_ptr<TrainingSandbox>(
        std::make_unique<LocalTrainingSandbox>(std::move(server)));
}

QList<BackendProfile> trainingProfiles(const QUrl &sandbox)
{
    QList<BackendProfile> out;
    const std::pair<BackendKind, const char *> kinds[] = {{BackendKind::Checkout, "mxn"},
                                                          {BackendKind::Offer, "gbp"},
                                                          {BackendKind::Dots, "usd"},
                                                          {BackendKind::Ocho, "usd"}};
    for (const auto &[kind, currency] : kinds) {
        BackendProfile p;
        p.kind = kind;
        p.name = QStringLiteral("training-") + backendName(kind);
        p.baseUrl = sandbox;
        p.currency = QString::fromLatin1(currency);
        p.timeoutMs = 15000;
        // The sandbox replays an answer for a repeated Idempotency-Key, as the journal expects.
        p.honoursIdempotencyKey = true;
        p.sandbox = true; // its lookup by key may settle a sale (docs/retries.md)
        p.training = true; // and only a training sale's (app/payments/verifier.h)
        // What a store's profile would fill in at the till.
        if (kind == BackendKind::Checkout) {
            p.paymentMethods = {QStringLiteral("card"), QStringLiteral("cash")};
            p.paymentMethodEditable = false;
        }
        if (kind == BackendKind::Ocho)
            p.ochoIss = QStringLiteral("did:web:training.paydesk.example");
        out.append(p);
    }
    return out;
}

QString trainingMerchantName()
{
    return QStringLiteral("Paydesk Training Shop");
}

} // namespace paydesk
