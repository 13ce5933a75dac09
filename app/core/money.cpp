#include "money.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

#include "currency.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

Unexpected<MoneyError> fail(MoneyError::Code code, const QString &message)
{
    return unexpected(MoneyError{code, message});
}

QString upper(QStringView currency)
{
    return currency.toString().toUpper();
}

bool isC(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QChar single(const QString &text, QChar fallback)
{
    return text.size() == 1 ? text.at(0) : fallback;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00a0' || c == u'\u202f';
}

struct Number
{
    QString whole; ///< digits, without the group separators
    QStringView fraction; ///< digits
};

// The digits of an amount typed in `locale`'s form, or nothing when it fits no clean reading.
// The C locale (paydeskctl) reads '.' as the decimal point and no group separator. Another locale
// reads its decimal separator and its group separator, placed in groups of three ("1.500,00"
// in Spanish (Spain), "1,500.00" in English, "1 500,00" in French, where a no-break space, a
// narrow one or a plain one all do). A '.' is a decimal point too where the locale's is ',' and
// '.' cannot be a group separator (French: numeric keypads type '.'), never where it can:
// "1.50" in Spanish (Spain) is refused, neither 1.50 nor 150.
std::optional<Number> readNumber(QStringView s, const QLocale &locale)
{
    const bool c = isC(locale);
    const QChar point = c ? QChar(u'.') : single(locale.decimalPoint(), u'.');
    const QChar group = c ? QChar() : single(locale.groupSeparator(), QChar());
    const bool spaceGroups = isSpace(group);
    const bool keypadPoint = !c && point == u',' && group != u'.';
    const auto isPoint = [&](QChar ch) {
        return ch == point || (keypadPoint && ch == u'.');
    };
    const auto isGroup = [&](QChar ch) {
        return !group.isNull() && !isPoint(ch) && (ch == group || (spaceGroups && isSpace(ch)));
    };

    qsizetype at = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (isDigit(ch))
            continue;
        if (isPoint(ch) && at < 0) {
            at = i;
            continue;
        }
        if (isGroup(ch) && at < 0)
            continue;
        return std::nullopt;
    }
    Number n;
    const QStringView whole = at < 0 ? s : s.left(at);
    n.fraction = at < 0 ? QStringView() : s.mid(at + 1);
    if (whole.isEmpty() && n.fraction.isEmpty())
        return std::nullopt;
    if (std::none_of(whole.begin(), whole.end(), [&](QChar ch) { return isGroup(ch); })) {
        n.whole = whole.toString();
        return n;
    }
    // Groups of three after a first group of one to three digits: "1.500", "12.500.000".
    qsizetype digits = 0;
    bool first = true;
    for (const QChar ch : whole) {
        if (isDigit(ch)) {
            ++digits;
            n.whole += ch;
            continue;
        }
        if (digits == 0 || digits > 3 || (!first && digits != 3))
            return std::nullopt;
        first = false;
        digits = 0;
    }
    if (digits != 3)
        return std::nullopt;
    return n;
}

// The whole units in the locale's digits and groups. Qt 6.4 groups "1234567" as "1234.567" in
// Spanish (its minimum of two digits for grouping applied to the first group), which no one
// reads back: the groups of three are placed here, and grouping starts where the locale's does
// (Spanish writes 1500 without a group, 15.000 with one).
QString wholeUnits(qint64 units, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    if (locale.zeroDigit() != u"0" || group.isEmpty()
        || locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return locale.toString(units);
    const QString digits = QString::number(units);
    const bool groupsFour = locale.toString(qint64(1000)).size() > 4;
    if (digits.size() < (groupsFour ? 4 : 5))
        return digits;
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += group;
        out += digits.at(i);
    }
    return out;
}

} // namespace

Expected<qint64, MoneyError> checkMinorAmount(qint64 minor, QStringView currency)
{
    const auto info = currencyInfo(currency);
    if (!info)
        return fail(MoneyError::Code::UnknownCurrency,
                    tr("\"%1\" is not an ISO 4217 currency code.").arg(currency));
    if (minor < 0)
        return fail(MoneyError::Code::Negative, tr("The amount cannot be negative."));
    if (minor > kMaxMinorAmount)
        return fail(MoneyError::Code::TooLarge,
                    tr("The amount is too large: at most %1 %2.")
                        .arg(toDecimalString(kMaxMinorAmount, info->code), upper(currency)));
    if (info->rule == CurrencyRule::ThreeDecimalEndsInZero && minor % 10 != 0)
        return fail(MoneyError::Code::ThreeDecimalMustEndInZero,
                    tr("%1 amounts must end in 0 in the third decimal (for example 1.230).")
                        .arg(upper(currency)));
    if (info->rule == CurrencyRule::WholeUnitsOnly && minor % 100 != 0)
        return fail(MoneyError::Code::WholeUnitsOnly,
                    tr("%1 amounts must be whole units, without decimals.").arg(upper(currency)));
    return minor;
}

Expected<qint64, MoneyError> parseAmount(QStringView text, QStringView currency,
                                         const QLocale &locale)
{
    const auto info = currencyInfo(currency);
    if (!info)
        return fail(MoneyError::Code::UnknownCurrency,
                    currency.trimmed().isEmpty()
                        ? tr("Choose a currency.")
                        : tr("\"%1\" is not an ISO 4217 currency code.").arg(currency));

    QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(MoneyError::Code::Empty, tr("Enter an amount."));

    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    const auto number = readNumber(s, locale);
    if (!number) {
        if (isC(locale))
            return fail(MoneyError::Code::NotANumber,
                        tr("\"%1\" is not an amount: use digits and one decimal point, like 12.34.")
                            .arg(text.trimmed()));
        // The locale's own form, in the currency's decimals: "12,50" and "15.000,00" in Spanish.
        const qint64 factor = minorPerMajor(info->exponent);
        return fail(MoneyError::Code::NotANumber,
                    tr("\"%1\" is not an amount: write it like %2 or %3.")
                        .arg(text.trimmed(), formatAmount(factor * 25 / 2, currency, locale),
                             formatAmount(factor * 15000, currency, locale)));
    }
    const QStringView whole = number->whole;
    QStringView fraction = number->fraction;
    if (negative)
        return fail(MoneyError::Code::Negative, tr("The amount cannot be negative."));

    // Trailing zeros beyond the currency's decimals change nothing ("500.00" JPY is 500).
    while (fraction.size() > info->exponent && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > info->exponent)
        return fail(
            MoneyError::Code::TooManyDecimals,
            info->exponent == 0
                ? tr("%1 has no decimals: enter a whole amount.").arg(upper(currency))
                : tr("%1 takes at most %2 decimals.").arg(upper(currency)).arg(info->exponent));

    // Leading zeros do not count towards the size; more than 8 significant digits never fit.
    QStringView significant = whole;
    while (significant.size() > 1 && significant.startsWith(u'0'))
        significant = significant.mid(1);
    if (significant.size() + info->exponent > 8 && significant != u"0")
        return fail(MoneyError::Code::TooLarge,
                    tr("The amount is too large: at most %1 %2.")
                        .arg(toDecimalString(kMaxMinorAmount, info->code), upper(currency)));

    qint64 minor = 0;
    for (const QChar c : significant)
        minor = minor * 10 + (c.unicode() - u'0');
    for (int i = 0; i < info->exponent; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    return checkMinorAmount(minor, currency);
}

QString toDecimalString(qint64 minor, QStringView currency)
{
    const auto info = currencyInfo(currency);
    const int exponent = info ? info->exponent : 2;
    const bool negative = minor < 0;
    const quint64 magnitude
        = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 factor = static_cast<quint64>(minorPerMajor(exponent));
    QString result = QString::number(magnitude / factor);
    if (exponent > 0)
        result += u'.' + QString::number(magnitude % factor).rightJustified(exponent, u'0');
    return negative ? u'-' + result : result;
}

Expected<qint64, MoneyError> majorJsonToMinor(const QJsonValue &value, QStringView currency)
{
    if (!value.isDouble())
        return fail(MoneyError::Code::NotANumber, tr("The amount is not a number."));
    // QJsonValue keeps integers exactly; a fractional number is only a double, so it is turned
    // into its shortest round-trip decimal text and read like a typed amount.
    const QVariant variant = value.toVariant();
    const QString text = variant.typeId() == QMetaType::Double
        ? QString::number(variant.toDouble(), 'g', QLocale::FloatingPointShortest)
        : QString::number(variant.toLongLong());
    return parseAmount(text, currency);
}

QString formatAmount(qint64 minor, QStringView currency, const QLocale &locale)
{
    const auto info = currencyInfo(currency);
    const int exponent = info ? info->exponent : 2;
    const qint64 factor = minorPerMajor(exponent);
    const bool negative = minor < 0;
    const qint64 magnitude = negative ? -minor : minor;

    QString number = wholeUnits(magnitude / factor, locale);
    if (exponent > 0)
        number += locale.decimalPoint()
            + QString::number(magnitude % factor).rightJustified(exponent, u'0');
    if (negative)
        number.prepend(locale.negativeSign());
    return number;
}

QString formatMoney(qint64 minor, QStringView currency, const QLocale &locale)
{
    const QString number = formatAmount(minor, currency, locale);

    const QString code = currency.toString().toUpper();
    const bool ownCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == code;
    const QString symbol = ownCurrency ? locale.currencySymbol() : code;
    // Learn where this locale puts the symbol from an integer, without formatting a double.
    const QString pattern = locale.toCurrencyString(qlonglong(7), symbol);
    const qsizetype at = pattern.indexOf(u'7');
    if (at < 0)
        return code + u' ' + number;
    QString prefix = pattern.left(at);
    QString suffix = pattern.mid(at + 1);
    if (!ownCurrency) {
        if (prefix.endsWith(code))
            prefix += u'\u00a0';
        if (suffix.startsWith(code))
            suffix.prepend(u'\u00a0');
    }
    return prefix + number + suffix;
}

} // namespace paydesk
