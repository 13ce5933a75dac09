#include "money.h"

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
    const QChar localPoint
        = locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : QChar(u'.');
    qsizetype point = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c >= u'0' && c <= u'9')
            continue;
        if ((c == u'.' || c == localPoint) && point < 0) {
            point = i;
            continue;
        }
        return fail(MoneyError::Code::NotANumber,
                    tr("\"%1\" is not an amount: use digits and one decimal point, like 12.34.")
                        .arg(text.trimmed()));
    }
    const QStringView whole = point < 0 ? s : s.left(point);
    QStringView fraction = point < 0 ? QStringView() : s.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return fail(MoneyError::Code::NotANumber,
                    tr("\"%1\" is not an amount: use digits and one decimal point, like 12.34.")
                        .arg(text.trimmed()));
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

    QString number = locale.toString(magnitude / factor);
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
