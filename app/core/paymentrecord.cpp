#include "paymentrecord.h"

#include <QJsonArray>
#include <QTimeZone>

#include "redaction.h"

namespace paydesk {
namespace {

QJsonValue str(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue opt(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonValue opt(const std::optional<int> &i)
{
    return i ? QJsonValue(*i) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(const std::optional<Money> &m, const QLocale &locale)
{
    if (!m)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("minor"), m->minor},
                       {QStringLiteral("currency"), m->currency},
                       {QStringLiteral("display"), formatMoney(*m, locale)}};
}

QJsonValue receiptJson(const Receipt &r)
{
    return QJsonObject{{QStringLiteral("url"), str(r.url)},
                       {QStringLiteral("number"), str(r.number)},
                       {QStringLiteral("email"), str(r.email)}};
}

// --- reading back (the journal and the support view) ---------------------------------------

QString rstr(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

std::optional<bool> rbool(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<int> rint(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QDateTime rtime(const QJsonObject &o, const char *key)
{
    QDateTime t = QDateTime::fromString(rstr(o, key), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<Money> rmoney(const QJsonObject &o, const char *key)
{
    const QJsonObject m = o.value(QLatin1String(key)).toObject();
    if (m.isEmpty())
        return std::nullopt;
    return Money{m.value(QStringLiteral("minor")).toInteger(), rstr(m, "currency")};
}

Receipt rreceipt(const QJsonObject &o)
{
    return Receipt{rstr(o, "url"), rstr(o, "number"), rstr(o, "email")};
}

} // namespace

namespace {

/// The kinds' names, which the journal and a record's JSON write: core and the journal are below
/// the backends' descriptor table, so the names sit beside the enum they name.
struct KindNames
{
    BackendKind kind;
    QStringView name, title;
};
constexpr KindNames kKindNames[] = {
    {BackendKind::Ocho, u"ocho", u"Ocho"},
    {BackendKind::Offer, u"offer", u"Offer"},
    {BackendKind::Dots, u"dots", u"Dots"},
    {BackendKind::Checkout, u"checkout", u"Checkout"},
};

const KindNames *namesOf(BackendKind kind)
{
    for (const KindNames &names : kKindNames)
        if (names.kind == kind)
            return &names;
    return nullptr;
}

} // namespace

QString backendName(BackendKind kind)
{
    const KindNames *names = namesOf(kind);
    return names ? names->name.toString() : QString();
}

QString backendTitle(BackendKind kind)
{
    const KindNames *names = namesOf(kind);
    return names ? names->title.toString() : QString();
}

std::optional<BackendKind> backendFromName(QStringView name)
{
    for (const KindNames &names : kKindNames)
        if (names.name == name)
            return names.kind;
    return std::nullopt;
}

QString shapeName(AnswerShape shape)
{
    return shape.backend() ? backendName(*shape.backend()) : QStringLiteral("stripe");
}

QString shapeTitle(AnswerShape shape)
{
    return shape.backend() ? backendTitle(*shape.backend()) : QStringLiteral("Stripe");
}

std::optional<AnswerShape> shapeFromName(QStringView name)
{
    if (name == u"stripe")
        return AnswerShape::stripe();
    if (const auto kind = backendFromName(name))
        return AnswerShape(*kind);
    return std::nullopt;
}

QString normaliseIntentStatus(const QString &raw, bool *known)
{
    static const QStringList knownStatuses = {
        QStringLiteral("requires_payment_method"),
        QStringLiteral("requires_confirmation"),
        QStringLiteral("requires_action"),
        QStringLiteral("processing"),
        QStringLiteral("requires_capture"),
        QStringLiteral("canceled"),
        QStringLiteral("succeeded"),
        QStringLiteral("initialized"),
        QStringLiteral("created"),
        QStringLiteral("failed"),
    };
    QString status = raw;
    if (raw == u"requires_source")
        status = QStringLiteral("requires_payment_method");
    else if (raw == u"requires_source_action")
        status = QStringLiteral("requires_action");
    if (known)
        *known = knownStatuses.contains(status);
    return status;
}

const Charge *PaymentRecord::latestCharge() const
{
    for (const Charge &c : charges)
        if (c.id == latestChargeId)
            return &c;
    return nullptr;
}

QJsonObject PaymentRecord::toJson(const QLocale &locale) const
{
    QJsonObject intentJson{
        {QStringLiteral("id"), str(intent.id)},
        {QStringLiteral("status"), str(intent.status)},
        {QStringLiteral("raw_status"), str(intent.rawStatus)},
        {QStringLiteral("amount"), money(intent.amount, locale)},
        {QStringLiteral("created"), time(intent.created)},
        {QStringLiteral("livemode"), opt(intent.livemode)},
        {QStringLiteral("customer"), str(intent.customer)},
        {QStringLiteral("description"), str(intent.description)},
        {QStringLiteral("client_secret"), str(intent.clientSecret)},
    };

    QJsonArray chargesJson;
    for (const Charge &c : charges) {
        QJsonValue card = QJsonValue::Null;
        if (c.card)
            card = QJsonObject{
                {QStringLiteral("brand"), str(c.card->brand)},
                {QStringLiteral("last4"), str(c.card->last4)},
                {QStringLiteral("exp_month"), opt(c.card->expMonth)},
                {QStringLiteral("exp_year"), opt(c.card->expYear)},
                {QStringLiteral("funding"), str(c.card->funding)},
                {QStringLiteral("country"), str(c.card->country)},
                {QStringLiteral("network"), str(c.card->network)},
                {QStringLiteral("wallet"), str(c.card->wallet)},
            };
        QJsonValue outcome = QJsonValue::Null;
        if (c.outcome)
            outcome = QJsonObject{
                {QStringLiteral("type"), str(c.outcome->type)},
                {QStringLiteral("network_status"), str(c.outcome->networkStatus)},
                {QStringLiteral("reason"), str(c.outcome->reason)},
                {QStringLiteral("risk_level"), str(c.outcome->riskLevel)},
                {QStringLiteral("risk_score"), opt(c.outcome->riskScore)},
                {QStringLiteral("seller_message"), str(c.outcome->sellerMessage)},
            };
        chargesJson.append(QJsonObject{
            {QStringLiteral("id"), str(c.id)},
            {QStringLiteral("status"), str(c.status)},
            {QStringLiteral("amount"), money(c.amount, locale)},
            {QStringLiteral("amount_captured"), money(c.amountCaptured, locale)},
            {QStringLiteral("amount_refunded"), money(c.amountRefunded, locale)},
            {QStringLiteral("captured"), opt(c.captured)},
            {QStringLiteral("paid"), opt(c.paid)},
            {QStringLiteral("refunded"), opt(c.refunded)},
            {QStringLiteral("failure_code"), str(c.failureCode)},
            {QStringLiteral("failure_message"), str(c.failureMessage)},
            {QStringLiteral("balance_transaction"), str(c.balanceTransaction)},
            {QStringLiteral("created"), time(c.created)},
            {QStringLiteral("card"), card},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("receipt"), receiptJson(c.receipt)},
        });
    }

    // The output boundary: whatever a backend put into a free-text field (a description, a
    // customer name…), no secret-looking token leaves Paydesk unmasked.
    return redactJson(QJsonObject{
        {QStringLiteral("backend"), shapeName(backend)},
        {QStringLiteral("intent"), intentJson},
        {QStringLiteral("charges"), chargesJson},
        {QStringLiteral("latest_charge"), str(latestChargeId)},
        {QStringLiteral("receipt"), receiptJson(receipt)},
        {QStringLiteral("extra"), extra},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("raw"), raw},
    });
}

std::optional<PaymentRecord> PaymentRecord::fromJson(const QJsonObject &json)
{
    const auto shape = shapeFromName(rstr(json, "backend"));
    if (!shape)
        return std::nullopt;
    PaymentRecord r;
    r.backend = *shape;
    const QJsonObject i = json.value(QStringLiteral("intent")).toObject();
    r.intent.id = rstr(i, "id");
    r.intent.status = rstr(i, "status");
    r.intent.rawStatus = rstr(i, "raw_status");
    r.intent.amount = rmoney(i, "amount");
    r.intent.created = rtime(i, "created");
    r.intent.livemode = rbool(i, "livemode");
    r.intent.customer = rstr(i, "customer");
    r.intent.description = rstr(i, "description");
    r.intent.clientSecret = rstr(i, "client_secret");

    const QJsonArray chargesJson = json.value(QStringLiteral("charges")).toArray();
    for (const QJsonValue &v : chargesJson) {
        const QJsonObject o = v.toObject();
        Charge c;
        c.id = rstr(o, "id");
        c.status = rstr(o, "status");
        c.amount = rmoney(o, "amount");
        c.amountCaptured = rmoney(o, "amount_captured");
        c.amountRefunded = rmoney(o, "amount_refunded");
        c.captured = rbool(o, "captured");
        c.paid = rbool(o, "paid");
        c.refunded = rbool(o, "refunded");
        c.failureCode = rstr(o, "failure_code");
        c.failureMessage = rstr(o, "failure_message");
        c.balanceTransaction = rstr(o, "balance_transaction");
        c.created = rtime(o, "created");
        if (const QJsonObject card = o.value(QStringLiteral("card")).toObject(); !card.isEmpty())
            c.card = Card{rstr(card, "brand"),     rstr(card, "last4"),   rstr(card, "funding"),
                          rstr(card, "country"),   rstr(card, "network"), rstr(card, "wallet"),
                          rint(card, "exp_month"), rint(card, "exp_year")};
        if (const QJsonObject out = o.value(QStringLiteral("outcome")).toObject(); !out.isEmpty())
            c.outcome = Outcome{rstr(out, "type"),           rstr(out, "network_status"),
                                rstr(out, "reason"),         rstr(out, "risk_level"),
                                rstr(out, "seller_message"), rint(out, "risk_score")};
        c.receipt = rreceipt(o.value(QStringLiteral("receipt")).toObject());
        r.charges.append(c);
    }
    r.latestChargeId = rstr(json, "latest_charge");
    r.receipt = rreceipt(json.value(QStringLiteral("receipt")).toObject());
    r.extra = json.value(QStringLiteral("extra")).toObject();
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    for (const QJsonValue &w : warnings)
        r.warnings.append(w.toString());
    r.raw = json.value(QStringLiteral("raw"));
    return r;
}

} // namespace paydesk
