#include "answer.h"

#include <QJsonDocument>

#include "backends/stripe/answer.h"
#include "core/redaction.h"

namespace paydesk {
using parsing::contractError;
using parsing::tr;

namespace {

QString offerRefusalMessage(const QJsonObject &answer)
{
    const QJsonObject response = answer.value(QStringLiteral("response")).toObject();
    for (const QJsonValue &v :
         {answer.value(QStringLiteral("message")), answer.value(QStringLiteral("error")),
          response.value(QStringLiteral("error")), response.value(QStringLiteral("message"))}) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (v.isObject() && v.toObject().value(QStringLiteral("message")).isString())
            return v.toObject().value(QStringLiteral("message")).toString();
    }
    return QString::fromUtf8(QJsonDocument(redactJson(answer)).toJson(QJsonDocument::Compact));
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

} // namespace

bool isOfferAnswer(const QJsonObject &answer)
{
    return answer.contains(QLatin1String("apirequest_oid"))
        || (answer.contains(QLatin1String("response")) && answer.contains(QLatin1String("status")));
}

ParseResult parseOffer(const QJsonObject &answer, const ParseContext &)
{
    JsonFields f(answer);
    const QJsonValue status = f.raw("status");
    const QString oid = scalarText(answer.value(QStringLiteral("apirequest_oid")));
    const bool success = (status.isString() && status.toString().trimmed() == u"1")
        || (status.isDouble() && status.toInteger(-1) == 1);
    if (status.isUndefined() || status.isNull())
        return contractError(BackendKind::Offer,
                             FieldError{QStringLiteral("status"), tr("status is missing.")});
    if (!status.isString() && !status.isDouble())
        return contractError(BackendKind::Offer,
                             FieldError{QStringLiteral("status"),
                                        tr("status must be \"1\" or 1, or a failure code.")});
    if (!success) {
        QString message = offerRefusalMessage(answer);
        if (!oid.isEmpty())
            message += u' ' + tr("(request %1)").arg(oid);
        return unexpected(
            ParseError{ParseError::Kind::Refused, QStringLiteral("status"), redactText(message)});
    }

    PaymentRecord record;
    record.backend = BackendKind::Offer;
    const auto response = f.object("response", Need::Required);
    if (response) {
        JsonFields rf = f.nested(*response, "response");
        if (const auto intent = rf.object("payment_intent", Need::Required)) {
            JsonFields pf = rf.nested(*intent, "payment_intent");
            readStripeIntent(pf, record);
        }
    }
    if (!f.ok())
        return contractError(BackendKind::Offer, f.error());
    record.extra = QJsonObject{
        {QStringLiteral("apirequest_oid"), oid.isEmpty() ? QJsonValue() : QJsonValue(oid)},
        {QStringLiteral("status"), status}};
    record.raw = redactJson(answer);
    return record;
}

} // namespace paydesk
