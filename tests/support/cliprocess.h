// Running paydeskctl and paydesk-sandbox as real processes from a test.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace paydesk::test {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &extraEnv = {}, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Never the user's own journal: one throwaway journal per test process, unless a test names
    // one.
    static const QString journal = QDir::temp().filePath(
        QStringLiteral("paydesk-test-%1.sqlite").arg(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), journal);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

/// A paydesk-sandbox process on a free loopback port, stopped when this object goes.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &args = {})
    {
        m_process.setProgram(QStringLiteral(PAYDESK_SANDBOX));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
        m_process.start();
        if (!m_process.waitForStarted())
            qFatal("paydesk-sandbox did not start");
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(10000))
                qFatal("paydesk-sandbox said nothing");
        const QByteArray line = m_process.readLine().trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix))
            qFatal("unexpected first line: %s", line.constData());
        m_url = QUrl(QString::fromLatin1(line.mid(prefix.size())));
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl url() const { return m_url; }
    /// The sandbox's process, for a test that stops it (SIGSTOP) as a backend that hangs.
    qint64 processId() const { return m_process.processId(); }

    /// The requests the sandbox has answered so far, one line each from its log ("POST
    /// /api/checkout/ 200"), without the /sandbox/ lookups a test makes itself.
    QStringList requestLines()
    {
        m_process.setReadChannel(QProcess::StandardError);
        while (m_process.waitForReadyRead(300))
            m_log += m_process.readAll();
        m_log += m_process.readAll();
        m_process.setReadChannel(QProcess::StandardOutput);
        static const QRegularExpression request(QStringLiteral("\\b(GET|POST|PUT|PATCH|DELETE) /"));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(m_log).split(u'\n'))
            if (request.match(line).hasMatch() && !line.contains(QStringLiteral(" /sandbox/")))
                lines.append(line);
        return lines;
    }
    QString urlText() const { return m_url.toString(); }

    /// GET a sandbox path; the status and the JSON answer.
    std::pair<int, QJsonDocument> get(const QString &path) const
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(m_url.resolved(QUrl(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("sandbox GET timed out");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return {status, json};
    }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
};

} // namespace paydesk::test
