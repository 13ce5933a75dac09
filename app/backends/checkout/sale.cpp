// Checkout's sale: its validation and its fields in the journal.
#include "backends/sale.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "backends/salechecks.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

Expected<Sale, FieldIssues> validateSale(const CheckoutForm &form, const BackendProfile &profile)
{
    FieldIssues issues;
    CheckoutSale sale;
    sale.client = form.client.trimmed();
    sale.reference = form.reference.trimmed();
    checkLength(QStringLiteral("client"), tr("client name"), sale.client, 1, 100, issues);
    checkLength(QStringLiteral("reference"), tr("reference"), sale.reference, 1, 80, issues);
    const QString currency
        = (form.currency.trimmed().isEmpty() ? profile.currency : form.currency.trimmed())
              .toLower();
    if (const auto check = checkMinorAmount(0, currency); !check)
        issues.append({QStringLiteral("currency"), check.error().message});
    sale.paymentMethod = form.paymentMethod.trimmed();
    if (sale.paymentMethod.size() > 50)
        issues.append({QStringLiteral("payment_method"),
                       tr("The payment method is too long: at most 50 characters.")});
    sale.oneclick = form.oneclick;
    sale.billingAddress = form.billingAddress;
    Cart cart(currency);
    for (const CartItem &item : form.items)
        cart.add(item);
    if (const auto total = cart.total()) {
        sale.total = Money{*total, currency};
        if (*total == 0)
            issues.append({QStringLiteral("items"), tr("The total must be more than zero.")});
    } else {
        const CartError &e = total.error();
        issues.append(
            {e.line < 0 ? QStringLiteral("items") : QStringLiteral("items[%1]").arg(e.line),
             e.message});
    }
    sale.items = form.items;
    if (!issues.isEmpty())
        return unexpected(issues);
    return Sale{sale};
}

QJsonObject saleFields(const CheckoutSale &s)
{
    QJsonObject o{{QStringLiteral("client"), s.client},
                  {QStringLiteral("reference"), s.reference},
                  {QStringLiteral("total"), moneyJson(s.total)}};
    QJsonArray items;
    for (const CartItem &i : s.items)
        items.append(QJsonObject{{QStringLiteral("sku"), i.sku},
                                 {QStringLiteral("name"), i.name},
                                 {QStringLiteral("quantity"), i.quantity},
                                 {QStringLiteral("unit_price_minor"), i.unitPriceMinor}});
    o.insert(QStringLiteral("items"), items);
    if (!s.paymentMethod.isEmpty())
        o.insert(QStringLiteral("payment_method"), s.paymentMethod);
    o.insert(QStringLiteral("oneclick"), s.oneclick);
    return o;
}

} // namespace paydesk
