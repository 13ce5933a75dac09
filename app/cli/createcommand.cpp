// paydeskctl create --backend ocho|offer|dots|checkout --base-url URL … : one sale, sent once.
#include <cmath>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUuid>

#include "backends/backendspec.h"
#include "backends/jobs.h"
#include "commands.h"
#include "core/redaction.h"
#include "exitcodes.h"
#include "payments/resend.h"
#include "payments/saleattempt.h"
#include "summary.h"
#include "workplace/workplace.h"

namespace paydesk::cli {
namespace {

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption backend{QStringLiteral("backend"),
                               QStringLiteral("ocho, offer, dots or checkout."),
                               QStringLiteral("kind")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               QStringLiteral("The backend's base URL."), QStringLiteral("url")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Deadline for the whole exchange (default 30)."),
                               QStringLiteral("seconds")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              QStringLiteral("Extra CA certificates to trust (PEM)."),
                              QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("idempotency-key"),
                           QStringLiteral("Reuse this key: the same sale again prints its settled "
                                          "outcome from the journal, or re-sends an unknown one."),
                           QStringLiteral("key")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("A profile of the config."), QStringLiteral("name")};
    QCommandLineOption config{QStringLiteral("config"), QStringLiteral("The config file (INI)."),
                              QStringLiteral("file")};
    QCommandLineOption amount{QStringLiteral("amount"),
                              QStringLiteral("ocho, dots: the amount, e.g. 1500.00 ('.' decimal "
                                             "point, no thousands separators)."),
                              QStringLiteral("decimal")};
    QCommandLineOption currency{QStringLiteral("currency"),
                                QStringLiteral("The currency (ISO 4217)."), QStringLiteral("code")};
    // Each backend's own flags come from its descriptor (saleFlags()).

    Options()
    {
        parser.setApplicationDescription(QStringLiteral(
            "Sends one sale to a backend and prints the payment record. Credentials come from "
            "PAYDESK_TOKEN, PAYDESK_CLIENT_ID and PAYDESK_API_KEY, or the profile.\n"
            "Exit codes: 0 created or paid; 2 invalid input, nothing sent; 3 refused or "
            "declined; 4 no usable answer: verify before trying again."));
        parser.addHelpOption();
        parser.addOptions(
            {backend, baseUrl, json, timeout, caFile, key, profile, config, amount, currency});
        parser.addOptions(saleFlags());
    }
};

/// The profile from --profile (what the setup saved: the user's file over the system file, or
/// --config FILE; credentials from the keyring), with the flags and the environment on top.
Expected<BackendProfile, QString> buildProfile(const Options &o, const Workplace &workplace)
{
    BackendProfile profile;
    if (o.parser.isSet(o.profile)) {
        auto read = workplace.profile(o.parser.value(o.profile));
        if (!read)
            return unexpected(read.error());
        profile = *read;
    }
    if (o.parser.isSet(o.backend)) {
        const auto kind = backendFromName(o.parser.value(o.backend));
        if (!kind)
            return unexpected(QStringLiteral("--backend must be ocho, offer, dots or checkout."));
        profile.kind = *kind;
    } else if (!o.parser.isSet(o.profile)) {
        return unexpected(
            QStringLiteral("Give --backend ocho|offer|dots|checkout (or --profile)."));
    }
    if (o.parser.isSet(o.baseUrl))
        profile.baseUrl = QUrl(o.parser.value(o.baseUrl));
    if (profile.baseUrl.isEmpty())
        return unexpected(QStringLiteral("Give --base-url URL (or a profile with base_url)."));
    if (o.parser.isSet(o.timeout)) {
        // A finite number of seconds, 1 to 600 (as a profile's timeout_ms): "nan", "inf" or a
        // microsecond would be a deadline already passed.
        bool ok = false;
        const double seconds = o.parser.value(o.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < kMinTimeoutMs / 1000.0
            || seconds > kMaxTimeoutMs / 1000.0)
            return unexpected(
                QStringLiteral("--timeout takes seconds from 1 to 600, not \"%1\". Nothing was "
                               "written.")
                    .arg(o.parser.value(o.timeout)));
        profile.timeoutMs = static_cast<int>(std::lround(seconds * 1000));
    }
    if (o.parser.isSet(o.caFile))
        profile.caFile = o.parser.value(o.caFile);
    if (backendSpec(profile.kind).currencyFromProfile && o.parser.isSet(o.currency))
        profile.currency = o.parser.value(o.currency).toLower();
    applyEnvironmentCredentials(profile);
    return profile;
}

Expected<Sale, FieldIssues> buildSale(const Options &o, const BackendProfile &profile)
{
    return backendSpec(profile.kind).saleFromFlags(o.parser, profile);
}

QString flagName(const QString &field)
{
    static const QHash<QString, QString> flags{
        {QStringLiteral("offer_oid"), QStringLiteral("--offer-oid")},
        {QStringLiteral("products"), QStringLiteral("--product")},
        {QStringLiteral("user_id"), QStringLiteral("--user-id")},
        {QStringLiteral("customer_id"), QStringLiteral("--customer-id")},
        {QStringLiteral("payment_method_id"), QStringLiteral("--payment-method-id")},
        {QStringLiteral("destination_user_id"), QStringLiteral("--destination-user-id")},
        {QStringLiteral("application_fee"), QStringLiteral("--application-fee")},
        {QStringLiteral("setup_future_usage"), QStringLiteral("--setup-future-usage")},
        {QStringLiteral("payment_method"), QStringLiteral("--payment-method")},
    };
    if (field.startsWith(QStringLiteral("items")))
        return QStringLiteral("--item");
    return flags.value(field, QStringLiteral("--") + field);
}

QString outcomeName(const BackendError &e)
{
    switch (e.exitCode()) {
    case Refused:
        return QStringLiteral("refused");
    case Invalid:
        return QStringLiteral("invalid");
    default:
        return e.reach == BackendError::Reach::NotSent ? QStringLiteral("failed")
                                                       : QStringLiteral("unknown");
    }
}

/// A created or paid sale: the record, as text (with its key) or as JSON.
void printRecord(const PaymentRecord &record, const QString &key, bool replayed, bool asJson,
                 Io &io)
{
    if (asJson) {
        io.out << QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    io.out << summaryText(record);
    io.out << QStringLiteral("Key:").leftJustified(13, u' ') << key
           << (replayed ? " (replayed: the backend answered this sale before)" : "") << '\n';
}

/// A sale that was not created: with --json the outcome, the error and the record (a declined
/// charge) as one object; otherwise the record, if there is one.
void printFailure(const QString &outcome, const QString &key, qint64 journalId, JournalState state,
                  const QJsonObject &error, const std::optional<PaymentRecord> &record, bool asJson,
                  Io &io)
{
    if (asJson) {
        QJsonObject out{
            {QStringLiteral("outcome"), outcome},      {QStringLiteral("idempotency_key"), key},
            {QStringLiteral("journal_id"), journalId}, {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("error"), error},
        };
        if (record)
            out.insert(QStringLiteral("record"), record->toJson());
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else if (record) {
        io.out << summaryText(*record);
    }
}

/// The outcome of a settled entry (created, paid or declined), from the journal, printed as a
/// fresh create prints it; nothing is sent. The exit code is the one the create had.
int printSettled(const JournalEntry &entry, bool asJson, Io &io)
{
    io.err << "paydeskctl create: journal entry " << entry.id << " already settled key "
           << entry.idempotencyKey << " for this sale (" << stateName(entry.state)
           << "): its outcome, from the journal. Nothing was sent.\n";
    if (entry.state != JournalState::Declined) {
        if (!entry.record) {
            io.err << "paydeskctl create: journal entry " << entry.id << " holds no payment "
                   << "record: see 'paydeskctl journal show " << entry.id << "'.\n";
            return Invalid;
        }
        io.err.flush();
        printRecord(*entry.record, entry.idempotencyKey, false, asJson, io);
        return Ok;
    }
    // The journal keeps the error's kind, status, cashier sentence and detail line (the
    // backend's error name and message are inside the detail).
    io.err << "paydeskctl create: " << entry.errorMessage << '\n'
           << "  " << entry.errorDetail << '\n';
    io.err.flush();
    printFailure(QStringLiteral("refused"), entry.idempotencyKey, entry.id, entry.state,
                 QJsonObject{{QStringLiteral("kind"), entry.errorKind},
                             {QStringLiteral("http_status"), entry.httpStatus},
                             {QStringLiteral("cashier"), entry.errorMessage},
                             {QStringLiteral("detail"), entry.errorDetail}},
                 entry.record, asJson, io);
    return Refused;
}

} // namespace

int runCreate(const QStringList &args, const GlobalOptions &global, Io io)
{
    Options o;
    if (!o.parser.parse(args)) {
        io.err << "paydeskctl create: " << o.parser.errorText() << '\n';
        return Invalid;
    }
    if (o.parser.isSet(QStringLiteral("help"))) {
        io.out << o.parser.helpText();
        return Ok;
    }
    if (!o.parser.positionalArguments().isEmpty()) {
        io.err << "paydeskctl create: unexpected argument "
               << o.parser.positionalArguments().first() << '\n';
        return Invalid;
    }
    const auto workplace
        = Workplace::open(WorkplaceOptions::forCommand(o.parser.value(o.config), global.journal));
    if (!workplace) {
        io.err << "paydeskctl create: " << workplace.error() << "\nNothing was sent.\n";
        return Invalid;
    }
    const auto profile = buildProfile(o, **workplace);
    if (!profile) {
        io.err << "paydeskctl create: " << profile.error() << '\n';
        return Invalid;
    }
    if (const QString problem = checkBaseUrl(profile->baseUrl); !problem.isEmpty()) {
        io.err << "paydeskctl create: " << problem << " Nothing was sent.\n";
        return Invalid;
    }
    const auto sale = buildSale(o, *profile);
    if (!sale) {
        for (const FieldIssue &issue : sale.error())
            io.err << "paydeskctl create: " << flagName(issue.field) << ": " << issue.message
                   << '\n';
        io.err << "Nothing was sent.\n";
        return Invalid;
    }

    auto journal = JournalThread::open(global.journal);
    if (!journal) {
        io.err << "paydeskctl create: " << journal.error() << "\nNothing was sent.\n";
        return Invalid;
    }
    JobOptions options;
    options.idempotencyKey = o.parser.isSet(o.key)
        ? o.parser.value(o.key)
        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A key names one sale: what may be done with one the journal holds is decided in one
    // place for every program (payments/resend.h).
    const QString key = options.idempotencyKey;
    const auto earlier = (*journal)->wait([key](const Journal &j) { return j.entryByKey(key); });
    if (!earlier && !earlier.error().isNotFound()) {
        // The journal could not say whether the key is new: never taken for a new key.
        io.err << "paydeskctl create: the journal cannot tell whether key " << key
               << " was used before: " << earlier.error().message << "\nNothing was sent.\n";
        return NoAnswer;
    }
    const ResendDecision decision = decideResend(
        earlier ? std::optional<JournalEntry>(*earlier) : std::nullopt, *sale, *profile);
    qint64 resume = 0;
    switch (decision.action) {
    case ResendDecision::Action::Refuse:
        io.err << "paydeskctl create: " << decision.reason << " Nothing was sent.\n";
        return Invalid;
    case ResendDecision::Action::PrintSettled:
        return printSettled(*earlier, o.parser.isSet(o.json), io);
    case ResendDecision::Action::Resume:
        resume = earlier->id;
        break;
    case ResendDecision::Action::SendNew:
        break;
    }
    QNetworkAccessManager network;
    SaleAttempt attempt(journal->get(), &network, *profile, *sale, (*workplace)->context, options);
    if (resume > 0)
        attempt.resumeEntry(resume);
    QEventLoop loop;
    QObject::connect(&attempt, &SaleAttempt::finished, &loop, &QEventLoop::quit);
    attempt.start();
    loop.exec();
    if (attempt.journalId() == 0) {
        io.err << "paydeskctl create: " << attempt.journalError() << "\nNothing was sent.\n";
        return Invalid;
    }
    if (!attempt.journalError().isEmpty())
        io.err << "paydeskctl create: WARNING: the outcome could not be journaled: "
               << attempt.journalError() << '\n';

    const JobResult &r = attempt.result();
    io.err.flush();
    const bool asJson = o.parser.isSet(o.json);
    if (r.ok()) {
        printRecord(*r.record, r.idempotencyKey, r.replayed, asJson, io);
        return Ok;
    }
    const BackendError &e = *r.error;
    io.err << "paydeskctl create: " << e.cashierText() << '\n' << "  " << e.detail() << '\n';
    if (e.reach != BackendError::Reach::NotSent && e.exitCode() == NoAnswer)
        io.err << "  Journal entry " << attempt.journalId() << " is unknown: run 'paydeskctl "
               << "journal verify " << attempt.journalId() << "' (Idempotency-Key "
               << r.idempotencyKey << ") before sending this sale again.\n";
    printFailure(outcomeName(e), r.idempotencyKey, attempt.journalId(), attempt.state(),
                 QJsonObject{{QStringLiteral("kind"), e.kindName()},
                             {QStringLiteral("http_status"), e.httpStatus},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("message"), e.message},
                             {QStringLiteral("field"), e.field},
                             {QStringLiteral("cashier"), e.cashierText()},
                             {QStringLiteral("detail"), e.detail()}},
                 r.record, asJson, io);
    return e.exitCode();
}

} // namespace paydesk::cli
