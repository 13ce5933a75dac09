// The cart being built at the counter, as a table: SKU, name, quantity, unit price, line total.
// A price the cashier types is read in the locale's form; when parseAmount refuses it, it is
// kept exactly as typed, the line says why and the sale cannot be sent until it is fixed.
// Prices added from the catalogue or as a free amount are kept in the locale's form.
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "backends/sale.h"
#include "core/cart.h"
#include "workplace/catalogue.h"

namespace paydesk {

struct CartLine
{
    QString sku;
    QString name;
    qint64 quantity = 1;
    QString priceText; ///< as typed (or the price read, in the locale's form)
    std::optional<qint64> unitPriceMinor; ///< null while priceText is not a valid amount
    QString priceError; ///< why priceText is not valid
};

class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column
    {
        SkuColumn,
        NameColumn,
        QuantityColumn,
        PriceColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr qint64 kMaxQuantity = 9999;

    explicit CartModel(QObject *parent = nullptr);

    /// Prices are read in `currency`; lines typed earlier are read again.
    void setCurrency(const QString &currency);
    const QString &currency() const { return m_currency; }

    /// Adds the product, or adds one to the quantity of its line when it is already in the cart.
    /// Returns the row.
    int addProduct(const Product &product);
    /// Adds a line of one free amount (already checked by the caller). Returns the row.
    int addAmount(const QString &name, qint64 minor);
    bool setQuantity(int row, qint64 quantity);
    void removeLine(int row);
    void clear();

    const QList<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    /// The items, or one issue per line whose price is not valid (field "items[N]").
    Expected<QList<CartItem>, FieldIssues> items() const;
    /// The total when every line is valid and the cart adds up (Cart::total's rules).
    std::optional<qint64> total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged();

private:
    void readPrice(CartLine &line) const;
    void lineChanged(int row);

    QString m_currency = QStringLiteral("usd");
    QList<CartLine> m_lines;
};

} // namespace paydesk
