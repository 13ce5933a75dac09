#include "training.h"

#include <QCoreApplication>

#include "backends/backendspec.h"
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
    for (const BackendSpec *spec : backendSpecs()) {
        BackendProfile p;
        p.kind = spec->kind;
        p.name = QStringLiteral("training-") + backendName(spec->kind);
        p.baseUrl = sandbox;
        p.timeoutMs = 15000;
        // The sandbox replays an answer for a repeated Idempotency-Key, as the journal expects.
        p.honoursIdempotencyKey = true;
        p.sandbox = true; // its lookup by key may settle a sale (docs/retries.md)
        p.training = true; // and only a training sale's (app/payments/verifier.h)
        // Its currency and what a store's profile would fill in at the till.
        spec->trainingDefaults(p);
        out.append(p);
    }
    return out;
}

QString trainingMerchantName()
{
    return QStringLiteral("Paydesk Training Shop");
}

} // namespace paydesk
