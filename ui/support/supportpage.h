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
        EndOfDay
    };

    explicit SupportPage(Workplace *session, QWidget *parent = nullptr);
    ~SupportPage() override;

    JournalPage *journalPage() const { return m_journal; }
    InspectPage *inspectPage() const { return m_inspect; }
    ReportPage *reportPage() const { return m_report; }
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
    QLabel *m_waiting;
};

} // namespace paydesk
