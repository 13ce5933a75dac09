#include "httpjob.h"

#include <cstring>
#include <functional>
#include <utility>

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

#include "answers.h"
#include "core/jsonfields.h"
#include "core/redaction.h"

Q_LOGGING_CATEGORY(lcHttp, "paydesk.http", QtWarningMsg)

namespace paydesk {
namespace {

BackendError error(BackendError::Kind kind, BackendError::Reach reach, const QString &message,
                   int status = 0)
{
    BackendError e;
    e.kind = kind;
    e.reach = reach;
    e.message = message;
    e.httpStatus = status;
    return e;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QJsonValue answerCopy(const QByteArray &body, const QJsonDocument &document,
                      const QStringList &secrets)
{
    if (document.isObject())
        return redactJson(document.object(), secrets);
    if (document.isArray())
        return redactJson(QJsonValue(document.array()), secrets);
    if (body.isEmpty())
        return QJsonValue::Null;
    // Masked whole, then cut to 2,048 characters (redactedExcerpt).
    return QJsonObject{{QStringLiteral("text"), redactedExcerpt(QString::fromUtf8(body), secrets)},
                       {QStringLiteral("bytes"), body.size()}};
}

/// A record whose text holds one of the profile's own secrets (a backend that echoes the token
/// in a description, a receipt URL…), masked: through its JSON form, only when needed. A record
/// read from `answer` (its raw JSON is the answer) takes the answer's masked copy, `masked`,
/// instead of being masked a second time.
void maskRecord(std::optional<PaymentRecord> &record, const QStringList &secrets,
                const QJsonValue &answer, const QJsonValue &masked, bool answerHoldsSecret)
{
    if (!record)
        return;
    const bool fromAnswer = record->raw == answer;
    // A record read from an answer that holds none of the secrets holds none of them either.
    if (!fromAnswer || answerHoldsSecret) {
        const QJsonObject json = record->toJson(QLocale::c());
        if (containsSecret(compactJson(json), secrets)) {
            QJsonValue raw = record->raw;
            if (auto remasked = PaymentRecord::fromJson(redactJson(json, secrets)))
                record = std::move(*remasked);
            record->raw = std::move(raw);
        }
    }
    record->raw = fromAnswer ? masked : redactJson(record->raw, secrets);
}

/// Every text of a result masked by the profile's own secrets, whatever their shape: the
/// answer, the record, the error's name, field and message (a backend's "bad token tok-…"); the
/// request's copy was masked whole when it was made (copyRequest).
/// The backend layer's own cost on a create is mostly here (bench_backends): the answer is
/// looked at once for the secrets, and masked once for the answer and the record alike.
void maskResult(JobResult &result, const QStringList &secrets)
{
    if (secrets.isEmpty())
        return;
    const QJsonValue answer = result.answer;
    const bool answerHoldsSecret = containsSecret(compactJson(answer), secrets);
    result.answer = redactJson(answer, secrets);
    maskRecord(result.record, secrets, answer, result.answer, answerHoldsSecret);
    for (PaymentRecord &r : result.records) {
        std::optional<PaymentRecord> one = std::move(r);
        maskRecord(one, secrets, answer, result.answer, true);
        r = std::move(*one);
    }
    if (result.error) {
        BackendError &e = *result.error;
        e.name = redactText(e.name, secrets);
        e.field = redactText(e.field, secrets);
        e.message = redactText(e.message, secrets);
    }
}

/// The request body, readable exactly once. Qt's HTTP layer silently re-sends a request whose
/// connection closed before any answer byte, whatever the method, so a payment could be made
/// twice. A body it cannot rewind (sequential, reset() fails, not buffered by Qt) makes that
/// re-send impossible: Qt reports an error instead, which we treat as "unknown".
class OneShotBody final : public QIODevice
{
public:
    /// `firstRead` runs when Qt first reads the body to write it to a connection: from that
    /// moment the request may reach the backend.
    OneShotBody(QByteArray data, std::function<void()> firstRead)
        : m_data(std::move(data))
        , m_firstRead(std::move(firstRead))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_firstRead)
            std::exchange(m_firstRead, nullptr)();
        const qint64 n = qMin(maxSize, m_data.size() - m_read);
        std::memcpy(data, m_data.constData() + m_read, static_cast<size_t>(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    std::function<void()> m_firstRead;
    qint64 m_read = 0;
};

} // namespace

HttpJob::HttpJob(QNetworkAccessManager *network, BackendProfile profile, JobOptions options,
                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_abort = Abort::Deadline;
            m_reply->abort();
        }
    });
    m_result.idempotencyKey = m_options.idempotencyKey;
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl HttpJob::requestUrl(const RequestSpec &spec) const
{
    QUrl url = m_profile.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + (spec.path.startsWith(u'/') ? spec.path : u'/' + spec.path));
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    return url;
}

void HttpJob::finishSoon(BackendError e)
{
    // Keep "finished() after start() returns" even when nothing is sent.
    QMetaObject::invokeMethod(
        this, [this, e] { finish(e); }, Qt::QueuedConnection);
}

void HttpJob::start()
{
    m_clock.start();
    if (const QString problem = checkBaseUrl(m_profile.baseUrl); !problem.isEmpty()) {
        const bool insecure = m_profile.baseUrl.scheme() == u"http";
        finishSoon(
            error(insecure ? BackendError::Kind::Insecure : BackendError::Kind::Configuration,
                  BackendError::Reach::NotSent, problem));
        return;
    }
    auto spec = buildRequest();
    if (!spec) {
        finishSoon(spec.error());
        return;
    }
    m_spec = *spec;
    send(requestUrl(m_spec), 3);
    if (m_reply)
        m_deadline.start(m_options.timeoutMs);
}

void HttpJob::send(const QUrl &url, int redirectsLeft)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No Qt transfer timeout: the job's own deadline bounds the whole exchange (a Qt timer per
    // reply on top of it only costs time).
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Paydesk/" PAYDESK_VERSION);
    if (!m_options.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_options.idempotencyKey.toUtf8());
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : std::as_const(m_options.extraHeaders))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::User, redirectsLeft);
    // HTTP/1.1 only, also on https where Qt would offer HTTP/2. Our guarantees are proven for
    // HTTP/1.1 only: the one-shot body (OneShotBody) that stops Qt from re-sending a request by
    // itself, and which failures mean "may have arrived" (tests/integration/tst_http2 runs the
    // sandbox's faults through a real HTTP/2-capable gateway). Qt's HTTP/2 path handles the body
    // and lost streams its own way, unproven for requests that move money.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    if (url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QString caFile = m_options.caFile.isEmpty() ? m_profile.caFile : m_options.caFile;
        if (!caFile.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile, QSsl::Pem);
            if (extra.isEmpty()) {
                finishSoon(error(BackendError::Kind::Configuration, BackendError::Reach::NotSent,
                                 tr("The CA file %1 holds no PEM certificate.").arg(caFile)));
                return;
            }
            tls.addCaCertificates(extra);
        }
        request.setSslConfiguration(tls);
    }

    QByteArray payload;
    if (m_spec.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*m_spec.body).toJson(QJsonDocument::Compact);
    }
    m_body.clear();
    // Every request goes out once (see OneShotBody); a GET gets an empty one-shot body too.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
    m_connectionUp = false;
    const auto markSent = [this] {
        if (!m_result.sent) {
            m_result.sent = true;
            Q_EMIT requestSent();
        }
    };
    // The body is read as it is written to a standing connection: "may have arrived" from that
    // very read, not from a signal that comes later (a failure in between would otherwise be
    // taken for "never sent"). Qt reads it on this thread; the queued call covers any other.
    QPointer<HttpJob> self(this);
    auto *body = new OneShotBody(payload, [self, markSent] {
        if (!self)
            return;
        if (QThread::currentThread() == self->thread()) {
            self->m_connectionUp = true;
            markSent();
            return;
        }
        QMetaObject::invokeMethod(
            self,
            [self, markSent] {
                if (self) {
                    self->m_connectionUp = true;
                    markSent();
                }
            },
            Qt::QueuedConnection);
    });
    m_reply = m_network->sendCustomRequest(request, m_spec.method, body);
    body->setParent(m_reply);
    // "May have arrived" begins as soon as a connection to the backend stands, not only once Qt
    // says the whole request was written: from then on any failure may come after the backend
    // read it. Signs of a standing connection: the TLS handshake is done (encrypted), body bytes
    // were written (uploadProgress), the whole request was written (requestSent), an answer
    // began (metaDataChanged). socketStartedConnecting only says a connection is being made: not
    // yet up. A kept-alive connection gives no sign before requestSent.
    const auto connectionUp = [this, markSent] {
        m_connectionUp = true;
        markSent();
    };
    connect(m_reply, &QNetworkReply::encrypted, this, connectionUp);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [connectionUp](qint64 bytesSent, qint64) {
                if (bytesSent > 0)
                    connectionUp();
            });
    connect(m_reply, &QNetworkReply::requestSent, this, [this, connectionUp] {
        connectionUp();
        copyRequest();
    });
    // Qt 6.4 emits requestSent() only after uploading a body. A request without one is written
    // as soon as a connection stands, which may be a kept-alive one that signals nothing: count
    // it as sent from the start (the safe side: "unknown", never a wrong "failed"). Errors that
    // prove the request never left (refused, DNS, TLS handshake) still say so while no
    // connection stood.
    if (payload.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, markSent] {
                markSent();
                copyRequest();
            },
            Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this, connectionUp] {
        connectionUp();
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_options.maxAnswerBytes) {
            m_abort = Abort::TooLarge;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);

    // The redacted copy kept for the journal is made once the request has left (or at the end),
    // while the backend works on it: the body is read from this thread, which must be free until
    // then.
    m_sentRequest = request;
    m_requestCopyPending = true;
}

void HttpJob::copyRequest()
{
    if (!m_requestCopyPending)
        return;
    m_requestCopyPending = false;
    QJsonObject headersCopy;
    const QList<QByteArray> headerNames = m_sentRequest.rawHeaderList();
    for (const QByteArray &name : headerNames) {
        const QString key = QString::fromLatin1(name);
        const QString value = QString::fromLatin1(m_sentRequest.rawHeader(name));
        headersCopy.insert(key, isSecretKey(key) ? maskSecret(value) : value);
    }
    // Masked whole, the profile's own secrets included, once: the answer's masking
    // (maskResult) does not go over it again.
    m_result.request = redactJson(
        QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(m_spec.method)},
            {QStringLiteral("url"), m_sentRequest.url().toString()},
            {QStringLiteral("headers"), headersCopy},
            {QStringLiteral("body"), m_spec.body ? QJsonValue(*m_spec.body) : QJsonValue()},
        },
        m_profile.secrets());
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->read(m_options.maxAnswerBytes + 1 - m_body.size());
    if (m_body.size() > m_options.maxAnswerBytes) {
        m_abort = Abort::TooLarge;
        m_reply->abort();
    }
}

void HttpJob::cancel()
{
    if (m_reply) {
        m_abort = Abort::Canceled;
        m_reply->abort();
    }
}

void HttpJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_abort == Abort::None)
        onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    const auto reach = m_result.sent ? BackendError::Reach::Unknown : BackendError::Reach::NotSent;

    switch (m_abort) {
    case Abort::Deadline:
        finish(error(BackendError::Kind::Timeout, reach,
                     tr("No complete answer within %1 s.").arg(m_options.timeoutMs / 1000.0),
                     status));
        return;
    case Abort::TooLarge:
        m_result.answer = QJsonObject{{QStringLiteral("bytes_over"), m_options.maxAnswerBytes}};
        finish(error(BackendError::Kind::Unreadable, BackendError::Reach::Unknown,
                     tr("The answer is larger than %1 MiB.").arg(m_options.maxAnswerBytes >> 20),
                     status));
        return;
    case Abort::Canceled:
        finish(error(BackendError::Kind::Canceled, reach, tr("Canceled by the user."), status));
        return;
    case Abort::None:
        break;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0) {
        const QString netText = redactText(reply->errorString(), m_profile.secrets());
        // A refusal, an unknown host or a failed handshake proves that nothing left, but only
        // while no connection stood: after that, the same error says nothing about the request.
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            if (!m_connectionUp) {
                finish(
                    error(BackendError::Kind::NotReached, BackendError::Reach::NotSent, netText));
                return;
            }
            break;
        case QNetworkReply::SslHandshakeFailedError:
            if (!m_connectionUp) {
                finish(error(BackendError::Kind::Tls, BackendError::Reach::NotSent, netText));
                return;
            }
            break;
        case QNetworkReply::ContentReSendError:
            // Qt wanted to send it again (we never do): it had written it on a connection that
            // then closed, so it may have arrived.
            finish(error(BackendError::Kind::ConnectionLost, BackendError::Reach::Unknown,
                         tr("The connection closed before any answer came.")));
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            finish(error(BackendError::Kind::Timeout, reach, netText));
            return;
        default:
            break;
        }
        finish(error(BackendError::Kind::ConnectionLost, reach, netText));
        return;
    }
    if (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied) {
        // An HTTP status came, then the connection broke (a truncated body).
        const QString netText = redactText(reply->errorString(), m_profile.secrets());
        finish(error(BackendError::Kind::ConnectionLost, BackendError::Reach::Unknown,
                     tr("The answer was cut off (HTTP %1): %2").arg(status).arg(netText), status));
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const int left = reply->request().attribute(QNetworkRequest::User).toInt();
        // Only a read is followed. A create is never sent a second time, not even where a 307
        // or 308 asks for it: the first server may have acted on it before redirecting, so the
        // sale "may have arrived" (docs/retries.md) and waits for Verify.
        const bool safeMethod = m_spec.method == "GET";
        if (target.isValid() && sameOrigin(target, reply->url()) && safeMethod && left > 0) {
            qCInfo(lcHttp) << "following a same-origin redirect" << status << "to"
                           << redactText(target.toString(QUrl::RemoveUserInfo),
                                         m_profile.secrets());
            send(target, left - 1);
            return;
        }
        finish(error(BackendError::Kind::Redirected, BackendError::Reach::Unknown,
                     sameOrigin(target, reply->url())
                         ? tr("HTTP %1 redirect not followed for a %2 request.")
                               .arg(status)
                               .arg(QString::fromLatin1(m_spec.method))
                         : tr("HTTP %1 redirect to another site (%2) not followed; credentials "
                              "are never sent there.")
                               .arg(status)
                               .arg(target.host()),
                     status));
        return;
    }
    readAnswer(status);
}

void HttpJob::readAnswer(int status)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    const bool success = status >= 200 && status < 300;
    if (!(success && isJson && document.isObject()))
        m_result.answer = answerCopy(m_body, document, m_profile.secrets());

    if (success) {
        if (!isJson) {
            finish(error(BackendError::Kind::Unreadable, BackendError::Reach::Unknown,
                         m_body.isEmpty() ? tr("HTTP %1 with an empty answer.").arg(status)
                                          : tr("HTTP %1 with an answer that is not JSON: %2.")
                                                .arg(status)
                                                .arg(parseError.errorString()),
                         status));
            return;
        }
        readSuccess(document, m_result);
        if (m_result.answer.isNull()) // not already the parsed record's own redacted copy
            m_result.answer = answerCopy(m_body, document, m_profile.secrets());
        finish(m_result.error);
        return;
    }
    BackendError e = readFailure(status, document, m_result);
    e.httpStatus = status;
    if (e.message.isEmpty()) {
        const QString type = QString::fromLatin1(m_body.left(256))
                                 .contains(QStringLiteral("<html"), Qt::CaseInsensitive)
            ? tr("an HTML page")
            : m_body.isEmpty()  ? tr("no body")
            : document.isNull() ? tr("a body that is not JSON")
                                : tr("an answer of an unknown shape");
        e.message = tr("HTTP %1 with %2.").arg(status).arg(type);
    }
    e.message = redactText(e.message, m_profile.secrets());
    finish(e);
}

void HttpJob::readSuccess(const QJsonDocument &answer, JobResult &result) const
{
    if (!answer.isObject()) {
        result.error = error(BackendError::Kind::Unreadable, BackendError::Reach::Unknown,
                             tr("The answer is JSON but not an object."), result.httpStatus);
        return;
    }
    const ParseResult parsed = parseAnswer(answer.object(), backend(), parseContext());
    if (parsed) {
        result.record = *parsed;
        result.answer = parsed->raw; // the whole answer, redacted once, by the parser
        return;
    }
    const ParseError &p = parsed.error();
    BackendError e = error(p.kind == ParseError::Kind::Refused ? BackendError::Kind::Refused
                                                               : BackendError::Kind::Unreadable,
                           p.kind == ParseError::Kind::Refused ? BackendError::Reach::Answered
                                                               : BackendError::Reach::Unknown,
                           p.message, result.httpStatus);
    e.field = p.field;
    result.error = e;
}

BackendError HttpJob::readFailure(int status, const QJsonDocument &answer, JobResult &) const
{
    const bool server = status >= 500;
    BackendError e = error(server ? BackendError::Kind::ServerError : BackendError::Kind::Refused,
                           server ? BackendError::Reach::Unknown : BackendError::Reach::Answered,
                           QString(), status);
    const QJsonObject o = answer.object();
    const QJsonValue err = o.value(QStringLiteral("error"));
    const QJsonValue message = o.value(QStringLiteral("message"));
    if (err.isString())
        e.name = err.toString();
    if (err.isObject()) { // Stripe style {"error": {"code", "message", "param"}}
        const QJsonObject eo = err.toObject();
        e.name = eo.value(QStringLiteral("code")).toString();
        e.message = eo.value(QStringLiteral("message")).toString();
        e.field = eo.value(QStringLiteral("param")).toString();
    }
    if (message.isString())
        e.message = message.toString();
    // RFC 7807 problem details (application/problem+json: a gateway's, a validator's): its
    // title names the error, its detail says what went wrong.
    const QString title = o.value(QStringLiteral("title")).toString();
    const QString detail = o.value(QStringLiteral("detail")).toString();
    if (e.name.isEmpty() && !title.isEmpty())
        e.name = title;
    if (e.message.isEmpty() && !detail.isEmpty())
        e.message = detail;
    if (e.message.isEmpty() && !e.name.isEmpty())
        e.message = e.name;
    const QString lowered = (e.name + u' ' + e.message).toLower();
    if (!server && (status == 402 || lowered.contains(QStringLiteral("declined"))))
        e.kind = BackendError::Kind::Declined;
    return e;
}

void HttpJob::finish(std::optional<BackendError> e)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    copyRequest();
    m_result.error = std::move(e);
    maskResult(m_result, m_profile.secrets());
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.error)
        qCInfo(lcHttp).noquote() << backendName(backend())
                                 << m_result.request.value(QStringLiteral("method")).toString()
                                 << m_result.request.value(QStringLiteral("url")).toString() << "->"
                                 << m_result.error->detail() << "in" << m_result.elapsedMs << "ms";
    else
        qCDebug(lcHttp).noquote() << backendName(backend())
                                  << m_result.request.value(QStringLiteral("url")).toString()
                                  << "->" << m_result.httpStatus << "in" << m_result.elapsedMs
                                  << "ms";
    Q_EMIT finished();
}

} // namespace paydesk
