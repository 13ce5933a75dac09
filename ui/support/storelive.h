// The support view on a store's journal, live (issue 21): the journal's rows follow what the
// store announces (PostgreSQL LISTEN/NOTIFY, on the journal's own thread: JournalThread::listen),
// new entries appear on top and states change in place within a moment, and the Tills tab shows
// each till's forwarding state, so support sees a till that has not reported.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include "journal/journalentry.h"
#include "latestrequest.h"

class QLabel;
class QTableWidget;
class QTimer;

namespace paydesk {

class JournalPage;
class JournalThread;

/// Each till of the store as its forwarder last reported it: when it last forwarded, what waits
/// on it and since when. A till with sales waiting, or silent for longer than kQuietAfterMs, is
/// marked.
class StoreTillsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreTillsView)

public:
    /// A till whose forwarder has not reported for this long is "not reporting" (the window
    /// forwards every 15 s, the timer every minute).
    static constexpr qint64 kQuietAfterMs = 5 * 60 * 1000;

    enum Column
    {
        Till,
        LastForwarded,
        Waiting,
        OldestWaiting,
        LastReport,
        ColumnCount
    };

    explicit StoreTillsView(JournalThread *journal, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    const QList<TillState> &tills() const { return m_tills; }

public Q_SLOTS:
    /// Reads the tills again (on the journal's thread).
    void reload();

Q_SIGNALS:
    /// The tills read last are shown.
    void shown();

private:
    void show(const QList<TillState> &tills);

    JournalThread *m_journal;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTimer *m_ages; ///< "3 min ago" grows without a read
    QList<TillState> m_tills;
    LatestRequest m_request;
};

/// Listens to the store and hands what it announces to the journal page and the tills view, a
/// moment's worth at a time (a forwarded batch is one read, not one per entry).
class StoreLive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreLive)

public:
    StoreLive(JournalThread *journal, JournalPage *page, StoreTillsView *tills,
              QObject *parent = nullptr);

    /// The store has said it listens (false until then, and on a journal that cannot).
    bool isListening() const { return m_listening; }
    /// Why it does not listen, when it cannot.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void listening();

private:
    JournalPage *m_page;
    StoreTillsView *m_tillsView;
    QTimer *m_entriesTimer;
    QTimer *m_tillsTimer;
    QList<qint64> m_ids; ///< announced, not yet handed on, in the order announced
    QSet<qint64> m_seen; ///< the same, to take each once
    bool m_listening = false;
    QString m_problem;
};

} // namespace paydesk
