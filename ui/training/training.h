// Training mode: on a machine with no backend profile, Paydesk serves the four backends itself
// (the sandbox, in-process, on a free loopback port) and sells against it. No credentials, no
// network, no real money; every sale is journaled with training=true.
#pragma once

#include <memory>

#include <QList>
#include <QUrl>

#include "backends/profile.h"
#include "core/expected.h"

namespace paydesk {

class SandboxServer;

/// The sandbox on 127.0.0.1 and a free port, or why it could not listen.
Expected<std::unique_ptr<SandboxServer>, QString> startTrainingSandbox();

/// One profile per backend, all pointing at `sandbox`: checkout (MXN, the sandbox's default),
/// offer, dots (USD) and ocho (USD). Named "training-<backend>".
QList<BackendProfile> trainingProfiles(const QUrl &sandbox);

/// The merchant printed on training receipts when the settings name none.
QString trainingMerchantName();

} // namespace paydesk
