#include "cart.h"

#include <QCoreApplication>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    // (Cart's own functions call Cart::tr, under "paydesk::Cart", as lupdate files them.)
    return QCoreApplication::translate("paydesk", text);
}

Unexpected<CartError> fail(CartError::Code code, qsizetype line, const QString &message)
{
    return unexpected(CartError{code, line, message});
}

} // namespace

Expected<qint64, CartError> Cart::lineTotal(const CartItem &item, qsizetype line)
{
    if (item.sku.trimmed().isEmpty())
        return fail(CartError::Code::MissingSku, line, tr("Every item needs a SKU."));
    if (item.quantity < 1)
        return fail(CartError::Code::QuantityBelowOne, line,
                    tr("The quantity of %1 must be at least 1.").arg(item.sku));
    if (item.unitPriceMinor < 0)
        return fail(CartError::Code::NegativePrice, line,
                    tr("The price of %1 cannot be negative.").arg(item.sku));
    qint64 total = 0;
    if (__builtin_mul_overflow(item.quantity, item.unitPriceMinor, &total)
        || total > kMaxMinorAmount)
        return fail(CartError::Code::TooLarge, line,
                    tr("The line for %1 is larger than any payment can be.").arg(item.sku));
    return total;
}

Expected<qint64, CartError> Cart::total() const
{
    if (m_items.isEmpty())
        return fail(CartError::Code::Empty, -1, tr("The cart is empty: add at least one item."));
    qint64 total = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const auto line = lineTotal(m_items.at(i), i);
        if (!line)
            return unexpected(line.error());
        total += *line; // each line is ≤ kMaxMinorAmount, so the sum cannot overflow first
        if (total > kMaxMinorAmount)
            return fail(
                CartError::Code::TooLarge, -1,
                tr("The total is too large: at most %1 %2 in one payment.")
                    .arg(toDecimalString(kMaxMinorAmount, m_currency), m_currency.toUpper()));
    }
    return total;
}

Expected<CartItem, CartError> parseCartItemSpec(QStringView spec, QStringView currency)
{
    const auto badSpec = [&](const QString &why) {
        return fail(CartError::Code::BadSpec, -1,
                    tr("Item \"%1\": %2 Expected SKU:NAME:QTY:UNIT_PRICE, e.g. "
                       "COF-1:Coffee:2:3.50.")
                        .arg(spec, why));
    };
    const qsizetype first = spec.indexOf(u':');
    const qsizetype last = spec.lastIndexOf(u':');
    const qsizetype beforeLast = last > 0 ? spec.lastIndexOf(u':', last - 1) : -1;
    if (first < 0 || beforeLast <= first)
        return badSpec(tr("it needs four parts."));
    CartItem item;
    item.sku = spec.left(first).trimmed().toString();
    item.name = spec.mid(first + 1, beforeLast - first - 1).trimmed().toString();
    const QStringView quantity = spec.mid(beforeLast + 1, last - beforeLast - 1).trimmed();
    const QStringView price = spec.mid(last + 1);
    if (item.sku.isEmpty())
        return badSpec(tr("the SKU is empty."));
    bool ok = false;
    item.quantity = quantity.toLongLong(&ok);
    if (!ok)
        return badSpec(tr("the quantity \"%1\" is not a whole number.").arg(quantity));
    const auto unit = parseAmount(price, currency);
    if (!unit)
        return badSpec(unit.error().message);
    item.unitPriceMinor = *unit;
    if (const auto line = Cart::lineTotal(item); !line)
        return unexpected(line.error());
    return item;
}

} // namespace paydesk
