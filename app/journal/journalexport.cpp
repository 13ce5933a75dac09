// The journal for people outside the program: the CSV export and the end-of-day report.
#include <algorithm>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "core/datetext.h"
#include "core/money.h"
#include "core/redaction.h"
#include "journal.h"
#include "journalsql.h"

namespace paydesk {

using namespace journalsql;

namespace {

/// The entries the end-of-day figures count: neither training sales nor the demo entries.
const QString kCounted = QStringLiteral("(training = 0 AND terminal <> 'DEMO')");
/// The report's sale figures count sales only; refunds have lines of their own.
const QString kSale = QStringLiteral(" AND kind = 'sale'");

// A plain decimal number ("-12.50", "42"): a spreadsheet reads it as a number, never as a
// formula, so it needs no defusing (a negative amount stays a number).
bool isPlainNumber(QStringView value)
{
    QStringView v = value.startsWith(u'-') ? value.sliced(1) : value;
    const qsizetype point = v.indexOf(u'.');
    const QStringView whole = point < 0 ? v : v.left(point);
    const QStringView fraction = point < 0 ? QStringView() : v.sliced(point + 1);
    const auto digits = [](QStringView d) {
        return !d.isEmpty()
            && std::all_of(d.begin(), d.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    return digits(whole) && (point < 0 || digits(fraction));
}

bool needsQuotes(QChar c)
{
    // ';' too: the separator of spreadsheets in locales whose decimal is ',' (Spanish, French).
    return c == u',' || c == u';' || c == u'"' || c == u'\n' || c == u'\r';
}

} // namespace

QString csvCell(const QString &value)
{
    // Most cells need nothing: one look at each character, then the cell as it is.
    // A cell that starts like a formula is defused with a leading "'" (CSV injection), unless it
    // is a plain number.
    const bool defuse = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front())
        && !isPlainNumber(value);
    const bool quote = std::any_of(value.cbegin(), value.cend(), needsQuotes);
    if (!defuse && !quote)
        return value;
    QString v = value;
    if (defuse)
        v.prepend(u'\'');
    if (quote) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

Expected<qint64, QString> Journal::exportCsv(QIODevice &out, const JournalQuery &query) const
{
    const Where w = whereFor(query, false);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kLightColumns + QStringLiteral(" FROM entries") + w.sql
              + QStringLiteral(" ORDER BY id"));
    bindAll(q, w);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be exported"), q));
    out.write("id,created_at,terminal,operator,profile,backend,training,state,amount,currency,"
              "intent_id,charge_id,status,card_brand,last4,reference,receipt_number,receipt_url,"
              "http_status,error_kind,error_message,idempotency_key\n");
    qint64 rows = 0;
    QString line;
    QByteArray buffer;
    const auto flush = [&] {
        const bool ok = out.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    while (q.next()) {
        const JournalEntry e = readEntry(q, false);
        line.clear();
        const QStringList cells{
            QString::number(e.id),
            formatIsoUtc(e.createdAt),
            e.terminal,
            e.operatorName,
            e.profile,
            backendName(e.backend),
            e.training ? QStringLiteral("yes") : QStringLiteral("no"),
            stateName(e.state),
            e.amount ? toDecimalString(e.amount->minor, e.amount->currency) : QString(),
            e.amount ? e.amount->currency : QString(),
            e.intentId,
            e.chargeId,
            e.status,
            e.cardBrand,
            e.last4,
            e.reference,
            e.receiptNumber,
            e.receiptUrl,
            e.httpStatus > 0 ? QString::number(e.httpStatus) : QString(),
            e.errorKind,
            e.errorMessage,
            e.idempotencyKey,
        };
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += csvCell(cells.at(i));
        }
        line += u'\n';
        buffer += line.toUtf8();
        if (buffer.size() > (1 << 16) && !flush())
            return unexpected(tr("Cannot write the export: %1").arg(out.errorString()));
        ++rows;
    }
    if (!flush())
        return unexpected(tr("Cannot write the export: %1").arg(out.errorString()));
    return rows;
}

Expected<JournalReport, QString> Journal::report(const QDate &day) const
{
    JournalReport r;
    r.day = day;
    const qint64 start = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery q(db());
    // Training sales and the demo entries (terminal DEMO) moved no money: counted apart, never
    // in the figures.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries WHERE created_at >= :start AND "
                             "created_at < :end AND NOT ")
              + kCounted);
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec() || !q.next())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    r.notCounted = q.value(0).toLongLong();
    q.prepare(
        QStringLiteral("SELECT state, COALESCE(currency, ''), backend, COUNT(*), "
                       "COALESCE(SUM(amount_minor), 0) "
                       "FROM entries WHERE created_at >= :start AND created_at < :end AND ")
        + kCounted + kSale
        + QStringLiteral(" GROUP BY state, currency, backend ORDER BY state, currency, backend"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    while (q.next())
        r.rows.append(
            ReportRow{stateFromName(q.value(0).toString()).value_or(JournalState::Unknown),
                      q.value(1).toString(),
                      backendFromName(q.value(2).toString()).value_or(BackendKind::Checkout),
                      q.value(3).toLongLong(), q.value(4).toLongLong()});
    r.takingsPerHour = QList<qint64>(24, 0);
    q.prepare(QStringLiteral("SELECT (created_at - :start) / 3600000, COUNT(*) FROM entries WHERE "
                             "state = 'succeeded' "
                             "AND created_at >= :start2 AND created_at < :end AND ")
              + kCounted + kSale + QStringLiteral(" GROUP BY 1"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":start2"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    // Hours are counted from midnight, then named by the clock: on a day the clocks change, the
    // 23 or 25 hours since midnight still fall on the hours the cashier's clock showed.
    while (q.next()) {
        const qint64 elapsed = q.value(0).toLongLong();
        const int hour = QDateTime::fromMSecsSinceEpoch(start + elapsed * 3600000).time().hour();
        r.takingsPerHour[hour] += q.value(1).toLongLong();
    }
    // Refunds that succeeded, by the day they were made.
    q.prepare(QStringLiteral("SELECT COALESCE(currency, ''), backend, COUNT(*), "
                             "COALESCE(SUM(amount_minor), 0) FROM entries WHERE kind = 'refund' "
                             "AND state = 'succeeded' AND created_at >= :start AND created_at < "
                             ":end AND ")
              + kCounted
              + QStringLiteral(" GROUP BY currency, backend ORDER BY currency, backend"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    while (q.next())
        r.refunds.append(
            ReportRow{JournalState::Succeeded, q.value(0).toString(),
                      backendFromName(q.value(1).toString()).value_or(BackendKind::Dots),
                      q.value(2).toLongLong(), q.value(3).toLongLong()});
    if (auto differences = amountDifferences(start, end); differences)
        r.amountDifferences = *differences;
    else
        return unexpected(differences.error());
    // A store: each till's sales of the day (a copy is there once, by its global id, however
    // often it was forwarded), and what each till had not yet forwarded when it last reported.
    const auto tillList = tills();
    if (!tillList)
        return unexpected(tillList.error());
    if (!tillList->isEmpty()) {
        q.prepare(QStringLiteral("SELECT origin, COUNT(*) FROM entries WHERE origin IS NOT NULL "
                                 "AND created_at >= :start AND created_at < :end AND ")
                  + kCounted + kSale + QStringLiteral(" GROUP BY origin"));
        q.bindValue(QStringLiteral(":start"), start);
        q.bindValue(QStringLiteral(":end"), end);
        if (!q.exec())
            return unexpected(sqlError(tr("cannot be summed up"), q));
        QHash<QString, qint64> sales;
        while (q.next())
            sales.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (TillState t : *tillList) {
            t.sales = sales.value(t.journalId);
            r.tills << t;
        }
    }
    return r;
}

Expected<QList<AmountDifference>, QString> Journal::amountDifferences(qint64 start,
                                                                      qint64 end) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral(
            "SELECT id, COALESCE(reference, ''), COALESCE(currency, ''), sale_amount_minor, "
            "amount_minor FROM entries WHERE created_at >= :start AND created_at < :end AND "
            "sale_amount_minor IS NOT NULL AND amount_minor IS NOT NULL AND sale_amount_minor <> "
            "amount_minor AND ")
        + kCounted + kSale + QStringLiteral(" ORDER BY id"));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":end"), end);
    if (!q.exec())
        return unexpected(sqlError(tr("cannot be summed up"), q));
    QList<AmountDifference> out;
    while (q.next())
        out.append(AmountDifference{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toLongLong(),
                                    q.value(4).toLongLong()});
    return out;
}

} // namespace paydesk
