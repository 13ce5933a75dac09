// Money is integer minor units (qint64) plus a currency; never a floating-point number.
#pragma once

#include <QLocale>
#include <QString>

#include "expected.h"

class QJsonValue;

namespace paydesk {

/// The largest amount any backend accepts: 8 digits of minor units (Stripe's limit).
inline constexpr qint64 kMaxMinorAmount = 99'999'999;

struct Money
{
    qint64 minor = 0;
    QString currency; ///< lower-case ISO 4217

    friend bool operator==(const Money &, const Money &) = default;
};

struct MoneyError
{
    enum class Code
    {
        Empty,
        NotANumber,
        Negative,
        TooManyDecimals,
        TooLarge,
        ThreeDecimalMustEndInZero,
        WholeUnitsOnly,
        UnknownCurrency,
    };
    Code code;
    QString message; ///< one sentence a cashier understands
};

/// Reads an amount typed by a person into minor units of `currency`, in `locale`'s form.
/// The C locale (paydeskctl) reads "1234.50": '.' is the decimal point, no group separators.
/// Another locale reads its own separators, groups of three only ("1.500,00" in Spanish (Spain)
/// is 1500, "1,500.00" in English, "1 500,00" in French with any kind of space); a '.' is also
/// a decimal point where the locale's is ',' and '.' cannot be a group ("1.5" in French).
/// What fits no clean reading ("1.50" in Spanish (Spain), "1,5" in English) is refused with an
/// example in the locale's form, never guessed. Signs other than a leading '-' (refused as
/// negative), exponents and currency signs are rejected.
Expected<qint64, MoneyError> parseAmount(QStringView text, QStringView currency,
                                         const QLocale &locale = QLocale::c());

/// Checks minor units against the currency's rules (range, three-decimal, ISK).
Expected<qint64, MoneyError> checkMinorAmount(qint64 minor, QStringView currency);

/// "300.00" for 30000 MXN, "500" for 500 JPY: the plain decimal form used on the wire.
QString toDecimalString(qint64 minor, QStringView currency);

/// A number in a JSON answer given in major units (e.g. Checkout's `data.amount: 300.0`),
/// read at the edge through its shortest decimal text, never through arithmetic on a double.
Expected<qint64, MoneyError> majorJsonToMinor(const QJsonValue &value, QStringView currency);

/// "$12.34", "MXN 300.00", "12,34 €": the amount for display, in `locale`.
/// The amount alone in `locale`'s digits ("35.00", "35,00"), where the currency goes without
/// saying (a quick key on the till).
QString formatAmount(qint64 minor, QStringView currency, const QLocale &locale = QLocale());
QString formatMoney(qint64 minor, QStringView currency, const QLocale &locale = QLocale());
inline QString formatMoney(const Money &money, const QLocale &locale = QLocale())
{
    return formatMoney(money.minor, money.currency, locale);
}

} // namespace paydesk
