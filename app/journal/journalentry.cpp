#include "journalentry.h"

#include <algorithm>
#include <climits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace paydesk {
namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString stateWords(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return QCoreApplication::translate("paydesk::JournalState", "on its way");
    case JournalState::Created:
        return QCoreApplication::translate("paydesk::JournalState", "created, not paid yet");
    case JournalState::Succeeded:
        return QCoreApplication::translate("paydesk::JournalState", "paid");
    case JournalState::Declined:
        return QCoreApplication::translate("paydesk::JournalState", "declined");
    case JournalState::Failed:
        return QCoreApplication::translate("paydesk::JournalState", "failed");
    case JournalState::Unknown:
        return QCoreApplication::translate("paydesk::JournalState", "of unknown outcome");
    }
    return stateName(state);
}

QString stateName(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return QStringLiteral("pending");
    case JournalState::Created:
        return QStringLiteral("created");
    case JournalState::Succeeded:
        return QStringLiteral("succeeded");
    case JournalState::Declined:
        return QStringLiteral("declined");
    case JournalState::Failed:
        return QStringLiteral("failed");
    case JournalState::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

const QList<JournalState> &allStates()
{
    static const QList<JournalState> states{JournalState::Pending,   JournalState::Created,
                                            JournalState::Succeeded, JournalState::Declined,
                                            JournalState::Failed,    JournalState::Unknown};
    return states;
}

std::optional<JournalState> stateFromName(QStringView name)
{
    for (JournalState s : allStates())
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString kindName(EntryKind kind)
{
    return kind == EntryKind::RefundEntry ? QStringLiteral("refund") : QStringLiteral("sale");
}

std::optional<EntryKind> kindFromName(QStringView name)
{
    if (name == u"sale")
        return EntryKind::SaleEntry;
    if (name == u"refund")
        return EntryKind::RefundEntry;
    return std::nullopt;
}

QJsonObject JournalEntry::toJson(bool withDetail) const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("parent_id"), parentId > 0 ? QJsonValue(parentId) : QJsonValue()},
        {QStringLiteral("refund_id"), text(remoteId)},
        {QStringLiteral("created_at"), time(createdAt)},
        {QStringLiteral("updated_at"), time(updatedAt)},
        {QStringLiteral("terminal"), terminal},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("backend"), backendName(backend)},
        {QStringLiteral("base_url"), text(baseUrl)},
        {QStringLiteral("training"), training},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("error"),
         errorKind.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("kind"), errorKind},
                                      {QStringLiteral("message"), text(errorMessage)},
                                      {QStringLiteral("detail"), text(errorDetail)}})},
        {QStringLiteral("intent_id"), text(intentId)},
        {QStringLiteral("charge_id"), text(chargeId)},
        {QStringLiteral("amount"),
         amount ? QJsonValue(QJsonObject{{QStringLiteral("minor"), amount->minor},
                                         {QStringLiteral("currency"), amount->currency},
                                         {QStringLiteral("display"), formatMoney(*amount)}})
                : QJsonValue()},
        {QStringLiteral("status"), text(status)},
        {QStringLiteral("card"),
         last4.isEmpty() && cardBrand.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("brand"), text(cardBrand)},
                                      {QStringLiteral("last4"), text(last4)}})},
        {QStringLiteral("reference"), text(reference)},
        {QStringLiteral("client"), text(client)},
        {QStringLiteral("receipt"),
         QJsonObject{{QStringLiteral("url"), text(receiptUrl)},
                     {QStringLiteral("number"), text(receiptNumber)}}},
    };
    if (withDetail) {
        o.insert(QStringLiteral("request"), request);
        o.insert(QStringLiteral("answer"), answer);
        o.insert(QStringLiteral("record"), record ? QJsonValue(record->toJson()) : QJsonValue());
        QJsonArray timeline;
        for (const JournalEvent &e : events)
            timeline.append(QJsonObject{{QStringLiteral("at"), time(e.at)},
                                        {QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("state"), stateName(e.state)},
                                        {QStringLiteral("detail"), text(e.detail)}});
        o.insert(QStringLiteral("events"), timeline);
    }
    return o;
}

QString reportTotalsText(const QJsonObject &group)
{
    QStringList parts;
    const QJsonObject t = group.value(QStringLiteral("total_minor")).toObject();
    for (auto it = t.constBegin(); it != t.constEnd(); ++it)
        if (!it.key().isEmpty())
            parts << formatMoney(it.value().toInteger(), it.key());
    return parts.join(QStringLiteral(", "));
}

QString reportNetText(const QJsonObject &report)
{
    QStringList parts;
    const QJsonObject net = report.value(QStringLiteral("net_minor")).toObject();
    for (auto it = net.constBegin(); it != net.constEnd(); ++it)
        if (!it.key().isEmpty())
            parts << formatMoney(it.value().toInteger(), it.key());
    return parts.isEmpty() ? QStringLiteral("\u2013") : parts.join(QStringLiteral(", "));
}

QString reportRefundsText(const QJsonObject &report)
{
    const QJsonObject refunds = report.value(QStringLiteral("refunds_by_currency")).toObject();
    qint64 count = 0;
    QStringList totals;
    for (auto it = refunds.constBegin(); it != refunds.constEnd(); ++it) {
        count += it.value().toObject().value(QStringLiteral("count")).toInteger();
        totals << reportTotalsText(it.value().toObject());
    }
    if (count == 0)
        return QCoreApplication::translate("paydesk::JournalReport", "none");
    return count == 1 ? QCoreApplication::translate("paydesk::JournalReport", "1 refund, %1")
                            .arg(totals.join(QStringLiteral(", ")))
                      : QCoreApplication::translate("paydesk::JournalReport", "%1 refunds, %2")
                            .arg(count)
                            .arg(totals.join(QStringLiteral(", ")));
}

QJsonObject JournalReport::toJson(const QLocale &locale) const
{
    QJsonArray rowsJson;
    QJsonObject byState, byCurrency, byBackend;
    const auto add = [](QJsonObject &group, const QString &key, const QString &currency,
                        qint64 count, qint64 total) {
        QJsonObject g = group.value(key).toObject();
        g.insert(QStringLiteral("count"), g.value(QStringLiteral("count")).toInteger() + count);
        QJsonObject totals = g.value(QStringLiteral("total_minor")).toObject();
        totals.insert(currency, totals.value(currency).toInteger() + total);
        g.insert(QStringLiteral("total_minor"), totals);
        group.insert(key, g);
    };
    for (const ReportRow &r : rows) {
        rowsJson.append(
            QJsonObject{{QStringLiteral("state"), stateName(r.state)},
                        {QStringLiteral("currency"), r.currency},
                        {QStringLiteral("backend"), backendName(r.backend)},
                        {QStringLiteral("count"), r.count},
                        {QStringLiteral("total_minor"), r.totalMinor},
                        {QStringLiteral("total"), formatMoney(r.totalMinor, r.currency, locale)}});
        add(byState, stateName(r.state), r.currency, r.count, r.totalMinor);
        if (r.state == JournalState::Succeeded) { // takings: what was paid
            add(byCurrency, r.currency, r.currency, r.count, r.totalMinor);
            add(byBackend, backendName(r.backend), r.currency, r.count, r.totalMinor);
        }
    }
    // Refunds that succeeded, and the net: takings less refunds, per currency.
    QJsonObject refundsJson, net;
    for (auto it = byCurrency.constBegin(); it != byCurrency.constEnd(); ++it)
        net.insert(it.key(),
                   it.value()
                       .toObject()
                       .value(QStringLiteral("total_minor"))
                       .toObject()
                       .value(it.key())
                       .toInteger());
    for (const ReportRow &r : refunds) {
        add(refundsJson, r.currency, r.currency, r.count, r.totalMinor);
        net.insert(r.currency, net.value(r.currency).toInteger() - r.totalMinor);
    }
    QJsonArray hours;
    for (qint64 n : takingsPerHour)
        hours.append(n);
    QJsonArray differences;
    for (const AmountDifference &d : amountDifferences)
        differences.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("reference"), d.reference},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("sale_minor"), d.saleMinor},
            {QStringLiteral("backend_minor"), d.backendMinor},
            {QStringLiteral("sale"), formatMoney(d.saleMinor, d.currency, locale)},
            {QStringLiteral("backend"), formatMoney(d.backendMinor, d.currency, locale)}});
    // A store's tills: each one's sales of the day (each counted once, by its global id) and
    // what it had not yet forwarded when it last reported.
    QJsonArray tillsJson;
    for (const TillState &t : tills) {
        tillsJson.append(QJsonObject{{QStringLiteral("till"), t.name},
                                     {QStringLiteral("journal_id"), t.journalId},
                                     {QStringLiteral("sales"), t.sales},
                                     {QStringLiteral("not_forwarded"), t.backlog},
                                     {QStringLiteral("oldest_waiting_at"), time(t.oldestWaiting)},
                                     {QStringLiteral("reported_at"), time(t.reportedAt)},
                                     {QStringLiteral("forwarded_at"), time(t.forwardedAt)}});
    }
    return QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rowsJson},
                       {QStringLiteral("by_state"), byState},
                       {QStringLiteral("takings_by_currency"), byCurrency},
                       {QStringLiteral("takings_by_backend"), byBackend},
                       {QStringLiteral("refunds_by_currency"), refundsJson},
                       {QStringLiteral("net_minor"), net},
                       {QStringLiteral("succeeded_per_hour"), hours},
                       {QStringLiteral("amount_differences"), differences},
                       {QStringLiteral("training_not_counted"), notCounted},
                       {QStringLiteral("tills"), tillsJson}};
}

QStringList reportBacklogLines(const QJsonObject &report)
{
    QStringList lines;
    for (const QJsonValue &v : report.value(QStringLiteral("tills")).toArray()) {
        const QJsonObject till = v.toObject();
        const qint64 backlog = till.value(QStringLiteral("not_forwarded")).toInteger();
        if (backlog <= 0)
            continue;
        const QDateTime at = QDateTime::fromString(
            till.value(QStringLiteral("reported_at")).toString(), Qt::ISODateWithMs);
        const int count = int(std::min<qint64>(backlog, INT_MAX));
        lines << QCoreApplication::translate("paydesk::JournalReport",
                                             "%1: %n sales not yet forwarded (at %2)", nullptr,
                                             count)
                     .arg(till.value(QStringLiteral("till")).toString(),
                          QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    }
    return lines;
}

} // namespace paydesk
