#include "sale.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

/// Reads an amount field; on error adds an issue and returns nullopt.
std::optional<qint64> amountField(const QString &field, const QString &text,
                                  const QString &currency, FieldIssues &issues)
{
    const auto minor = parseAmount(text, currency);
    if (!minor) {
        issues.append({minor.error().code == MoneyError::Code::UnknownCurrency
                           ? QStringLiteral("currency")
                           : field,
                       minor.error().message});
        return std::nullopt;
    }
    return *minor;
}

void checkUuid(const QString &field, const QString &label, const QString &value,
               FieldIssues &issues)
{
    if (!value.isEmpty() && !isUuid(value))
        issues.append(
            {field, tr("%1 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a.").arg(label)});
}

void checkLength(const QString &field, const QString &label, const QString &value, int min, int max,
                 FieldIssues &issues)
{
    const qsizetype n = value.trimmed().size();
    if (n < min)
        issues.append({field, tr("Enter the %1.").arg(label)});
    else if (n > max)
        issues.append(
            {field, tr("The %1 is too long: at most %2 characters.").arg(label).arg(max)});
}

} // namespace

BackendKind saleBackend(const Sale &sale)
{
    constexpr BackendKind kinds[]
        = {BackendKind::Ocho, BackendKind::Offer, BackendKind::Dots, BackendKind::Checkout};
    return kinds[sale.index()];
}

std::optional<Money> saleAmount(const Sale &sale)
{
    if (const auto *s = std::get_if<OchoSale>(&sale))
        return s->amount;
    if (const auto *s = std::get_if<DotsSale>(&sale))
        return s->amount;
    if (const auto *s = std::get_if<CheckoutSale>(&sale))
        return s->total;
    return std::nullopt;
}

QJsonObject saleToJson(const Sale &sale)
{
    const auto money = [](const Money &m) {
        return QJsonObject{{QStringLiteral("minor"), m.minor},
                           {QStringLiteral("currency"), m.currency}};
    };
    QJsonObject o{{QStringLiteral("backend"), backendName(saleBackend(sale))}};
    if (const auto *h = std::get_if<OchoSale>(&sale)) {
        o.insert(QStringLiteral("iss"), h->iss);
        o.insert(QStringLiteral("amount"), money(h->amount));
        o.insert(QStringLiteral("id"), h->id);
    } else if (const auto *f = std::get_if<OfferSale>(&sale)) {
        o.insert(QStringLiteral("offer_oid"), f->offerOid);
        o.insert(QStringLiteral("products"), QJsonArray::fromStringList(f->products));
    } else if (const auto *d = std::get_if<DotsSale>(&sale)) {
        const DotsSale *s = d;
        o.insert(QStringLiteral("amount"), money(s->amount));
        for (const auto &[key, value] :
             {std::pair{"user_id", s->userId}, std::pair{"customer_id", s->customerId},
              std::pair{"payment_method_id", s->paymentMethodId},
              std::pair{"destination_user_id", s->destinationUserId},
              std::pair{"description", s->description},
              std::pair{"setup_future_usage", s->setupFutureUsage}})
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        if (s->applicationFeeMinor)
            o.insert(QStringLiteral("application_fee"),
                     money(Money{*s->applicationFeeMinor, s->amount.currency}));
        o.insert(QStringLiteral("confirm"), s->confirm);
        if (!s->metadata.isEmpty())
            o.insert(QStringLiteral("metadata"), s->metadata);
    } else {
        const auto &c = std::get<CheckoutSale>(sale);
        o.insert(QStringLiteral("client"), c.client);
        o.insert(QStringLiteral("reference"), c.reference);
        o.insert(QStringLiteral("total"), money(c.total));
        QJsonArray items;
        for (const CartItem &i : c.items)
            items.append(QJsonObject{{QStringLiteral("sku"), i.sku},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("quantity"), i.quantity},
                                     {QStringLiteral("unit_price_minor"), i.unitPriceMinor}});
        o.insert(QStringLiteral("items"), items);
        if (!c.paymentMethod.isEmpty())
            o.insert(QStringLiteral("payment_method"), c.paymentMethod);
        o.insert(QStringLiteral("oneclick"), c.oneclick);
    }
    return o;
}

QString saleClient(const Sale &sale)
{
    if (const auto *s = std::get_if<OchoSale>(&sale))
        return s->iss;
    if (const auto *s = std::get_if<DotsSale>(&sale))
        return s->customerId;
    if (const auto *s = std::get_if<CheckoutSale>(&sale))
        return s->client;
    return {};
}

QString saleReference(const Sale &sale)
{
    if (const auto *s = std::get_if<OchoSale>(&sale))
        return s->id;
    if (const auto *s = std::get_if<OfferSale>(&sale))
        return s->offerOid;
    if (const auto *s = std::get_if<DotsSale>(&sale))
        return s->description;
    return std::get<CheckoutSale>(sale).reference;
}

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

} // namespace paydesk
