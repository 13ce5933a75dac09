// The journal as a table, newest first, loaded on demand: Journal::list pages (keyset paging by
// id, the query of `paydeskctl journal list`) are fetched as the view scrolls (canFetchMore /
// fetchMore). Only the ids of the rows fetched so far stay in memory (8 bytes a row); the rows
// themselves live in a small cache of pages, reloaded by id when scrolled back to. A million
// entries stay a few megabytes.
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "journal/journalthread.h"

namespace paydesk {

class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTableModel)

public:
    enum Column
    {
        Id,
        Time,
        State,
        Amount,
        Reference,
        Duplicate,
        Card,
        Backend,
        Terminal,
        Operator,
        Intent,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        StateRole, ///< the JournalState as an int
        DuplicateIdsRole, ///< QList<qint64>: the entries this one may duplicate
    };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit JournalTableModel(QObject *parent = nullptr);
    ~JournalTableModel() override;

    /// Shows `query` on `journal` (its limit and beforeId are the model's business).
    void setQuery(JournalThread *journal, const JournalQuery &query);
    const JournalQuery &query() const { return m_query; }
    /// Reloads from the newest entry (new sales appear on top).
    void refresh();
    /// Fetches every remaining page (the End key): only ids are kept, so this is bounded.
    void fetchAll();
    /// The last error of the journal, empty when the last load worked.
    QString lastError() const { return m_error; }
    bool atEnd() const { return m_atEnd; }

    /// The light entry of a row (no request, answer or events); nullopt outside the rows.
    std::optional<JournalEntry> entryAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    /// The entries a row may duplicate (computed when the row is first shown, then cached).
    QList<qint64> duplicatesAt(int row) const;
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    struct Row
    {
        JournalEntry entry;
        std::optional<QList<qint64>> duplicates; ///< computed on first display
        QString duplicateText;
    };
    struct Page
    {
        QList<Row> rows;
        quint64 used = 0;
    };

    Row *rowPtr(int row) const;
    Page *page(qsizetype index) const;
    void ensureDuplicates(Row &row) const;
    void load(qsizetype pageIndex, const QList<JournalEntry> &entries) const;
    void trimCache() const;

    JournalThread *m_journal = nullptr;
    JournalQuery m_query;
    QList<qint64> m_ids;
    bool m_atEnd = true;
    QString m_error;
    mutable QHash<qsizetype, Page> m_pages;
    mutable quint64 m_clock = 0;
};

} // namespace paydesk
