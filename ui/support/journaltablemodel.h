// The journal as a table, newest first, loaded on demand: Journal::list pages (keyset paging by
// id, the query of `paydeskctl journal list`) are fetched as the view scrolls (canFetchMore /
// fetchMore). Only the ids of the rows fetched so far stay in memory (8 bytes a row); the rows
// themselves live in a small cache of pages, reloaded by id when scrolled back to. A million
// entries stay a few megabytes.
//
// Every read runs on the journal's thread (JournalThread::run) and lands later: the window never
// waits for the database. Until its answer, a refresh keeps the rows shown; a page being
// reloaded shows placeholders; a duplicate flag not yet known shows nothing. An answer asked
// before the rows were reset (a refresh, another query) is dropped.
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

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
        Client, ///< who the sale is for (Checkout's client, Dots' customer, Ocho's DID)
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

    /// Shows `query` on `journal` (its limit and beforeId are the model's business). The rows
    /// shown stay until the first page of the query arrives (loaded()).
    void setQuery(JournalThread *journal, const JournalQuery &query);
    /// The query asked for last (its rows may still be on their way).
    const JournalQuery &query() const { return m_wanted; }
    /// Reloads from the newest entry (new sales appear on top): one reset holding the first
    /// page, once it arrives. Asked again while one is on its way, it is asked once more after.
    void refresh();
    /// Entries the store announced written or changed (JournalThread::entryChanged), by id: the
    /// rows shown change in place (their new state, even one the filter would now hide, until
    /// the next refresh), and new entries the filter takes appear on top without a reset, the
    /// rows, the selection and the scrolling kept. While rows are on their way, a refresh
    /// instead.
    void entriesChanged(const QList<qint64> &ids);
    /// Fetches every remaining page (the End key): only ids are kept, so this is bounded. Asked
    /// while rows are on their way, it follows them.
    void fetchAll();
    /// The last error of the journal, empty when the last load worked.
    QString lastError() const { return m_error; }
    bool atEnd() const { return m_atEnd; }
    /// A first page (refresh, new query) is on its way: the rows shown are the previous ones.
    bool isLoading() const { return m_refreshing; }
    /// Something is on its way: a first page, more rows, a page, duplicate flags.
    bool isBusy() const;

    /// The light entry of a row (no request, answer or events); nullopt outside the rows and
    /// while its page is on its way (it is asked for then).
    std::optional<JournalEntry> entryAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    /// The entries a row may duplicate, as far as known: asked for when the row is first
    /// shown, then cached (dataChanged() when the answer comes).
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
    /// The first page of the query is shown (after a refresh or a new query), or it failed.
    void loaded();
    /// Rows were added below (fetchMore, fetchAll), or fetching them failed.
    void fetched();
    /// New entries appeared on top (entriesChanged()).
    void arrived();

private:
    struct Row
    {
        JournalEntry entry;
        std::optional<QList<qint64>> duplicates; ///< asked for on first display
        QString duplicateText;
        bool duplicatesAsked = false;
    };
    struct Page
    {
        QList<Row> rows;
        quint64 used = 0;
    };
    struct Rest;

    Row *rowPtr(int row) const;
    Page *page(qsizetype index) const;
    /// The row's duplicates as far as known (empty until the answer); asks for them once.
    const QList<qint64> &ensureDuplicates(Row &row) const;
    void load(qsizetype pageIndex, const QList<JournalEntry> &entries) const;
    void trimCache() const;
    void requestPage(qsizetype index) const;
    void requestDuplicates() const;
    void onFirstPage(quint64 query, const JournalQuery &q,
                     const Expected<QList<JournalEntry>, QString> &entries);
    void onMore(quint64 generation, const Expected<QList<JournalEntry>, QString> &entries);
    void onRest(quint64 generation, const Rest &rest);
    void onArrived(quint64 generation, const QList<JournalEntry> &entries);
    void onChanged(quint64 generation, const QList<JournalEntry> &entries);
    void fail(const QString &error);
    QVariant placeholder(const QModelIndex &index, int role) const;
    JournalQuery pageQuery() const;
    JournalTableModel *self() const { return const_cast<JournalTableModel *>(this); }

    JournalThread *m_journal = nullptr;
    JournalQuery m_query; ///< the query of the rows shown
    JournalQuery m_wanted; ///< the query asked for last
    QList<qint64> m_ids;
    bool m_atEnd = true;
    QString m_error;
    mutable QHash<qsizetype, Page> m_pages;
    mutable quint64 m_clock = 0;

    // Requests on their way. An answer carries the generation it was asked in and is dropped
    // when the rows were reset since (or the query changed, for a first page).
    quint64 m_generation = 0; ///< the rows shown: bumped by each reset
    quint64 m_queryGeneration = 0; ///< the query asked for: bumped by setQuery()
    bool m_refreshing = false; ///< one first page at a time
    bool m_refreshAgain = false; ///< asked again meanwhile: once more when it lands
    bool m_fetching = false; ///< one fetchMore / fetchAll at a time
    bool m_fetchAllWanted = false; ///< fetchAll() asked while rows were on their way
    mutable QSet<qsizetype> m_loadingPages;
    mutable QList<qint64> m_duplicatesWanted; ///< ids of rows to ask about, in one request
    mutable int m_duplicateRequests = 0;
};

} // namespace paydesk
