// Benchmark of the backend layer: parse time per answer, and 1000 sequential creates through
// the layer beside 1000 raw QNetworkAccessManager requests to the same sandbox endpoint.
// Run by scripts/bench (Release build); prints rows of the table.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUuid>

#include "backends/answers.h"
#include "backends/jobs.h"
#include "benchutil.h"

using namespace paydesk;
using namespace paydesk::bench;

namespace {

void parseTimes()
{
    const struct
    {
        const char *file;
        AnswerShape kind;
    } answers[] = {{"ocho.json", BackendKind::Ocho},
                   {"offer.json", BackendKind::Offer},
                   {"dots.json", BackendKind::Dots},
                   {"checkout.json", BackendKind::Checkout},
                   {"stripe_charge.json", AnswerShape::stripe()}};
    for (const auto &a : answers) {
        QFile file(QStringLiteral(PAYDESK_TEST_DATA "/") + QLatin1String(a.file));
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        QList<double> times;
        for (int i = 0; i < 2000; ++i) {
            QElapsedTimer t;
            t.start();
            const ParseResult r = parseAnswer(bytes, a.kind);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!r)
                qFatal("parse failed");
        }
        row(QStringLiteral("parse a %1 answer into a PaymentRecord (median of 2000)")
                .arg(shapeName(a.kind)),
            QString::number(median(times) * 1000, 'f', 1) + QStringLiteral(" us"));
    }
}

void layerVersusRaw(const QUrl &base)
{
    BackendProfile profile;
    profile.kind = BackendKind::Dots;
    profile.baseUrl = base;
    profile.clientId = QStringLiteral("bench");
    profile.apiKey = QStringLiteral("bench");
    DotsForm form;
    form.amount = QStringLiteral("12.50");
    const Sale sale = *validateSale(form, profile);
    QNetworkAccessManager network;
    constexpr int n = 1000;

    QUrl url = base;
    url.setPath(QStringLiteral("/api/v2/payment-intents"));
    QList<double> before, after;
    const auto throughLayer = [&] {
        JobOptions options;
        options.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer t;
        t.start();
        const auto job = makeCreateJob(&network, profile, sale, options);
        QEventLoop loop;
        QObject::connect(job.get(), &HttpJob::finished, &loop, &QEventLoop::quit);
        // Where the layer's own time goes: before the request is handed to Qt, and after Qt has
        // the whole answer (the network manager's finished() comes before the job's).
        qint64 answered = 0;
        const auto c = QObject::connect(&network, &QNetworkAccessManager::finished,
                                        [&] { answered = t.nsecsElapsed(); });
        job->start();
        before << double(t.nsecsElapsed()) / 1e6;
        loop.exec();
        QObject::disconnect(c);
        after << double(t.nsecsElapsed() - answered) / 1e6;
        if (!job->result().ok())
            qFatal("create failed: %s", qPrintable(job->result().error->detail()));
        return double(t.nsecsElapsed()) / 1e6;
    };
    const auto raw = [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Basic YmVuY2g6YmVuY2g=");
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        request.setRawHeader("Idempotency-Key", key);
        QElapsedTimer t;
        t.start();
        // The same request as the layer's, key in the metadata included: the sandbox does the
        // same work for both, and the difference is the layer's.
        QNetworkReply *reply
            = network.post(request,
                           R"({"amount":1250,"currency":"usd","confirm":false,"metadata":)"
                           R"({"paydesk_idempotency_key":")"
                               + key + R"("},"payment_method_types":["card"]})");
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        reply->deleteLater();
        if (answer.isEmpty())
            qFatal("raw request failed");
        return ms;
    };
    // Interleaved, in alternating order: whatever else the machine does hits both sides alike.
    QList<double> layerTimes, rawTimes;
    for (int i = 0; i < n; ++i) {
        if (i % 2) {
            layerTimes << throughLayer();
            rawTimes << raw();
        } else {
            rawTimes << raw();
            layerTimes << throughLayer();
        }
    }
    const double l = median(layerTimes), r = median(rawTimes);
    row(QStringLiteral("create through the backend layer, median of %1").arg(n), ms(l));
    row(QStringLiteral("raw QNetworkAccessManager POST, median of %1").arg(n), ms(r));
    row(QStringLiteral("  of which the layer before sending, median"), ms(median(before)));
    row(QStringLiteral("  of which the layer after the answer, median"), ms(median(after)));
    row(QStringLiteral("ratio layer / raw"), QString::number(l / r, 'f', 2),
        QStringLiteral("≤ 1.25"), verdict(l / r <= 1.25));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    parseTimes();

    QProcess sandbox;
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(10000))
        qFatal("paydesk-sandbox did not start");
    const QByteArray line = sandbox.readLine().trimmed();
    const QUrl base(QString::fromLatin1(line.mid(line.indexOf("http"))));
    layerVersusRaw(base);
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
