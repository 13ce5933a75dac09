#include "backendspec.h"

#include <algorithm>

namespace paydesk {

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

const QList<const BackendSpec *> &backendSpecs()
{
    // The table of descriptors: a fifth backend is one line here (and its folder and form).
    static const QList<const BackendSpec *> table{
        &specs::checkout(),
        &specs::offer(),
        &specs::dots(),
        &specs::ocho(),
    };
    return table;
}

const BackendSpec *findBackendSpec(BackendKind kind)
{
    const auto &table = backendSpecs();
    const auto it = std::find_if(table.begin(), table.end(),
                                 [kind](const BackendSpec *spec) { return spec->kind == kind; });
    return it == table.end() ? nullptr : *it;
}

const BackendSpec &backendSpec(BackendKind kind)
{
    const BackendSpec *spec = findBackendSpec(kind);
    if (!spec)
        qFatal("The descriptor table lacks the backend \"%s\".", qPrintable(backendName(kind)));
    return *spec;
}

QList<BackendKind> backendKinds()
{
    QList<BackendKind> kinds;
    for (const BackendSpec *spec : backendSpecs())
        kinds.append(spec->kind);
    return kinds;
}

QList<QCommandLineOption> saleFlags()
{
    QList<QCommandLineOption> flags;
    for (const BackendSpec *spec : backendSpecs())
        flags += spec->flags();
    return flags;
}

} // namespace paydesk
