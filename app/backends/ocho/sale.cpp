// Ocho's sale: its validation and its fields in the journal.
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

Expected<Sale, FieldIssues> validateSale(const OchoForm &form, const BackendProfile &profile)
{
    FieldIssues issues;
    OchoSale sale;
    sale.iss = form.iss.trimmed();
    if (sale.iss.isEmpty())
        issues.append({QStringLiteral("iss"), tr("Enter the customer's DID (did:method:id).")});
    else if (!isDid(sale.iss))
        issues.append({QStringLiteral("iss"),
                       tr("\"%1\" is not a DID: it looks like did:plc:abc123 (a lower-case method "
                          "and an id).")
                           .arg(sale.iss)});
    const QString currency
        = (form.currency.trimmed().isEmpty() ? profile.currency : form.currency.trimmed())
              .toLower();
    if (const auto minor = amountField(QStringLiteral("amount"), form.amount, currency, issues))
        sale.amount = Money{*minor, currency};
    sale.id = form.id.trimmed();
    if (sale.id.isEmpty())
        issues.append({QStringLiteral("id"),
                       tr("Enter the id that links the payment to the customer or order.")});
    if (!issues.isEmpty())
        return unexpected(issues);
    return Sale{sale};
}

QJsonObject saleFields(const OchoSale &s)
{
    return QJsonObject{{QStringLiteral("iss"), s.iss},
                       {QStringLiteral("amount"), moneyJson(s.amount)},
                       {QStringLiteral("id"), s.id}};
}

} // namespace paydesk
