// Demo data: synthetic training entries (terminal "DEMO") for demonstrations, screenshots and
// benchmarks, written straight into the journal in large transactions. Nothing here is a sale.
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include "journal.h"
#include "journalsql.h"

namespace paydesk {

using namespace journalsql;

Expected<qint64, QString> Journal::seedDemo(qint64 count, quint32 seed)
{
    QRandomGenerator random(seed);
    QSqlDatabase d = db();
    const qint64 now = nowMs();
    const qint64 span = 30LL * 24 * 3600 * 1000; // the last 30 days
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const auto token = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(alphabet[random.bounded(62)]);
        return s;
    };
    const BackendKind backends[]
        = {BackendKind::Checkout, BackendKind::Dots, BackendKind::Ocho, BackendKind::Offer};
    const char *currencies[] = {"mxn", "usd", "usd", "gbp"};
    const char *brands[] = {"visa", "mastercard", "amex", "discover"};
    // Checkout's walk-in clients by name (not drawn from `random`: the same seed gives the
    // same entries as before clients were kept).
    const char *clients[] = {"Ana López", "Walk-in",   "Jean Dupont", "María García",
                             "Walk-in",   "Tom Baker", "Lucía Pérez", "Walk-in"};
    qint64 written = 0;
    const qint64 batch = 10000;
    QSqlQuery q(d);
    while (written < count) {
        if (const QSqlError failed = beginWrite(); failed.isValid())
            return unexpected(sqlError(tr("cannot be written"), failed));
        q.prepare(QStringLiteral(
            "INSERT INTO entries (created_at, updated_at, terminal, operator, profile, backend, "
            "training, idempotency_key, state, owner, deadline_at, sale, intent_id, charge_id, "
            "amount_minor, currency, status, card_brand, last4, reference, receipt_number, "
            "client, gid) VALUES (:c, :u, 'DEMO', 'demo', 'training', :backend, 1, :key, :state, "
            "'seed', :c2, '{\"demo\":true}', :intent, :charge, :amount, :currency, :status, "
            ":brand, :last4, :ref, :receipt, :client, :gid)"));
        const qint64 end = qMin(count, written + batch);
        for (qint64 i = written; i < end; ++i) {
            const qint64 created = now - span + (span * i) / qMax<qint64>(1, count);
            const int b = int(random.bounded(4));
            const int roll = int(random.bounded(100));
            const JournalState state = roll < 80 ? JournalState::Succeeded
                : roll < 88                      ? JournalState::Created
                : roll < 93                      ? JournalState::Declined
                : roll < 97                      ? JournalState::Failed
                                                 : JournalState::Unknown;
            const bool charged = backends[b] == BackendKind::Checkout
                && (state == JournalState::Succeeded || state == JournalState::Declined);
            q.bindValue(QStringLiteral(":c"), created);
            q.bindValue(QStringLiteral(":u"), created + 800);
            q.bindValue(QStringLiteral(":c2"), created + 30000);
            q.bindValue(QStringLiteral(":backend"), backendName(backends[b]));
            q.bindValue(QStringLiteral(":key"), QStringLiteral("demo-%1-%2").arg(seed).arg(i));
            q.bindValue(QStringLiteral(":state"), stateName(state));
            q.bindValue(QStringLiteral(":intent"), QString(QStringLiteral("pi_demo") + token(17)));
            q.bindValue(QStringLiteral(":charge"),
                        charged ? QVariant(QString(QStringLiteral("ch_demo") + token(17)))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":amount"), qint64(random.bounded(100, 500000)) / 10 * 10);
            q.bindValue(QStringLiteral(":currency"), QLatin1String(currencies[b]));
            q.bindValue(QStringLiteral(":status"), stateName(state));
            q.bindValue(QStringLiteral(":brand"),
                        charged ? QVariant(QLatin1String(brands[random.bounded(4)]))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":last4"),
                        charged ? QVariant(
                            QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QChar(u'0')))
                                : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":ref"),
                        QStringLiteral("DEMO-%1").arg(i, 7, 10, QChar(u'0')));
            q.bindValue(QStringLiteral(":client"),
                        backends[b] == BackendKind::Checkout
                            ? QVariant(QString::fromUtf8(clients[i % 8]))
                            : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":receipt"),
                        charged && state == JournalState::Succeeded
                            ? QVariant(QStringLiteral("%1-%2")
                                           .arg(1000 + (i / 10000))
                                           .arg(i % 10000, 4, 10, QChar(u'0')))
                            : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(QStringLiteral(":gid"), newGlobalId());
            if (!q.exec()) {
                const QString e = sqlError(tr("cannot be seeded"), q);
                d.rollback();
                return unexpected(e);
            }
        }
        if (!d.commit())
            return unexpected(sqlError(tr("cannot commit the seed"), d.lastError()));
        written = end;
    }
    return written;
}

} // namespace paydesk
