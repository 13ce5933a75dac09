#include "cartmodel.h"

#include <QBrush>

#include "widgets/statuslook.h"

namespace paydesk {
namespace {

/// The SKU a free amount is sent with.
const QString kFreeAmountSku = QStringLiteral("AMOUNT");

} // namespace

CartModel::CartModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CartModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    beginResetModel();
    m_currency = currency;
    for (CartLine &line : m_lines)
        readPrice(line);
    endResetModel();
    Q_EMIT totalChanged();
}

void CartModel::readPrice(CartLine &line) const
{
    const auto minor = parseAmount(line.priceText, m_currency, QLocale());
    if (minor) {
        line.unitPriceMinor = *minor;
        line.priceError.clear();
    } else {
        line.unitPriceMinor.reset();
        line.priceError = minor.error().message;
    }
}

int CartModel::addProduct(const Product &product)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        CartLine &line = m_lines[row];
        if (line.sku == product.sku && line.unitPriceMinor == product.unitPriceMinor
            && line.name == product.name) {
            setQuantity(row, std::min(line.quantity + 1, kMaxQuantity));
            return row;
        }
    }
    CartLine line;
    line.sku = product.sku;
    line.name = product.name;
    line.priceText = formatAmount(product.unitPriceMinor, m_currency, QLocale());
    line.unitPriceMinor = product.unitPriceMinor;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    Q_EMIT totalChanged();
    return row;
}

int CartModel::addAmount(const QString &name, qint64 minor)
{
    CartLine line;
    line.sku = kFreeAmountSku;
    line.name = name.trimmed().isEmpty() ? tr("Amount") : name.trimmed();
    // The amount as read, in the locale's form ("1.500" typed in Spanish (Spain) is 1500,00),
    // never the text as typed: what the cart shows is what is charged.
    line.priceText = formatAmount(minor, m_currency, QLocale());
    line.unitPriceMinor = minor;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    Q_EMIT totalChanged();
    return row;
}

bool CartModel::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_lines.size() || quantity < 1 || quantity > kMaxQuantity)
        return false;
    m_lines[row].quantity = quantity;
    lineChanged(row);
    return true;
}

void CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT totalChanged();
}

void CartModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT totalChanged();
}

void CartModel::lineChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT totalChanged();
}

Expected<QList<CartItem>, FieldIssues> CartModel::items() const
{
    QList<CartItem> items;
    FieldIssues issues;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const CartLine &line = m_lines.at(i);
        if (!line.unitPriceMinor) {
            issues.append({QStringLiteral("items[%1]").arg(i),
                           tr("Line %1 (%2): %3").arg(i + 1).arg(line.name, line.priceError)});
            continue;
        }
        items.append({line.sku, line.name, line.quantity, *line.unitPriceMinor});
    }
    if (!issues.isEmpty())
        return unexpected(issues);
    return items;
}

std::optional<qint64> CartModel::total() const
{
    const auto list = items();
    if (!list)
        return std::nullopt;
    Cart cart(m_currency);
    for (const CartItem &item : *list)
        cart.add(item);
    const auto sum = cart.total();
    if (!sum)
        return std::nullopt;
    return *sum;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const CartLine &line = m_lines.at(index.row());
    const bool invalid = !line.unitPriceMinor;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkuColumn:
            // A free amount has no product code: the wire's "AMOUNT" is not for the cashier.
            return line.sku == kFreeAmountSku ? QString() : line.sku;
        case NameColumn:
            return line.name;
        case QuantityColumn:
            return QLocale().toString(line.quantity);
        case PriceColumn:
            return invalid ? QStringLiteral("\u26a0 ") + line.priceText
                           : formatMoney(*line.unitPriceMinor, m_currency);
        case TotalColumn: {
            if (invalid)
                return tr("invalid price");
            const auto lineTotal
                = Cart::lineTotal({line.sku, line.name, line.quantity, *line.unitPriceMinor});
            return lineTotal ? formatMoney(*lineTotal, m_currency) : tr("too large");
        }
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return int(line.quantity);
        if (index.column() == PriceColumn)
            return line.priceText;
        return {};
    case Qt::ToolTipRole:
        if (invalid && (index.column() == PriceColumn || index.column() == TotalColumn))
            return line.priceError;
        if (index.column() == QuantityColumn)
            return tr("Quantity: type a number, or + and - (Delete removes the line)");
        if (index.column() == SkuColumn && line.sku == kFreeAmountSku)
            return tr("A free amount, not a product");
        return {};
    case Qt::AccessibleDescriptionRole:
        return invalid ? line.priceError : QString();
    case Qt::ForegroundRole:
        if (invalid && (index.column() == PriceColumn || index.column() == TotalColumn))
            return QBrush(toneBackground(Tone::Danger));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_lines.size())
        return false;
    if (index.column() == QuantityColumn) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        return ok && setQuantity(index.row(), quantity);
    }
    if (index.column() == PriceColumn) {
        CartLine &line = m_lines[index.row()];
        line.priceText = value.toString().trimmed();
        readPrice(line);
        lineChanged(index.row());
        return true;
    }
    return false;
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == QuantityColumn || index.column() == PriceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Line total");
    default:
        return {};
    }
}

} // namespace paydesk
