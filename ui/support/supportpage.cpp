#include "supportpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTableWidget>

#include "inspectpage.h"
#include "journal/journalthread.h"
#include "journalpage.h"
#include "reportpage.h"
#include "storelive.h"
#include "ui_supportpage.h"
#include "widgets/statuslook.h"
#include "workplace/workplace.h"

namespace paydesk {

SupportPage::SupportPage(Workplace *workplace, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::SupportPage)
    , m_network(new QNetworkAccessManager(this))
    , m_journal(nullptr)
    , m_inspect(nullptr)
    , m_report(nullptr)
    , m_waiting(new QLabel(this))
{
    m_ui->setupUi(this);
    m_journal = new JournalPage(workplace, m_network, this);
    m_inspect = new InspectPage(this);
    m_report = new ReportPage(workplace, this);
    m_journal->setObjectName(QStringLiteral("journalPage"));
    m_inspect->setObjectName(QStringLiteral("inspectPage"));
    m_report->setObjectName(QStringLiteral("reportPage"));
    m_ui->tabs->addTab(m_journal, tr("&Journal"));
    m_ui->tabs->addTab(m_inspect, tr("&Inspect an answer"));
    m_ui->tabs->addTab(m_report, tr("End of &day"));
    if (workplace->journal && workplace->journal->isPostgres()) {
        // A store's journal: live, and each till's forwarding state (storelive.h).
        m_tills = new StoreTillsView(workplace->journal.get(), this);
        m_tills->setObjectName(QStringLiteral("tillsView"));
        m_ui->tabs->addTab(m_tills, tr("&Tills"));
        m_live = new StoreLive(workplace->journal.get(), m_journal, m_tills, this);
    }
    connect(m_journal, &JournalPage::message, this, &SupportPage::message);
    connect(m_report, &ReportPage::message, this, &SupportPage::message);
    m_waiting->setObjectName(QStringLiteral("journalWaitingLabel"));
    m_waiting->setAccessibleName(tr("Journal database"));
    m_waiting->setTextFormat(Qt::PlainText);
    m_waiting->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }")
            .arg(toneBackground(Tone::Warning).name(), toneForeground(Tone::Warning).name()));
    m_waiting->hide();
    m_ui->layout->addWidget(m_waiting);
    if (workplace->journal)
        connect(workplace->journal.get(), &JournalThread::waiting, this,
                [this](const QString &what, qint64 waitedMs) {
                    m_waiting->setVisible(!what.isEmpty());
                    if (!what.isEmpty())
                        m_waiting->setText(
                            tr("Waiting for the journal database: %1\u2026 %2 s")
                                .arg(what, QLocale().toString(double(waitedMs) / 1000, 'f', 1)));
                });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Tab::EndOfDay))
            m_report->reload();
    });
}

SupportPage::~SupportPage()
{
    delete m_ui;
}

QTabWidget *SupportPage::tabs() const
{
    return m_ui->tabs;
}

SupportPage::Tab SupportPage::currentTab() const
{
    return static_cast<Tab>(m_ui->tabs->currentIndex());
}

void SupportPage::showTab(Tab tab)
{
    const bool changed = m_ui->tabs->currentIndex() != int(tab);
    m_ui->tabs->setCurrentIndex(int(tab));
    switch (tab) {
    case Tab::Journal:
        m_journal->refresh();
        m_journal->focusSearch();
        break;
    case Tab::Inspect:
        m_inspect->findChild<QPlainTextEdit *>(QStringLiteral("jsonInput"))
            ->setFocus(Qt::ShortcutFocusReason);
        break;
    case Tab::EndOfDay:
        if (!changed)
            m_report->reload();
        m_report->findChild<QWidget *>(QStringLiteral("dayEdit"))
            ->setFocus(Qt::ShortcutFocusReason);
        break;
    case Tab::Tills:
        if (m_tills) {
            m_tills->reload();
            m_tills->table()->setFocus(Qt::ShortcutFocusReason);
        }
        break;
    }
}

} // namespace paydesk
