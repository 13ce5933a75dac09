#include "storelive.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/datetext.h"
#include "journal/journalthread.h"
#include "journalpage.h"
#include "widgets/statuslook.h"

namespace paydesk {

namespace {

/// "just now", "4 min ago", "2 h ago", "3 days ago".
QString ago(const QDateTime &at, const QDateTime &now)
{
    const qint64 minutes = at.secsTo(now) / 60;
    if (minutes < 1)
        return StoreTillsView::tr("just now");
    if (minutes < 120)
        return StoreTillsView::tr("%Ln min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return StoreTillsView::tr("%Ln h ago", nullptr, int(minutes / 60));
    return StoreTillsView::tr("%Ln day(s) ago", nullptr, int(minutes / (24 * 60)));
}

} // namespace

StoreTillsView::StoreTillsView(JournalThread *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_ages(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("tillsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("tillsTable"));
    m_table->setHorizontalHeaderLabels({tr("Till"), tr("Last forwarded"), tr("Waiting"),
                                        tr("Oldest waiting sale"), tr("Last report")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    m_ages->setInterval(30000);
    connect(m_ages, &QTimer::timeout, this, [this] { show(m_tills); });
    m_ages->start();
    m_summary->setText(tr("Reading the tills\u2026"));
}

void StoreTillsView::reload()
{
    m_request.ask([this] {
        m_journal->run(
            this, tr("reading the tills"), [](const Journal &j) { return j.tills(); },
            [this](const Expected<QList<TillState>, QString> &tills) {
                if (!m_request.land())
                    return;
                if (!tills) {
                    m_summary->setText(QStringLiteral("\u2716 ") + tills.error());
                    return;
                }
                show(*tills);
            });
    });
}

void StoreTillsView::show(const QList<TillState> &tills)
{
    m_tills = tills;
    const QDateTime now = QDateTime::currentDateTime();
    m_table->setRowCount(int(tills.size()));
    int waiting = 0, quiet = 0;
    for (int row = 0; row < tills.size(); ++row) {
        const TillState &t = tills.at(row);
        const bool silent = t.reportedAt.msecsTo(now) > kQuietAfterMs;
        waiting += t.backlog > 0;
        quiet += silent;
        const auto when = [&now](const QDateTime &at) {
            return at.isValid() ? QStringLiteral("%1 (%2)").arg(formatDateTime(at), ago(at, now))
                                : tr("never");
        };
        const QString cells[ColumnCount] = {
            t.name,
            when(t.forwardedAt),
            t.backlog > 0 ? tr("%Ln sale(s)", nullptr, int(qMin<qint64>(t.backlog, INT_MAX)))
                          : tr("nothing"),
            t.oldestWaiting.isValid() && t.backlog > 0 ? when(t.oldestWaiting)
                                                       : QStringLiteral("\u2013"),
            silent ? tr("\u26a0 %1: not reporting").arg(when(t.reportedAt)) : when(t.reportedAt),
        };
        const Tone tone = silent ? Tone::Danger : t.backlog > 0 ? Tone::Warning : Tone::Neutral;
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (tone != Tone::Neutral) {
                item->setBackground(toneBackground(tone));
                item->setForeground(toneForeground(tone));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (tills.isEmpty())
        m_summary->setText(tr("No till has forwarded to this store yet."));
    else if (waiting == 0 && quiet == 0)
        m_summary->setText(tr("%Ln till(s), every one up to date.", nullptr, int(tills.size())));
    else
        m_summary->setText(
            tr("%Ln till(s): ", nullptr, int(tills.size()))
            + QStringList{waiting ? tr("%Ln with sales not yet forwarded", nullptr, waiting)
                                  : QString(),
                          quiet ? tr("%Ln not reporting", nullptr, quiet) : QString()}
                  .filter(QRegularExpression(QStringLiteral(".")))
                  .join(QStringLiteral(", "))
            + u'.');
    Q_EMIT shown();
}

StoreLive::StoreLive(JournalThread *journal, JournalPage *page, StoreTillsView *tills,
                     QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_tillsView(tills)
    , m_entriesTimer(new QTimer(this))
    , m_tillsTimer(new QTimer(this))
{
    // A moment's worth at a time: a forwarded batch is one read of its rows, not one per entry.
    m_entriesTimer->setSingleShot(true);
    m_entriesTimer->setInterval(100);
    m_tillsTimer->setSingleShot(true);
    m_tillsTimer->setInterval(250);
    connect(m_entriesTimer, &QTimer::timeout, this, [this] {
        m_seen.clear();
        m_page->entriesChanged(std::exchange(m_ids, {}));
    });
    connect(m_tillsTimer, &QTimer::timeout, m_tillsView, &StoreTillsView::reload);
    connect(journal, &JournalThread::entryChanged, this, [this](qint64 id) {
        if (!m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids << id;
        }
        if (!m_entriesTimer->isActive())
            m_entriesTimer->start();
    });
    connect(journal, &JournalThread::tillsChanged, this, [this] {
        if (!m_tillsTimer->isActive())
            m_tillsTimer->start();
    });
    journal->listen(this, [this](const Expected<void, QString> &listens) {
        if (!listens) {
            m_problem = listens.error();
            qWarning().noquote() << m_problem;
            return;
        }
        m_listening = true;
        Q_EMIT listening();
        // What changed before it listened is read once now.
        m_tillsView->reload();
        m_page->refresh();
    });
}

} // namespace paydesk
