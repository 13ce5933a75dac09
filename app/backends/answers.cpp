#include "answers.h"

#include <QJsonDocument>

#include "backendspec.h"
#include "stripe/answer.h"

namespace paydesk {
using parsing::tr;

namespace {

/// A warning for an amount a backend answered that no sale can have: negative, or past the
/// 8-digit limit (kMaxMinorAmount).
void checkAmountRange(PaymentRecord &record, const QString &what, const std::optional<Money> &m)
{
    if (!m || (m->minor >= 0 && m->minor <= kMaxMinorAmount))
        return;
    record.warnings.append(
        tr("AMOUNT OUT OF RANGE: %1 is %2 minor units, outside 0 to %3. Check the sale before "
           "handing over goods.")
            .arg(what)
            .arg(m->minor)
            .arg(kMaxMinorAmount));
}

} // namespace

QList<AnswerShape> answerShapes()
{
    QList<AnswerShape> shapes;
    for (const BackendSpec *spec : backendSpecs())
        shapes.append(spec->kind);
    shapes.append(AnswerShape::stripe());
    return shapes;
}

const AnswerReader &answerReader(AnswerShape shape)
{
    return shape.backend() ? backendSpec(*shape.backend()).answer : stripeAnswers();
}

std::optional<AnswerShape> detectShape(const QJsonObject &answer)
{
    for (const AnswerShape shape : answerShapes())
        if (answerReader(shape).recognises(answer))
            return shape;
    return std::nullopt;
}

ParseResult parseAnswer(const QJsonObject &answer, AnswerShape shape, const ParseContext &context)
{
    ParseResult parsed = answerReader(shape).parse(answer, context);
    if (parsed) {
        PaymentRecord &r = *parsed;
        checkAmountRange(r, tr("the intent's amount"), r.intent.amount);
        for (const Charge &c : std::as_const(r.charges)) {
            if (c.amount != r.intent.amount) // a bare charge is its own intent: said once
                checkAmountRange(r, tr("charge %1's amount").arg(c.id), c.amount);
            checkAmountRange(r, tr("charge %1's captured amount").arg(c.id), c.amountCaptured);
            checkAmountRange(r, tr("charge %1's refunded amount").arg(c.id), c.amountRefunded);
        }
    }
    return parsed;
}

ParseResult parseAnswer(const QByteArray &bytes, std::optional<AnswerShape> shape,
                        const ParseContext &context)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(ParseError{ParseError::Kind::NotJson, QString(),
                                     tr("The answer is not JSON: %1 at byte %2.")
                                         .arg(error.errorString())
                                         .arg(error.offset)});
    if (!document.isObject())
        return unexpected(ParseError{ParseError::Kind::UnknownShape, QString(),
                                     tr("The answer is JSON but not an object, so it is not a "
                                        "payment answer of any known backend.")});
    const QJsonObject object = document.object();
    if (!shape)
        shape = detectShape(object);
    if (!shape) {
        QStringList backends;
        for (const BackendSpec *spec : backendSpecs())
            backends.append(backendTitle(spec->kind));
        return unexpected(ParseError{ParseError::Kind::UnknownShape, QString(),
                                     tr("The JSON is not an answer of a known backend (%1) nor a "
                                        "Stripe PaymentIntent or Charge.")
                                         .arg(backends.join(QStringLiteral(", ")))});
    }
    return parseAnswer(object, *shape, context);
}

} // namespace paydesk
