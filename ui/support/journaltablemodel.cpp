#include "journaltablemodel.h"

#include <algorithm>

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include "core/datetext.h"
#include "journal/duplicates.h"
#include "panels/statuslook.h"

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

} // namespace

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

JournalTableModel::~JournalTableModel() = default;

void JournalTableModel::setQuery(JournalThread *journal, const JournalQuery &query)
{
    m_journal = journal;
    m_query = query;
    m_query.beforeId = 0;
    m_query.limit = kPageSize;
    refresh();
}

void JournalTableModel::refresh()
{
    // One reset that already holds the first page: no insertion follows on the heels of the
    // reset (a view would see rows arrive while it is still taking the reset in).
    QString failed;
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_error.clear();
    m_atEnd = m_journal == nullptr;
    if (!m_atEnd) {
        JournalQuery q = m_query;
        q.beforeId = 0;
        q.limit = kPageSize;
        if (const auto entries = m_journal->wait([q](const Journal &j) { return j.list(q); })) {
            m_atEnd = entries->size() < kPageSize;
            for (const JournalEntry &e : *entries)
                m_ids.append(e.id);
            if (!entries->isEmpty())
                load(0, *entries);
        } else {
            failed = m_error = entries.error();
            m_atEnd = true;
        }
    }
    endResetModel();
    if (!failed.isEmpty())
        Q_EMIT loadFailed(failed);
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
    if (parent.isValid() || m_atEnd || !m_journal)
        return;
    JournalQuery q = m_query;
    q.beforeId = m_ids.isEmpty() ? 0 : m_ids.constLast();
    q.limit = kPageSize;
    const auto entries = m_journal->wait([q](const Journal &j) { return j.list(q); });
    if (!entries) {
        m_error = entries.error();
        m_atEnd = true;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_error.clear();
    m_atEnd = entries->size() < kPageSize;
    if (entries->isEmpty())
        return;
    const qsizetype first = m_ids.size();
    beginInsertRows({}, int(first), int(first + entries->size() - 1));
    for (const JournalEntry &e : *entries)
        m_ids.append(e.id);
    load(first / kPageSize, *entries);
    endInsertRows();
}

void JournalTableModel::fetchAll()
{
    // Only the ids of the rest (one indexed scan), then the last page's rows to show; the pages
    // in between are loaded by id if they are ever scrolled to.
    if (m_atEnd || !m_journal)
        return;
    JournalQuery q = m_query;
    q.beforeId = m_ids.isEmpty() ? 0 : m_ids.constLast();
    const auto rest = m_journal->wait([q](const Journal &j) { return j.ids(q); });
    if (!rest) {
        m_error = rest.error();
        m_atEnd = true;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_atEnd = true;
    if (rest->isEmpty())
        return;
    const qsizetype first = m_ids.size();
    beginInsertRows({}, int(first), int(first + rest->size() - 1));
    m_ids.append(*rest);
    endInsertRows();
    // The last page, whole, as the view will show it first.
    const qsizetype lastPage = (m_ids.size() - 1) / kPageSize;
    q.beforeId = m_ids.at(lastPage * kPageSize) + 1;
    q.limit = kPageSize;
    if (const auto entries = m_journal->wait([q](const Journal &j) { return j.list(q); }))
        load(lastPage, *entries);
}

void JournalTableModel::load(qsizetype pageIndex, const QList<JournalEntry> &entries) const
{
    Page page;
    page.rows.reserve(entries.size());
    for (const JournalEntry &e : entries)
        page.rows.append(Row{e, std::nullopt, {}});
    page.used = ++m_clock;
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
    if (!m_journal)
        return nullptr;
    // Reload the page by id: every id of it is below (first id + 1), and ids never change.
    const qsizetype first = index * kPageSize;
    const qsizetype count = std::min<qsizetype>(kPageSize, m_ids.size() - first);
    if (count <= 0)
        return nullptr;
    JournalQuery q = m_query;
    q.beforeId = m_ids.at(first) + 1;
    q.limit = int(count);
    const auto entries = m_journal->wait([q](const Journal &j) { return j.list(q); });
    QList<JournalEntry> rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 id = m_ids.at(first + i);
        const JournalEntry *found = nullptr;
        if (entries)
            for (const JournalEntry &e : *entries)
                if (e.id == id)
                    found = &e;
        JournalEntry e;
        e.id = id;
        e.state = JournalState::Unknown;
        rows.append(found ? *found : e);
    }
    load(index, rows);
    return &m_pages[index];
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

void JournalTableModel::ensureDuplicates(Row &row) const
{
    if (row.duplicates || !m_journal)
        return;
    const JournalEntry entry = row.entry;
    const auto others
        = m_journal->wait([entry](const Journal &j) { return potentialDuplicates(j, entry); });
    QList<qint64> ids;
    if (others) {
        for (const JournalEntry &e : *others)
            ids.append(e.id);
        row.duplicateText = duplicateSummary(row.entry, *others);
    }
    row.duplicates = ids;
}

QList<qint64> JournalTableModel::duplicatesAt(int row) const
{
    Row *r = rowPtr(row);
    if (!r)
        return {};
    ensureDuplicates(*r);
    return *r->duplicates;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    Row *r = rowPtr(index.row());
    if (!r)
        return {};
    const JournalEntry &e = r->entry;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case DuplicateIdsRole:
        ensureDuplicates(*r);
        return QVariant::fromValue(*r->duplicates);
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
            return look.label();
        }
        case Duplicate:
            ensureDuplicates(*r);
            if (r->duplicates->isEmpty())
                return QString();
            return tr("Twice? #%1").arg(r->duplicates->constFirst());
        case Amount:
            return e.amount ? formatMoney(*e.amount) : QStringLiteral("\u2013");
        case Card:
            return e.last4.isEmpty()
                ? QStringLiteral("\u2013")
                : QString(brandName(e.cardBrand) + QStringLiteral(" \u2022\u2022\u2022\u2022 ")
                          + e.last4)
                      .trimmed();
        case Reference:
            return dash(e.reference);
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
        if (column == Intent && !e.intentId.isEmpty())
            return e.intentId;
        return {};
    case Qt::DecorationRole:
        if (column == Duplicate) {
            ensureDuplicates(*r);
            if (!r->duplicates->isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::BackgroundRole:
        if (column == State)
            return toneListBackground(journalStateLook(e.state).tone);
        if (column == Duplicate) {
            ensureDuplicates(*r);
            if (!r->duplicates->isEmpty())
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
    case Intent:
        return tr("Intent id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace paydesk
