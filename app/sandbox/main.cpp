// paydesk-sandbox: the four payment backends on 127.0.0.1, for training, demos and tests.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kUsageError = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "paydesk-sandbox: %s\n", qUtf8Printable(message));
    return kUsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves the Ocho, Offer, Dots and Checkout payment APIs on 127.0.0.1, with declines, "
        u"idempotency and injectable faults. See app/sandbox/README.md."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port)."_s, u"N"_s,
                                  u"0"_s);
    const QCommandLineOption token(
        u"token"_s, u"Token accepted by Ocho, Offer and Checkout (default: any)."_s, u"T"_s);
    const QCommandLineOption clientId(u"client-id"_s, u"Dots client id accepted (default: any)."_s,
                                      u"C"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Dots API key accepted (default: any)."_s,
                                    u"K"_s);
    const QCommandLineOption fault(
        u"fault"_s,
        u"Fault for every request: delay=MS, drop, reset-after-body, status=CODE, html-502, "
        u"malformed, truncated, huge, slow."_s,
        u"SPEC"_s);
    const QCommandLineOption seed(u"seed"_s, u"Make generated ids repeatable (non-zero)."_s,
                                  u"N"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve HTTPS with this certificate (PEM)."_s,
                                     u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The certificate's private key (PEM)."_s,
                                    u"file"_s);
    parser.addOptions({port, token, clientId, apiKey, fault, seed, tlsCert, tlsKey});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument: "_s + parser.positionalArguments().constFirst());

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(u"--port needs a number from 0 to 65535"_s);

    paydesk::SandboxOptions options;
    options.token = parser.value(token);
    options.clientId = parser.value(clientId);
    options.apiKey = parser.value(apiKey);
    if (parser.isSet(fault)) {
        const auto parsed = paydesk::Fault::parse(parser.value(fault));
        if (!parsed)
            return usageError(u"--fault: "_s + parsed.error());
        options.fault = *parsed;
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usageError(u"--seed needs a number"_s);
    }

    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return usageError(u"--tls-cert and --tls-key go together"_s);

    paydesk::SandboxServer server(options);
    if (!server.listen(static_cast<quint16>(portNumber))) {
        std::fprintf(stderr, "paydesk-sandbox: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    std::printf("listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
