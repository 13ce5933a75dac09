#include "retrypolicy.h"

namespace paydesk {

RetryAdvice retryAdvice(const BackendError &error, const BackendProfile &profile)
{
    using Kind = BackendError::Kind;
    switch (error.kind) {
    case Kind::NotReached:
        return RetryAdvice::Automatically; // refused connection, no such host: nothing arrived
    case Kind::InvalidInput:
    case Kind::Configuration:
    case Kind::Insecure:
    case Kind::Tls: // a certificate problem does not heal by itself
    case Kind::Refused:
    case Kind::Declined:
        return RetryAdvice::Never;
    case Kind::Canceled:
        if (error.reach == BackendError::Reach::NotSent)
            return RetryAdvice::Never; // the cashier stopped it; a new press is a new decision
        break;
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::ServerError:
    case Kind::Unreadable:
    case Kind::Redirected:
        break;
    }
    if (error.reach == BackendError::Reach::NotSent)
        return RetryAdvice::Automatically;
    return profile.honoursIdempotencyKey ? RetryAdvice::WithSameKey : RetryAdvice::AfterVerify;
}

QString retryAdviceName(RetryAdvice advice)
{
    switch (advice) {
    case RetryAdvice::Automatically:
        return QStringLiteral("automatically");
    case RetryAdvice::WithSameKey:
        return QStringLiteral("with_same_key");
    case RetryAdvice::AfterVerify:
        return QStringLiteral("after_verify");
    case RetryAdvice::Never:
        return QStringLiteral("never");
    }
    return QString();
}

} // namespace paydesk
