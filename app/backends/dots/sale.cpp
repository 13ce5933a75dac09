// Dots' sale: its validation and its fields in the journal.
#include "backends/sale.h"

#include <QCoreApplication>

#include "backends/salechecks.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

Expected<Sale, FieldIssues> validateSale(const DotsForm &form, const BackendProfile &)
{
    FieldIssues issues;
    DotsSale sale;
    const QString currency = form.currency.trimmed().toLower();
    if (currency != u"usd")
        issues.append({QStringLiteral("currency"),
                       tr("Dots accepts only USD, not \"%1\".").arg(form.currency.trimmed())});
    if (const auto minor
        = amountField(QStringLiteral("amount"), form.amount, QStringLiteral("usd"), issues)) {
        if (*minor == 0)
            issues.append({QStringLiteral("amount"), tr("The amount must be more than zero.")});
        sale.amount = Money{*minor, QStringLiteral("usd")};
    }
    sale.userId = form.userId.trimmed();
    sale.customerId = form.customerId.trimmed();
    sale.paymentMethodId = form.paymentMethodId.trimmed();
    sale.destinationUserId = form.destinationUserId.trimmed();
    checkUuid(QStringLiteral("user_id"), tr("The user id"), sale.userId, issues);
    checkUuid(QStringLiteral("customer_id"), tr("The customer id"), sale.customerId, issues);
    checkUuid(QStringLiteral("payment_method_id"), tr("The payment method id"),
              sale.paymentMethodId, issues);
    checkUuid(QStringLiteral("destination_user_id"), tr("The destination user id"),
              sale.destinationUserId, issues);
    sale.description = form.description.trimmed();
    if (sale.description.size() > 500)
        issues.append({QStringLiteral("description"),
                       tr("The description is too long: at most 500 characters.")});
    if (!form.applicationFee.trimmed().isEmpty()) {
        if (const auto fee = amountField(QStringLiteral("application_fee"), form.applicationFee,
                                         QStringLiteral("usd"), issues)) {
            if (sale.amount.minor > 0 && *fee > sale.amount.minor)
                issues.append({QStringLiteral("application_fee"),
                               tr("The application fee cannot be more than the amount.")});
            sale.applicationFeeMinor = *fee;
        }
    }
    sale.setupFutureUsage = form.setupFutureUsage.trimmed();
    if (!sale.setupFutureUsage.isEmpty() && sale.setupFutureUsage != u"on_session"
        && sale.setupFutureUsage != u"off_session")
        issues.append({QStringLiteral("setup_future_usage"),
                       tr("Future usage must be on_session or off_session.")});
    sale.confirm = form.confirm;
    for (const auto &[key, value] : form.metadata) {
        if (key.trimmed().isEmpty())
            issues.append({QStringLiteral("metadata"), tr("Every metadata entry needs a key.")});
        else
            sale.metadata.insert(key.trimmed(), value);
    }
    if (!issues.isEmpty())
        return unexpected(issues);
    return Sale{sale};
}

QJsonObject saleFields(const DotsSale &s)
{
    QJsonObject o{{QStringLiteral("amount"), moneyJson(s.amount)}};
    for (const auto &[key, value] :
         {std::pair{"user_id", s.userId}, std::pair{"customer_id", s.customerId},
          std::pair{"payment_method_id", s.paymentMethodId},
          std::pair{"destination_user_id", s.destinationUserId},
          std::pair{"description", s.description},
          std::pair{"setup_future_usage", s.setupFutureUsage}})
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    if (s.applicationFeeMinor)
        o.insert(QStringLiteral("application_fee"),
                 moneyJson(Money{*s.applicationFeeMinor, s.amount.currency}));
    o.insert(QStringLiteral("confirm"), s.confirm);
    if (!s.metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), s.metadata);
    return o;
}

} // namespace paydesk
