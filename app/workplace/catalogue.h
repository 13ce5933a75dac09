// The product catalogue the cashier sells from: SKU, name and unit price in minor units, per
// currency. A default catalogue ships in resources/catalogue.json; the setting
// `catalogue/file` points at a store's own.
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/expected.h"
#include "receipts/taxes.h"

namespace paydesk {

struct Product
{
    QString sku;
    QString name;
    qint64 unitPriceMinor = 0;
    QString currency; ///< lower-case ISO 4217
    bool favourite = false; ///< on the till's quick keys
    int key = 0; ///< its quick key, 1 … kMaxQuickKeys (Alt+1 …); 0: none asked for
};

/// The quick keys with a keyboard shortcut: Alt+1 … Alt+9.
inline constexpr int kMaxQuickKeys = 9;

class Catalogue
{
    // tr() for the member functions, in the context lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(paydesk::Catalogue)

public:
    /// The catalogue shipped with Paydesk.
    static QString defaultLocation() { return QStringLiteral(":/paydesk/catalogue.json"); }

    /// Reads a JSON array of {"sku", "name", "unit_price" (integer minor units), "currency",
    /// optionally "tax_rate": "16" (percent, prices tax-included), "favourite": true (a quick
    /// key at the till) and "key": 1 … 9 (its shortcut, Alt+1 …; implies favourite)}. Entries
    /// that break the rules
    /// are skipped and listed in warnings() (a tax rate that cannot be read is listed and left
    /// out); a document that is not such an array is an error.
    static Expected<Catalogue, QString> fromJson(const QByteArray &json);
    static Expected<Catalogue, QString> load(const QString &path);

    const QList<Product> &products() const { return m_products; }
    /// The products sold in `currency`, in catalogue order.
    QList<Product> products(QStringView currency) const;
    /// The product with this SKU (any case, surrounding spaces ignored) in `currency`.
    std::optional<Product> find(QStringView sku, QStringView currency) const;
    /// The favourites sold in `currency`, as the quick keys show them: each with its `key`
    /// (the one the catalogue asks for, else the lowest one free; 0 once 1 … 9 are taken),
    /// ordered by key, those without one last in catalogue order.
    QList<Product> favourites(QStringView currency) const;
    const QStringList &warnings() const { return m_warnings; }
    /// The products' tax rates in `currency` (SKU → basis points), read by
    /// taxRatesFromCatalogue (receipts/taxes.h): the receipt's tax included per rate.
    TaxRates taxRates(QStringView currency) const
    {
        return m_taxRates.value(currency.toString().toLower());
    }

private:
    QList<Product> m_products;
    QHash<QString, TaxRates> m_taxRates; ///< per lower-case currency
    QStringList m_warnings;
};

} // namespace paydesk
