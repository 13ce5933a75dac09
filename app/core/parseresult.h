// What reading a backend's answer gives (a PaymentRecord or a ParseError) and the helpers every
// answer parser shares. The parsers live with their backends (app/backends/<kind>/answer.cpp,
// the Stripe shape's in app/backends/stripe/); detection and the choice of parser are
// app/backends/answers.h, through the descriptors.
#pragma once

#include <optional>

#include <QJsonObject>

#include "expected.h"
#include "jsonfields.h"
#include "paymentrecord.h"

namespace paydesk {

struct ParseError
{
    enum class Kind
    {
        NotJson, ///< the bytes are not a JSON document
        UnknownShape, ///< JSON, but not an answer of any backend we know
        Contract, ///< the answer of a known backend with a missing or mistyped field
        Refused, ///< a well-formed answer that says no (e.g. an Offer status other than 1)
    };
    Kind kind;
    QString field; ///< the JSON path at fault ("data.charges.data[0].amount"), if any
    QString message; ///< one sentence, secrets masked
};

using ParseResult = Expected<PaymentRecord, ParseError>;

/// What the request knew that the answer does not say (Ocho's answer has no amount).
struct ParseContext
{
    QString currency = QStringLiteral("usd");
    std::optional<qint64> amountMinor;
};

namespace parsing {

/// The parsers' tr(): lupdate files a free tr() called in namespace paydesk under the context
/// "paydesk" (a parser's source says `using parsing::tr;`).
QString tr(const char *text);

/// "The <shape> answer breaks the contract: …" for the field `error` names.
Unexpected<ParseError> contractError(AnswerShape shape, const FieldError &error);

/// `minor` units of `currency`, or none when the answer gave no amount.
std::optional<Money> moneyOf(std::optional<qint64> minor, const QString &currency);

/// The required `currency` field, lower-cased; a warning on `record` when ISO 4217 (as Paydesk
/// knows it) has no such code.
QString currencyOf(JsonFields &f, PaymentRecord &record);

} // namespace parsing
} // namespace paydesk
