#include "catalogue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/money.h"

namespace paydesk {

Expected<Catalogue, QString> Catalogue::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(tr("The catalogue is not JSON: %1.").arg(error.errorString()));
    if (!document.isArray())
        return unexpected(tr("The catalogue must be a JSON array of products."));
    Catalogue catalogue;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        Product p;
        p.sku = o.value(QStringLiteral("sku")).toString().trimmed();
        p.name = o.value(QStringLiteral("name")).toString().trimmed();
        p.currency = o.value(QStringLiteral("currency")).toString().trimmed().toLower();
        const QJsonValue price = o.value(QStringLiteral("unit_price"));
        const double number = price.toDouble(-1);
        const bool integral = price.isDouble() && number >= 0 && number <= double(kMaxMinorAmount)
            && number == double(qint64(number));
        const QJsonValue key = o.value(QStringLiteral("key"));
        p.favourite = o.value(QStringLiteral("favourite")).toBool(false) || !key.isUndefined();
        if (!key.isUndefined()) {
            const double k = key.toDouble(0);
            if (!key.isDouble() || k < 1 || k > kMaxQuickKeys || k != double(int(k)))
                catalogue.m_warnings << tr("Catalogue entry %1: key must be a number from 1 to "
                                           "%2; its quick key gets the next one free.")
                                            .arg(i + 1)
                                            .arg(kMaxQuickKeys);
            else
                p.key = int(k);
        }
        QString problem;
        if (p.sku.isEmpty() || p.name.isEmpty())
            problem = tr("needs a sku and a name");
        else if (!integral)
            problem = tr("unit_price must be a whole number of minor units");
        else if (const auto check = checkMinorAmount(qint64(number), p.currency); !check)
            problem = check.error().message;
        else if (catalogue.find(p.sku, p.currency))
            problem = tr("repeats SKU %1 in %2").arg(p.sku, p.currency.toUpper());
        if (!problem.isEmpty()) {
            catalogue.m_warnings << tr("Catalogue entry %1 skipped: %2.").arg(i + 1).arg(problem);
            continue;
        }
        p.unitPriceMinor = qint64(number);
        if (p.key != 0)
            for (const Product &other : std::as_const(catalogue.m_products))
                if (other.currency == p.currency && other.key == p.key) {
                    catalogue.m_warnings << tr("Catalogue entry %1: key %2 is already %3's; its "
                                               "quick key gets the next one free.")
                                                .arg(i + 1)
                                                .arg(p.key)
                                                .arg(other.sku);
                    p.key = 0;
                    break;
                }
        catalogue.m_products.append(p);
    }
    // The tax rates, read the one way the receipts read them, per currency sold.
    for (const Product &p : std::as_const(catalogue.m_products)) {
        if (catalogue.m_taxRates.contains(p.currency))
            continue;
        auto rates = taxRatesFromCatalogue(json, p.currency);
        if (!rates)
            continue;
        catalogue.m_taxRates.insert(p.currency, rates->rates);
        catalogue.m_warnings << rates->warnings;
    }
    return catalogue;
}

Expected<Catalogue, QString> Catalogue::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(tr("The catalogue %1 cannot be read: %2.").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

QList<Product> Catalogue::products(QStringView currency) const
{
    QList<Product> out;
    for (const Product &p : m_products)
        if (p.currency == currency)
            out.append(p);
    return out;
}

QList<Product> Catalogue::favourites(QStringView currency) const
{
    QList<Product> keyed, rest;
    QList<bool> taken(kMaxQuickKeys + 1, false);
    for (const Product &p : m_products) {
        if (p.currency != currency || !p.favourite)
            continue;
        if (p.key != 0) {
            keyed.append(p);
            taken[p.key] = true;
        } else {
            rest.append(p);
        }
    }
    int next = 1;
    for (Product &p : rest) {
        while (next <= kMaxQuickKeys && taken.at(next))
            ++next;
        if (next <= kMaxQuickKeys) {
            p.key = next;
            taken[next] = true;
        }
    }
    QList<Product> out = keyed + rest;
    std::stable_sort(out.begin(), out.end(), [](const Product &a, const Product &b) {
        return (a.key == 0 ? kMaxQuickKeys + 1 : a.key) < (b.key == 0 ? kMaxQuickKeys + 1 : b.key);
    });
    return out;
}

std::optional<Product> Catalogue::find(QStringView sku, QStringView currency) const
{
    const QStringView wanted = sku.trimmed();
    for (const Product &p : m_products)
        if (p.currency == currency && p.sku.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

} // namespace paydesk
