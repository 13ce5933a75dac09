#include "summary.h"

#include <QStringList>

#include "core/jsonfields.h"

namespace paydesk::cli {
namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString line(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(13, u' ') + value + u'\n';
}

QString cardText(const Card &card)
{
    QStringList parts;
    parts << orDash(card.brand) + QStringLiteral(" ****") + orDash(card.last4);
    if (card.expMonth && card.expYear)
        parts << QStringLiteral("exp %1/%2")
                     .arg(*card.expMonth, 2, 10, QChar(u'0'))
                     .arg(*card.expYear);
    for (const QString &s : {card.funding, card.country, card.network})
        if (!s.isEmpty())
            parts << s;
    if (!card.wallet.isEmpty())
        parts << QStringLiteral("wallet %1").arg(card.wallet);
    return parts.join(u", ");
}

QString outcomeText(const Outcome &o)
{
    QStringList parts;
    parts << orDash(o.type);
    if (!o.networkStatus.isEmpty())
        parts << o.networkStatus;
    if (!o.reason.isEmpty())
        parts << QStringLiteral("reason %1").arg(o.reason);
    if (!o.riskLevel.isEmpty() || o.riskScore)
        parts << QStringLiteral("risk %1%2")
                     .arg(orDash(o.riskLevel),
                          o.riskScore ? QStringLiteral(" (%1)").arg(*o.riskScore) : QString());
    QString text = parts.join(u", ");
    if (!o.sellerMessage.isEmpty())
        text += QStringLiteral(" \u2014 \"%1\"").arg(o.sellerMessage);
    return text;
}

} // namespace

QString summaryText(const PaymentRecord &record, const QLocale &locale)
{
    QString out;
    const Intent &intent = record.intent;
    out += line(QStringLiteral("Backend"), shapeName(record.backend));
    QString status = orDash(intent.status);
    if (!intent.rawStatus.isEmpty() && intent.rawStatus != intent.status)
        status += QStringLiteral(" (sent as %1)").arg(intent.rawStatus);
    out += line(QStringLiteral("Intent"), orDash(intent.id) + QStringLiteral("  ") + status);
    out += line(QStringLiteral("Amount"),
                intent.amount ? formatMoney(*intent.amount, locale) : QStringLiteral("-"));
    if (intent.created.isValid())
        out += line(QStringLiteral("Created"), intent.created.toUTC().toString(Qt::ISODate));
    if (intent.livemode)
        out += line(QStringLiteral("Mode"),
                    *intent.livemode ? QStringLiteral("LIVE") : QStringLiteral("TEST"));
    if (!intent.customer.isEmpty())
        out += line(QStringLiteral("Customer"), intent.customer);
    if (!intent.description.isEmpty())
        out += line(QStringLiteral("Description"), intent.description);
    if (!intent.clientSecret.isEmpty())
        out += line(QStringLiteral("Secret"), intent.clientSecret);

    for (const Charge &c : record.charges) {
        QString head = c.id + QStringLiteral("  ") + orDash(c.status);
        if (c.amount)
            head += QStringLiteral("  ") + formatMoney(*c.amount, locale);
        if (c.amountRefunded && c.amountRefunded->minor > 0)
            head += QStringLiteral(", refunded ") + formatMoney(*c.amountRefunded, locale);
        out += line(QStringLiteral("Charge"), head);
        if (c.card)
            out += line(QStringLiteral("  Card"), cardText(*c.card));
        if (c.outcome)
            out += line(QStringLiteral("  Outcome"), outcomeText(*c.outcome));
        if (!c.failureCode.isEmpty() || !c.failureMessage.isEmpty())
            out += line(QStringLiteral("  Failure"),
                        orDash(c.failureCode) + QStringLiteral(": ") + orDash(c.failureMessage));
        if (!c.balanceTransaction.isEmpty())
            out += line(QStringLiteral("  Balance"), c.balanceTransaction);
    }
    if (record.charges.isEmpty())
        out += line(QStringLiteral("Charge"), QStringLiteral("none yet"));

    const Receipt &r = record.receipt;
    out += line(QStringLiteral("Receipt"),
                r.isEmpty() ? QStringLiteral("none")
                            : orDash(r.url) + QStringLiteral("  number ") + orDash(r.number)
                        + QStringLiteral("  email ") + orDash(r.email));
    QStringList details;
    for (auto it = record.extra.constBegin(); it != record.extra.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            details << it.key() + QStringLiteral(" = ") + v.toString();
        else if (v.isDouble() || v.isBool())
            details << it.key() + QStringLiteral(" = ") + compactJson(v);
    }
    if (!details.isEmpty())
        out += line(QStringLiteral("Details"),
                    details.join(QStringLiteral("\n") + QString(13, u' ')));
    for (const QString &w : record.warnings)
        out += line(QStringLiteral("WARNING"), w);
    return out;
}

} // namespace paydesk::cli
