// One journal entry per sale attempt, its timeline, and the queries over them.
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/paymentrecord.h"

namespace paydesk {

enum class JournalState
{
    Pending, ///< written and committed before the request leaves
    Created, ///< the intent exists, not yet paid
    Succeeded, ///< paid
    Declined, ///< the card was declined
    Failed, ///< a definite refusal, or the request provably never reached the backend
    Unknown, ///< it may have reached the backend and there is no usable answer: verify
};

/// The machine name ("succeeded"), as in the journal, its JSON and the CLI.
QString stateName(JournalState state);
/// The state in words for the middle of a person's sentence, translated ("paid").
QString stateWords(JournalState state);
std::optional<JournalState> stateFromName(QStringView name);
const QList<JournalState> &allStates();

/// What an entry is: a sale (its create, and its confirm when it was created unpaid), or a
/// refund of a sale (its own entry, linked to the sale by parentId).
enum class EntryKind
{
    SaleEntry,
    RefundEntry,
};

QString kindName(EntryKind kind); ///< "sale", "refund", as in the journal
std::optional<EntryKind> kindFromName(QStringView name);

struct JournalEvent
{
    QDateTime at;
    QString kind; ///< "pending", "outcome", "recovered", "verify"
    JournalState state = JournalState::Pending;
    QString detail;
};

struct JournalEntry
{
    qint64 id = 0;
    EntryKind kind = EntryKind::SaleEntry;
    qint64 parentId = 0; ///< a refund's sale
    QString remoteId; ///< a refund's id at the backend, once known
    QDateTime createdAt, updatedAt;
    QString terminal, operatorName, profile;
    BackendKind backend = BackendKind::Checkout;
    QString baseUrl;
    bool training = false;
    QString idempotencyKey;
    JournalState state = JournalState::Pending;
    int httpStatus = 0;
    QString errorKind, errorMessage, errorDetail;

    // Searchable fields, from the sale and the PaymentRecord.
    QString intentId, chargeId;
    std::optional<Money> amount;
    QString status, cardBrand, last4, reference, receiptUrl, receiptNumber;
    QString client; ///< who the sale is for: Checkout's client, Dots' customer, Ocho's DID

    // Heavy fields, loaded only for one entry (show, the detail view, export of one).
    QJsonObject request; ///< {"sale": …, "http": …}, redacted
    QJsonValue answer; ///< redacted
    /// When its sender stops waiting for the answer (the last send's deadline, on the journal's
    /// clock); loaded with the heavy fields.
    QDateTime deadlineAt;
    std::optional<PaymentRecord> record;
    QList<JournalEvent> events;

    QJsonObject toJson(bool withDetail) const;
};

struct JournalQuery
{
    std::optional<JournalState> state;
    std::optional<BackendKind> backend;
    std::optional<EntryKind> kind;
    qint64 parentId = 0; ///< only the refunds of this sale
    QString currency;
    QString search; ///< exact intent id, charge id, last4, reference, receipt number or key
    QDateTime from, to; ///< [from, to)
    std::optional<qint64> minAmount, maxAmount;
    int limit = 50;
    qint64 beforeId = 0; ///< keyset paging: only entries older than this id (0: from the newest)
    QList<qint64> onlyIds; ///< only these entries (those the store announced); empty: any
};

/// A till of a store, as its forwarder last reported it (the store's `tills`, schema 7).
struct TillState
{
    QString journalId; ///< the till journal's own id: its copies' origin
    QString name; ///< the till's terminal
    QDateTime reportedAt; ///< its forwarder's last word to the store
    QDateTime forwardedAt; ///< its last forward that left nothing behind (invalid: none yet)
    qint64 backlog = 0; ///< its entries not yet forwarded, when it reported
    QDateTime oldestWaiting; ///< the oldest of them (invalid: none)
    qint64 sales = 0; ///< in a report: its sales of the day on the store (counted ones)
};

struct ReportRow
{
    JournalState state;
    QString currency;
    BackendKind backend;
    qint64 count = 0;
    qint64 totalMinor = 0;
};

/// A sale whose own amount differs from the amount its backend answered.
struct AmountDifference
{
    qint64 id = 0;
    QString reference;
    QString currency;
    qint64 saleMinor = 0; ///< what the sale asked for
    qint64 backendMinor = 0; ///< what the backend's answer says
};

struct JournalReport
{
    QDate day;
    QList<ReportRow> rows;
    QList<AmountDifference> amountDifferences; ///< oldest first
    QList<qint64> takingsPerHour; ///< hour 0..23 of the day: count of succeeded sales
    /// The day's refunds that succeeded, per currency (count, total): subtracted from the
    /// takings for the net.
    QList<ReportRow> refunds;
    /// Training sales and demo entries (terminal DEMO) of the day: in none of the figures above.
    qint64 notCounted = 0;
    /// A store's tills (empty elsewhere): each one's sales of the day, and what it had not yet
    /// forwarded when it last reported.
    QList<TillState> tills;
    QJsonObject toJson(const QLocale &locale = QLocale()) const;
};

/// What can still be refunded of a sale: captured − refunded − refunds still pending or unknown.
struct Refundable
{
    qint64 saleId = 0;
    JournalState saleState = JournalState::Pending;
    Money captured; ///< what the paid sale took (0 when it is not paid)
    qint64 refundedMinor = 0; ///< refunds that succeeded
    qint64 openMinor = 0; ///< refunds still pending or unknown
    qint64 openRefundId = 0; ///< the newest refund still pending or unknown, or 0
    qint64 leftMinor() const { return captured.minor - refundedMinor - openMinor; }
};

/// A group of the report's JSON ({"count", "total_minor": {"mxn": 1250, …}}) as its totals, one
/// amount per currency: "MXN 12.50, $3.00".
QString reportTotalsText(const QJsonObject &group);
/// The report's net takings (takings less the refunds that succeeded), one amount per currency:
/// "USD 25.00, MXN 12.50"; "–" when there is none.
QString reportNetText(const QJsonObject &report);
/// The report's refunds in one line: "2 refunds, USD 30.00", or "none".
QString reportRefundsText(const QJsonObject &report);
/// The report's tills that had sales not yet forwarded, one line each: "till-3: 4 sales not yet
/// forwarded (at 10:32)"; empty when every till had forwarded everything.
QStringList reportBacklogLines(const QJsonObject &report);

} // namespace paydesk
