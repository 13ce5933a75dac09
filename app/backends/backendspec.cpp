#include "backendspec.h"

namespace paydesk {

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

const BackendSpec &backendSpec(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Ocho:
        return specs::ocho();
    case BackendKind::Offer:
        return specs::offer();
    case BackendKind::Dots:
        return specs::dots();
    case BackendKind::Checkout:
    case BackendKind::Stripe:
        break;
    }
    return specs::checkout();
}

} // namespace paydesk
