// Parsers: each backend's answer → PaymentRecord. Shape detection for answers of unknown origin.
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>

#include "expected.h"
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

ParseResult parseOcho(const QJsonObject &answer, const ParseContext &context = {});
ParseResult parseOffer(const QJsonObject &answer);
ParseResult parseDots(const QJsonObject &answer);
ParseResult parseCheckout(const QJsonObject &answer);
ParseResult parseStripeIntent(const QJsonObject &answer);
ParseResult parseStripeCharge(const QJsonObject &answer);

/// Which backend wrote this answer, or whether it is a Stripe object, judged by its shape only.
std::optional<AnswerShape> detectShape(const QJsonObject &answer);

/// Reads bytes as an answer of `shape` (a backend's, or Stripe's), or of whatever shape they
/// have when none is given.
ParseResult parseAnswer(const QByteArray &bytes, std::optional<AnswerShape> shape = std::nullopt,
                        const ParseContext &context = {});

/// Reads an object with the parser of `shape`.
ParseResult parseAnswer(const QJsonObject &answer, AnswerShape shape,
                        const ParseContext &context = {});

} // namespace paydesk
