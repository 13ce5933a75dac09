// Training mode: on a machine with no backend profile, Paydesk serves the four backends itself
// (the sandbox, in-process, on a free loopback port) and sells against it. No credentials, no
// network, no real money; every sale is journaled with training=true.
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QUrl>

#include "backends/profile.h"
#include "core/expected.h"

namespace paydesk {

class SandboxServer;

/// What the workplace needs of a training backend: where it answers. The window's training
/// mode uses the in-process sandbox (LocalTrainingSandbox); a test may give its own.
class TrainingSandbox
{
public:
    virtual ~TrainingSandbox() = default;
    virtual QUrl url() const = 0;
};

using TrainingSandboxFactory = std::function<Expected<std::unique_ptr<TrainingSandbox>, QString>()>;

/// The paydesk-sandbox server, in this process, on 127.0.0.1 and a free port.
class LocalTrainingSandbox final : public TrainingSandbox
{
public:
    explicit LocalTrainingSandbox(std::unique_ptr<SandboxServer> server);
    ~LocalTrainingSandbox() override;
    Q_DISABLE_COPY_MOVE(LocalTrainingSandbox)

    QUrl url() const override;
    SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<SandboxServer> m_server;
};

/// Starts a LocalTrainingSandbox, or says why it could not listen.
Expected<std::unique_ptr<TrainingSandbox>, QString> startTrainingSandbox();

/// One profile per backend, all pointing at `sandbox`: checkout (MXN, the sandbox's default),
/// offer, dots (USD) and ocho (USD). Named "training-<backend>". Marked as the sandbox, whose
/// lookup by key may settle a sale.
QList<BackendProfile> trainingProfiles(const QUrl &sandbox);

/// The merchant printed on training receipts when the settings name none.
QString trainingMerchantName();

} // namespace paydesk
