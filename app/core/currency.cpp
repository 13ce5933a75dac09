#include "currency.h"

#include <QHash>
#include <QStringList>

namespace paydesk {
namespace {

// Active ISO 4217 alpha-3 codes that denote a currency one can be paid in
// (funds, precious metals and the testing codes XTS/XXX are left out on purpose).
constexpr const char *kIsoCodes[] = {
    "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt",
    "bgn", "bhd", "bif", "bmd", "bnd", "bob", "brl", "bsd", "btn", "bwp", "byn", "bzd", "cad",
    "cdf", "chf", "clp", "cny", "cop", "crc", "cup", "cve", "czk", "djf", "dkk", "dop", "dzd",
    "egp", "ern", "etb", "eur", "fjd", "fkp", "gbp", "gel", "ghs", "gip", "gmd", "gnf", "gtq",
    "gyd", "hkd", "hnl", "htg", "huf", "idr", "ils", "inr", "iqd", "irr", "isk", "jmd", "jod",
    "jpy", "kes", "kgs", "khr", "kmf", "kpw", "krw", "kwd", "kyd", "kzt", "lak", "lbp", "lkr",
    "lrd", "lsl", "lyd", "mad", "mdl", "mga", "mkd", "mmk", "mnt", "mop", "mru", "mur", "mvr",
    "mwk", "mxn", "myr", "mzn", "nad", "ngn", "nio", "nok", "npr", "nzd", "omr", "pab", "pen",
    "pgk", "php", "pkr", "pln", "pyg", "qar", "ron", "rsd", "rub", "rwf", "sar", "sbd", "scr",
    "sdg", "sek", "sgd", "shp", "sle", "sll", "sos", "srd", "ssp", "stn", "svc", "syp", "szl",
    "thb", "tjs", "tmt", "tnd", "top", "try", "ttd", "twd", "tzs", "uah", "ugx", "usd", "uyu",
    "uzs", "ves", "vnd", "vuv", "wst", "xaf", "xcd", "xof", "xpf", "yer", "zar", "zmw", "zwl",
};

// Stripe's zero-decimal currencies.
constexpr const char *kZeroDecimal[] = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
                                        "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"};
// Stripe's three-decimal currencies: the last digit of the minor amount must be 0.
constexpr const char *kThreeDecimal[] = {"bhd", "jod", "kwd", "omr", "tnd"};

QHash<QString, CurrencyInfo> buildTable()
{
    QHash<QString, CurrencyInfo> table;
    for (const char *code : kIsoCodes)
        table.insert(QLatin1String(code),
                     CurrencyInfo{QLatin1String(code), 2, CurrencyRule::Standard});
    for (const char *code : kZeroDecimal)
        table[QLatin1String(code)].exponent = 0;
    for (const char *code : kThreeDecimal) {
        table[QLatin1String(code)].exponent = 3;
        table[QLatin1String(code)].rule = CurrencyRule::ThreeDecimalEndsInZero;
    }
    table[QStringLiteral("isk")].rule = CurrencyRule::WholeUnitsOnly;
    return table;
}

} // namespace

std::optional<CurrencyInfo> currencyInfo(QStringView code)
{
    static const QHash<QString, CurrencyInfo> table = buildTable();
    if (code.size() != 3)
        return std::nullopt;
    const auto it = table.constFind(code.toString().toLower());
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

qint64 minorPerMajor(int exponent)
{
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    return factor;
}

QList<CurrencyChoice> currencyChoices(QLocale::Language language)
{
    // The name of each currency in `language`: from the locale of that language in a territory
    // that pays with it (es_MX names the peso), else English's, else the territory's own.
    QHash<QString, QString> inLanguage, inEnglish, native;
    const QList<QLocale> all
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : all) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode).toLower();
        const QString name = locale.currencySymbol(QLocale::CurrencyDisplayName);
        if (code.isEmpty() || name.isEmpty())
            continue;
        if (locale.language() == language && !inLanguage.contains(code))
            inLanguage.insert(code, name);
        else if (locale.language() == QLocale::English && !inEnglish.contains(code))
            inEnglish.insert(code, name);
        else if (!native.contains(code))
            native.insert(code, name);
    }
    QList<CurrencyChoice> choices;
    for (const char *iso : kIsoCodes) {
        const QString code = QLatin1String(iso);
        QString name = inLanguage.value(code);
        if (name.isEmpty())
            name = inEnglish.value(code, native.value(code));
        choices.append({code, name});
    }
    return choices;
}

} // namespace paydesk
