// The journal's writes: an attempt before it is sent, its outcome (compare and set), events,
// re-sends, recovery of abandoned entries. Demo entries are in demodata.cpp.
#include <QSqlError>
#include <QSqlQuery>

#include "core/redaction.h"
#include "journal.h"
#include "journalsql.h"
#include "processowner.h"

namespace paydesk {

using namespace journalsql;

QSqlError Journal::addEvent(qint64 id, const QString &kind, JournalState state,
                            const QString &detail)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO events (entry_id, at, kind, state, detail) VALUES "
                             "(:id, :at, :kind, :state, :detail)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), nowMs());
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":state"), stateName(state));
    q.bindValue(QStringLiteral(":detail"), textOrNull(redactText(detail, m_secrets)));
    return q.exec() ? QSqlError() : q.lastError();
}

Expected<Refundable, JournalError> Journal::refundable(qint64 saleId) const
{
    QSqlQuery q(db());
    // FOR UPDATE: on PostgreSQL two tills refunding the same sale take turns (SQLite's writes
    // already do, BEGIN IMMEDIATE); outside a transaction it is a plain read.
    q.prepare(QStringLiteral("SELECT kind, state, COALESCE(amount_minor, 0), "
                             "COALESCE(currency, '') FROM entries WHERE id = :id")
              + (isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bindValue(QStringLiteral(":id"), saleId);
    if (!q.exec())
        return unexpected(JournalError(sqlError(tr("cannot be read"), q)));
    if (!q.next())
        return unexpected(JournalError(tr("Journal entry %1 does not exist.").arg(saleId),
                                       JournalError::Kind::NotFound));
    Refundable r;
    r.saleId = saleId;
    if (q.value(0).toString() != u"sale")
        return unexpected(JournalError(
            tr("Journal entry %1 is a refund, not a sale: only a sale can be refunded.")
                .arg(saleId),
            JournalError::Kind::NotAllowed));
    r.saleState = stateFromName(q.value(1).toString()).value_or(JournalState::Unknown);
    r.captured = Money{r.saleState == JournalState::Succeeded ? q.value(2).toLongLong() : 0,
                       q.value(3).toString()};
    q.finish();
    q.prepare(QStringLiteral("SELECT id, state, COALESCE(amount_minor, 0) FROM entries WHERE "
                             "parent_id = :id AND kind = 'refund' ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), saleId);
    if (!q.exec())
        return unexpected(JournalError(sqlError(tr("cannot be read"), q)));
    while (q.next()) {
        const JournalState state
            = stateFromName(q.value(1).toString()).value_or(JournalState::Unknown);
        const qint64 minor = q.value(2).toLongLong();
        if (state == JournalState::Succeeded) {
            r.refundedMinor += minor;
        } else if (state != JournalState::Failed && state != JournalState::Declined) {
            r.openMinor += minor; // pending, unknown (or created: accepted, not yet done)
            r.openRefundId = q.value(0).toLongLong();
        }
    }
    return r;
}

Expected<qint64, JournalError> Journal::begin(const NewAttempt &a)
{
    QSqlDatabase d = db();
    if (const QSqlError failed = beginWrite(); failed.isValid())
        return unexpected(sqlError(tr("cannot be written"), failed));
    if (a.kind == EntryKind::RefundEntry) {
        // Decided inside the transaction that writes the refund: no other till can slip a
        // refund of the same sale in between.
        const auto refused = [&d](const JournalError &e) {
            d.rollback();
            return unexpected(e);
        };
        const auto left = refundable(a.parentId);
        if (!left)
            return refused(left.error());
        const Refundable &r = *left;
        const auto money = [&r](qint64 minor) {
            return formatMoney(minor, r.captured.currency);
        };
        if (r.saleState != JournalState::Succeeded)
            return refused(JournalError(tr("Sale %1 is %2, not paid: there is nothing to refund.")
                                            .arg(a.parentId)
                                            .arg(stateWords(r.saleState)),
                                        JournalError::Kind::NotAllowed));
        if (r.openRefundId > 0)
            return refused(
                JournalError(tr("Refund %1 of sale %2 has no settled outcome yet (%3): verify it "
                                "(paydeskctl journal verify %1) before another refund.")
                                 .arg(r.openRefundId)
                                 .arg(a.parentId)
                                 .arg(money(r.openMinor)),
                             JournalError::Kind::NotAllowed));
        if (!a.amount || a.amount->minor <= 0 || a.amount->currency != r.captured.currency)
            return refused(JournalError(tr("A refund of sale %1 must be a positive amount in %2.")
                                            .arg(a.parentId)
                                            .arg(r.captured.currency.toUpper()),
                                        JournalError::Kind::NotAllowed));
        if (a.amount->minor > r.leftMinor())
            return refused(JournalError(
                tr("Refusing to refund %1 of sale %2: it took %3, %4 is already refunded and %5 "
                   "is in refunds not yet settled, so at most %6 can be refunded. Nothing was "
                   "sent.")
                    .arg(money(a.amount->minor))
                    .arg(a.parentId)
                    .arg(money(r.captured.minor), money(r.refundedMinor), money(r.openMinor),
                         money(r.leftMinor())),
                JournalError::Kind::NotAllowed));
    }
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
                  "INSERT INTO entries (created_at, updated_at, terminal, operator, profile, "
                  "backend, base_url, training, idempotency_key, state, owner, deadline_at, sale, "
                  "amount_minor, sale_amount_minor, currency, reference, client, kind, parent_id, "
                  "intent_id, gid) VALUES (:now, :now2, "
                  ":terminal, :operator, :profile, :backend, :base, :training, :key, 'pending', "
                  ":owner, %1 + :timeout, :sale, :amount, :saleamount, :currency, :ref, :client, "
                  ":kind, :parent, :intent, :gid) RETURNING id")
                  .arg(clockSql()));
    const qint64 now = nowMs();
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":terminal"), required(a.terminal));
    q.bindValue(QStringLiteral(":operator"), required(a.operatorName));
    q.bindValue(QStringLiteral(":profile"), required(a.profile));
    q.bindValue(QStringLiteral(":backend"), backendName(a.backend));
    q.bindValue(QStringLiteral(":base"), textOrNull(redactText(a.baseUrl, m_secrets)));
    q.bindValue(QStringLiteral(":training"), a.training ? 1 : 0);
    q.bindValue(QStringLiteral(":key"), required(a.idempotencyKey));
    q.bindValue(QStringLiteral(":owner"), currentProcessOwner());
    q.bindValue(QStringLiteral(":timeout"), a.timeoutMs);
    q.bindValue(QStringLiteral(":sale"), jsonText(redactJson(a.sale, m_secrets)));
    q.bindValue(QStringLiteral(":amount"),
                a.amount ? QVariant(a.amount->minor) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":saleamount"),
                a.amount ? QVariant(a.amount->minor) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":currency"),
                a.amount ? QVariant(a.amount->currency) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":ref"), textOrNull(a.reference));
    q.bindValue(QStringLiteral(":client"), textOrNull(redactText(a.client, m_secrets)));
    q.bindValue(QStringLiteral(":kind"), kindName(a.kind));
    q.bindValue(QStringLiteral(":parent"),
                a.parentId > 0 ? QVariant(a.parentId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":intent"), textOrNull(a.intentId));
    q.bindValue(QStringLiteral(":gid"), newGlobalId());
    if (!q.exec() || !q.next()) {
        const QString e = sqlError(tr("cannot record the attempt"), q);
        d.rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The lock is taken before the entry becomes visible, and outlives the transaction: no
    // other till can ever see this entry pending without its sender's lock on it.
    if (const QSqlError failed = lockEntry(id); failed.isValid()) {
        d.rollback();
        return unexpected(sqlError(tr("cannot lock the attempt"), failed));
    }
    if (const QSqlError failed
        = addEvent(id, QStringLiteral("pending"), JournalState::Pending,
                   a.kind == EntryKind::RefundEntry
                       ? tr("Refund of sale %1 written before sending, key %2.")
                             .arg(a.parentId)
                             .arg(a.idempotencyKey)
                       : tr("Written before sending, key %1.").arg(a.idempotencyKey));
        failed.isValid()) {
        d.rollback();
        unlockEntry(id);
        return unexpected(sqlError(tr("cannot record the attempt"), failed));
    }
    if (!d.commit()) {
        unlockEntry(id);
        return unexpected(sqlError(tr("cannot commit the attempt"), d.lastError()));
    }
    m_inFlight.insert(id);
    return id;
}

Expected<void, JournalError> Journal::reopen(qint64 id, int timeoutMs, const Reopening &r)
{
    QSqlDatabase d = db();
    if (const QSqlError failed = beginWrite(); failed.isValid())
        return unexpected(sqlError(tr("cannot be written"), failed));
    if (const QSqlError failed = lockEntry(id); failed.isValid()) {
        d.rollback();
        return unexpected(sqlError(tr("cannot lock the attempt"), failed));
    }
    QSqlQuery q(d);
    q.prepare(QStringLiteral("UPDATE entries SET state = 'pending', updated_at = :now, owner = "
                             ":owner, deadline_at = %1 + :timeout WHERE id = :id AND (%2)")
                  .arg(clockSql(), r.condition));
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":owner"), currentProcessOwner());
    q.bindValue(QStringLiteral(":timeout"), timeoutMs);
    q.bindValue(QStringLiteral(":id"), id);
    for (const auto &[name, value] : r.binds)
        q.bindValue(name, value);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const JournalError e = q.lastError().isValid()
            ? JournalError(sqlError(r.cannotRecord, q))
            : JournalError(r.refused, JournalError::Kind::NotAllowed);
        d.rollback();
        unlockEntry(id);
        return unexpected(e);
    }
    if (const QSqlError failed = addEvent(id, r.eventKind, JournalState::Pending, r.eventDetail);
        failed.isValid()) {
        const QString e = sqlError(r.cannotRecord, failed);
        d.rollback();
        unlockEntry(id);
        return unexpected(e);
    }
    if (!d.commit()) {
        const QString e = sqlError(r.cannotCommit, d.lastError());
        unlockEntry(id);
        return unexpected(e);
    }
    m_inFlight.insert(id);
    return {};
}

Expected<void, JournalError> Journal::resume(qint64 id, int timeoutMs, bool backendReplaysKey)
{
    // Only `failed` proves that sending again cannot charge twice; `unknown` only when the
    // backend answers a repeated key with the first answer.
    return reopen(
        id, timeoutMs,
        {QStringLiteral("(state = 'failed' OR (state = 'unknown' AND :replays = 1)) AND origin "
                        "IS NULL"),
         {{QStringLiteral(":replays"), backendReplaysKey ? 1 : 0}},
         QStringLiteral("resend"),
         tr("Sent again with the same Idempotency-Key."),
         (backendReplaysKey
              ? tr("Journal entry %1 is not unknown or failed: it cannot be sent again.")
              : tr("Journal entry %1 is not failed: only a sale that provably never arrived (or "
                   "was refused) can be sent again under its key. Verify it first."))
             .arg(id),
         tr("cannot record the resend"),
         tr("cannot commit the resend")});
}

Expected<void, JournalError> Journal::beginConfirm(qint64 id, int timeoutMs)
{
    // Compare and set from created: a confirm is sent once, by one program.
    return reopen(id, timeoutMs,
                  {QStringLiteral("state = 'created' AND kind = 'sale'"),
                   {},
                   QStringLiteral("confirm"),
                   tr("Confirm written before sending."),
                   tr("Journal entry %1 is not a created sale: only a created intent can be "
                      "confirmed, once.")
                       .arg(id),
                   tr("cannot record the confirm"),
                   tr("cannot commit the confirm")});
}

Expected<void, JournalError> Journal::note(qint64 id, const QString &kind, const QString &detail)
{
    const auto e = entry(id);
    if (!e)
        return unexpected(e.error());
    if (const QSqlError failed = addEvent(id, kind, e->state, detail); failed.isValid())
        return unexpected(sqlError(tr("cannot add to the timeline"), failed));
    return {};
}

Expected<void, JournalError> Journal::record(qint64 id, JournalState expected,
                                             const AttemptOutcome &o)
{
    QStringList sets{QStringLiteral("state = :state"), QStringLiteral("updated_at = :now")};
    QList<QPair<QString, QVariant>> binds{{QStringLiteral(":state"), stateName(o.state)},
                                          {QStringLiteral(":now"), nowMs()},
                                          {QStringLiteral(":id"), id},
                                          {QStringLiteral(":expected"), stateName(expected)}};
    const auto set = [&](const char *column, const QVariant &value) {
        const QString name = QStringLiteral(":") + QLatin1String(column);
        sets << QLatin1String(column) + QStringLiteral(" = ") + name;
        // Every text column, masked by the credentials in use too (maskSecrets()).
        const bool text = value.metaType() == QMetaType::fromType<QString>()
            && containsSecret(value.toString(), m_secrets);
        binds.append({name, text ? QVariant(redactText(value.toString(), m_secrets)) : value});
    };
    if (o.httpStatus > 0)
        set("http_status", o.httpStatus);
    // A verification that says nothing new about the error keeps the attempt's.
    if (!o.errorKind.isEmpty() || o.eventKind == u"outcome") {
        set("error_kind", textOrNull(o.errorKind));
        set("error_message", textOrNull(redactText(o.errorMessage)));
        set("error_detail", textOrNull(redactText(o.errorDetail)));
    }
    if (!o.httpRequest.isEmpty())
        set("request", jsonText(redactJson(o.httpRequest, m_secrets)));
    if (!o.answer.isNull() && !o.answer.isUndefined())
        set("answer", jsonText(redactJson(o.answer, m_secrets)));
    if (!o.remoteId.isEmpty())
        set("remote_id", o.remoteId);
    if (o.record) {
        PaymentRecord stored = *o.record;
        stored.raw = QJsonValue(); // kept once, in the answer column
        set("record", jsonText(redactJson(stored.toJson(QLocale::c()), m_secrets)));
        const PaymentRecord &r = *o.record;
        set("intent_id", textOrNull(r.intent.id));
        set("status", textOrNull(r.intent.status));
        if (r.intent.amount) {
            set("amount_minor", r.intent.amount->minor);
            set("currency", r.intent.amount->currency);
        }
        if (const Charge *c = r.latestCharge()) {
            set("charge_id", textOrNull(c->id));
            if (c->card) {
                set("card_brand", textOrNull(c->card->brand));
                set("last4", textOrNull(c->card->last4));
            }
        }
        set("receipt_url", textOrNull(r.receipt.url));
        set("receipt_number", textOrNull(r.receipt.number));
    }
    QString detail = o.eventDetail;
    if (detail.isEmpty())
        detail = o.errorDetail.isEmpty() ? stateName(o.state) : o.errorDetail;
    QSqlDatabase d = db();
    if (const QSqlError failed = beginWrite(); failed.isValid())
        return unexpected(sqlError(tr("cannot be written"), failed));
    QSqlQuery q(d);
    q.prepare(QStringLiteral("UPDATE entries SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = :id AND state = :expected"));
    for (const auto &[name, value] : std::as_const(binds))
        q.bindValue(name, value);
    if (!q.exec()) {
        const QString e = sqlError(tr("cannot record the outcome"), q);
        d.rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() != 1) {
        // Someone else changed the entry first: say so, keep what this outcome was, and leave
        // theirs as it is.
        QSqlQuery now(d);
        now.prepare(QStringLiteral("SELECT state FROM entries WHERE id = :id"));
        now.bindValue(QStringLiteral(":id"), id);
        if (!now.exec() || !now.next()) {
            const JournalError e = now.lastError().isValid()
                ? JournalError(sqlError(tr("cannot record the outcome"), now))
                : JournalError(tr("Journal entry %1 does not exist.").arg(id),
                               JournalError::Kind::NotFound);
            d.rollback();
            return unexpected(e);
        }
        const JournalState actual
            = stateFromName(now.value(0).toString()).value_or(JournalState::Unknown);
        now.finish();
        const QString lost = tr("Not written: the entry was %1 when this %2 (%3: %4) came, not %5.")
                                 .arg(stateName(actual), o.eventKind, stateName(o.state), detail,
                                      stateName(expected));
        if (const QSqlError failed = addEvent(id, QStringLiteral("conflict"), actual, lost);
            failed.isValid()) {
            const QString e = sqlError(tr("cannot record the conflict"), failed);
            d.rollback();
            return unexpected(e);
        }
        if (!d.commit())
            return unexpected(sqlError(tr("cannot commit the conflict"), d.lastError()));
        releaseInFlight(id);
        return unexpected(
            JournalError(tr("Journal entry %1 is now %2, not %3: another program "
                            "changed it first, and this %4 was not written over it.")
                             .arg(id)
                             .arg(stateName(actual), stateName(expected), o.eventKind),
                         JournalError::Kind::Conflict));
    }
    if (const QSqlError failed = addEvent(id, o.eventKind, o.state, detail); failed.isValid()) {
        const QString e = sqlError(tr("cannot record the outcome"), failed);
        d.rollback();
        return unexpected(e);
    }
    if (!d.commit())
        return unexpected(sqlError(tr("cannot commit the outcome"), d.lastError()));
    if (o.state != JournalState::Pending)
        releaseInFlight(id);
    return {};
}

Expected<int, QString> Journal::recoverAbandoned(qint64 onlyId)
{
    QSqlQuery q(db());
    // A store's copy of a till's entry is never recovered here: only its till may (it owns it).
    q.prepare(QStringLiteral("SELECT id, owner, deadline_at FROM entries WHERE state = 'pending' "
                             "AND origin IS NULL")
              + (onlyId > 0 ? QStringLiteral(" AND id = :id") : QString()));
    if (onlyId > 0)
        q.bindValue(QStringLiteral(":id"), onlyId);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be read"), q));
    struct Pending
    {
        qint64 id;
        QString owner;
        qint64 deadline;
    };
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    if (pending.isEmpty())
        return 0;
    const bool postgres = isPostgres();
    const qint64 now = clockMs();
    int recovered = 0;
    for (const Pending &p : std::as_const(pending)) {
        if (m_inFlight.contains(p.id))
            continue; // this very process is sending it
        bool locked = false;
        if (postgres) {
            // The sender holds the entry's lock for as long as its connection lives: a lock
            // taken here proves it is gone. Its deadline, on the server's clock, must also
            // have passed: a sender whose connection dropped may still be waiting.
            if (now <= p.deadline)
                continue;
            const auto taken = tryLockEntry(p.id);
            if (!taken)
                return unexpected(taken.error().message);
            if (*taken == EntryLock::HeldElsewhere)
                continue;
            locked = true;
        } else {
            const OwnerState state = ownerState(p.owner);
            const bool gone = state == OwnerState::Dead
                || (state == OwnerState::ElsewhereOrUnknown && now > p.deadline + kForeignGraceMs);
            if (!gone)
                continue;
        }
        QSqlDatabase d = db();
        if (const QSqlError failed = beginWrite(); failed.isValid()) {
            const QString e = sqlError(tr("cannot recover an abandoned entry"), failed);
            if (locked)
                unlockEntry(p.id);
            return unexpected(e);
        }
        QSqlQuery u(d);
        u.prepare(QStringLiteral(
            "UPDATE entries SET state = 'unknown', updated_at = :now, error_kind = 'abandoned', "
            "error_message = :message WHERE id = :id AND state = 'pending' AND owner = :owner"));
        u.bindValue(QStringLiteral(":now"), nowMs());
        u.bindValue(QStringLiteral(":message"),
                    tr("The program that sent this sale stopped before it had an answer. The "
                       "payment may have gone through: verify before trying again."));
        u.bindValue(QStringLiteral(":id"), p.id);
        u.bindValue(QStringLiteral(":owner"), p.owner);
        QString failure;
        if (!u.exec()) {
            failure = sqlError(tr("cannot recover an abandoned entry"), u);
        } else if (u.numRowsAffected() == 1) { // another process may have recovered it first
            if (const QSqlError failed = addEvent(
                    p.id, QStringLiteral("recovered"), JournalState::Unknown,
                    tr("Left pending by %1, which is gone.").arg(p.owner.section(u'|', 0, 1)));
                failed.isValid())
                failure = sqlError(tr("cannot recover an abandoned entry"), failed);
            else
                ++recovered;
        }
        if (!failure.isEmpty()) {
            d.rollback();
        } else if (!d.commit()) {
            failure = sqlError(tr("cannot commit a recovered entry"), d.lastError());
        }
        if (locked)
            unlockEntry(p.id);
        if (!failure.isEmpty())
            return unexpected(failure);
    }
    if (recovered > 0)
        qCWarning(lcJournal) << recovered << "abandoned pending entries are now unknown";
    return recovered;
}

} // namespace paydesk
