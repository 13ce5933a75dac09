// The support view: the journal (search, detail, verify, export), inspect a pasted answer, and
// the end-of-day report, as tabs of one page of the main window (`paydesk --support`). Every
// journal read runs on the journal's thread; while the database is slow, a line under the tabs
// says what the window waits for.
#pragma once

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QTabWidget;

namespace Ui {
class SupportPage;
}

namespace paydesk {

class InspectPage;
class JournalPage;
class ReportPage;
class StoreLive;
class StoreTillsView;
class Workplace;

class SupportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportPage)

public:
    enum class Tab
    {
        Journal,
        Inspect,
        EndOfDay,
        Tills, ///< a store's journal only
    };

    explicit SupportPage(Workplace *workplace, QWidget *parent = nullptr);
    ~SupportPage() override;

    JournalPage *journalPage() const { return m_journal; }
    InspectPage *inspectPage() const { return m_inspect; }
    ReportPage *reportPage() const { return m_report; }
    /// A store's journal (PostgreSQL): each till's forwarding state; null otherwise.
    StoreTillsView *tillsView() const { return m_tills; }
    /// A store's journal: what keeps the journal's rows and the tills live; null otherwise.
    StoreLive *live() const { return m_live; }
    QTabWidget *tabs() const;
    /// "Waiting for the journal database: …" while the journal is slow to answer, else hidden.
    QLabel *waitingLabel() const { return m_waiting; }

    /// Shows a tab and gives it the keyboard (the journal: its search box). The journal and
    /// the report are reloaded: sales made since appear.
    void showTab(Tab tab);
    Tab currentTab() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    Ui::SupportPage *m_ui;
    QNetworkAccessManager *m_network;
    JournalPage *m_journal;
    InspectPage *m_inspect;
    ReportPage *m_report;
    StoreTillsView *m_tills = nullptr;
    StoreLive *m_live = nullptr;
    QLabel *m_waiting;
};

} // namespace paydesk
