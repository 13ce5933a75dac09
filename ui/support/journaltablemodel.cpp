#include "journaltablemodel.h"

#include <algorithm>

#include <QApplication>
#include <QIcon>
#include <QSet>
#include <QStyle>

#include "core/datetext.h"
#include "journal/duplicates.h"
#include "widgets/statuslook.h"

namespace paydesk {

namespace {

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2013") : text;
}

QString brandName(const QString &brand)
{
    if (brand.isEmpty())
        return {};
    if (brand == u"amex")
        return QStringLiteral("Amex");
    if (brand == u"mastercard")
        return QStringLiteral("Mastercard");
    return brand.left(1).toUpper() + brand.mid(1);
}

/// The rows of `ids` (one page, newest first), read by id: every one of them is below (the
/// first id + 1), and ids never change. An id the query no longer finds (or a failed read) is
/// shown as an entry of unknown state. Runs on the journal's thread.
QList<JournalEntry> rowsOf(const Journal &journal, JournalQuery q, const QList<qint64> &ids)
{
    QList<JournalEntry> rows;
    if (ids.isEmpty())
        return rows;
    q.beforeId = ids.constFirst() + 1;
    q.limit = int(ids.size());
    const auto entries = journal.list(q);
    QHash<qint64, qsizetype> found;
    if (entries)
        for (qsizetype i = 0; i < entries->size(); ++i)
            found.insert(entries->at(i).id, i);
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd()) {
            rows.append(entries->at(*it));
            continue;
        }
        JournalEntry e;
        e.id = id;
        e.state = JournalState::Unknown;
        rows.append(e);
    }
    return rows;
}

} // namespace

/// fetchAll()'s answer: the ids of the rest, and the rows of the last page to show first.
struct JournalTableModel::Rest
{
    Expected<QList<qint64>, QString> ids;
    qsizetype lastPage = -1;
    QList<JournalEntry> lastRows;
};

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

JournalTableModel::~JournalTableModel() = default;

void JournalTableModel::setQuery(JournalThread *journal, const JournalQuery &query)
{
    m_journal = journal;
    m_wanted = query;
    m_wanted.beforeId = 0;
    m_wanted.limit = kPageSize;
    ++m_queryGeneration; // a first page of the query before is dropped
    m_fetchAllWanted = false;
    refresh();
}

JournalQuery JournalTableModel::pageQuery() const
{
    JournalQuery q = m_query;
    q.beforeId = 0;
    q.limit = kPageSize;
    return q;
}

bool JournalTableModel::isBusy() const
{
    return m_refreshing || m_fetching || !m_loadingPages.isEmpty() || m_duplicateRequests > 0
        || !m_duplicatesWanted.isEmpty();
}

void JournalTableModel::refresh()
{
    if (!m_journal) {
        onFirstPage(m_queryGeneration, m_wanted, QList<JournalEntry>{});
        return;
    }
    // One first page at a time: asked again meanwhile (F5 held down, a sale made, another
    // query), it is asked once more when this one lands, never once per ask.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const quint64 query = m_queryGeneration;
    const JournalQuery q = m_wanted;
    m_journal->run(
        this, tr("loading entries"), [q](const Journal &j) { return j.list(q); },
        [this, query, q](const Expected<QList<JournalEntry>, QString> &entries) {
            m_refreshing = false;
            onFirstPage(query, q, entries);
        });
}

void JournalTableModel::onFirstPage(quint64 query, const JournalQuery &q,
                                    const Expected<QList<JournalEntry>, QString> &entries)
{
    const bool again = std::exchange(m_refreshAgain, false);
    if (query == m_queryGeneration) {
        // One reset that already holds the first page: no insertion follows on the heels of the
        // reset (a view would see rows arrive while it is still taking the reset in). Whatever
        // was asked for the rows before is dropped when it lands (the generation). No fetchMore
        // from a view while the rows change (m_fetching): it asks again once they have.
        m_fetching = true;
        beginResetModel();
        ++m_generation;
        m_query = q;
        m_ids.clear();
        m_pages.clear();
        m_loadingPages.clear();
        m_duplicatesWanted.clear();
        m_error.clear();
        m_atEnd = true;
        if (entries) {
            m_atEnd = entries->size() < kPageSize;
            for (const JournalEntry &e : *entries)
                m_ids.append(e.id);
            if (!entries->isEmpty())
                load(0, *entries);
        } else {
            m_error = entries.error();
        }
        endResetModel();
        m_fetching = false;
        if (!m_error.isEmpty())
            Q_EMIT loadFailed(m_error);
        Q_EMIT loaded();
    }
    if (again)
        refresh();
    else if (m_fetchAllWanted)
        fetchAll();
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JournalTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JournalTableModel::fetchMore(const QModelIndex &parent)
{
    // One request at a time: the view asks again as it scrolls, and those asks are ignored
    // until the rows on their way are in (canFetchMore() stays true meanwhile).
    if (parent.isValid() || m_atEnd || !m_journal || m_fetching || m_refreshing)
        return;
    m_fetching = true;
    JournalQuery q = pageQuery();
    q.beforeId = m_ids.isEmpty() ? 0 : m_ids.constLast();
    const quint64 generation = m_generation;
    m_journal->run(
        this, tr("loading more entries"), [q](const Journal &j) { return j.list(q); },
        [this, generation](const Expected<QList<JournalEntry>, QString> &entries) {
            onMore(generation, entries);
        });
}

void JournalTableModel::onMore(quint64 generation,
                               const Expected<QList<JournalEntry>, QString> &entries)
{
    if (generation != m_generation)
        return;
    if (!entries) {
        m_fetching = false;
        fail(entries.error());
    } else {
        m_error.clear();
        m_atEnd = entries->size() < kPageSize;
        if (!entries->isEmpty()) {
            const qsizetype first = m_ids.size();
            beginInsertRows({}, int(first), int(first + entries->size() - 1));
            for (const JournalEntry &e : *entries)
                m_ids.append(e.id);
            load(first / kPageSize, *entries);
            endInsertRows();
        }
        m_fetching = false; // only now: no fetchMore from a view while the rows change
    }
    Q_EMIT fetched();
    if (m_fetchAllWanted)
        fetchAll();
}

void JournalTableModel::fail(const QString &error)
{
    m_error = error;
    m_atEnd = true;
    Q_EMIT loadFailed(m_error);
}

void JournalTableModel::fetchAll()
{
    if (!m_journal)
        return;
    if (m_refreshing || m_fetching) {
        m_fetchAllWanted = true; // after the rows on their way
        return;
    }
    m_fetchAllWanted = false;
    if (m_atEnd)
        return;
    // Only the ids of the rest (one indexed scan), then the last page's rows to show; the pages
    // in between are loaded by id if they are ever scrolled to. Both in one piece of work.
    m_fetching = true;
    JournalQuery q = pageQuery();
    q.beforeId = m_ids.isEmpty() ? 0 : m_ids.constLast();
    const qsizetype have = m_ids.size();
    const qsizetype tailStart = (have / kPageSize) * kPageSize;
    const QList<qint64> tail = m_ids.mid(tailStart); // the last page's ids so far
    const quint64 generation = m_generation;
    m_journal->run(
        this, tr("loading every entry"),
        [q, have, tailStart, tail](const Journal &j) {
            Rest rest{j.ids(q), -1, {}};
            if (!rest.ids || rest.ids->isEmpty())
                return rest;
            const qsizetype total = have + rest.ids->size();
            rest.lastPage = (total - 1) / kPageSize;
            QList<qint64> ids;
            for (qsizetype i = rest.lastPage * kPageSize; i < total; ++i)
                ids.append(i < have ? tail.at(i - tailStart) : rest.ids->at(i - have));
            rest.lastRows = rowsOf(j, q, ids);
            return rest;
        },
        [this, generation](const Rest &rest) { onRest(generation, rest); });
}

void JournalTableModel::onRest(quint64 generation, const Rest &rest)
{
    if (generation != m_generation)
        return;
    if (!rest.ids) {
        m_fetching = false;
        fail(rest.ids.error());
    } else {
        m_atEnd = true;
        if (!rest.ids->isEmpty()) {
            const qsizetype first = m_ids.size();
            beginInsertRows({}, int(first), int(first + rest.ids->size() - 1));
            m_ids.append(*rest.ids);
            // The last page, whole, as the view will show it first.
            load(rest.lastPage, rest.lastRows);
            endInsertRows();
        }
        m_fetching = false;
    }
    Q_EMIT fetched();
}

void JournalTableModel::load(qsizetype pageIndex, const QList<JournalEntry> &entries) const
{
    Page page;
    page.rows.reserve(entries.size());
    for (const JournalEntry &e : entries)
        page.rows.append(Row{e, std::nullopt, {}, false});
    page.used = ++m_clock;
    m_loadingPages.remove(pageIndex);
    m_pages.insert(pageIndex, std::move(page));
    trimCache();
}

void JournalTableModel::trimCache() const
{
    while (m_pages.size() > kCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_pages.erase(oldest);
    }
}

JournalTableModel::Page *JournalTableModel::page(qsizetype index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        it->used = ++m_clock;
        return &*it;
    }
    requestPage(index);
    return nullptr;
}

void JournalTableModel::requestPage(qsizetype index) const
{
    // A page dropped from the cache and shown again: placeholders until its rows are back.
    if (!m_journal || m_loadingPages.contains(index))
        return;
    const qsizetype first = index * kPageSize;
    const qsizetype count = std::min<qsizetype>(kPageSize, m_ids.size() - first);
    if (count <= 0)
        return;
    m_loadingPages.insert(index);
    const QList<qint64> ids = m_ids.mid(first, count);
    const JournalQuery q = pageQuery();
    const quint64 generation = m_generation;
    JournalTableModel *model = self();
    m_journal->run(
        model, tr("loading entries"), [q, ids](const Journal &j) { return rowsOf(j, q, ids); },
        [model, generation, index](const QList<JournalEntry> &rows) {
            if (generation != model->m_generation || rows.isEmpty())
                return;
            model->load(index, rows);
            const int top = int(index * kPageSize);
            Q_EMIT model->dataChanged(model->index(top, 0),
                                      model->index(top + int(rows.size()) - 1, ColumnCount - 1));
        });
}

JournalTableModel::Row *JournalTableModel::rowPtr(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    Page *p = page(row / kPageSize);
    if (!p || row % kPageSize >= p->rows.size())
        return nullptr;
    return &p->rows[row % kPageSize];
}

std::optional<JournalEntry> JournalTableModel::entryAt(int row) const
{
    if (const Row *r = rowPtr(row))
        return r->entry;
    return std::nullopt;
}

qint64 JournalTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int JournalTableModel::rowOfId(qint64 id) const
{
    // Ids are in descending order.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<qint64>());
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

const QList<qint64> &JournalTableModel::ensureDuplicates(Row &row) const
{
    static const QList<qint64> unknown;
    if (row.duplicates)
        return *row.duplicates;
    if (!row.duplicatesAsked && m_journal) {
        // The rows shown in one go are asked about in one request, once this turn is over.
        row.duplicatesAsked = true;
        if (m_duplicatesWanted.isEmpty())
            QMetaObject::invokeMethod(
                self(), [this] { requestDuplicates(); }, Qt::QueuedConnection);
        m_duplicatesWanted.append(row.entry.id);
    }
    return unknown;
}

void JournalTableModel::requestDuplicates() const
{
    if (m_duplicatesWanted.isEmpty() || !m_journal)
        return;
    QList<JournalEntry> entries;
    for (const qint64 id : std::exchange(m_duplicatesWanted, {}))
        if (const int row = rowOfId(id); row >= 0)
            if (const auto it = m_pages.constFind(row / kPageSize); it != m_pages.constEnd())
                entries.append(it->rows.at(row % kPageSize).entry);
    if (entries.isEmpty())
        return;
    ++m_duplicateRequests;
    const quint64 generation = m_generation;
    JournalTableModel *model = self();
    m_journal->run(
        model, tr("looking for double charges"),
        [entries](const Journal &j) {
            QList<std::optional<QList<JournalEntry>>> found;
            for (const JournalEntry &e : entries) {
                const auto others = potentialDuplicates(j, e);
                found.append(others ? std::optional(*others) : std::nullopt);
            }
            return found;
        },
        [model, generation, entries](const QList<std::optional<QList<JournalEntry>>> &found) {
            --model->m_duplicateRequests;
            if (generation != model->m_generation)
                return;
            int top = -1;
            int bottom = -1;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const int row = model->rowOfId(entries.at(i).id);
                const auto page = model->m_pages.find(row / kPageSize);
                if (row < 0 || page == model->m_pages.end())
                    continue; // dropped from the cache meanwhile: asked again when shown
                Row &r = page->rows[row % kPageSize];
                QList<qint64> ids;
                if (const auto &others = found.at(i)) {
                    for (const JournalEntry &e : *others)
                        ids.append(e.id);
                    r.duplicateText = duplicateSummary(r.entry, *others);
                }
                r.duplicates = ids;
                top = top < 0 ? row : std::min(top, row);
                bottom = std::max(bottom, row);
            }
            if (top >= 0)
                Q_EMIT model->dataChanged(model->index(top, 0),
                                          model->index(bottom, ColumnCount - 1));
        });
}

QList<qint64> JournalTableModel::duplicatesAt(int row) const
{
    Row *r = rowPtr(row);
    if (!r)
        return {};
    return ensureDuplicates(*r);
}

QVariant JournalTableModel::placeholder(const QModelIndex &index, int role) const
{
    // A row whose page is on its way: its id is known, the rest shows as "…".
    switch (role) {
    case EntryIdRole:
        return idAt(index.row());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == Id ? QString::number(idAt(index.row())) : QStringLiteral("\u2026");
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (index.row() < 0 || index.row() >= m_ids.size())
        return {};
    Row *r = rowPtr(index.row());
    if (!r)
        return placeholder(index, role);
    const JournalEntry &e = r->entry;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case DuplicateIdsRole:
        return QVariant::fromValue(ensureDuplicates(*r));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Id:
            return QString::number(e.id);
        case Time:
            return formatDateTime(e.createdAt);
        case Terminal:
            return e.terminal;
        case Operator:
            return e.operatorName;
        case Backend:
            return backendName(e.backend);
        case State: {
            const StatusLook look = journalStateLook(e.state);
            if (e.kind == EntryKind::RefundEntry)
                return tr("%1 \u00b7 refund of #%2").arg(look.label()).arg(e.parentId);
            return look.label();
        }
        case Duplicate: {
            const QList<qint64> &duplicates = ensureDuplicates(*r);
            if (duplicates.isEmpty())
                return QString();
            return tr("Twice? #%1").arg(duplicates.constFirst());
        }
        case Amount:
            if (e.amount && e.kind == EntryKind::RefundEntry)
                return QString(QStringLiteral("\u2212") + formatMoney(*e.amount)); // going back
            return e.amount ? formatMoney(*e.amount) : QStringLiteral("\u2013");
        case Card:
            return e.last4.isEmpty()
                ? QStringLiteral("\u2013")
                : QString(brandName(e.cardBrand) + QStringLiteral(" \u2022\u2022\u2022\u2022 ")
                          + e.last4)
                      .trimmed();
        case Reference:
            return dash(e.reference);
        case Client:
            return dash(e.client);
        case Intent:
            return dash(e.intentId);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        ensureDuplicates(*r);
        if (!r->duplicateText.isEmpty())
            return r->duplicateText;
        if (column == State && !e.errorMessage.isEmpty())
            return e.errorMessage;
        // What an elided cell holds, whole.
        if (column == Reference && !e.reference.isEmpty())
            return e.reference;
        if (column == Client && !e.client.isEmpty())
            return e.client;
        if (column == Intent && !e.intentId.isEmpty())
            return e.intentId;
        return {};
    case Qt::DecorationRole:
        if (column == Duplicate) {
            if (!ensureDuplicates(*r).isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::BackgroundRole:
        if (column == State)
            return toneListBackground(journalStateLook(e.state).tone);
        if (column == Duplicate) {
            if (!ensureDuplicates(*r).isEmpty())
                return toneBackground(Tone::Warning);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == State)
            return toneListForeground(journalStateLook(e.state).tone);
        if (column == Duplicate)
            return toneForeground(Tone::Warning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Amount || column == Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Entry");
    case Time:
        return tr("Time");
    case Terminal:
        return tr("Terminal");
    case Operator:
        return tr("Operator");
    case Backend:
        return tr("Backend");
    case State:
        return tr("State");
    case Duplicate:
        return tr("Duplicate?");
    case Amount:
        return tr("Amount");
    case Card:
        return tr("Card");
    case Reference:
        return tr("Reference");
    case Client:
        return tr("Client");
    case Intent:
        return tr("Intent id");
    case ColumnCount:
        break;
    }
    return {};
}

void JournalTableModel::entriesChanged(const QList<qint64> &ids)
{
    if (!m_journal || ids.isEmpty())
        return;
    // A first page on its way may have been read before the change: read once more after it.
    if (m_refreshing) {
        refresh();
        return;
    }
    const qint64 newest = m_ids.isEmpty() ? 0 : m_ids.constFirst();
    QList<qint64> newer, shown;
    for (const qint64 id : ids) {
        if (id > newest)
            newer << id;
        else if (rowOfId(id) >= 0)
            shown << id;
    }
    const quint64 generation = m_generation;
    if (!newer.isEmpty()) {
        // Pages answer by their place: while one (or more rows) is on its way, places may not
        // move. A reset holding the first page then, as F5 does.
        if (m_fetching || !m_loadingPages.isEmpty()) {
            refresh();
            return;
        }
        JournalQuery q = pageQuery();
        q.onlyIds = newer;
        q.limit = int(newer.size());
        m_journal->run(
            this, tr("loading new entries"), [q](const Journal &j) { return j.list(q); },
            [this, generation](const Expected<QList<JournalEntry>, QString> &entries) {
                if (!entries) {
                    fail(entries.error());
                    return;
                }
                onArrived(generation, *entries);
            });
    }
    if (!shown.isEmpty()) {
        // By id only: a row shown keeps its place and shows what it is now.
        JournalQuery q;
        q.onlyIds = shown;
        q.limit = int(shown.size());
        m_journal->run(
            this, tr("loading changed entries"), [q](const Journal &j) { return j.list(q); },
            [this, generation](const Expected<QList<JournalEntry>, QString> &entries) {
                if (!entries) {
                    fail(entries.error());
                    return;
                }
                onChanged(generation, *entries);
            });
    }
}

void JournalTableModel::onChanged(quint64 generation, const QList<JournalEntry> &entries)
{
    if (generation != m_generation)
        return; // reset since: the rows shown were read afresh
    for (const JournalEntry &e : entries) {
        const int row = rowOfId(e.id);
        if (row < 0)
            continue;
        const auto it = m_pages.find(row / kPageSize);
        if (it == m_pages.end() || row % kPageSize >= it->rows.size())
            continue; // not in the cache: read as it is when scrolled to
        Row &r = it->rows[row % kPageSize];
        r.entry = e;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void JournalTableModel::onArrived(quint64 generation, const QList<JournalEntry> &entries)
{
    if (generation != m_generation)
        return;
    if (m_fetching || !m_loadingPages.isEmpty()) {
        refresh(); // places are on their way since it was asked: no insertion under them
        return;
    }
    const qint64 newest = m_ids.isEmpty() ? 0 : m_ids.constFirst();
    QList<JournalEntry> fresh; // newest first, as list() answers
    QList<JournalEntry> known;
    for (const JournalEntry &e : entries) {
        if (e.id > newest)
            fresh << e;
        else if (rowOfId(e.id) >= 0)
            known << e;
        else {
            // Older than a row that arrived meanwhile, and not among the rows: its place is
            // below the top. Read afresh.
            refresh();
            return;
        }
    }
    onChanged(generation, known);
    if (fresh.isEmpty())
        return;
    const qsizetype n = fresh.size();
    // The cached rows move down by n: their pages are made again at their new places, from the
    // rows cached (a page is kept when every one of its rows is known).
    QHash<qint64, Row> rows;
    QSet<qsizetype> candidates{0};
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (const Row &r : it->rows)
            rows.insert(r.entry.id, r);
        const qsizetype first = (it.key() * kPageSize + n) / kPageSize;
        candidates << first << first + 1;
    }
    for (const JournalEntry &e : fresh)
        rows.insert(e.id, Row{e, std::nullopt, {}, false});
    beginInsertRows({}, 0, int(n - 1));
    QList<qint64> ids;
    ids.reserve(m_ids.size() + n);
    for (const JournalEntry &e : fresh)
        ids << e.id;
    ids += m_ids;
    m_ids = std::move(ids);
    m_pages.clear();
    for (const qsizetype p : std::as_const(candidates)) {
        const qsizetype first = p * kPageSize;
        const qsizetype count = std::min<qsizetype>(kPageSize, m_ids.size() - first);
        if (count <= 0)
            continue;
        Page page;
        page.rows.reserve(count);
        for (qsizetype i = first; i < first + count; ++i) {
            const auto it = rows.constFind(m_ids.at(i));
            if (it == rows.constEnd())
                break;
            page.rows << *it;
        }
        if (page.rows.size() != count)
            continue;
        page.used = ++m_clock;
        m_pages.insert(p, std::move(page));
    }
    trimCache();
    endInsertRows();
    Q_EMIT arrived();
}

} // namespace paydesk
