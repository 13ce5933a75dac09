// The sandbox's in-memory state: ids, intents, charges (for receipts) and idempotent attempts.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include "json.h"

namespace paydesk::sandbox {

/// The first answer given to a request that carried an Idempotency-Key.
struct Attempt
{
    QString key;
    QByteArray method;
    QString path; ///< decoded, without the query (which may hold a token)
    QByteArray target; ///< path and query as sent
    QByteArray requestBody;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/// A charge as its receipt page shows it.
struct ChargeRecord
{
    QString id;
    QString paymentIntentId;
    qint64 amount = 0; ///< minor units
    QString currency;
    qint64 created = 0; ///< seconds since the epoch
    QString description;
    QString receiptNumber;
    QString cardBrand;
    QString cardLast4;
};

class Store final
{
public:
    /// `seed` 0 draws ids from a securely seeded generator; any other value makes them repeatable.
    explicit Store(quint64 seed = 0);
    Q_DISABLE_COPY_MOVE(Store)

    /// "pi_" + 24 base62 characters, the shape of Stripe's ids.
    QString stripeId(QStringView prefix, int length = 24);
    QString randomBase62(int length);
    /// A random (version 4) UUID, lower case, without braces.
    QString uuid();
    int randomBetween(int lowest, int highest);
    /// Seconds since the epoch.
    static qint64 now();

    QString publishableKey() const { return m_publishableKey; }
    /// "1000-0001", "1000-0002", …
    QString nextReceiptNumber();
    /// Offer's increasing request number, "10311100" first.
    QString nextOfferRequestOid();

    const Attempt *attempt(const QString &key) const;
    void recordAttempt(Attempt attempt);

    /// Every intent created, by any API, oldest first.
    void addIntent(const QString &api, const QString &id, const Json &intent);
    qsizetype intentCount() const { return m_intents.size(); }
    /// The intents created by `api`, newest first.
    QList<Json> intents(QStringView api) const;
    const Json *intent(QStringView api, QStringView id) const;
    /// Replaces a stored intent (a confirm changes its status); false when there is none.
    bool replaceIntent(QStringView api, QStringView id, const Json &intent);

    void addCharge(const ChargeRecord &charge);
    const ChargeRecord *charge(const QString &id) const;

private:
    struct StoredIntent
    {
        QString api;
        QString id;
        Json object;
    };

    QRandomGenerator m_random;
    QString m_publishableKey;
    int m_receipts = 0;
    qint64 m_offerRequests = 10311100;
    QHash<QString, Attempt> m_attempts;
    QList<StoredIntent> m_intents;
    QHash<QString, ChargeRecord> m_charges;
};

} // namespace paydesk::sandbox
