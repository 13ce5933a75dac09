#include "jobs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "answer.h"

namespace paydesk {
namespace {

/// A GET of Dots' API at `path` with the profile's credentials.
RequestSpec dotsRead(const BackendProfile &profile, const QString &path)
{
    RequestSpec spec;
    spec.path = path;
    spec.headers.append({"Authorization", basicAuthorization(profile.clientId, profile.apiKey)});
    return spec;
}

} // namespace

DotsRetrieveJob::DotsRetrieveJob(QNetworkAccessManager *network, BackendProfile profile,
                                 QString intentId, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_id(std::move(intentId))
{ }

Expected<RequestSpec, BackendError> DotsRetrieveJob::buildRequest() const
{
    return dotsRead(profile(),
                    QStringLiteral("/api/v2/payment-intents/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(m_id)));
}

DotsListJob::DotsListJob(QNetworkAccessManager *network, BackendProfile profile, JobOptions options,
                         QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
{ }

Expected<RequestSpec, BackendError> DotsListJob::buildRequest() const
{
    return dotsRead(profile(), QStringLiteral("/api/v2/payment-intents"));
}

void DotsListJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    if (!answer.isArray()) {
        HttpJob::readSuccess(answer, result); // reports "not a list"
        if (!result.error)
            result.error = unreadableAnswer(result, tr("The list of intents is not a JSON array."));
        result.record.reset();
        return;
    }
    const QJsonArray items = answer.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ParseResult parsed = parseDots(items.at(i).toObject());
        if (!parsed) {
            result.error = unreadableAnswer(
                result, tr("Intent %1 of the list: %2").arg(i).arg(parsed.error().message));
            result.error->field = parsed.error().field;
            return;
        }
        result.records.append(*parsed);
        result.listedKeys.append(items.at(i)
                                     .toObject()
                                     .value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("paydesk_idempotency_key"))
                                     .toString());
    }
}

DotsRefundListJob::DotsRefundListJob(QNetworkAccessManager *network, BackendProfile profile,
                                     QString after, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_after(std::move(after))
{ }

Expected<RequestSpec, BackendError> DotsRefundListJob::buildRequest() const
{
    RequestSpec spec = dotsRead(profile(), QStringLiteral("/api/v2/refunds"));
    spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!m_after.isEmpty())
        spec.query.addQueryItem(QStringLiteral("starting_after"), m_after);
    return spec;
}

void DotsRefundListJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    const QJsonObject page = answer.object();
    const QJsonValue data = page.value(QStringLiteral("data"));
    const QJsonValue more = page.value(QStringLiteral("has_more"));
    if (!answer.isObject() || !data.isArray() || !more.isBool()) {
        result.error = unreadableAnswer(
            result, tr("The list of refunds is not {\"has_more\": boolean, \"data\": array}."));
        return;
    }
    const QJsonArray items = data.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto parsed = parseDotsRefund(items.at(i).toObject());
        if (!items.at(i).isObject() || !parsed) {
            result.error
                = unreadableAnswer(result, tr("Refund %1 of the list is not a refund.").arg(i));
            result.refunds.clear();
            return;
        }
        result.refunds.append(*parsed);
    }
    result.hasMore = more.toBool();
}

DotsRefundRetrieveJob::DotsRefundRetrieveJob(QNetworkAccessManager *network, BackendProfile profile,
                                             QString id, JobOptions options, QObject *parent)
    : HttpJob(network, std::move(profile), std::move(options), parent)
    , m_id(std::move(id))
{ }

Expected<RequestSpec, BackendError> DotsRefundRetrieveJob::buildRequest() const
{
    return dotsRead(profile(),
                    QStringLiteral("/api/v2/refunds/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(m_id)));
}

void DotsRefundRetrieveJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    const auto parsed = parseDotsRefund(answer.object());
    if (!answer.isObject() || !parsed) {
        result.error = unreadableAnswer(result, tr("The answer is not a refund."));
        return;
    }
    result.refund = *parsed;
}

} // namespace paydesk
