#include "duplicates.h"

#include <algorithm>

#include <QCoreApplication>

namespace paydesk {

namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

bool mayBeCharged(JournalState state)
{
    return state != JournalState::Declined && state != JournalState::Failed;
}

Expected<QList<JournalEntry>, QString> potentialDuplicates(const Journal &journal,
                                                           const JournalEntry &entry,
                                                           std::chrono::milliseconds window)
{
    QList<JournalEntry> found;
    // Only sales charge: a refund of the same amount and reference is no double charge.
    if (entry.kind != EntryKind::SaleEntry || !entry.amount || !mayBeCharged(entry.state)
        || !entry.createdAt.isValid())
        return found;
    // One exact, indexed search per key (the search box's query), narrowed to the same amount,
    // currency and time window; what matched another column by chance is dropped below.
    JournalQuery q;
    q.kind = EntryKind::SaleEntry;
    q.currency = entry.amount->currency;
    q.minAmount = entry.amount->minor;
    q.maxAmount = entry.amount->minor;
    q.from = entry.createdAt.addMSecs(-window.count());
    q.to = entry.createdAt.addMSecs(window.count() + 1);
    q.limit = 20;
    for (const QString &key : {entry.reference, entry.last4}) {
        if (key.isEmpty())
            continue;
        q.search = key;
        const auto matches = journal.list(q);
        if (!matches)
            return unexpected(matches.error());
        for (const JournalEntry &other : *matches) {
            if (other.id == entry.id || !mayBeCharged(other.state))
                continue;
            const bool sameReference
                = !entry.reference.isEmpty() && other.reference == entry.reference;
            const bool sameCard = !entry.last4.isEmpty() && other.last4 == entry.last4;
            if (!sameReference && !sameCard)
                continue;
            const bool known = std::any_of(found.cbegin(), found.cend(),
                                           [&](const JournalEntry &e) { return e.id == other.id; });
            if (!known)
                found.append(other);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.id > b.id; });
    return found;
}

QString duplicateSummary(const JournalEntry &entry, const QList<JournalEntry> &others)
{
    QStringList parts;
    for (const JournalEntry &other : others) {
        const bool sameReference = !entry.reference.isEmpty() && other.reference == entry.reference;
        const qint64 seconds = entry.createdAt.secsTo(other.createdAt);
        const qint64 minutes = qAbs(seconds) / 60;
        const QString when = qAbs(seconds) < 60
            ? tr("within a minute")
            : (seconds < 0 ? tr("%1 min earlier") : tr("%1 min later")).arg(minutes);
        parts << (sameReference ? tr("entry %1 (same amount and reference, %2)")
                                : tr("entry %1 (same amount and card, %2)"))
                     .arg(other.id)
                     .arg(when);
    }
    if (parts.isEmpty())
        return {};
    return tr("Possible double charge: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace paydesk
