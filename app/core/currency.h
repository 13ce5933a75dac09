// Currencies as Stripe counts them: the exponent of each ISO 4217 code and its special rules.
#pragma once

#include <optional>

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace paydesk {

enum class CurrencyRule
{
    Standard, ///< amounts are plain multiples of the minor unit
    ThreeDecimalEndsInZero, ///< BHD JOD KWD OMR TND: minor units must be a multiple of 10
    WholeUnitsOnly, ///< ISK: two decimals on the wire, but a multiple of 100
};

struct CurrencyInfo
{
    QString code; ///< lower-case ISO 4217 alpha-3, as Stripe writes it
    int exponent = 2; ///< digits after the decimal point
    CurrencyRule rule = CurrencyRule::Standard;
};

/// Looks up an ISO 4217 alpha-3 code (any case). nullopt for anything that is not a
/// payable ISO 4217 currency (unknown codes, precious metals, testing codes).
std::optional<CurrencyInfo> currencyInfo(QStringView code);

/// Every payable ISO 4217 currency, for a chooser: its code (lower case) and its name in
/// `language` where the locale data has one (else in English, else the code alone), sorted by
/// code.
struct CurrencyChoice
{
    QString code;
    QString name;
};
QList<CurrencyChoice> currencyChoices(QLocale::Language language);

/// 10^exponent as an integer (exponent 0..3).
qint64 minorPerMajor(int exponent);

} // namespace paydesk
