#include "backenderror.h"

#include <QCoreApplication>
#include <QStringList>

namespace paydesk {

QString BackendError::kindName() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Insecure:
        return QStringLiteral("insecure_url");
    case Kind::NotReached:
        return QStringLiteral("not_reached");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionLost:
        return QStringLiteral("connection_lost");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Declined:
        return QStringLiteral("declined");
    case Kind::Unreadable:
        return QStringLiteral("unreadable_answer");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    }
    return QString();
}

int BackendError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
    case Kind::Configuration:
    case Kind::Insecure:
        return 2;
    case Kind::Refused:
    case Kind::Declined:
        return 3;
    default:
        return 4;
    }
}

QString BackendError::cashierText() const
{
    const QString checkFirst = tr("The payment may have gone through: check before trying again.");
    switch (kind) {
    case Kind::InvalidInput:
        return message.isEmpty() ? tr("Some details of the sale are not valid.") : message;
    case Kind::Configuration:
    case Kind::Insecure:
        return tr("Paydesk is not set up correctly for this backend; nothing was sent. Call "
                  "support.");
    case Kind::NotReached:
        return tr("The payment service could not be reached; nothing was sent. You can try "
                  "again.");
    case Kind::Tls:
        return tr("The payment service's identity could not be verified; nothing was sent. Call "
                  "support.");
    case Kind::Timeout:
        return tr("The payment service did not answer in time.") + u' ' + checkFirst;
    case Kind::ConnectionLost:
        return tr("The connection broke while waiting for the answer.") + u' ' + checkFirst;
    case Kind::ServerError:
        return tr("The payment service had a problem (HTTP %1).").arg(httpStatus) + u' '
            + checkFirst;
    case Kind::Unreadable:
        return tr("The payment service's answer could not be read.") + u' ' + checkFirst;
    case Kind::Redirected:
        return tr("The payment service sent us elsewhere; Paydesk did not follow.") + u' '
            + checkFirst;
    case Kind::Canceled:
        return reach == Reach::NotSent ? tr("Canceled before anything was sent.")
                                       : tr("Canceled while waiting.") + u' ' + checkFirst;
    case Kind::Declined:
        return message.isEmpty() ? tr("The card was declined.")
                                 : tr("The card was declined: %1").arg(message);
    case Kind::Refused:
        return message.isEmpty() ? tr("The payment service refused the sale.")
                                 : tr("The payment service refused the sale: %1").arg(message);
    }
    return message;
}

QString BackendError::detail() const
{
    QStringList parts{kindName()};
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!name.isEmpty())
        parts << name;
    if (!field.isEmpty())
        parts << QStringLiteral("field %1").arg(field);
    if (!message.isEmpty())
        parts << message;
    return parts.join(QStringLiteral(" | "));
}

} // namespace paydesk
