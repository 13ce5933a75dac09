// Offer's sale: its validation and its fields in the journal.
#include "backends/sale.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "backends/salechecks.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

Expected<Sale, FieldIssues> validateSale(const OfferForm &form, const BackendProfile &profile)
{
    FieldIssues issues;
    OfferSale sale;
    sale.offerOid = form.offerOid.trimmed();
    static const QRegularExpression oidPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (sale.offerOid.isEmpty())
        issues.append({QStringLiteral("offer_oid"), tr("Enter the quote number (offer OID).")});
    else if (!oidPattern.match(sale.offerOid).hasMatch())
        issues.append({QStringLiteral("offer_oid"),
                       tr("The quote number \"%1\" can only hold letters, digits, '-' and '_'.")
                           .arg(sale.offerOid)});
    if (form.products.isEmpty())
        issues.append(
            {QStringLiteral("products"), tr("Choose at least one product of the quote.")});
    QStringList known;
    for (const ProductOption &o : profile.offerProducts)
        known << o.code;
    for (const QString &product : form.products) {
        const QString code = product.trimmed();
        if (!known.contains(code))
            issues.append({QStringLiteral("products"),
                           tr("\"%1\" is not a product of this profile (%2).")
                               .arg(code, known.join(QStringLiteral(", ")))});
        else if (!sale.products.contains(code))
            sale.products << code;
    }
    if (!issues.isEmpty())
        return unexpected(issues);
    return Sale{sale};
}

QJsonObject saleFields(const OfferSale &s)
{
    return QJsonObject{{QStringLiteral("offer_oid"), s.offerOid},
                       {QStringLiteral("products"), QJsonArray::fromStringList(s.products)}};
}

} // namespace paydesk
