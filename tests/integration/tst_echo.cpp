// The backend layer against a backend that echoes the credentials it received (echobackend.h):
// in a JSON error, a header, an HTML 502 page, a redirect to another site and a same-origin
// redirect. What a job hands on (the error's name, message and detail, the answer kept for the
// journal, the request copy) holds the echo masked by the credentials' value, for every way a
// credential travels (Bearer, the JSON body, Basic, the query).
#include <QJsonDocument>
#include <QTest>

#include "backendtest.h"
#include "echobackend.h"

using namespace paydesk;
using namespace paydesk::test;

class TestEcho final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoedCredentialsAreMasked_data();
    void echoedCredentialsAreMasked();

private:
    QNetworkAccessManager m_network;
    EchoBackend m_backend;
};

void TestEcho::echoedCredentialsAreMasked_data()
{
    QTest::addColumn<BackendKind>("kind");
    QTest::addColumn<EchoBackend::Mode>("mode");
    QTest::addColumn<QString>("shows"); // what the job's texts say, masked
    using Mode = EchoBackend::Mode;
    for (const BackendKind kind :
         {BackendKind::Checkout, BackendKind::Offer, BackendKind::Dots, BackendKind::Ocho}) {
        const QByteArray name = backendName(kind).toUtf8();
        QTest::addRow("%s json error", name.constData())
            << kind << Mode::JsonError << QStringLiteral("bad token ****");
        QTest::addRow("%s header", name.constData()) << kind << Mode::Header << QString();
        QTest::addRow("%s html 502", name.constData())
            << kind << Mode::Html502 << QStringLiteral("upstream refused token ****");
        QTest::addRow("%s long html 502", name.constData())
            << kind << Mode::LongHtml502 << QStringLiteral("<h1>502 Bad Gateway</h1>");
        QTest::addRow("%s redirect", name.constData())
            << kind << Mode::Redirect << QStringLiteral("login.example.net");
        QTest::addRow("%s same-origin redirect", name.constData())
            << kind << Mode::SameOriginRedirect << QString();
    }
}

void TestEcho::echoedCredentialsAreMasked()
{
    QFETCH(BackendKind, kind);
    QFETCH(EchoBackend::Mode, mode);
    QFETCH(QString, shows);
    m_backend.mode = mode;
    BackendProfile profile = profileFor(kind, m_backend.url());
    // Credentials with no recognisable shape: only their value finds them.
    profile.token = QStringLiteral("plainword77");
    profile.clientId = QStringLiteral("cid31Halo");
    profile.apiKey = QStringLiteral("kettle42Walrus");
    const int before = m_backend.answered();
    const JobResult r = runCreate(&m_network, profile, saleFor(kind));
    QVERIFY(m_backend.answered() > before); // the credentials really reached the backend
    QVERIFY(r.error);
    const QString texts = r.error->detail() + u'\n' + r.error->cashierText() + u'\n'
        + QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("answer"), r.answer},
                                                      {QStringLiteral("request"), r.request}})
                                .toJson(QJsonDocument::Compact));
    if (!shows.isEmpty())
        QVERIFY2(texts.contains(shows), qPrintable(texts));
    for (const QString &secret : profile.secrets())
        QVERIFY2(!texts.contains(secret), qPrintable(QStringLiteral("found ") + secret));
    // Nor a piece of one: a page cut at 2,048 bytes before it was masked kept the start of the
    // credential it quoted at byte 2,040.
    for (const QString &secret : {profile.token, profile.clientId, profile.apiKey})
        QVERIFY2(!texts.contains(secret.left(4)), qPrintable(QStringLiteral("found ") + secret));
}

QTEST_GUILESS_MAIN(TestEcho)
#include "tst_echo.moc"
