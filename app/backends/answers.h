// Reading an answer of a backend, or a Stripe object: its shape, judged by its fields, then that
// shape's parser. Both come from the shapes' readers: each backend's descriptor
// (BackendSpec::answer, in app/backends/<kind>/) and the Stripe shape's (app/backends/stripe/).
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>

#include "core/parseresult.h"

namespace paydesk {

/// How answers of one shape are recognised and read.
struct AnswerReader
{
    /// Whether `answer` carries this shape's own fields. No real answer of one shape has
    /// another's; for a made-up one that does, the first shape in answerShapes() wins.
    bool (*recognises)(const QJsonObject &answer);
    /// Reads an answer of this shape (`context`: what the request knew, for Ocho's amount).
    ParseResult (*parse)(const QJsonObject &answer, const ParseContext &context);
};

/// Every answer shape: the backends in the descriptor table's order, then Stripe.
QList<AnswerShape> answerShapes();

/// The reader of `shape`.
const AnswerReader &answerReader(AnswerShape shape);

/// Which backend wrote this answer, or whether it is a Stripe object, judged by its shape only.
std::optional<AnswerShape> detectShape(const QJsonObject &answer);

/// Reads bytes as an answer of `shape` (a backend's, or Stripe's), or of whatever shape they
/// have when none is given.
ParseResult parseAnswer(const QByteArray &bytes, std::optional<AnswerShape> shape = std::nullopt,
                        const ParseContext &context = {});

/// Reads an object with the parser of `shape`, then checks its amounts' range.
ParseResult parseAnswer(const QJsonObject &answer, AnswerShape shape,
                        const ParseContext &context = {});

} // namespace paydesk
