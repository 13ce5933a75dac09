#include "parseresult.h"

#include <QCoreApplication>

#include "currency.h"

namespace paydesk::parsing {

// The parsers' own strings; the two below are spelt with their context, since lupdate files a
// tr() in this namespace under another.
QString tr(const char *text)
{
    return QCoreApplication::translate("paydesk", text);
}

Unexpected<ParseError> contractError(AnswerShape shape, const FieldError &error)
{
    return unexpected(
        ParseError{ParseError::Kind::Contract, error.field,
                   QCoreApplication::translate("paydesk", "The %1 answer breaks the contract: %2")
                       .arg(shapeTitle(shape), error.message)});
}

std::optional<Money> moneyOf(std::optional<qint64> minor, const QString &currency)
{
    if (!minor)
        return std::nullopt;
    return Money{*minor, currency};
}

QString currencyOf(JsonFields &f, PaymentRecord &record)
{
    const QString currency = f.string("currency", Need::Required).toLower();
    if (!currency.isEmpty() && !currencyInfo(currency))
        record.warnings.append(
            QCoreApplication::translate("paydesk",
                                        "%1 is not an ISO 4217 currency code known to Paydesk.")
                .arg(f.where("currency")));
    return currency;
}

} // namespace paydesk::parsing
