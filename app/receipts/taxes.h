// The tax included in tax-included prices, per rate, in integer minor units.
//
// The one rounding rule: lines are grouped by rate and their gross (tax-included) line totals
// summed; per rate, tax = gross × r / (100 + r), rounded half to even to the minor unit. The
// tax is never computed per line and then summed (that drifts by a cent per line).
// Rates are kept in basis points (hundredths of a percent): "16" is 1600, "8.5" is 850.
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/cart.h"

namespace paydesk {

/// SKU (upper-case, trimmed) → rate in basis points.
using TaxRates = QHash<QString, int>;

struct IncludedTax
{
    int rateBasisPoints = 0;
    qint64 grossMinor = 0; ///< the summed tax-included line totals at this rate
    qint64 taxMinor = 0; ///< the tax included in grossMinor

    friend bool operator==(const IncludedTax &, const IncludedTax &) = default;
};

/// "16", "8.5", "0", "16.00": a percentage from 0 to 100 with at most two decimals, in basis
/// points. Anything else ("-1", "101", "16.125", "abc", "") is nullopt.
std::optional<int> parseTaxRate(QStringView text);

/// "16", "8.5", "8.25" (the locale's decimal point): a rate for people.
QString taxRateText(int rateBasisPoints, const QLocale &locale = QLocale());

/// round_half_even(gross × rate / (10000 + rate)), rate in basis points, exact for any
/// non-negative gross (no overflow: the division is split before the multiplication).
qint64 includedTax(qint64 grossMinor, int rateBasisPoints);

/// The tax included per rate, by ascending rate; lines whose SKU has no rate are left out.
QList<IncludedTax> includedTaxes(const QList<CartItem> &items, const TaxRates &rates);

struct CatalogueTaxRates
{
    TaxRates rates;
    QStringList warnings; ///< entries whose tax_rate cannot be read
};

/// The `"tax_rate"` of each product of a catalogue (the JSON array of {"sku", "currency",
/// "tax_rate": "16", …}) sold in `currency`. A rate may be a string or a number. Nullopt when the
/// document is not a JSON array.
std::optional<CatalogueTaxRates> taxRatesFromCatalogue(const QByteArray &json,
                                                       QStringView currency);

} // namespace paydesk
