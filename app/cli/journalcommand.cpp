// paydeskctl journal list|show|export|report|seed-demo|verify|reprint|forward|watch: the journal
// for support staff, and a till's forwarding to its store.
#include <csignal>
#include <unistd.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include "backends/backendspec.h"
#include "commands.h"
#include "exitcodes.h"
#include "journal/forwarder.h"
#include "payments/saleattempt.h"
#include "payments/verifier.h"
#include "summary.h"
#include "workplace/workplace.h"

namespace paydesk::cli {
namespace {

/// How often `journal watch` asks whether its connection to the store still stands.
constexpr int kWatchAliveMs = 2000;

const char kJournalUsage[]
    = "Usage: paydeskctl [--journal PATH|URL] [--store URL] journal <command>\n"
      "  list [--json] [--state S] [--backend B] [--currency C] [--search TEXT] [--from DATE]\n"
      "       [--to DATE] [--min-amount N] [--max-amount N] [--limit N]\n"
      "                        newest first; --search finds an intent id, charge id, last4,\n"
      "                        reference, receipt number or Idempotency-Key\n"
      "  show ID [--json]      one entry, its request, answer and timeline\n"
      "  export --csv FILE     every entry (or the filter's), one row each, header first\n"
      "  report [--date DAY] [--json]   the day's counts and totals by state, currency, backend\n"
      "  verify ID [--profile NAME --config FILE] [--base-url URL] [--sandbox]\n"
      "                        settle an unknown entry (only on proof; see docs/retries.md)\n"
      "  refund ID [--amount DECIMAL] [--reason REASON] [--json] [--profile NAME --config FILE]\n"
      "                        refund a paid sale (Dots), by default all that is left; REASON:\n"
      "                        duplicate, fraudulent, requested_by_customer,\n"
      "                        expired_uncaptured_charge, partial_capture; exit 0 refunded,\n"
      "                        2 refused before sending, 3 refused by the backend, 4 no usable\n"
      "                        answer (verify the refund first)\n"
      "  seed-demo --count N   synthetic training entries, for demos and benchmarks\n"
      "  reprint ID [--printer URL] [--config FILE]\n"
      "                        a paid entry's receipt on the ESC/POS printer ([printer] url, or\n"
      "                        tcp://HOST:9100, file:/dev/usb/lp0, cups:QUEUE); exit 0 printed,\n"
      "                        4 printer not ready or unreachable, 2 bad id or URL\n"
      "  watch [--json]        on a store's journal (postgresql://…): one line per entry\n"
      "                        written or changed on any till, as it lands (as list prints\n"
      "                        it; --json: one JSON object a line); Ctrl-C ends it; exit 4\n"
      "                        when the store goes away, 2 on a till's own (SQLite) journal\n"
      "  forward [--config FILE] [--batch N]\n"
      "                        copy this till's journal to the store's (--store URL, or the\n"
      "                        config's [journal] store=), each entry and event once, and bring\n"
      "                        the store's verdicts back; exit 0 all forwarded, 4 the store is\n"
      "                        unreachable (nothing lost: the entries wait on this till), 2 no\n"
      "                        store\n";

QDateTime dayStart(const QString &text, bool endOfDay, bool *ok)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *ok = true;
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0));
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    *ok = time.isValid();
    return time;
}

QString amountText(const JournalEntry &e)
{
    return e.amount ? formatMoney(*e.amount) : QStringLiteral("-");
}

struct Filters
{
    QCommandLineOption state{QStringLiteral("state"),
                             QStringLiteral("pending, created, succeeded, "
                                            "declined, failed or unknown."),
                             QStringLiteral("state")};
    QCommandLineOption backend{QStringLiteral("backend"),
                               QStringLiteral("ocho, offer, dots, checkout."),
                               QStringLiteral("kind")};
    QCommandLineOption currency{QStringLiteral("currency"), QStringLiteral("ISO code."),
                                QStringLiteral("code")};
    QCommandLineOption search{QStringLiteral("search"),
                              QStringLiteral("Intent id, charge id, last4, reference, receipt "
                                             "number or Idempotency-Key."),
                              QStringLiteral("text")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("First day (YYYY-MM-DD) or time."),
                            QStringLiteral("date")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD) or time."),
                          QStringLiteral("date")};
    QCommandLineOption minAmount{QStringLiteral("min-amount"), QStringLiteral("In minor units."),
                                 QStringLiteral("n")};
    QCommandLineOption maxAmount{QStringLiteral("max-amount"), QStringLiteral("In minor units."),
                                 QStringLiteral("n")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({state, backend, currency, search, from, to, minAmount, maxAmount});
    }

    Expected<JournalQuery, QString> read(const QCommandLineParser &p) const
    {
        JournalQuery q;
        if (p.isSet(state)) {
            q.state = stateFromName(p.value(state));
            if (!q.state)
                return unexpected(QStringLiteral("--state must be pending, created, succeeded, "
                                                 "declined, failed or unknown."));
        }
        if (p.isSet(backend)) {
            q.backend = backendFromName(p.value(backend));
            if (!q.backend)
                return unexpected(
                    QStringLiteral("--backend must be ocho, offer, dots or checkout."));
        }
        q.currency = p.value(currency);
        q.search = p.value(search);
        bool ok = true;
        if (p.isSet(from) && !(q.from = dayStart(p.value(from), false, &ok), ok))
            return unexpected(QStringLiteral("--from takes YYYY-MM-DD or an ISO 8601 time."));
        if (p.isSet(to) && !(q.to = dayStart(p.value(to), true, &ok), ok))
            return unexpected(QStringLiteral("--to takes YYYY-MM-DD or an ISO 8601 time."));
        for (const auto &[option, target] :
             {std::pair{&minAmount, &q.minAmount}, std::pair{&maxAmount, &q.maxAmount}}) {
            if (!p.isSet(*option))
                continue;
            const qint64 v = p.value(*option).toLongLong(&ok);
            if (!ok || v < 0)
                return unexpected(QStringLiteral("--%1 takes a whole number of minor units.")
                                      .arg(option->names().first()));
            *target = v;
        }
        return q;
    }
};

/// The columns of `journal list` (and `journal watch`), and one entry in them.
QString listHeader()
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
        .arg(QStringLiteral("ID"), 7)
        .arg(QStringLiteral("TIME"), -19)
        .arg(QStringLiteral("TERMINAL"), -10)
        .arg(QStringLiteral("BACKEND"), -8)
        .arg(QStringLiteral("STATE"), -9)
        .arg(QStringLiteral("AMOUNT"), 14)
        .arg(QStringLiteral("CARD"), -8)
        .arg(QStringLiteral("REFERENCE"), -14)
        .arg(QStringLiteral("INTENT"));
}

QString listRow(const JournalEntry &e)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
        .arg(e.id, 7)
        .arg(e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
        .arg(e.terminal.left(10), -10)
        .arg(backendName(e.backend), -8)
        .arg(stateName(e.state).toUpper(), -9)
        .arg(amountText(e), 14)
        .arg(e.last4.isEmpty() ? QStringLiteral("-") : QStringLiteral("*") + e.last4, -8)
        .arg(e.reference.isEmpty() ? QStringLiteral("-") : e.reference.left(14), -14)
        .arg(e.intentId.isEmpty() ? QStringLiteral("-") : e.intentId);
}

int list(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    Filters f;
    f.addTo(p);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N (default 50)."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    p.addOptions({json, limit});
    p.addHelpOption();
    if (!p.parse(args)) {
        io.err << "paydeskctl journal list: " << p.errorText() << '\n';
        return Invalid;
    }
    auto q = f.read(p);
    if (!q) {
        io.err << "paydeskctl journal list: " << q.error() << '\n';
        return Invalid;
    }
    bool ok = false;
    q->limit = p.value(limit).toInt(&ok);
    if (!ok || q->limit < 1) {
        io.err << "paydeskctl journal list: --limit takes a number of entries.\n";
        return Invalid;
    }
    const auto entries = journal.list(*q);
    if (!entries) {
        io.err << "paydeskctl journal list: " << entries.error() << '\n';
        return Internal;
    }
    if (p.isSet(json)) {
        QJsonArray out;
        for (const JournalEntry &e : *entries)
            out.append(e.toJson(false));
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    io.out << listHeader() << '\n';
    for (const JournalEntry &e : *entries)
        io.out << listRow(e) << '\n';
    if (entries->isEmpty())
        io.out << "(no entries)\n";
    return Ok;
}

int show(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The entry."));
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        io.err << "paydeskctl journal show: give one entry id.\n";
        return Invalid;
    }
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        io.err << "paydeskctl journal show: there is no entry " << p.positionalArguments().first()
               << ".\n";
        return Invalid;
    }
    const auto e = journal.entry(id);
    if (!e)
        return entryNotRead(e.error(), id, QStringLiteral("paydeskctl journal show: "), io);
    if (p.isSet(json)) {
        io.out << QJsonDocument(e->toJson(true)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    io.out << "Entry " << e->id << ": " << stateName(e->state).toUpper()
           << (e->training ? " (training)" : "") << '\n'
           << "  " << e->createdAt.toLocalTime().toString(Qt::ISODate) << ", terminal "
           << e->terminal << ", operator " << e->operatorName << ", profile " << e->profile << " ("
           << backendName(e->backend) << ")\n"
           << "  amount " << amountText(*e) << ", reference "
           << (e->reference.isEmpty() ? QStringLiteral("-") : e->reference) << ", key "
           << e->idempotencyKey << '\n';
    if (e->kind == EntryKind::RefundEntry)
        io.out << "  refund of sale " << e->parentId << " (intent " << e->intentId << ")"
               << (e->remoteId.isEmpty() ? QString() : QStringLiteral(", refund ") + e->remoteId)
               << '\n';
    if (!e->errorKind.isEmpty())
        io.out << "  " << e->errorMessage << "\n  (" << e->errorDetail << ")\n";
    if (e->kind == EntryKind::SaleEntry && e->state == JournalState::Succeeded)
        if (const auto left = journal.refundable(e->id);
            left && left->refundedMinor + left->openMinor > 0)
            io.out << "  refunded " << formatMoney(left->refundedMinor, left->captured.currency)
                   << ", not settled " << formatMoney(left->openMinor, left->captured.currency)
                   << ", left to refund " << formatMoney(left->leftMinor(), left->captured.currency)
                   << '\n';
    if (e->record)
        io.out << '\n' << summaryText(*e->record);
    io.out << "\nTimeline:\n";
    for (const JournalEvent &ev : e->events)
        io.out << "  " << ev.at.toLocalTime().toString(Qt::ISODateWithMs) << "  "
               << QStringLiteral("%1").arg(ev.kind, -9) << " "
               << QStringLiteral("%1").arg(stateName(ev.state), -9) << " " << ev.detail << '\n';
    return Ok;
}

int exportCsv(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    Filters f;
    f.addTo(p);
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("The CSV file ('-': stdout)."),
                                 QStringLiteral("file"));
    p.addOption(csv);
    if (!p.parse(args) || !p.isSet(csv)) {
        io.err << "paydeskctl journal export: give --csv FILE.\n";
        return Invalid;
    }
    const auto q = f.read(p);
    if (!q) {
        io.err << "paydeskctl journal export: " << q.error() << '\n';
        return Invalid;
    }
    QFile file;
    const QString name = p.value(csv);
    io.out.flush();
    const bool opened = name == u"-"
        ? file.open(stdout, QIODevice::WriteOnly)
        : (file.setFileName(name),
           // A new export is the user's only from its first byte (mode 0600).
           file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (!opened) {
        io.err << "paydeskctl journal export: cannot write " << name << ": " << file.errorString()
               << '\n';
        return Invalid;
    }
    const auto rows = journal.exportCsv(file, *q);
    file.close();
    if (!rows) {
        io.err << "paydeskctl journal export: " << rows.error() << '\n';
        return Internal;
    }
    if (name != u"-")
        io.err << "Exported " << *rows << " entries to " << name << ".\n";
    return Ok;
}

int report(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    p.addOptions({json, date});
    if (!p.parse(args)) {
        io.err << "paydeskctl journal report: " << p.errorText() << '\n';
        return Invalid;
    }
    const QDate day
        = p.isSet(date) ? QDate::fromString(p.value(date), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid()) {
        io.err << "paydeskctl journal report: --date takes YYYY-MM-DD.\n";
        return Invalid;
    }
    const auto r = journal.report(day);
    if (!r) {
        io.err << "paydeskctl journal report: " << r.error() << '\n';
        return Internal;
    }
    const QJsonObject j = r->toJson();
    if (p.isSet(json)) {
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
        return Ok;
    }
    io.out << "End of day " << day.toString(Qt::ISODate) << '\n';
    for (const auto &[title, key] : {std::pair{"By state", "by_state"},
                                     std::pair{"Takings by currency", "takings_by_currency"},
                                     std::pair{"Takings by backend", "takings_by_backend"}}) {
        io.out << '\n' << title << ":\n";
        const QJsonObject group = j.value(QLatin1String(key)).toObject();
        if (group.isEmpty())
            io.out << "  (none)\n";
        for (auto it = group.constBegin(); it != group.constEnd(); ++it)
            io.out << "  " << QStringLiteral("%1").arg(it.key(), -10) << " "
                   << QStringLiteral("%1").arg(
                          it.value().toObject().value(QStringLiteral("count")).toInteger(), 6)
                   << "  " << reportTotalsText(it.value().toObject()) << '\n';
    }
    io.out << "\nRefunds: " << reportRefundsText(j) << '\n'
           << "Net takings (takings less refunds): " << reportNetText(j) << '\n';
    io.out << "\ntraining/demo: " << j.value(QStringLiteral("training_not_counted")).toInteger()
           << ", not counted\n";
    // A store: each till's sales, counted once, and what each had not yet forwarded.
    const QJsonArray tills = j.value(QStringLiteral("tills")).toArray();
    if (!tills.isEmpty()) {
        io.out << "\nTills (sales on the store):\n";
        for (const QJsonValue &v : tills) {
            const QJsonObject t = v.toObject();
            const qint64 n = t.value(QStringLiteral("sales")).toInteger();
            io.out << "  "
                   << QStringLiteral("%1").arg(t.value(QStringLiteral("till")).toString(), -12)
                   << " " << n << (n == 1 ? " sale\n" : " sales\n");
        }
        // In English, as every line of paydeskctl (the window says it in its language).
        QStringList backlog;
        for (const QJsonValue &v : tills) {
            const QJsonObject t = v.toObject();
            const qint64 n = t.value(QStringLiteral("not_forwarded")).toInteger();
            if (n > 0)
                backlog << QStringLiteral("%1: %2 %3 not yet forwarded (as of %4)")
                               .arg(t.value(QStringLiteral("till")).toString())
                               .arg(n)
                               .arg(n == 1 ? QStringLiteral("sale") : QStringLiteral("sales"))
                               .arg(QDateTime::fromString(
                                        t.value(QStringLiteral("reported_at")).toString(),
                                        Qt::ISODateWithMs)
                                        .toLocalTime()
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        io.out << "Not yet forwarded:\n";
        if (backlog.isEmpty())
            io.out << "  (none: every till has forwarded everything)\n";
        for (const QString &line : std::as_const(backlog))
            io.out << "  " << line << '\n';
    }
    // Each sale whose backend answered another amount than the sale's own.
    const QJsonArray differences = j.value(QStringLiteral("amount_differences")).toArray();
    io.out << "\nAmounts that differ (the sale's, the backend's):\n";
    if (differences.isEmpty())
        io.out << "  (none)\n";
    for (const QJsonValue &v : differences) {
        const QJsonObject d = v.toObject();
        io.out << "  entry " << d.value(QStringLiteral("id")).toInteger() << "  "
               << d.value(QStringLiteral("reference")).toString() << "  sale "
               << d.value(QStringLiteral("sale")).toString() << ", backend "
               << d.value(QStringLiteral("backend")).toString() << '\n';
    }
    return Ok;
}

int seed(const QStringList &args, Journal &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many."),
                                   QStringLiteral("n"));
    p.addOption(count);
    bool ok = false;
    const qint64 n = p.parse(args) ? p.value(count).toLongLong(&ok) : 0;
    if (!ok || n < 1) {
        io.err << "paydeskctl journal seed-demo: give --count N.\n";
        return Invalid;
    }
    const auto written
        = journal.seedDemo(n, static_cast<quint32>(QDateTime::currentMSecsSinceEpoch()));
    if (!written) {
        io.err << "paydeskctl journal seed-demo: " << written.error() << '\n';
        return Internal;
    }
    io.out << "Seeded " << *written << " training entries (terminal DEMO) into "
           << journal.displayLocation() << ".\n";
    return Ok;
}

int verify(const QStringList &args, JournalThread &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Config file."),
                                    QStringLiteral("file"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("The backend is the Paydesk sandbox."));
    p.addOptions({profile, config, baseUrl, json, sandbox});
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The entry."));
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        io.err << "paydeskctl journal verify: give one entry id.\n";
        return Invalid;
    }
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        io.err << "paydeskctl journal verify: there is no entry " << p.positionalArguments().first()
               << ".\n";
        return Invalid;
    }
    const auto entry = journal.wait([id](const Journal &j) { return j.entry(id); });
    if (!entry)
        return entryNotRead(entry.error(), id, QStringLiteral("paydeskctl journal verify: "), io);
    // The profile is decided from the entry (Workplace::verifyingProfile), as in the window:
    // the flags add credentials or another address, never another destination's silence.
    const auto workplace = Workplace::open(WorkplaceOptions::forCommand(p.value(config)));
    if (!workplace) {
        io.err << "paydeskctl journal verify: " << workplace.error() << '\n';
        return Invalid;
    }
    VerifyOverrides overrides;
    overrides.profile = p.value(profile);
    if (p.isSet(baseUrl))
        overrides.baseUrl = QUrl(p.value(baseUrl));
    overrides.sandbox = p.isSet(sandbox);
    const auto verifying = (*workplace)->verifyingProfile(*entry, overrides);
    if (!verifying) {
        io.err << "paydeskctl journal verify: " << verifying.error() << '\n';
        return Invalid;
    }
    const BackendProfile &bp = *verifying;
    QNetworkAccessManager network;
    Verifier verifier(&journal, &network, bp, id);
    QEventLoop loop;
    QObject::connect(&verifier, &Verifier::finished, &loop, &QEventLoop::quit);
    verifier.start();
    loop.exec();
    const VerifyResult &r = verifier.result();
    if (!r.error.isEmpty())
        io.err << "paydeskctl journal verify: " << r.error << '\n';
    if (p.isSet(json)) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("definite"), r.definite},
                                            {QStringLiteral("state"),
                                             stateName(r.definite ? r.state : entry->state)},
                                            {QStringLiteral("explanation"), r.explanation},
                                            {QStringLiteral("proof"), r.proof}})
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << "Entry " << id << ": " << stateName(r.definite ? r.state : entry->state).toUpper()
               << '\n'
               << r.explanation << '\n';
        if (!r.proof.isEmpty())
            io.out << r.proof << '\n';
    }
    if (!r.error.isEmpty())
        return Internal;
    return r.definite ? Ok : NoAnswer;
}

int refund(const QStringList &args, JournalThread &journal, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption amountOption(
        QStringLiteral("amount"), QStringLiteral("Amount to refund."), QStringLiteral("decimal"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Reason."),
                                          QStringLiteral("reason"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Config file."),
                                    QStringLiteral("file"));
    p.addOptions({amountOption, reasonOption, json, profile, config});
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The sale."));
    const auto refuse = [&io](const QString &why) {
        const QString nothing = QStringLiteral("Nothing was sent.");
        io.err << "paydeskctl journal refund: " << why
               << (why.endsWith(nothing) ? QString() : u' ' + nothing) << '\n';
        return Invalid;
    };
    if (!p.parse(args) || p.positionalArguments().size() != 1)
        return refuse(p.errorText().isEmpty() ? QStringLiteral("give one sale's entry id.")
                                              : p.errorText() + u'.');
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return refuse(QStringLiteral("there is no entry %1.").arg(p.positionalArguments().first()));
    const auto sale = journal.wait([id](const Journal &j) { return j.entry(id); });
    if (!sale) {
        if (!sale.error().isNotFound()) {
            // The journal could not say: never taken for "no such entry", and nothing is sent.
            io.err << "paydeskctl journal refund: " << sale.error().message
                   << " Nothing was sent.\n";
            return Internal;
        }
        return refuse(QStringLiteral("there is no entry %1.").arg(p.positionalArguments().first()));
    }
    if (sale->kind != EntryKind::SaleEntry)
        return refuse(QStringLiteral("entry %1 is a refund (of sale %2), not a sale.")
                          .arg(id)
                          .arg(sale->parentId));
    const BackendSpec &spec = backendSpec(sale->backend);
    if (!spec.refundRequest)
        return refuse(QStringLiteral("sale %1 was paid through %2, which has no refund API in "
                                     "Paydesk. %3")
                          .arg(id)
                          .arg(backendName(sale->backend), spec.whereToRefund(sale->reference)));
    const auto left = journal.wait([id](const Journal &j) { return j.refundable(id); });
    if (!left)
        return refuse(left.error().message);
    if (sale->state != JournalState::Succeeded)
        return refuse(QStringLiteral("sale %1 is %2, not paid: there is nothing to refund.")
                          .arg(id)
                          .arg(stateWords(sale->state)));
    const QString currency = left->captured.currency;
    qint64 minor = left->leftMinor();
    if (p.isSet(amountOption)) {
        const auto parsed = parseAmount(p.value(amountOption), currency);
        if (!parsed)
            return refuse(QStringLiteral("--amount: %1").arg(parsed.error().message));
        minor = *parsed;
    } else if (left->openRefundId == 0 && minor <= 0) {
        return refuse(QStringLiteral("sale %1 is refunded in full (%2).")
                          .arg(id)
                          .arg(formatMoney(left->refundedMinor, currency)));
    }
    const QString reason = p.value(reasonOption);
    if (!reason.isEmpty() && !refundReasons().contains(reason))
        return refuse(QStringLiteral("--reason must be one of %1, not \"%2\".")
                          .arg(refundReasons().join(QStringLiteral(", ")), reason));
    if (sale->intentId.isEmpty())
        return refuse(QStringLiteral("sale %1 has no payment intent id to refund.").arg(id));
    const auto workplace = Workplace::open(WorkplaceOptions::forCommand(p.value(config)));
    if (!workplace)
        return refuse(workplace.error());
    VerifyOverrides overrides;
    overrides.profile = p.value(profile);
    // The refund goes where the sale went: the profile is decided from the entry, as verify's.
    const auto target = (*workplace)->verifyingProfile(*sale, overrides);
    if (!target)
        return refuse(target.error());

    const RefundOrder order{sale->intentId, Money{minor, currency}, reason};
    QNetworkAccessManager network;
    SaleAttempt attempt(&journal, &network, *target, refundOperation(*sale, order),
                        (*workplace)->context, JobOptions{});
    QEventLoop loop;
    QObject::connect(&attempt, &SaleAttempt::finished, &loop, &QEventLoop::quit);
    attempt.start();
    loop.exec();
    if (attempt.journalId() == 0)
        return refuse(attempt.journalError()); // the refundable rule, or the journal
    if (!attempt.journalError().isEmpty())
        io.err << "paydeskctl journal refund: WARNING: the outcome could not be journaled: "
               << attempt.journalError() << '\n';
    const JobResult &r = attempt.result();
    const auto after = journal.wait([id](const Journal &j) { return j.refundable(id); });
    const qint64 leftAfter = after ? after->leftMinor() : -1;
    const JournalState state = attempt.state();
    const qint64 entryId = attempt.journalId();
    if (p.isSet(json)) {
        QJsonObject o{
            {QStringLiteral("id"), entryId},
            {QStringLiteral("sale_id"), id},
            {QStringLiteral("kind"), QStringLiteral("refund")},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("minor"), minor},
                         {QStringLiteral("currency"), currency},
                         {QStringLiteral("display"), formatMoney(minor, currency)}}},
            {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : reason},
            {QStringLiteral("refund_id"), r.refund ? QJsonValue(r.refund->id) : QJsonValue()},
            {QStringLiteral("refundable_minor"), leftAfter},
            {QStringLiteral("idempotency_key"), attempt.idempotencyKey()}};
        if (r.error)
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("kind"), r.error->kindName()},
                                 {QStringLiteral("http_status"), r.error->httpStatus},
                                 {QStringLiteral("message"), r.error->message},
                                 {QStringLiteral("detail"), r.error->detail()}});
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (state == JournalState::Succeeded) {
        io.out << "Refunded " << formatMoney(minor, currency) << " of sale " << id
               << " (refund entry " << entryId << ", Dots refund " << r.refund->id << ").\n"
               << "Left to refund: " << formatMoney(leftAfter, currency) << ".\n";
    }
    if (state == JournalState::Succeeded)
        return Ok;
    if (r.error)
        io.err << "paydeskctl journal refund: " << r.error->cashierText() << "\n  "
               << r.error->detail() << '\n';
    if (state == JournalState::Failed) {
        if (r.error && r.error->reach == BackendError::Reach::NotSent)
            return refuse(QStringLiteral("the refund was not sent (entry %1).").arg(entryId));
        io.err << "  Refund entry " << entryId << " failed: nothing was refunded.\n";
        return Refused;
    }
    io.err << "  Refund entry " << entryId << " is unknown: run 'paydeskctl journal verify "
           << entryId << "' before refunding this sale again.\n";
    return NoAnswer;
}

/// "1 entry", "3 entries".
QString entriesText(qint64 n)
{
    return QString::number(n) + (n == 1 ? QStringLiteral(" entry") : QStringLiteral(" entries"));
}

void printCounts(const ForwardCounts &c, Io io)
{
    io.out << "forwarded: entries=" << c.entries << " updated=" << c.updated
           << " events=" << c.events << " verdicts=" << c.verdicts << " conflicts=" << c.conflicts
           << " refused=" << c.refused << '\n'
           << "waiting: " << c.waiting << '\n';
}

/// SIGINT and SIGTERM end `journal watch` from its event loop: the handler only writes a byte.
int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

int watch(const QStringList &args, const GlobalOptions &global, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object a line, as list --json's rows."));
    p.addOption(json);
    p.addHelpOption();
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        io.err << "paydeskctl journal watch: "
               << (p.errorText().isEmpty() ? QStringLiteral("unexpected argument") : p.errorText())
               << '\n';
        return Invalid;
    }
    // Asked before anything is opened: a till's file is neither created nor migrated for it.
    if (!Journal::isPostgresLocation(global.journal)) {
        io.err << "paydeskctl journal watch: "
               << (global.journal.isEmpty() ? Journal::defaultLocation() : global.journal)
               << " is a till's own journal (SQLite), where nothing is announced: watch needs a "
                  "store's journal (PostgreSQL), --journal postgresql://…\n";
        return Invalid;
    }
    auto opened = Journal::open(global.journal);
    if (!opened) {
        io.err << "paydeskctl journal watch: " << opened.error() << '\n';
        return NoAnswer;
    }
    Journal &journal = **opened;
    const bool asJson = p.isSet(json);

    if (::pipe(g_stopPipe) != 0) {
        io.err << "paydeskctl journal watch: cannot set up its signals.\n";
        return Internal;
    }
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction before[2] = {};
    sigaction(SIGINT, &action, &before[0]);
    sigaction(SIGTERM, &action, &before[1]);

    QEventLoop loop;
    int result = Ok;
    QSocketNotifier stop(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &loop, [&loop] { loop.quit(); });

    // The ids announced since the last print, in the order announced, each once: the rows are
    // read together as soon as the event loop is free (a forwarded batch is one read).
    QList<qint64> announced;
    QSet<qint64> seen;
    QTimer flush;
    flush.setSingleShot(true);
    flush.setInterval(0);
    QObject::connect(&flush, &QTimer::timeout, &loop, [&] {
        JournalQuery q;
        q.onlyIds = std::exchange(announced, {});
        seen.clear();
        q.limit = int(q.onlyIds.size());
        const auto rows = journal.list(q);
        if (!rows) {
            io.err << "paydeskctl journal watch: " << rows.error() << '\n';
            result = NoAnswer;
            loop.quit();
            return;
        }
        QHash<qint64, JournalEntry> byId;
        for (const JournalEntry &e : *rows)
            byId.insert(e.id, e);
        for (const qint64 id : q.onlyIds) {
            const auto it = byId.constFind(id);
            if (it == byId.constEnd())
                continue;
            if (asJson)
                io.out << QJsonDocument(it->toJson(false)).toJson(QJsonDocument::Compact) << '\n';
            else
                io.out << listRow(*it) << '\n';
        }
        io.out.flush();
    });
    QObject context;
    const auto listening = journal.listen(&context,
                                          [&](qint64 id) {
                                              if (!seen.contains(id)) {
                                                  seen.insert(id);
                                                  announced << id;
                                              }
                                              flush.start();
                                          },
                                          {});
    if (!listening) {
        io.err << "paydeskctl journal watch: " << listening.error() << '\n';
        return NoAnswer;
    }
    // Not a poll of the table: the connection itself, asked now and then, so a store that went
    // away ends the watch with its reason instead of leaving it silent.
    QTimer alive;
    alive.setInterval(kWatchAliveMs);
    QObject::connect(&alive, &QTimer::timeout, &loop, [&] {
        if (const auto up = journal.ping(); !up) {
            io.err << "paydeskctl journal watch: the store went away: " << up.error()
                   << "\nWhat changed from now on is not shown; watch again once it is back.\n";
            result = NoAnswer;
            loop.quit();
        }
    });
    alive.start();
    if (!asJson)
        io.out << listHeader() << '\n';
    io.out.flush();
    io.err << "Watching " << journal.displayLocation() << " (Ctrl-C ends it).\n";
    io.err.flush();
    loop.exec();
    sigaction(SIGINT, &before[0], nullptr);
    sigaction(SIGTERM, &before[1], nullptr);
    ::close(g_stopPipe[0]);
    ::close(g_stopPipe[1]);
    io.out.flush();
    return result;
}

int forward(const QStringList &args, const GlobalOptions &global, Io io)
{
    QCommandLineParser p;
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The config file."),
                                    QStringLiteral("file"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Entries or events per store transaction."),
                                   QStringLiteral("n"), QString::number(Forwarder::kDefaultBatch));
    p.addOptions({config, batch});
    p.addHelpOption();
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        io.err << "paydeskctl journal forward: "
               << (p.errorText().isEmpty() ? QStringLiteral("unexpected argument") : p.errorText())
               << '\n';
        return Invalid;
    }
    bool ok = false;
    const int batchSize = p.value(batch).toInt(&ok);
    if (!ok || batchSize < 1 || batchSize > 100000) {
        io.err << "paydeskctl journal forward: --batch takes 1 to 100000.\n";
        return Invalid;
    }
    WorkplaceOptions options = WorkplaceOptions::forCommand(p.value(config), global.journal);
    options.store = global.store;
    const auto workplace = Workplace::open(options);
    if (!workplace) {
        io.err << "paydeskctl journal forward: " << workplace.error() << '\n';
        return Invalid;
    }
    if ((*workplace)->storePlace.isEmpty()) {
        io.err << "paydeskctl journal forward: no store: give --store URL, or set [journal] "
                  "store=URL in "
               << (*workplace)->configFile << ".\n";
        return Invalid;
    }
    auto till = Journal::open((*workplace)->journalPlace);
    if (!till) {
        io.err << "paydeskctl journal forward: " << till.error() << '\n';
        return Internal;
    }
    ForwardCounts counts;
    auto store = Journal::open((*workplace)->storePlace);
    if (!store) {
        if (const auto waiting = Forwarder::waiting(**till))
            counts.waiting = *waiting;
        io.err << "paydeskctl journal forward: the store's journal cannot be reached: "
               << store.error() << "\nNothing is lost: " << entriesText(counts.waiting)
               << " kept on this till and sent on when it returns.\n";
        printCounts(counts, io);
        return NoAnswer;
    }
    Forwarder forwarder(**till, **store, batchSize);
    forwarder.setTillName((*workplace)->context.terminal); // as the store names this till
    const auto done = forwarder.run(counts);
    printCounts(counts, io);
    if (!done) {
        io.err << "paydeskctl journal forward: " << done.error().message << '\n';
        if (done.error().storeFailed)
            io.err << "Nothing is lost: " << entriesText(counts.waiting)
                   << " kept on this till and sent on when the store answers.\n";
        return done.error().storeFailed ? NoAnswer : Internal;
    }
    if (counts.refused > 0)
        io.err << "paydeskctl journal forward: " << entriesText(counts.refused)
               << (counts.refused == 1 ? " was" : " were")
               << " refused by the store: another entry there has the same Idempotency-Key. "
               << (counts.refused == 1 ? "It stays" : "They stay") << " on this till only.\n";
    if (counts.conflicts > 0)
        io.err << "paydeskctl journal forward: " << entriesText(counts.conflicts)
               << (counts.conflicts == 1 ? " has" : " have")
               << " two different outcomes: kept as conflicts on the store, for "
                  "support.\n";
    return Ok;
}

} // namespace

int entryNotRead(const JournalError &error, qint64 id, const QString &me, Io io)
{
    io.err << me
           << (error.isNotFound() ? QStringLiteral("there is no entry %1.").arg(id) : error.message)
           << '\n';
    return error.isNotFound() ? Invalid : Internal;
}

int runJournal(const QStringList &args, const GlobalOptions &global, Io io)
{
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        (args.size() < 2 ? io.err : io.out) << kJournalUsage;
        return args.size() < 2 ? Invalid : Ok;
    }
    const QString sub = args.at(1);
    QStringList rest = args.mid(1);
    rest.first() = QStringLiteral("paydeskctl journal ") + sub;
    if (sub == u"forward")
        return forward(rest, global, io);
    if (sub == u"watch")
        return watch(rest, global, io);
    if (sub == u"verify" || sub == u"refund") {
        // The sale flow's journal: on its own thread, as the window and `create` use it.
        auto journal = JournalThread::open(global.journal);
        if (!journal) {
            io.err << "paydeskctl journal: " << journal.error() << '\n';
            return Invalid;
        }
        return sub == u"verify" ? verify(rest, **journal, io) : refund(rest, **journal, io);
    }
    using Handler = int (*)(const QStringList &, Journal &, Io);
    const QList<std::pair<const char *, Handler>> handlers{
        {"list", list},     {"show", show},      {"export", exportCsv},
        {"report", report}, {"seed-demo", seed}, {"reprint", runJournalReprint}};
    for (const auto &[name, handler] : handlers) {
        if (sub != QLatin1String(name))
            continue;
        auto journal = Journal::open(global.journal);
        if (!journal) {
            io.err << "paydeskctl journal: " << journal.error() << '\n';
            return Invalid;
        }
        return handler(rest, **journal, io);
    }
    io.err << "paydeskctl journal: unknown command '" << sub << "'\n\n" << kJournalUsage;
    return Invalid;
}

} // namespace paydesk::cli
