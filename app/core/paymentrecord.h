// PaymentRecord: the one model of a backend's answer that every view, the journal and the
// CLI consume. Its JSON form is documented in docs/payment-record.md.
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "money.h"

namespace paydesk {

/// The backends Paydesk sends sales to (each one's descriptor: app/backends/backendspec.h).
/// Their names are a small table beside it (paymentrecord.cpp): the journal, below the
/// backends' descriptors, writes and reads them.
enum class BackendKind
{
    Ocho,
    Offer,
    Dots,
    Checkout,
};

QString backendName(BackendKind kind); ///< "ocho", "offer", "dots", "checkout"
QString backendTitle(BackendKind kind); ///< as people write it: "Ocho", "Offer", …
std::optional<BackendKind> backendFromName(QStringView name);

/// What wrote an answer, judged by its shape: one of the backends, or Stripe, a bare
/// PaymentIntent or Charge (as a Stripe export holds them, and Ocho's answer carries). Stripe
/// is an answer shape apart from the backends: no profile names it, nothing is sent to it.
class AnswerShape
{
public:
    AnswerShape(BackendKind backend) // NOLINT: a backend's answer is of its shape
        : m_backend(backend)
    { }
    static AnswerShape stripe() { return AnswerShape(); }

    /// The backend, or none for a Stripe object.
    std::optional<BackendKind> backend() const { return m_backend; }
    bool isStripe() const { return !m_backend; }
    friend bool operator==(const AnswerShape &, const AnswerShape &) = default;

private:
    AnswerShape() = default;
    std::optional<BackendKind> m_backend;
};

QString shapeName(AnswerShape shape); ///< backendName(), or "stripe"
QString shapeTitle(AnswerShape shape); ///< backendTitle(), or "Stripe"
std::optional<AnswerShape> shapeFromName(QStringView name);

struct Card
{
    QString brand, last4, funding, country, network, wallet;
    std::optional<int> expMonth, expYear;
};

struct Outcome
{
    QString type, networkStatus, reason, riskLevel, sellerMessage;
    std::optional<int> riskScore;
};

struct Receipt
{
    QString url, number, email;
    bool isEmpty() const { return url.isEmpty() && number.isEmpty() && email.isEmpty(); }
};

struct Charge
{
    QString id;
    QString status;
    std::optional<Money> amount, amountCaptured, amountRefunded;
    std::optional<bool> captured, paid, refunded;
    QString failureCode, failureMessage, balanceTransaction;
    QDateTime created; ///< null when the answer has none
    std::optional<Card> card;
    std::optional<Outcome> outcome;
    Receipt receipt;
};

struct Intent
{
    QString id;
    QString status; ///< normalised (see normaliseIntentStatus)
    QString rawStatus; ///< exactly as the backend wrote it; null when it sent none
    std::optional<Money> amount;
    QDateTime created;
    std::optional<bool> livemode;
    QString customer, description;
    QString clientSecret; ///< always masked
};

struct PaymentRecord
{
    AnswerShape backend = AnswerShape::stripe(); ///< the backend that answered, or Stripe
    Intent intent;
    QList<Charge> charges;
    QString latestChargeId; ///< the charge the receipt comes from; null when there is none
    Receipt receipt; ///< of the latest charge
    QJsonObject extra; ///< backend-specific fields, secrets masked
    QStringList warnings;
    QJsonValue raw; ///< the whole answer, redacted

    /// The latest charge (the one the receipt belongs to), or nullptr.
    const Charge *latestCharge() const;

    QJsonObject toJson(const QLocale &locale = QLocale()) const;
    static std::optional<PaymentRecord> fromJson(const QJsonObject &json);
};

/// Legacy Stripe names are mapped (requires_source → requires_payment_method,
/// requires_source_action → requires_action); known values pass; unknown ones are kept as
/// they are and `known` is false so the caller can warn.
QString normaliseIntentStatus(const QString &raw, bool *known = nullptr);

} // namespace paydesk
