#include "taxes.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace paydesk {

std::optional<int> parseTaxRate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 8)
        return std::nullopt;
    int whole = 0;
    int fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    int wholeDigits = 0;
    for (const QChar c : t) {
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (inFraction) {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            if (++wholeDigits > 3)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    if (wholeDigits == 0 || (inFraction && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const int basisPoints = whole * 100 + fraction;
    if (basisPoints > 10000)
        return std::nullopt;
    return basisPoints;
}

QString taxRateText(int rateBasisPoints, const QLocale &locale)
{
    const int whole = rateBasisPoints / 100;
    const int fraction = rateBasisPoints % 100;
    if (fraction == 0)
        return locale.toString(whole);
    QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QChar(u'0'));
    if (decimals.endsWith(u'0'))
        decimals.chop(1);
    return locale.toString(whole) + locale.decimalPoint() + decimals;
}

qint64 includedTax(qint64 grossMinor, int rateBasisPoints)
{
    if (grossMinor <= 0 || rateBasisPoints <= 0)
        return 0;
    const qint64 rate = rateBasisPoints;
    const qint64 denominator = 10000 + rate;
    // gross = a × d + b, so gross × r / d = a × r + b × r / d, with b × r < 2·10^8.
    const qint64 a = grossMinor / denominator;
    const qint64 b = grossMinor % denominator;
    const qint64 numerator = b * rate;
    qint64 tax = a * rate + numerator / denominator;
    const qint64 remainder = numerator % denominator;
    if (2 * remainder > denominator || (2 * remainder == denominator && tax % 2 != 0))
        ++tax;
    return tax;
}

QList<IncludedTax> includedTaxes(const QList<CartItem> &items, const TaxRates &rates)
{
    std::map<int, qint64> grossByRate;
    for (const CartItem &item : items) {
        const auto rate = rates.constFind(item.sku.trimmed().toUpper());
        if (rate == rates.constEnd())
            continue;
        const auto line = Cart::lineTotal(item);
        if (!line)
            continue;
        grossByRate[*rate] += *line;
    }
    QList<IncludedTax> taxes;
    for (const auto &[rate, gross] : grossByRate)
        taxes.append(IncludedTax{rate, gross, includedTax(gross, rate)});
    return taxes;
}

std::optional<CatalogueTaxRates> taxRatesFromCatalogue(const QByteArray &json, QStringView currency)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return std::nullopt;
    CatalogueTaxRates out;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        if (o.value(QStringLiteral("currency"))
                .toString()
                .trimmed()
                .compare(currency, Qt::CaseInsensitive)
            != 0)
            continue;
        const QJsonValue value = o.value(QStringLiteral("tax_rate"));
        if (value.isUndefined() || value.isNull())
            continue;
        // A number is read through its shortest decimal text, never through arithmetic.
        const QString text
            = value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : value.toString();
        const auto rate = parseTaxRate(text);
        const QString sku = o.value(QStringLiteral("sku")).toString().trimmed().toUpper();
        if (!rate || sku.isEmpty()) {
            out.warnings << QCoreApplication::translate(
                                "paydesk::Taxes",
                                "Catalogue entry %1: tax_rate \"%2\" is not a percentage from "
                                "0 to 100 with at most two decimals; no tax is shown for it.")
                                .arg(i + 1)
                                .arg(text);
            continue;
        }
        out.rates.insert(sku, *rate);
    }
    return out;
}

} // namespace paydesk
