// paydeskctl inspect [FILE|-] [--json]: read a backend's answer and show it as a PaymentRecord.
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "backends/answers.h"
#include "commands.h"
#include "exitcodes.h"
#include "summary.h"

namespace paydesk::cli {

int runInspect(const QStringList &args, const GlobalOptions &, Io io)
{
    QStringList shapes;
    for (const AnswerShape shape : answerShapes())
        if (!shape.isStripe())
            shapes.append(shapeTitle(shape));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Reads a backend's answer (%1, or a Stripe PaymentIntent or Charge), detects "
            "its shape and prints it as a payment record. Secrets are masked.")
            .arg(shapes.join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The answer to read; '-' or nothing for stdin."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the PaymentRecord JSON."));
    parser.addOption(json);
    if (!parser.parse(args)) {
        io.err << "paydeskctl inspect: " << parser.errorText() << '\n';
        return Invalid;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        io.err << "paydeskctl inspect: give one file at a time.\n";
        return Invalid;
    }
    const QString name = files.isEmpty() ? QStringLiteral("-") : files.first();
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << "paydeskctl inspect: cannot read " << name << ": " << file.errorString() << '\n';
        return Invalid;
    }
    const QByteArray bytes = file.readAll();
    const QString label = name == u"-" ? QStringLiteral("stdin") : name;

    const ParseResult result = parseAnswer(bytes);
    if (!result) {
        const ParseError &e = result.error();
        if (e.kind != ParseError::Kind::Refused) {
            io.err << "paydeskctl inspect: " << label << ": " << e.message << '\n';
            return Invalid;
        }
        // A refusal is a well-formed answer: it was read, and it says no.
        if (parser.isSet(json)) {
            const QJsonObject refusal{
                {QStringLiteral("backend"), QStringLiteral("offer")},
                {QStringLiteral("refused"), true},
                {QStringLiteral("message"), e.message},
            };
            io.out << QJsonDocument(refusal).toJson(QJsonDocument::Indented);
        } else {
            io.out << "Backend:    offer\nRefused:    " << e.message << '\n';
        }
        return Ok;
    }
    if (parser.isSet(json))
        io.out << QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented);
    else
        io.out << summaryText(*result);
    return Ok;
}

} // namespace paydesk::cli
