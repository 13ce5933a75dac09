// A sale's cart: lines of SKU, name, quantity and unit price in one currency.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "expected.h"
#include "money.h"

namespace paydesk {

struct CartItem
{
    QString sku;
    QString name;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;

    friend bool operator==(const CartItem &, const CartItem &) = default;
};

struct CartError
{
    enum class Code
    {
        Empty,
        MissingSku,
        QuantityBelowOne,
        NegativePrice,
        TooLarge,
        BadSpec
    };
    Code code;
    qsizetype line = -1; ///< 0-based index of the item at fault, -1 for the whole cart
    QString message;
};

class Cart
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::Cart)

public:
    explicit Cart(QString currency = QStringLiteral("usd"))
        : m_currency(std::move(currency))
    { }

    const QString &currency() const { return m_currency; }
    const QList<CartItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    void add(const CartItem &item) { m_items.append(item); }
    void removeAt(qsizetype index) { m_items.removeAt(index); }
    void clear() { m_items.clear(); }
    CartItem &operator[](qsizetype index) { return m_items[index]; }

    /// The line total (quantity × unit price) of one item, checked for overflow.
    static Expected<qint64, CartError> lineTotal(const CartItem &item, qsizetype line = -1);
    /// The cart total in minor units: every line valid, no overflow, within kMaxMinorAmount.
    Expected<qint64, CartError> total() const;

private:
    QString m_currency;
    QList<CartItem> m_items;
};

/// Reads "SKU:NAME:QTY:UNIT_PRICE" (the CLI's --item), the price a decimal in `currency`.
/// The name may itself contain ':'; SKU, quantity and price may not.
Expected<CartItem, CartError> parseCartItemSpec(QStringView spec, QStringView currency);

} // namespace paydesk
