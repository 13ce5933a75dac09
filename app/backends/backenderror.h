// Errors of a sale attempt as values: what happened, whether the request can have reached the
// backend, one sentence for a cashier and one detail line for support.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk {

struct BackendError
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::BackendError)

public:
    enum class Kind
    {
        InvalidInput, ///< a field of the sale is wrong; nothing was sent
        Configuration, ///< the profile or options are wrong (URL, CA file…); nothing was sent
        Insecure, ///< plain http:// to a host that is not loopback; nothing was sent
        NotReached, ///< connection refused, host not found… the request never left
        Tls, ///< the TLS handshake failed (certificate…); the request never left
        Timeout, ///< the deadline passed before a whole answer came
        ConnectionLost, ///< the connection broke after the request may have left
        ServerError, ///< HTTP 5xx
        Refused, ///< HTTP 4xx or a body that says no (Offer status ≠ 1)
        Declined, ///< the card was declined
        Unreadable, ///< an answer that cannot be read: not JSON, too large, breaks the contract
        Redirected, ///< a redirect that was not followed (another origin, or a POST)
        Canceled, ///< the cashier canceled while waiting
    };
    /// Whether the backend can have acted on the request.
    enum class Reach
    {
        NotSent, ///< provably never reached the backend: safe to send again
        Answered, ///< the backend answered definitely
        Unknown, ///< it may have reached the backend: verify before trying again
    };

    Kind kind = Kind::Unreadable;
    Reach reach = Reach::Unknown;
    int httpStatus = 0;
    QString name; ///< the backend's own error name (XRPC "error", Stripe code…), if any
    QString message; ///< the backend's or the transport's message, secrets masked
    QString field; ///< the field at fault, if known

    /// One sentence for the cashier.
    QString cashierText() const;
    /// One line for support: kind, HTTP status, name, message, field.
    QString detail() const;
    /// paydeskctl's exit code: 2 nothing sent (bad input), 3 definite refusal, 4 no usable answer.
    int exitCode() const;
    /// A short, stable name of the kind ("timeout", "declined"…) for JSON and the journal.
    QString kindName() const;
};

} // namespace paydesk
