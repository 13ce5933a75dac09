// The sandbox over real HTTP on loopback: the four APIs as a client sees them, credentials,
// declines, idempotency, the attempt lookup, the receipt page and every fault.
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;
using paydesk::Fault;
using paydesk::kHugeBodyBytes;
using paydesk::SandboxOptions;
using paydesk::SandboxServer;

namespace {

constexpr auto kToken = "tok_sandbox_right_9f3b";
constexpr auto kClientId = "client_7d1e";
constexpr auto kApiKey = "key_live_5c2a";
constexpr auto kUuid = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ochoPath(qint64 amount, const QString &extra = {})
{
    return u"/xrpc/app.ocho.payment.getStripeIntent?iss=did:plc:ewvi7nxzyoun6zhxrhs64oiz"
           u"&amount=%1&id=sale-42"_s.arg(amount)
        + extra;
}

QByteArray offerBody(const QStringList &codes, const QString &oid = u"10311080"_s)
{
    return compact(
        {{u"ajax_url"_s, u"/api/offer/createpaymentintent"_s},
         {u"output"_s, u"json"_s},
         {u"offer_oid"_s, oid},
         {u"products"_s, QJsonObject{{u"combined"_s, QJsonArray::fromStringList(codes)}}}});
}

QByteArray dotsBody(qint64 amount, const QJsonObject &extra = {})
{
    QJsonObject body{{u"amount"_s, amount}, {u"currency"_s, u"usd"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return compact(body);
}

QJsonObject item(const QString &sku, int quantity, const QString &unitPrice)
{
    return {{u"sku"_s, sku},
            {u"name"_s, QString(u"Item "_s + sku)},
            {u"quantity"_s, quantity},
            {u"unit_price"_s, unitPrice}};
}

QJsonObject checkoutObject(const QString &amount, const QJsonArray &items)
{
    return {{u"client"_s, u"Ana López"_s},
            {u"amount"_s, amount},
            {u"reference"_s, u"ORDER-1001"_s},
            {u"items"_s, items},
            {u"payment_method"_s, u"card"_s},
            {u"is_oneclick"_s, false},
            {u"billing_address_id"_s, QJsonValue::Null}};
}

/// A valid Checkout body: two lines of items for the default 300.00, one line otherwise.
QByteArray checkoutBody(const QString &amount = u"300.00"_s)
{
    if (amount == u"300.00")
        return compact(checkoutObject(
            amount, {item(u"A-1"_s, 2, u"100.00"_s), item(u"B-2"_s, 1, u"100.00"_s)}));
    return compact(checkoutObject(amount, {item(u"A-1"_s, 1, amount)}));
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

/// What a client sees of one exchange.
struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
};

/// A raw TCP exchange, to see exactly how the server ends the connection.
struct RawExchange
{
    QByteArray received;
    bool closedCleanly = false; ///< recv() returned 0: FIN
    int error = 0; ///< errno of the failing recv(), e.g. ECONNRESET
};

RawExchange rawExchange(quint16 port, const QByteArray &request)
{
    RawExchange exchange;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        exchange.error = errno;
        ::close(fd);
        return exchange;
    }
    ::send(fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL);
    // The server runs on this thread: let it work while polling the socket.
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got > 0) {
            exchange.received.append(buffer, got);
        } else if (got == 0) {
            exchange.closedCleanly = true;
            break;
        } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
            exchange.error = errno;
            break;
        }
    }
    ::close(fd);
    return exchange;
}

QByteArray rawRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QByteArray &extraHeaders)
{
    return method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

/// A check of a JSON answer: the value at `path` (keys joined by '/': "answer/amount").
struct JsonCheck
{
    enum class How
    {
        Has, ///< the value is there (`value` unused)
        Equals,
        StartsWith, ///< a string that starts with `value`
        Contains, ///< a string that contains `value`
    };
    QString path{};
    How how = How::Equals;
    QJsonValue value{};
};

JsonCheck jsonHas(const QString &path)
{
    return {path, JsonCheck::How::Has, {}};
}

JsonCheck jsonIs(const QString &path, const QJsonValue &value)
{
    return {path, JsonCheck::How::Equals, value};
}

JsonCheck jsonStartsWith(const QString &path, const QString &text)
{
    return {path, JsonCheck::How::StartsWith, text};
}

JsonCheck jsonContains(const QString &path, const QString &text)
{
    return {path, JsonCheck::How::Contains, text};
}

/// The first of `checks` that `object` fails, in words; empty when it passes them all.
QString failedCheck(const QJsonObject &object, const QList<JsonCheck> &checks)
{
    for (const JsonCheck &check : checks) {
        QJsonValue value = object;
        for (const QString &key : check.path.split(u'/'))
            value = value.toObject().value(key);
        const QString got = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"v"_s, value}}).toJson(QJsonDocument::Compact));
        bool passes = false;
        switch (check.how) {
        case JsonCheck::How::Has:
            passes = !value.isUndefined();
            break;
        case JsonCheck::How::Equals:
            passes = value == check.value;
            break;
        case JsonCheck::How::StartsWith:
            passes = value.isString() && value.toString().startsWith(check.value.toString());
            break;
        case JsonCheck::How::Contains:
            passes = value.isString() && value.toString().contains(check.value.toString());
            break;
        }
        if (!passes) // the value only: an answer may hold a client secret
            return u"%1 is %2"_s.arg(check.path, got);
    }
    return {};
}

/// How the client reads the answer: whole (until the reply finishes), or as it streams in,
/// until it has seen enough.
enum class Reading
{
    Whole,
    Streaming,
};

/// What a raw socket sees of the same request sent once more (with a key of its own).
enum class Wire
{
    NotChecked,
    Closed, ///< a plain close (FIN) and not one byte
    Reset, ///< a reset (RST) and not one byte
};

/// What the answer's body is.
enum class Body
{
    Json, ///< a JSON object (the checks in `json`)
    NotJson, ///< something, but not JSON
    Empty,
    Cut, ///< shorter than its Content-Length, and so not JSON
};

/// One fault as a client meets it: the request, what the client sees, what the sandbox did.
struct FaultCase
{
    QByteArray serverFault{}; ///< a fault of the whole server (`--fault`); empty: none
    QByteArray header{}; ///< the request's X-Sandbox-Fault; empty: none
    QByteArray method{};
    QString path{};
    QByteArray body{};

    // What the client sees.
    Reading reading = Reading::Whole;
    int status = 200; ///< 0: not even a status line
    /// nullopt: some error, whichever (never NoError).
    std::optional<QNetworkReply::NetworkError> error = QNetworkReply::NoError;
    qint64 notBeforeMs = 0; ///< the answer comes no sooner
    QByteArray contentType{}; ///< empty: not checked
    Body shape = Body::Json;
    QList<JsonCheck> json{}; ///< checks of the answer (Body::Json)
    QList<QByteArray> holds{}; ///< what the body holds
    Wire wire = Wire::NotChecked;

    // Streaming: the status and headers come at once, then at least `atLeastBytes` (and at
    // most `atMostBytes`, 0: no bound) within `withinMs`, starting with `streamStart`; the
    // client gives up before the end and the sandbox logs `logs` (regular expressions).
    std::optional<qint64> contentLength{}; ///< nullopt: no Content-Length (close-delimited)
    qint64 atLeastBytes = 0;
    qint64 atMostBytes = 0;
    int withinMs = 0;
    QByteArray streamStart{};
    QStringList logs{};

    // What the sandbox did.
    /// True: it did it once (one more intent, the attempt kept under the key, a retry with the
    /// key gets the kept answer whole). False: nothing (no intent, the key still free).
    bool processed = true;
    QList<JsonCheck> kept{}; ///< checks of the attempt's lookup ("answer/amount"…)
    QString listPath{}; ///< the backend's list of intents: one more, the kept one readable
};

} // namespace

Q_DECLARE_METATYPE(FaultCase)

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void ochoSuccess();
    void ochoInvalid_data();
    void ochoInvalid();
    void offerSuccess_data();
    void offerSuccess();
    void offerInvalid_data();
    void offerInvalid();
    void dotsSuccessListAndRetrieve();
    void dotsInvalid_data();
    void dotsInvalid();
    void dotsConfirm();
    void dotsRefunds();
    void dotsRefundsPaged();
    void checkoutSuccess_data();
    void checkoutSuccess();
    void checkoutInvalid_data();
    void checkoutInvalid();
    void receiptPage();

    void credentials_data();
    void credentials();
    void declines_data();
    void declines();
    void checkoutDecline();

    void idempotency_data();
    void idempotency();
    void attemptLookup();

    void fault_data();
    void fault();

    void binaryServesAndAppliesCliFault();
    void binaryRejectsBadArguments_data();
    void binaryRejectsBadArguments();

private:
    Http send(SandboxServer &server, const QByteArray &method, const QString &path,
              const QByteArray &body = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Http send(const QByteArray &method, const QString &path, const QByteArray &body = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send(*m_open, method, path, body, headers);
    }
    QNetworkRequest request(const SandboxServer &server, const QString &path) const;
    QByteArray newKey() { return "key-" + QByteArray::number(++m_keys); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_open; ///< accepts any credentials
    std::unique_ptr<SandboxServer> m_secured; ///< accepts only kToken, kClientId:kApiKey
    int m_keys = 0;
};

QNetworkRequest TestSandbox::request(const SandboxServer &server, const QString &path) const
{
    QNetworkRequest request(QUrl(server.url().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(8000);
    return request;
}

Http TestSandbox::send(SandboxServer &server, const QByteArray &method, const QString &path,
                       const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest networkRequest = request(server, path);
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(networkRequest, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Http http;
    http.finished = finished.wait(8000);
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.error = reply->error();
    http.body = reply->readAll();
    http.headers = reply->rawHeaderPairs();
    return http;
}

void TestSandbox::initTestCase()
{
    // The per-request log lines would drown the test output; fault() turns them back on for
    // the faults whose log it checks.
    QLoggingCategory::setFilterRules(u"paydesk.sandbox.info=false"_s);
    m_open = std::make_unique<SandboxServer>(SandboxOptions{});
    QVERIFY(m_open->listen());
    m_secured = std::make_unique<SandboxServer>(
        SandboxOptions{s(kToken), s(kClientId), s(kApiKey), Fault{}, 0, {}, {}});
    QVERIFY(m_secured->listen());
    QVERIFY(m_open->port() != 0);
    QCOMPARE(m_open->url().toString(), u"http://127.0.0.1:%1"_s.arg(m_open->port()));
}

// --- Ocho -------------------------------------------------------------------------------------

void TestSandbox::ochoSuccess()
{
    const Http http = send("GET", ochoPath(1500));
    QCOMPARE(http.status, 200);
    QCOMPARE(http.header("content-type"), "application/json");
    const QJsonObject json = http.json();
    QCOMPARE(json.keys().size(), 5);
    QVERIFY(QRegularExpression(u"^pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]+$"_s)
                .match(json[u"paymentIntent"].toString())
                .hasMatch());
    QVERIFY(json[u"ephemeralKey"].toString().startsWith(u"ek_test_"));
    QVERIFY(QRegularExpression(u"^cus_[A-Za-z0-9]{14}$"_s)
                .match(json[u"customer"].toString())
                .hasMatch());
    QVERIFY(json[u"customerSession"].toString().startsWith(u"cuss_secret_"));
    QVERIFY(json[u"publishableKey"].toString().startsWith(u"pk_test_"));

    // Another sale gets another intent and customer, but the same publishable key.
    const QJsonObject other = send("GET", ochoPath(0)).json();
    QVERIFY(other[u"paymentIntent"] != json[u"paymentIntent"]);
    QCOMPARE(other[u"publishableKey"], json[u"publishableKey"]);
}

void TestSandbox::ochoInvalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    const QString did = u"iss=did:plc:ewvi7nxzyoun6zhxrhs64oiz"_s;
    QTest::addRow("no iss") << u"amount=100&id=s1"_s << u"\"iss\""_s;
    QTest::addRow("iss not a did") << u"iss=alice&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("did method upper case")
        << u"iss=did:PLC:abc&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("did id empty") << u"iss=did:plc:&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("did ends in colon")
        << u"iss=did:web:example.com:&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("did ends in percent")
        << u"iss=did:web:example%25&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("did with space") << u"iss=did:plc:a%20b&amount=100&id=s1"_s << u"valid did"_s;
    QTest::addRow("no amount") << did + u"&id=s1"_s << u"\"amount\""_s;
    QTest::addRow("amount negative") << did + u"&amount=-1&id=s1"_s << u"amount"_s;
    QTest::addRow("amount decimal") << did + u"&amount=1.50&id=s1"_s << u"amount"_s;
    QTest::addRow("amount text") << did + u"&amount=ten&id=s1"_s << u"amount"_s;
    QTest::addRow("amount empty") << did + u"&amount=&id=s1"_s << u"amount"_s;
    QTest::addRow("amount too large") << did + u"&amount=100000000&id=s1"_s << u"amount"_s;
    QTest::addRow("no id") << did + u"&amount=100"_s << u"\"id\""_s;
    QTest::addRow("id empty") << did + u"&amount=100&id="_s << u"id"_s;
}

void TestSandbox::ochoInvalid()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const qsizetype before = m_open->intentCount();
    const Http http = send("GET", u"/xrpc/app.ocho.payment.getStripeIntent?"_s + query);
    QCOMPARE(http.status, 400);
    QCOMPARE(http.json()[u"error"].toString(), u"InvalidRequest"_s);
    QVERIFY2(http.json()[u"message"].toString().contains(message), http.body.constData());
    QCOMPARE(m_open->intentCount(), before);
}

// --- Offer ------------------------------------------------------------------------------------

void TestSandbox::offerSuccess_data()
{
    QTest::addColumn<QStringList>("products");
    QTest::addColumn<qint64>("amount");
    QTest::addRow("all five, as the document's example")
        << QStringList{u"core"_s, u"legal_protection"_s, u"personal_possessions"_s,
                       u"home_emergency"_s, u"ad"_s}
        << qint64(12751);
    QTest::addRow("core only") << QStringList{u"core"_s} << qint64(6751);
    QTest::addRow("core and accidental damage") << QStringList{u"ad"_s, u"core"_s} << qint64(8000);
}

void TestSandbox::offerSuccess()
{
    QFETCH(QStringList, products);
    QFETCH(qint64, amount);
    const Http http
        = send("POST", u"/api/offer/createpaymentintent"_s, offerBody(products, u"10311080"_s));
    QCOMPARE(http.status, 200);
    const QJsonObject json = http.json();
    QCOMPARE(json[u"status"], u"1"_s);
    const QJsonObject intent = json[u"response"][u"payment_intent"].toObject();
    const QString id = intent[u"id"].toString();
    QVERIFY(QRegularExpression(u"^pi_[A-Za-z0-9]{24}$"_s).match(id).hasMatch());
    QCOMPARE(intent[u"object"], u"payment_intent"_s);
    QCOMPARE(intent[u"amount"].toInteger(), amount);
    QCOMPARE(intent[u"currency"], u"gbp"_s);
    QCOMPARE(intent[u"status"], u"requires_source"_s);
    QCOMPARE(intent[u"allowed_source_types"].toArray(), QJsonArray{u"card"_s});
    QCOMPARE(intent[u"livemode"], false);
    QVERIFY(intent[u"metadata"].isArray()); // the legacy PHP quirk
    QVERIFY(intent[u"client_secret"].toString().startsWith(id + u"_secret_"_s));
    QCOMPARE(intent[u"description"], u"Payment intent for quote: 10311080"_s);
    QCOMPARE(intent[u"charges"][u"data"].toArray().size(), 0);
    QCOMPARE(intent[u"charges"][u"url"], QString(u"/v1/charges?payment_intent="_s + id));

    // apirequest_oid is a string of digits that increases with every request.
    const qint64 first = json[u"apirequest_oid"].toString().toLongLong();
    QVERIFY(first > 0);
    const Http next = send("POST", u"/api/offer/createpaymentintent"_s, offerBody(products));
    QVERIFY(next.json()[u"apirequest_oid"].toString().toLongLong() > first);
}

void TestSandbox::offerInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("offer_oid=1") << u"JSON object"_s;
    QTest::addRow("JSON array") << QByteArray("[]") << u"JSON object"_s;
    QTest::addRow("no offer_oid") << compact(
        {{u"products"_s, QJsonObject{{u"combined"_s, QJsonArray{u"core"_s}}}}})
                                  << u"offer_oid is required"_s;
    QTest::addRow("offer_oid letters") << offerBody({u"core"_s}, u"Q-1"_s) << u"digits"_s;
    QTest::addRow("offer_oid empty") << offerBody({u"core"_s}, QString()) << u"digits"_s;
    QTest::addRow("offer_oid a number")
        << compact({{u"offer_oid"_s, 10311080},
                    {u"products"_s, QJsonObject{{u"combined"_s, QJsonArray{u"core"_s}}}}})
        << u"digits"_s;
    QTest::addRow("no products") << compact({{u"offer_oid"_s, u"1"_s}}) << u"products.combined"_s;
    QTest::addRow("products not an object")
        << compact({{u"offer_oid"_s, u"1"_s}, {u"products"_s, u"core"_s}})
        << u"products.combined"_s;
    QTest::addRow("combined empty") << offerBody({}) << u"non-empty"_s;
    QTest::addRow("unknown product") << offerBody({u"core"_s, u"pet_cover"_s}) << u"pet_cover"_s;
    QTest::addRow("product twice") << offerBody({u"core"_s, u"core"_s}) << u"twice"_s;
    QTest::addRow("without core") << offerBody({u"legal_protection"_s}) << u"core"_s;
}

void TestSandbox::offerInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const Http http = send("POST", u"/api/offer/createpaymentintent"_s, body);
    QCOMPARE(http.status, 400);
    const QJsonObject json = http.json();
    QCOMPARE(json[u"status"], u"0"_s);
    QVERIFY2(json[u"message"].toString().contains(message), http.body.constData());
    QVERIFY(json[u"apirequest_oid"].toString().toLongLong() > 0);
}

// --- Dots -------------------------------------------------------------------------------------

void TestSandbox::dotsSuccessListAndRetrieve()
{
    const QString path = u"/api/v2/payment-intents"_s;
    const Http open = send("POST", path,
                           dotsBody(123,
                                    {{u"user_id"_s, s(kUuid)},
                                     {u"description"_s, u"Sale 7"_s},
                                     {u"metadata"_s, QJsonObject{{u"till"_s, 3}}}}));
    QCOMPARE(open.status, 200);
    const QJsonObject created = open.json();
    const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY(uuid.match(created[u"id"].toString()).hasMatch());
    QCOMPARE(created[u"amount"].toInteger(), 123);
    QCOMPARE(created[u"currency"], u"usd"_s);
    QCOMPARE(created[u"user_id"], s(kUuid));
    QCOMPARE(created[u"status"], u"requires_payment_method"_s);
    // Dots' document types these as strings: a field without a value is left out, never null.
    QVERIFY(!created.contains(u"transfer_id"_s));
    QVERIFY(!created.contains(u"payment_method_id"_s));
    QCOMPARE(created[u"metadata"][u"till"].toInt(), 3);
    QVERIFY(created[u"client_secret"].toString().contains(u"_secret_"));

    const Http confirmed
        = send("POST", path,
               dotsBody(2500,
                        {{u"confirm"_s, true},
                         {u"payment_method_id"_s, s(kUuid)},
                         {u"payment_method_types"_s, QJsonArray{u"card"_s}},
                         {u"setup_future_usage"_s, u"on_session"_s},
                         {u"application_fee_amount"_s, 100},
                         {u"transfer_data"_s, QJsonObject{{u"destination_user_id"_s, s(kUuid)}}}}));
    QCOMPARE(confirmed.status, 200);
    const QJsonObject paid = confirmed.json();
    QCOMPARE(paid[u"status"], u"succeeded"_s);
    QCOMPARE(paid[u"payment_method_id"], s(kUuid));
    QVERIFY(uuid.match(paid[u"transfer_id"].toString()).hasMatch());

    // The list is newest first and never shows a client secret.
    const Http list = send("GET", path);
    QCOMPARE(list.status, 200);
    const QJsonArray intents = list.jsonArray();
    QVERIFY(intents.size() >= 2);
    QCOMPARE(intents.at(0)[u"id"], paid[u"id"]);
    QCOMPARE(intents.at(1)[u"id"], created[u"id"]);
    for (const QJsonValue &intent : intents) {
        QVERIFY(!intent.toObject().contains(u"client_secret"_s));
        for (const QString &key : intent.toObject().keys())
            QVERIFY2(!intent.toObject().value(key).isNull(), qPrintable(key));
    }

    const Http retrieved = send("GET", path + u'/' + created[u"id"].toString());
    QCOMPARE(retrieved.status, 200);
    QCOMPARE(retrieved.json()[u"status"], u"requires_payment_method"_s);
    QCOMPARE(retrieved.json()[u"amount"].toInteger(), 123);
    QVERIFY(!retrieved.json().contains(u"client_secret"_s));

    const Http missing = send("GET", path + u"/00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json(), QJsonObject({{u"error"_s, u"PaymentIntent not found"_s}}));
}

void TestSandbox::dotsConfirm()
{
    const QString path = u"/api/v2/payment-intents"_s;
    const QString intent = send("POST", path, dotsBody(1500)).json()[u"id"].toString();
    const QString confirm = path + u'/' + intent + u"/confirm"_s;

    const Http noMethod = send("POST", confirm, compact({}));
    QCOMPARE(noMethod.status, 400);
    QCOMPARE(noMethod.json()[u"error"], u"payment_method_id is required."_s);

    const QString declinedMethod = u"3c90c3cc-0d44-4b50-8888-8dd257360502"_s;
    const Http declined
        = send("POST", confirm, compact({{u"payment_method_id"_s, declinedMethod}}));
    QCOMPARE(declined.status, 402);
    QCOMPARE(declined.json()[u"error"], u"card_declined"_s);
    QCOMPARE(send("GET", path + u'/' + intent).json()[u"status"], u"requires_payment_method"_s);

    const Http paid = send("POST", confirm, compact({{u"payment_method_id"_s, s(kUuid)}}));
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json()[u"status"], u"succeeded"_s);
    QCOMPARE(paid.json()[u"payment_method_id"], s(kUuid));
    QCOMPARE(send("GET", path + u'/' + intent).json()[u"status"], u"succeeded"_s);

    // Confirmed once: a second confirm is refused, nothing is charged twice.
    const Http again = send("POST", confirm, compact({{u"payment_method_id"_s, s(kUuid)}}));
    QCOMPARE(again.status, 400);
    QVERIFY(again.json()[u"error"].toString().contains(u"succeeded"));

    QCOMPARE(send("POST", path + u"/00000000-0000-4000-8000-000000000000/confirm"_s,
                  compact({{u"payment_method_id"_s, s(kUuid)}}))
                 .status,
             404);
}

void TestSandbox::dotsRefunds()
{
    const QString intents = u"/api/v2/payment-intents"_s;
    const QString refunds = u"/api/v2/refunds"_s;
    const QJsonObject paid
        = send("POST", intents,
               dotsBody(5000, {{u"confirm"_s, true}, {u"payment_method_id"_s, s(kUuid)}}))
              .json();
    const QString intent = paid[u"id"].toString();
    const auto refund = [&](qint64 amount, const QJsonObject &extra = {}) {
        QJsonObject body{{u"amount"_s, amount}, {u"payment_intent_id"_s, intent}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return send("POST", refunds, compact(body));
    };

    const Http part = refund(1200, {{u"reason"_s, u"duplicate"_s}});
    QCOMPARE(part.status, 200);
    QCOMPARE(part.json()[u"amount"].toInteger(), 1200);
    QCOMPARE(part.json()[u"payment_intent_id"], intent);
    QCOMPARE(part.json()[u"reason"], u"duplicate"_s);
    QCOMPARE(part.json()[u"status"], u"succeeded"_s);

    // More than is left is refused, and nothing is refunded.
    const Http over = refund(3801);
    QCOMPARE(over.status, 400);
    QVERIFY(over.json()[u"error"].toString().contains(u"3800"));
    QCOMPARE(refund(1, {{u"reason"_s, u"because"_s}}).status, 400);
    QCOMPARE(refund(0).status, 400);

    // An amount ending in 02 is declined, like a create.
    const Http declined = refund(102);
    QCOMPARE(declined.status, 402);
    QCOMPARE(declined.json()[u"error"], u"refund_declined"_s);

    const Http rest = refund(3800);
    QCOMPARE(rest.status, 200);
    QCOMPARE(refund(1).status, 400);

    const Http byId = send("GET", refunds + u'/' + part.json()[u"id"].toString());
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json(), part.json());
    QCOMPARE(send("GET", refunds + u"/00000000-0000-4000-8000-000000000000"_s).status, 404);

    // Only a succeeded intent can be refunded.
    const QString open = send("POST", intents, dotsBody(700)).json()[u"id"].toString();
    QCOMPARE(
        send("POST", refunds, compact({{u"amount"_s, 100}, {u"payment_intent_id"_s, open}})).status,
        400);
}

void TestSandbox::dotsRefundsPaged()
{
    SandboxServer server(SandboxOptions{});
    QVERIFY(server.listen());
    const QJsonObject paid
        = send(server, "POST", u"/api/v2/payment-intents"_s,
               dotsBody(9000, {{u"confirm"_s, true}, {u"payment_method_id"_s, s(kUuid)}}))
              .json();
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made.prepend(send(server, "POST", u"/api/v2/refunds"_s,
                          compact({{u"amount"_s, 110 + 10 * i},
                                   {u"payment_intent_id"_s, paid[u"id"].toString()}}))
                         .json()[u"id"]
                         .toString());
    QStringList seen;
    QString after;
    for (int page = 0; page < 5; ++page) {
        const Http list = send(server, "GET",
                               u"/api/v2/refunds?limit=2"_s
                                   + (after.isEmpty() ? QString() : u"&starting_after="_s + after));
        QCOMPARE(list.status, 200);
        const QJsonArray data = list.json()[u"data"].toArray();
        for (const QJsonValue &refund : data)
            seen.append(refund[u"id"].toString());
        if (!list.json()[u"has_more"].toBool())
            break;
        after = data.last()[u"id"].toString();
    }
    QCOMPARE(seen, made); // newest first, each once, to the end
    QCOMPARE(send(server, "GET", u"/api/v2/refunds?limit=0"_s).status, 400);
}

void TestSandbox::dotsInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const auto with = [](const QString &key, const QJsonValue &value) {
        return dotsBody(100, {{key, value}});
    };
    QTest::addRow("not JSON") << QByteArray("amount=1") << u"JSON object"_s;
    QTest::addRow("no amount") << compact({{u"currency"_s, u"usd"_s}}) << u"amount is required"_s;
    QTest::addRow("amount 0") << dotsBody(0) << u"greater than 0"_s;
    QTest::addRow("amount negative") << dotsBody(-5) << u"greater than 0"_s;
    QTest::addRow("amount fractional")
        << compact({{u"amount"_s, 1.5}, {u"currency"_s, u"usd"_s}}) << u"integer"_s;
    QTest::addRow("amount a string")
        << compact({{u"amount"_s, u"100"_s}, {u"currency"_s, u"usd"_s}}) << u"integer"_s;
    QTest::addRow("amount too large") << dotsBody(100000000) << u"at most"_s;
    QTest::addRow("no currency") << compact({{u"amount"_s, 100}}) << u"currency is required"_s;
    QTest::addRow("currency eur") << with(u"currency"_s, u"eur"_s) << u"usd"_s;
    QTest::addRow("currency upper case") << with(u"currency"_s, u"USD"_s) << u"usd"_s;
    QTest::addRow("confirm a string") << with(u"confirm"_s, u"yes"_s) << u"confirm"_s;
    QTest::addRow("user_id not a UUID") << with(u"user_id"_s, u"user-1"_s) << u"user_id"_s;
    QTest::addRow("customer_id a number") << with(u"customer_id"_s, 7) << u"customer_id"_s;
    QTest::addRow("payment_method_id not a UUID")
        << with(u"payment_method_id"_s, u"pm_123"_s) << u"payment_method_id"_s;
    QTest::addRow("description a number") << with(u"description"_s, 5) << u"description"_s;
    QTest::addRow("payment_method_types ach")
        << with(u"payment_method_types"_s, QJsonArray{u"ach"_s}) << u"payment_method_types"_s;
    QTest::addRow("setup_future_usage unknown")
        << with(u"setup_future_usage"_s, u"sometimes"_s) << u"setup_future_usage"_s;
    QTest::addRow("metadata true") << with(u"metadata"_s, true) << u"metadata"_s;
    QTest::addRow("fee negative") << with(u"application_fee_amount"_s, -1)
                                  << u"application_fee_amount"_s;
    QTest::addRow("fee above amount")
        << with(u"application_fee_amount"_s, 101) << u"greater than amount"_s;
    QTest::addRow("transfer destination not a UUID")
        << with(u"transfer_data"_s, QJsonObject{{u"destination_user_id"_s, u"bob"_s}})
        << u"destination_user_id"_s;
    QTest::addRow("transfer_data not an object")
        << with(u"transfer_data"_s, s(kUuid)) << u"destination_user_id"_s;
}

void TestSandbox::dotsInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const qsizetype before = send("GET", u"/api/v2/payment-intents"_s).jsonArray().size();
    const Http http = send("POST", u"/api/v2/payment-intents"_s, body);
    QCOMPARE(http.status, 400);
    QCOMPARE(http.json().keys(), QStringList{u"error"_s});
    QVERIFY2(http.json()[u"error"].toString().contains(message), http.body.constData());
    QCOMPARE(send("GET", u"/api/v2/payment-intents"_s).jsonArray().size(), before);
}

// --- Checkout ---------------------------------------------------------------------------------

void TestSandbox::checkoutSuccess_data()
{
    QTest::addColumn<QString>("currency"); // empty: not sent, "mxn" by default
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QByteArray>("majorText");
    QTest::addColumn<qint64>("minor");
    QTest::addRow("mxn by default, as the document")
        << QString() << u"300.00"_s << u"150.00"_s << 2 << QByteArray("300.0") << qint64(30000);
    QTest::addRow("usd with cents")
        << u"usd"_s << u"127.51"_s << u"127.51"_s << 1 << QByteArray("127.51") << qint64(12751);
    QTest::addRow("jpy, zero-decimal")
        << u"jpy"_s << u"500"_s << u"250"_s << 2 << QByteArray("500.0") << qint64(500);
    QTest::addRow("kwd, three decimals")
        << u"kwd"_s << u"1.230"_s << u"0.410"_s << 3 << QByteArray("1.23") << qint64(1230);
}

void TestSandbox::checkoutSuccess()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(QString, unitPrice);
    QFETCH(int, quantity);
    QFETCH(QByteArray, majorText);
    QFETCH(qint64, minor);
    QJsonObject body = checkoutObject(amount, {item(u"SKU-1"_s, quantity, unitPrice)});
    if (!currency.isEmpty())
        body.insert(u"currency"_s, currency);
    body.insert(u"billing_address"_s,
                QJsonObject{{u"name"_s, u"Ana López"_s}, {u"city"_s, u"Puebla"_s}});

    const Http http = send("POST", u"/api/checkout/"_s, compact(body));
    QCOMPARE(http.status, 200);
    const QJsonObject json = http.json();
    QCOMPARE(json[u"message"], u"Success"_s);
    QCOMPARE(json[u"status"].toInt(), 200);
    QCOMPARE(json[u"transaction_status"], u"succeeded"_s);
    // data.amount is major units written as a float: "amount":300.0, never "amount":300.
    QVERIFY2(http.body.contains(QByteArray("\"amount\":" + majorText + ',')),
             http.body.left(200).constData());

    const QString expectedCurrency = currency.isEmpty() ? u"mxn"_s : currency;
    const QJsonObject intent = json[u"data"].toObject();
    const QString id = intent[u"id"].toString();
    QVERIFY(QRegularExpression(u"^pi_[A-Za-z0-9]{24}$"_s).match(id).hasMatch());
    QCOMPARE(intent[u"status"], u"succeeded"_s);
    QCOMPARE(intent[u"amount_received"].toInteger(), minor);
    QCOMPARE(intent[u"currency"], expectedCurrency);
    QVERIFY(intent[u"client_secret"].toString().startsWith(id + u"_secret_"_s));
    QVERIFY(intent[u"last_payment_error"].isNull());

    const QJsonArray charges = intent[u"charges"][u"data"].toArray();
    QCOMPARE(charges.size(), 1);
    const QJsonObject charge = charges.at(0).toObject();
    QVERIFY(
        QRegularExpression(u"^ch_[A-Za-z0-9]{24}$"_s).match(charge[u"id"].toString()).hasMatch());
    QCOMPARE(intent[u"latest_charge"], charge[u"id"]);
    QCOMPARE(charge[u"status"], u"succeeded"_s);
    QCOMPARE(charge[u"amount"].toInteger(), minor);
    QCOMPARE(charge[u"amount_captured"].toInteger(), minor);
    QCOMPARE(charge[u"amount_refunded"].toInteger(), 0);
    QCOMPARE(charge[u"captured"], true);
    QCOMPARE(charge[u"paid"], true);
    QCOMPARE(charge[u"refunded"], false);
    QCOMPARE(charge[u"currency"], expectedCurrency);
    QCOMPARE(charge[u"payment_intent"], id);
    QCOMPARE(charge[u"description"], u"ORDER-1001"_s);
    QVERIFY(charge[u"balance_transaction"].toString().startsWith(u"txn_"));
    QVERIFY(charge[u"customer"].toString().startsWith(u"cus_"));
    QCOMPARE(charge[u"customer"], intent[u"customer"]);
    QVERIFY(charge[u"failure_code"].isNull());
    QCOMPARE(charge[u"billing_details"][u"name"], u"Ana López"_s);
    QCOMPARE(charge[u"billing_details"][u"address"][u"city"], u"Puebla"_s);

    const QJsonObject outcome = charge[u"outcome"].toObject();
    QCOMPARE(outcome[u"type"], u"authorized"_s);
    QCOMPARE(outcome[u"network_status"], u"approved_by_network"_s);
    QVERIFY(outcome[u"reason"].isNull());
    QCOMPARE(outcome[u"risk_level"], u"normal"_s);
    QVERIFY(outcome[u"risk_score"].toInt(-1) >= 0 && outcome[u"risk_score"].toInt() <= 60);
    QCOMPARE(outcome[u"seller_message"], u"Payment complete."_s);

    const QJsonObject card = charge[u"payment_method_details"][u"card"].toObject();
    QCOMPARE(card[u"brand"], u"visa"_s);
    QCOMPARE(card[u"last4"], u"4242"_s);
    QCOMPARE(card[u"funding"], u"credit"_s);
    QCOMPARE(card[u"country"], u"US"_s);
    QCOMPARE(card[u"network"], u"visa"_s);
    QVERIFY(card[u"exp_month"].toInt() >= 1 && card[u"exp_month"].toInt() <= 12);
    QVERIFY(card[u"exp_year"].toInt() > 2024);
    QVERIFY(card[u"three_d_secure"].isNull());
    QVERIFY(card[u"wallet"].isNull());
    QVERIFY(card[u"checks"].isObject());

    QVERIFY(charge[u"receipt_email"].isNull());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d{4}$"_s)
                .match(charge[u"receipt_number"].toString())
                .hasMatch());
    QCOMPARE(charge[u"receipt_url"].toString(),
             m_open->url().toString() + u"/receipts/"_s + charge[u"id"].toString());
    QCOMPARE(charge[u"refunds"][u"total_count"].toInt(-1), 0);
}

void TestSandbox::checkoutInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QJsonArray items{item(u"A"_s, 2, u"150.00"_s)};
    const auto changed = [&items](const QString &key, const QJsonValue &value) {
        QJsonObject body = checkoutObject(u"300.00"_s, items);
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return compact(body);
    };
    const QJsonValue remove(QJsonValue::Undefined);
    QTest::addRow("not JSON") << QByteArray("client=Ana") << u"non_field_errors"_s;
    QTest::addRow("no client") << changed(u"client"_s, remove) << u"client"_s;
    QTest::addRow("client empty") << changed(u"client"_s, u""_s) << u"client"_s;
    QTest::addRow("client 101 characters")
        << changed(u"client"_s, QString(101, u'x')) << u"client"_s;
    QTest::addRow("no reference") << changed(u"reference"_s, remove) << u"reference"_s;
    QTest::addRow("reference 81 characters")
        << changed(u"reference"_s, QString(81, u'r')) << u"reference"_s;
    QTest::addRow("no amount") << changed(u"amount"_s, remove) << u"amount"_s;
    QTest::addRow("amount a number") << changed(u"amount"_s, 300) << u"amount"_s;
    QTest::addRow("amount text") << changed(u"amount"_s, u"three hundred"_s) << u"amount"_s;
    QTest::addRow("amount negative") << changed(u"amount"_s, u"-300.00"_s) << u"amount"_s;
    QTest::addRow("amount zero") << changed(u"amount"_s, u"0.00"_s) << u"amount"_s;
    QTest::addRow("amount three decimals in mxn")
        << changed(u"amount"_s, u"300.001"_s) << u"amount"_s;
    QTest::addRow("amount not the items' sum") << changed(u"amount"_s, u"250.00"_s) << u"amount"_s;
    QTest::addRow("no items") << changed(u"items"_s, remove) << u"items"_s;
    QTest::addRow("items empty") << changed(u"items"_s, QJsonArray()) << u"items"_s;
    QTest::addRow("item quantity 0")
        << changed(u"items"_s, QJsonArray{item(u"A"_s, 0, u"150.00"_s)}) << u"items"_s;
    QTest::addRow("item without sku")
        << changed(u"items"_s,
                   QJsonArray{QJsonObject{
                       {u"name"_s, u"A"_s}, {u"quantity"_s, 2}, {u"unit_price"_s, u"150.00"_s}}})
        << u"items"_s;
    QTest::addRow("item price a number") << changed(
        u"items"_s,
        QJsonArray{QJsonObject{
            {u"sku"_s, u"A"_s}, {u"name"_s, u"A"_s}, {u"quantity"_s, 2}, {u"unit_price"_s, 150}}})
                                         << u"items"_s;
    QTest::addRow("payment_method 51 characters")
        << changed(u"payment_method"_s, QString(51, u'p')) << u"payment_method"_s;
    QTest::addRow("is_oneclick a string")
        << changed(u"is_oneclick"_s, u"yes"_s) << u"is_oneclick"_s;
    QTest::addRow("billing_address a string")
        << changed(u"billing_address"_s, u"Main St 1"_s) << u"billing_address"_s;
    QTest::addRow("shipping_address_id a string")
        << changed(u"shipping_address_id"_s, u"7"_s) << u"shipping_address_id"_s;
    QTest::addRow("user a list") << changed(u"user"_s, QJsonArray()) << u"user"_s;
    QTest::addRow("currency unknown") << changed(u"currency"_s, u"xyz"_s) << u"currency"_s;
    QTest::addRow("currency upper case") << changed(u"currency"_s, u"MXN"_s) << u"currency"_s;
}

void TestSandbox::checkoutInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qsizetype before = m_open->intentCount();
    const Http http = send("POST", u"/api/checkout/"_s, body);
    QCOMPARE(http.status, 400);
    const QJsonObject json = http.json();
    QCOMPARE(json[u"status"].toInt(), 400);
    QVERIFY(!json[u"message"].toString().isEmpty());
    const QJsonArray messages = json[u"errors"][field].toArray();
    QVERIFY2(!messages.isEmpty() && !messages.at(0).toString().isEmpty(), http.body.constData());
    QCOMPARE(m_open->intentCount(), before);
}

void TestSandbox::receiptPage()
{
    const Http sale = send("POST", u"/api/checkout/"_s, checkoutBody());
    QCOMPARE(sale.status, 200);
    const QJsonObject charge = sale.json()[u"data"][u"charges"][u"data"][0].toObject();

    // The customer opens receipt_url as it is: no credentials, a readable page.
    const QUrl url(charge[u"receipt_url"].toString());
    std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"));
    const QString page = QString::fromUtf8(reply->readAll());
    QVERIFY(page.contains(u"Paydesk Sandbox"));
    QVERIFY(page.contains(u"300.00 MXN"));
    QVERIFY(page.contains(u"Visa"));
    QVERIFY(page.contains(u"4242"));
    QVERIFY(page.contains(charge[u"receipt_number"].toString()));
    QVERIFY(page.contains(charge[u"id"].toString()));
    QVERIFY(page.contains(u"ORDER-1001"));
    const QDateTime created
        = QDateTime::fromSecsSinceEpoch(charge[u"created"].toInteger(), Qt::UTC);
    QVERIFY(page.contains(QString::number(created.date().year())));

    const Http missing = send("GET", u"/receipts/ch_doesnotexist"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.header("content-type").startsWith("text/html"));
    QVERIFY(missing.body.contains("Receipt not found"));
}

// --- Credentials ------------------------------------------------------------------------------

void TestSandbox::credentials_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization"); // empty: none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key"); // a member the API's 401 format has…
    QTest::addColumn<QJsonValue>("value"); // …with this value

    const QByteArray token(kToken);
    const QString ochoWithToken = ochoPath(100, u"&token="_s + s(kToken));
    const QJsonValue xrpc(u"AuthenticationRequired"_s);
    QTest::addRow("ocho without token") << QByteArray("GET") << ochoPath(100) << QByteArray()
                                        << QByteArray() << 401 << u"error"_s << xrpc;
    QTest::addRow("ocho wrong query token")
        << QByteArray("GET") << ochoPath(100, u"&token=guess"_s) << QByteArray() << QByteArray()
        << 401 << u"error"_s << xrpc;
    QTest::addRow("ocho wrong bearer") << QByteArray("GET") << ochoPath(100) << QByteArray()
                                       << QByteArray("Bearer guess") << 401 << u"error"_s << xrpc;
    QTest::addRow("ocho right query token") << QByteArray("GET") << ochoWithToken << QByteArray()
                                            << QByteArray() << 200 << u"customer"_s << QJsonValue();
    QTest::addRow("ocho right bearer") << QByteArray("GET") << ochoPath(100) << QByteArray()
                                       << "Bearer " + token << 200 << u"customer"_s << QJsonValue();

    const QString offer = u"/api/offer/createpaymentintent"_s;
    QJsonObject offerJson = QJsonDocument::fromJson(offerBody({u"core"_s})).object();
    QTest::addRow("offer without token")
        << QByteArray("POST") << offer << offerBody({u"core"_s}) << QByteArray() << 401
        << u"status"_s << QJsonValue(u"0"_s);
    offerJson.insert(u"api_token"_s, u"guess"_s);
    QTest::addRow("offer wrong api_token")
        << QByteArray("POST") << offer << compact(offerJson) << QByteArray() << 401 << u"status"_s
        << QJsonValue(u"0"_s);
    offerJson.insert(u"api_token"_s, s(kToken));
    QTest::addRow("offer right api_token")
        << QByteArray("POST") << offer << compact(offerJson) << QByteArray() << 200 << u"status"_s
        << QJsonValue(u"1"_s);
    QTest::addRow("offer right bearer")
        << QByteArray("POST") << offer << offerBody({u"core"_s}) << "Bearer " + token << 200
        << u"status"_s << QJsonValue(u"1"_s);

    const QString dots = u"/api/v2/payment-intents"_s;
    QTest::addRow("dots without Basic") << QByteArray("POST") << dots << dotsBody(100)
                                        << QByteArray() << 401 << u"success"_s << QJsonValue(false);
    QTest::addRow("dots wrong api key")
        << QByteArray("POST") << dots << dotsBody(100) << basic(kClientId, "guess") << 401
        << u"success"_s << QJsonValue(false);
    QTest::addRow("dots wrong client id")
        << QByteArray("POST") << dots << dotsBody(100) << basic("someone", kApiKey) << 401
        << u"success"_s << QJsonValue(false);
    QTest::addRow("dots list with a bearer token")
        << QByteArray("GET") << dots << QByteArray() << "Bearer " + token << 401 << u"success"_s
        << QJsonValue(false);
    QTest::addRow("dots right Basic")
        << QByteArray("POST") << dots << dotsBody(100) << basic(kClientId, kApiKey) << 200
        << u"currency"_s << QJsonValue(u"usd"_s);

    const QString checkout = u"/api/checkout/"_s;
    QTest::addRow("checkout without token")
        << QByteArray("POST") << checkout << checkoutBody() << QByteArray() << 401 << u"status"_s
        << QJsonValue(401);
    QTest::addRow("checkout wrong token")
        << QByteArray("POST") << checkout << checkoutBody() << QByteArray("Bearer guess") << 401
        << u"message"_s << QJsonValue(u"Invalid token."_s);
    QTest::addRow("checkout right token")
        << QByteArray("POST") << checkout << checkoutBody() << "Bearer " + token << 200
        << u"message"_s << QJsonValue(u"Success"_s);
}

void TestSandbox::credentials()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const qsizetype before = m_secured->intentCount();

    const Http http = send(*m_secured, method, path, body, headers);
    QCOMPARE(http.status, status);
    const QJsonObject json = http.json();
    QVERIFY2(json.contains(key), http.body.constData());
    if (!value.isNull())
        QCOMPARE(json[key], value);
    if (status == 401) {
        QVERIFY(!json[u"message"].toString().isEmpty());
        QCOMPARE(m_secured->intentCount(), before);
    }
    // A credential never comes back in an answer.
    QVERIFY(!http.body.contains(kToken));
    QVERIFY(!http.body.contains(kApiKey));
}

// --- Declines ---------------------------------------------------------------------------------

void TestSandbox::declines_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("ocho 15.02") << QByteArray("GET") << ochoPath(1502) << QByteArray() << u"error"_s
                                << u"CardDeclined"_s;
    QTest::addRow("offer core + home_emergency = 80.02")
        << QByteArray("POST") << u"/api/offer/createpaymentintent"_s
        << offerBody({u"core"_s, u"home_emergency"_s}) << u"error"_s << u"card_declined"_s;
    QTest::addRow("dots 10.02") << QByteArray("POST") << u"/api/v2/payment-intents"_s
                                << dotsBody(1002) << u"error"_s << u"card_declined"_s;
    QTest::addRow("checkout 300.02")
        << QByteArray("POST") << u"/api/checkout/"_s << checkoutBody(u"300.02"_s)
        << u"transaction_status"_s << u"failed"_s;
}

void TestSandbox::declines()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Http http = send(method, path, body);
    QCOMPARE(http.status, 402);
    QCOMPARE(http.json()[key], value);
    QCOMPARE(http.json()[u"message"], u"Your card was declined."_s);
}

void TestSandbox::checkoutDecline()
{
    const qsizetype intentsBefore = m_open->intentCount();
    const Http http = send("POST", u"/api/checkout/"_s, checkoutBody(u"300.02"_s));
    QCOMPARE(http.status, 402);
    const QJsonObject json = http.json();
    QCOMPARE(json[u"message"], u"Your card was declined."_s);
    QCOMPARE(json[u"status"].toInt(), 402);
    QCOMPARE(json[u"transaction_status"], u"failed"_s);
    QVERIFY(http.body.contains("\"amount\":300.02,"));

    const QJsonObject intent = json[u"data"].toObject();
    QCOMPARE(intent[u"status"], u"requires_payment_method"_s);
    QCOMPARE(intent[u"amount_received"].toInteger(), 0);
    const QJsonObject error = intent[u"last_payment_error"].toObject();
    QCOMPARE(error[u"type"], u"card_error"_s);
    QCOMPARE(error[u"code"], u"card_declined"_s);
    QCOMPARE(error[u"decline_code"], u"generic_decline"_s);
    QCOMPARE(error[u"message"], u"Your card was declined."_s);

    const QJsonArray charges = intent[u"charges"][u"data"].toArray();
    QCOMPARE(charges.size(), 1);
    const QJsonObject charge = charges.at(0).toObject();
    QCOMPARE(charge[u"status"], u"failed"_s);
    QCOMPARE(charge[u"paid"], false);
    QCOMPARE(charge[u"captured"], false);
    QCOMPARE(charge[u"amount"].toInteger(), 30002);
    QCOMPARE(charge[u"amount_captured"].toInteger(), 0);
    QCOMPARE(charge[u"failure_code"], u"card_declined"_s);
    QCOMPARE(charge[u"failure_message"], u"Your card was declined."_s);
    QCOMPARE(error[u"charge"], charge[u"id"]);
    QCOMPARE(intent[u"latest_charge"], charge[u"id"]);
    const QJsonObject outcome = charge[u"outcome"].toObject();
    QCOMPARE(outcome[u"type"], u"issuer_declined"_s);
    QCOMPARE(outcome[u"network_status"], u"declined_by_network"_s);
    QCOMPARE(outcome[u"reason"], u"generic_decline"_s);
    QCOMPARE(outcome[u"risk_level"], u"normal"_s);
    QCOMPARE(outcome[u"seller_message"],
             u"The bank did not return any further details with this decline."_s);
    QVERIFY(charge[u"receipt_url"].isNull());

    // The declined intent exists (as on Stripe); a failed charge has no receipt.
    QCOMPARE(m_open->intentCount(), intentsBefore + 1);
}

// --- Idempotency ------------------------------------------------------------------------------

void TestSandbox::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("otherPath");
    QTest::addColumn<QByteArray>("otherBody");
    QTest::addColumn<QString>("errorKey"); // the API's own 400 format
    QTest::addRow("ocho") << QByteArray("GET") << ochoPath(700) << QByteArray() << ochoPath(701)
                          << QByteArray() << u"error"_s;
    const QString offer = u"/api/offer/createpaymentintent"_s;
    QTest::addRow("offer") << QByteArray("POST") << offer << offerBody({u"core"_s}) << offer
                           << offerBody({u"core"_s, u"ad"_s}) << u"status"_s;
    const QString dots = u"/api/v2/payment-intents"_s;
    QTest::addRow("dots") << QByteArray("POST") << dots << dotsBody(900) << dots << dotsBody(901)
                          << u"error"_s;
    QTest::addRow("checkout") << QByteArray("POST") << u"/api/checkout/"_s << checkoutBody()
                              << u"/api/checkout/"_s << checkoutBody(u"200.00"_s) << u"errors"_s;
    QTest::addRow("a decline is replayed too")
        << QByteArray("POST") << dots << dotsBody(1202) << dots << dotsBody(1203) << u"error"_s;
}

void TestSandbox::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, otherPath);
    QFETCH(QByteArray, otherBody);
    QFETCH(QString, errorKey);
    const QByteArray key = newKey();
    const QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};

    const Http first = send(method, path, body, headers);
    QVERIFY(first.status == 200 || first.status == 402);
    QVERIFY(first.header("idempotent-replayed").isEmpty());
    const qsizetype intents = m_open->intentCount();
    const qsizetype listed = send("GET", u"/api/v2/payment-intents"_s).jsonArray().size();

    const Http again = send(method, path, body, headers);
    QCOMPARE(again.status, first.status);
    QCOMPARE(again.body, first.body); // byte for byte: same ids, same secrets, same times
    QCOMPARE(again.header("idempotent-replayed"), "true");
    QCOMPARE(m_open->intentCount(), intents);
    QCOMPARE(send("GET", u"/api/v2/payment-intents"_s).jsonArray().size(), listed);

    const Http reused = send(method, otherPath, otherBody, headers);
    QCOMPARE(reused.status, 400);
    QVERIFY2(reused.json().contains(errorKey), reused.body.constData());
    QVERIFY(reused.body.contains("same parameters"));
    QCOMPARE(m_open->intentCount(), intents);

    // The key belongs to its first request: on another endpoint it is refused too.
    QCOMPARE(send("GET", ochoPath(300), {}, headers).status, 400);
    QCOMPARE(m_open->intentCount(), intents);
}

void TestSandbox::attemptLookup()
{
    // Credentials are not needed for the lookup, even on a secured sandbox.
    const QByteArray key = newKey();
    const Http sale
        = send(*m_secured, "POST", u"/api/checkout/"_s, checkoutBody(),
               {{"Idempotency-Key", key}, {"Authorization", "Bearer " + QByteArray(kToken)}});
    QCOMPARE(sale.status, 200);

    const Http lookup = send(*m_secured, "GET", u"/sandbox/attempts/"_s + QString::fromLatin1(key));
    QCOMPARE(lookup.status, 200);
    const QJsonObject json = lookup.json();
    QCOMPARE(json[u"key"], QString::fromLatin1(key));
    QCOMPARE(json[u"method"], u"POST"_s);
    QCOMPARE(json[u"path"], u"/api/checkout/"_s);
    QCOMPARE(json[u"status"].toInt(), 200);
    QCOMPARE(json[u"answer"].toObject(), sale.json());

    // A decline is what the backend did: it is kept with its status.
    const QByteArray declinedKey = newKey();
    QCOMPARE(send("POST", u"/api/v2/payment-intents"_s, dotsBody(502),
                  {{"Idempotency-Key", declinedKey}})
                 .status,
             402);
    const Http declined = send("GET", u"/sandbox/attempts/"_s + QString::fromLatin1(declinedKey));
    QCOMPARE(declined.json()[u"status"].toInt(), 402);
    QCOMPARE(declined.json()[u"answer"][u"error"], u"card_declined"_s);

    // A rejected request did nothing: nothing is kept, the key stays free.
    const QByteArray rejectedKey = newKey();
    QCOMPARE(
        send("POST", u"/api/v2/payment-intents"_s, dotsBody(0), {{"Idempotency-Key", rejectedKey}})
            .status,
        400);
    QCOMPARE(send("GET", u"/sandbox/attempts/"_s + QString::fromLatin1(rejectedKey)).status, 404);

    const Http unknown = send("GET", u"/sandbox/attempts/never-used"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"error"], u"NotFound"_s);
    QVERIFY(!unknown.json()[u"message"].toString().isEmpty());
}

// --- Faults -----------------------------------------------------------------------------------

void TestSandbox::fault_data()
{
    QTest::addColumn<FaultCase>("fault");
    const QString dots = u"/api/v2/payment-intents"_s;
    const QString offer = u"/api/offer/createpaymentintent"_s;
    const QString checkout = u"/api/checkout/"_s;

    QTest::addRow("delay=300: the answer, no sooner")
        << FaultCase{.header = "delay=300",
                     .method = "GET",
                     .path = ochoPath(100),
                     .notBeforeMs = 300,
                     .json = {jsonStartsWith(u"paymentIntent"_s, u"pi_"_s)}};
    // The worst case: the backend did it, the answer was lost. The lookup and the list show it,
    // once (the client's automatic resends carried the same key).
    QTest::addRow("drop: a close, no answer, done once")
        << FaultCase{.header = "drop",
                     .method = "POST",
                     .path = dots,
                     .body = dotsBody(4400),
                     .status = 0,
                     .error = QNetworkReply::RemoteHostClosedError,
                     .shape = Body::Empty,
                     .wire = Wire::Closed,
                     .kept = {jsonIs(u"status"_s, 200)},
                     .listPath = dots};
    // A client library sees an error, never an answer.
    QTest::addRow("reset-after-body: a reset, no answer, done once")
        << FaultCase{.header = "reset-after-body",
                     .method = "POST",
                     .path = checkout,
                     .body = checkoutBody(),
                     .status = 0,
                     .error = std::nullopt,
                     .shape = Body::Empty,
                     .wire = Wire::Reset,
                     .kept = {jsonIs(u"answer/transaction_status"_s, u"succeeded"_s)}};
    // A gateway answers in the API's error format: nothing is created, and the key is free.
    const auto status = [](const QByteArray &method, const QString &path, const QByteArray &body,
                           int code, const QList<JsonCheck> &json) {
        return FaultCase{.header = "status=" + QByteArray::number(code),
                         .method = method,
                         .path = path,
                         .body = body,
                         .status = code,
                         .error = std::nullopt,
                         .json = json,
                         .processed = false};
    };
    QTest::addRow("status=502: ocho")
        << status("GET", ochoPath(100), {}, 502, {jsonIs(u"error"_s, u"UpstreamFailure"_s)});
    QTest::addRow("status=503: ocho")
        << status("GET", ochoPath(100), {}, 503, {jsonIs(u"error"_s, u"NotEnoughResources"_s)});
    QTest::addRow("status=500: offer")
        << status("POST", offer, offerBody({u"core"_s}), 500, {jsonIs(u"status"_s, u"0"_s)});
    QTest::addRow("status=429: dots")
        << status("POST", dots, dotsBody(100), 429, {jsonHas(u"error"_s)});
    QTest::addRow("status=401: dots")
        << status("POST", dots, dotsBody(100), 401, {jsonIs(u"success"_s, false)});
    QTest::addRow("status=503: checkout")
        << status("POST", checkout, checkoutBody(), 503, {jsonIs(u"status"_s, 503)});
    QTest::addRow("html-502: a gateway's page, nothing done")
        << FaultCase{.header = "html-502",
                     .method = "POST",
                     .path = checkout,
                     .body = checkoutBody(),
                     .status = 502,
                     .error = std::nullopt,
                     .contentType = "text/html; charset=utf-8",
                     .shape = Body::NotJson,
                     .holds = {"<html>", "502 Bad Gateway"},
                     .processed = false};
    // Processed: the real answer is kept, and a retry with the key gets it whole.
    QTest::addRow("malformed: broken JSON, done once")
        << FaultCase{.header = "malformed",
                     .method = "POST",
                     .path = offer,
                     .body = offerBody({u"core"_s}),
                     .contentType = "application/json",
                     .shape = Body::NotJson,
                     .kept = {jsonIs(u"answer/status"_s, u"1"_s)}};
    QTest::addRow("truncated: half the announced body, done once")
        << FaultCase{.header = "truncated",
                     .method = "POST",
                     .path = dots,
                     .body = dotsBody(777),
                     .error = QNetworkReply::RemoteHostClosedError,
                     .shape = Body::Cut,
                     .kept = {jsonIs(u"answer/amount"_s, 777)},
                     .listPath = dots};
    // A client that streams, never holds it all.
    QTest::addRow("huge: 64 MiB announced and streamed")
        << FaultCase{.header = "huge",
                     .method = "GET",
                     .path = ochoPath(100),
                     .reading = Reading::Streaming,
                     .contentLength = kHugeBodyBytes,
                     .atLeastBytes = 8 * 1024 * 1024,
                     .withinMs = 10000,
                     .streamStart = "{\"answer\":{\"paymentIntent\":\"pi_",
                     .logs = {u"fault:huge"_s, u"^huge: client went away"_s}};
    QTest::addRow("slow: the headers at once, then a byte every 500 ms") << FaultCase{
        .header = "slow",
        .method = "GET",
        .path = ochoPath(100),
        .reading = Reading::Streaming,
        .contentLength = std::nullopt,
        .atLeastBytes = 2,
        .atMostBytes = 4,
        .withinMs = 2000,
        .streamStart = "{\"",
        .logs = {u"fault:slow"_s, u"^slow: client went away after [1-9] of 240 bytes"_s}};
    // A fault the sandbox does not know is a bad request: nothing is done.
    QTest::addRow("an unknown fault") << FaultCase{
        .header = "explode",
        .method = "GET",
        .path = ochoPath(100),
        .status = 400,
        .error = std::nullopt,
        .json = {jsonIs(u"error"_s, u"InvalidRequest"_s), jsonContains(u"message"_s, u"explode"_s)},
        .processed = false};
    QTest::addRow("status=200, not a fault") << FaultCase{.header = "status=200",
                                                          .method = "POST",
                                                          .path = checkout,
                                                          .body = checkoutBody(),
                                                          .status = 400,
                                                          .error = std::nullopt,
                                                          .json = {jsonIs(u"status"_s, 400)},
                                                          .processed = false};
    // A fault for every request (`--fault`): a request's own header wins, and the verification
    // endpoints are exempt.
    QTest::addRow("--fault status=503: dots") << FaultCase{.serverFault = "status=503",
                                                           .method = "POST",
                                                           .path = dots,
                                                           .body = dotsBody(100),
                                                           .status = 503,
                                                           .error = std::nullopt,
                                                           .json = {jsonHas(u"error"_s)},
                                                           .processed = false};
    QTest::addRow("--fault status=503: ocho")
        << FaultCase{.serverFault = "status=503",
                     .method = "GET",
                     .path = ochoPath(100),
                     .status = 503,
                     .error = std::nullopt,
                     .json = {jsonIs(u"error"_s, u"NotEnoughResources"_s)},
                     .processed = false};
}

void TestSandbox::fault()
{
    QFETCH(FaultCase, fault);
    if (!fault.logs.isEmpty()) {
        // What the sandbox says of a client that went away is part of the check.
        QLoggingCategory::setFilterRules(u"paydesk.sandbox.info=true"_s);
        for (const QString &line : fault.logs)
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(line));
    }
    const auto quiet
        = qScopeGuard([] { QLoggingCategory::setFilterRules(u"paydesk.sandbox.info=false"_s); });

    std::unique_ptr<SandboxServer> own;
    if (!fault.serverFault.isEmpty()) {
        const auto parsed = Fault::parse(QString::fromLatin1(fault.serverFault));
        QVERIFY(parsed);
        own = std::make_unique<SandboxServer>(SandboxOptions{{}, {}, {}, *parsed, 0, {}, {}});
        QVERIFY(own->listen());
    }
    SandboxServer &server = own ? *own : *m_open;
    const qsizetype before = server.intentCount();
    const qsizetype listed
        = fault.listPath.isEmpty() ? 0 : send(server, "GET", fault.listPath).jsonArray().size();
    const QByteArray key = newKey();
    QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};
    if (!fault.header.isEmpty())
        headers.append({"X-Sandbox-Fault", fault.header});

    if (fault.reading == Reading::Whole) {
        QElapsedTimer timer;
        timer.start();
        const Http http = send(server, fault.method, fault.path, fault.body, headers);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(http.finished);
        QCOMPARE(http.status, fault.status);
        if (fault.error)
            QCOMPARE(http.error, *fault.error);
        else
            QVERIFY(http.error != QNetworkReply::NoError);
        QVERIFY2(elapsed >= fault.notBeforeMs, qPrintable(u"%1 ms"_s.arg(elapsed)));
        if (!fault.contentType.isEmpty())
            QCOMPARE(http.header("content-type"), fault.contentType);
        QJsonParseError parsed{};
        const QJsonDocument document = QJsonDocument::fromJson(http.body, &parsed);
        switch (fault.shape) {
        case Body::Json:
            QVERIFY2(document.isObject(),
                     qPrintable(u"%1 bytes, not a JSON object"_s.arg(http.body.size())));
            break;
        case Body::NotJson:
            QVERIFY(!http.body.isEmpty());
            QVERIFY(parsed.error != QJsonParseError::NoError);
            break;
        case Body::Empty:
            QVERIFY(http.body.isEmpty());
            break;
        case Body::Cut: {
            const qint64 announced = http.header("content-length").toLongLong();
            QVERIFY(announced > 0);
            QVERIFY(http.body.size() < announced);
            QVERIFY(document.isNull());
            break;
        }
        }
        const QString failed = failedCheck(http.json(), fault.json);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const QByteArray &part : fault.holds)
            QVERIFY2(http.body.contains(part), part.constData());
    } else {
        QNetworkRequest networkRequest = request(server, fault.path);
        for (const auto &[name, value] : headers)
            networkRequest.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(
            m_nam.sendCustomRequest(networkRequest, fault.method, fault.body));
        qint64 received = 0;
        QByteArray start;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
            const QByteArray chunk = reply->readAll(); // never holds it all
            if (start.size() < 64)
                start += chunk.left(64);
            received += chunk.size();
        });
        QTRY_COMPARE_WITH_TIMEOUT(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), fault.status, 2000);
        if (fault.contentLength)
            QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
                     *fault.contentLength);
        else
            QVERIFY(!reply->hasRawHeader("Content-Length"));
        QTRY_VERIFY_WITH_TIMEOUT(received >= fault.atLeastBytes || reply->isFinished(),
                                 fault.withinMs);
        QVERIFY2(received >= fault.atLeastBytes, qPrintable(QString::number(received)));
        if (fault.atMostBytes > 0)
            QVERIFY2(received <= fault.atMostBytes, qPrintable(QString::number(received)));
        QVERIFY2(start.startsWith(fault.streamStart), start.constData());
        QVERIFY(!reply->isFinished());
        reply->abort();
        // The sandbox notices and stops streaming: its "client went away" line, expected above,
        // comes from its event loop, which runs on this thread.
        QTest::qWait(300);
        QLoggingCategory::setFilterRules(u"paydesk.sandbox.info=false"_s);
    }

    // What the sandbox did, asked on its own endpoints (exempt from a server's fault).
    const QString lookupPath = u"/sandbox/attempts/"_s + QString::fromLatin1(key);
    const QList<QPair<QByteArray, QByteArray>> withKey{{"Idempotency-Key", key},
                                                       {"X-Sandbox-Fault", "none"}};
    if (fault.processed) {
        const Http lookup = send(server, "GET", lookupPath);
        QCOMPARE(lookup.status, 200);
        const QString failed = failedCheck(lookup.json(), fault.kept);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(server.intentCount(), before + 1);
        const Http retry = send(server, fault.method, fault.path, fault.body, withKey);
        QCOMPARE(retry.status, lookup.json()[u"status"].toInt());
        QCOMPARE(retry.header("idempotent-replayed"), "true");
        QCOMPARE(retry.json(), lookup.json()[u"answer"].toObject());
        if (!fault.listPath.isEmpty()) {
            QCOMPARE(send(server, "GET", fault.listPath).jsonArray().size(), listed + 1);
            const QString id = lookup.json()[u"answer"][u"id"].toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(send(server, "GET", fault.listPath + u'/' + id).status, 200);
        }
    } else {
        QCOMPARE(server.intentCount(), before);
        QCOMPARE(send(server, "GET", lookupPath).status, 404);
        QCOMPARE(send(server, fault.method, fault.path, fault.body, withKey).status, 200);
        QCOMPARE(send(server, "GET", lookupPath).status, 200);
        QCOMPARE(server.intentCount(), before + 1);
    }
    if (own) {
        own->setFault(Fault{});
        QCOMPARE(send(server, fault.method, fault.path, fault.body, {{"Idempotency-Key", newKey()}})
                     .status,
                 200);
        QCOMPARE(server.intentCount(), before + 2);
    }

    if (fault.wire != Wire::NotChecked) {
        const RawExchange raw
            = rawExchange(server.port(),
                          rawRequest(fault.method, fault.path, fault.body,
                                     "Idempotency-Key: " + newKey()
                                         + "\r\nX-Sandbox-Fault: " + fault.header + "\r\n"));
        QVERIFY(raw.received.isEmpty());
        if (fault.wire == Wire::Closed) {
            QVERIFY(raw.closedCleanly);
            QCOMPARE(raw.error, 0);
        } else {
            QCOMPARE(raw.error, ECONNRESET);
            QVERIFY(!raw.closedCleanly);
        }
    }
}

// --- The executable ---------------------------------------------------------------------------

void TestSandbox::binaryServesAndAppliesCliFault()
{
    QProcess process;
    process.start(QStringLiteral(PAYDESK_SANDBOX_BINARY),
                  {u"--port"_s, u"0"_s, u"--token"_s, s(kToken), u"--fault"_s, u"status=503"_s});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString line = QString::fromUtf8(process.readLine());
    const auto match
        = QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\n$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const QString base = u"http://127.0.0.1:"_s + match.captured(1);
    QVERIFY(match.captured(1).toInt() > 0);

    const auto get = [this, &base](const QByteArray &fault) {
        QNetworkRequest networkRequest(QUrl(base + ochoPath(100, u"&token="_s + s(kToken))));
        if (!fault.isEmpty())
            networkRequest.setRawHeader("X-Sandbox-Fault", fault);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(networkRequest));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(5000);
        return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         QJsonDocument::fromJson(reply->readAll()).object()};
    };
    const auto [faultStatus, faultJson] = get({});
    QCOMPARE(faultStatus, 503);
    QCOMPARE(faultJson[u"error"], u"NotEnoughResources"_s);
    const auto [status, json] = get("none");
    QCOMPARE(status, 200);
    QVERIFY(json[u"paymentIntent"].toString().startsWith(u"pi_"));

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(output.contains("GET /xrpc/app.ocho.payment.getStripeIntent 503"), output.constData());
    QVERIFY2(!output.contains(kToken), "a credential was logged");
}

void TestSandbox::binaryRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::addRow("version") << QStringList{u"--version"_s} << 0
                             << QByteArray("paydesk-sandbox " PAYDESK_VERSION "\n");
    QTest::addRow("unknown fault")
        << QStringList{u"--fault"_s, u"explode"_s} << 2 << QByteArray("explode");
    QTest::addRow("status out of range")
        << QStringList{u"--fault"_s, u"status=200"_s} << 2 << QByteArray("status");
    QTest::addRow("port not a number")
        << QStringList{u"--port"_s, u"http"_s} << 2 << QByteArray("--port");
    QTest::addRow("unknown option") << QStringList{u"--colour"_s} << 2 << QByteArray("colour");
}

void TestSandbox::binaryRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QProcess process;
    process.start(QStringLiteral(PAYDESK_SANDBOX_BINARY), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QByteArray printed = process.readAllStandardOutput() + process.readAllStandardError();
    if (exitCode == 0)
        QCOMPARE(printed, output);
    else
        QVERIFY2(printed.contains(output), printed.constData());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
