#include "training.h"

#include <QCoreApplication>

#include "sandboxserver.h"

namespace paydesk {

Expected<std::unique_ptr<SandboxServer>, QString> startTrainingSandbox()
{
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen(0))
        return unexpected(QCoreApplication::translate(
            "paydesk::Training", "The training sandbox cannot listen on 127.0.0.1."));
    return server;
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
        out.append(p);
    }
    return out;
}

QString trainingMerchantName()
{
    return QStringLiteral("Paydesk Training Shop");
}

} // namespace paydesk
