#include "salechecks.h"

#include <QCoreApplication>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

std::optional<qint64> amountField(const QString &field, const QString &text,
                                  const QString &currency, FieldIssues &issues)
{
    const auto minor = parseAmount(text, currency);
    if (!minor) {
        issues.append({minor.error().code == MoneyError::Code::UnknownCurrency
                           ? QStringLiteral("currency")
                           : field,
                       minor.error().message});
        return std::nullopt;
    }
    return *minor;
}

void checkUuid(const QString &field, const QString &label, const QString &value,
               FieldIssues &issues)
{
    if (!value.isEmpty() && !isUuid(value))
        issues.append(
            {field, tr("%1 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a.").arg(label)});
}

void checkLength(const QString &field, const QString &label, const QString &value, int min, int max,
                 FieldIssues &issues)
{
    const qsizetype n = value.trimmed().size();
    if (n < min)
        issues.append({field, tr("Enter the %1.").arg(label)});
    else if (n > max)
        issues.append(
            {field, tr("The %1 is too long: at most %2 characters.").arg(label).arg(max)});
}

QString profileCurrencyText(const BackendProfile &profile)
{
    return profile.currency.toUpper();
}

QJsonObject moneyJson(const Money &money)
{
    return QJsonObject{{QStringLiteral("minor"), money.minor},
                       {QStringLiteral("currency"), money.currency}};
}

} // namespace paydesk
