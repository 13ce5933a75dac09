// The support view on a store's journal, live (issue 21, point 4): real widgets (offscreen), a
// real PostgreSQL store (pg_virtualenv) and tills' real SQLite journals forwarded to it. New
// entries appear on top and states change in place, with no reset of the table, from the store's
// own notifications; the Tills tab shows each till's forwarding state and marks a till with sales
// waiting or that has not reported; the end of day on the store names a till's backlog.
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "guiharness.h"
#include "journal/forwarder.h"
#include "journal/journal.h"
#include "journalstore.h"
#include "settingspage/settingsmenu.h"
#include "support/journalpage.h"
#include "support/journaltablemodel.h"
#include "support/reportpage.h"
#include "support/storelive.h"
#include "support/supportpage.h"

using namespace paydesk;
using namespace paydesk::test;

namespace {

/// A till: its own SQLite journal, its sales, its forwards to the store.
class Till
{
public:
    Till(const QString &path, QString name)
        : m_name(std::move(name))
    {
        auto j = Journal::open(path);
        if (!j)
            qFatal("till: %s", qPrintable(j.error()));
        m_journal = std::move(*j);
    }
    Journal &journal() { return *m_journal; }

    /// A sale that ends `state`; its entry id on the till.
    qint64 sell(JournalState state, qint64 minor = 1250)
    {
        NewAttempt a;
        a.terminal = m_name;
        a.operatorName = QStringLiteral("ana");
        a.profile = QStringLiteral("shop");
        a.idempotencyKey = QStringLiteral("%1-%2").arg(m_name).arg(++m_n);
        a.reference = QStringLiteral("ORD-%1-%2").arg(m_name).arg(m_n);
        a.amount = Money{minor, QStringLiteral("mxn")};
        const auto id = m_journal->begin(a);
        AttemptOutcome o;
        o.state = state;
        if (!id || !m_journal->record(*id, JournalState::Pending, o))
            qFatal("a sale could not be written");
        return *id;
    }
    /// Forwards to `store` as the till's forwarder does; whether it all went.
    bool forward(Journal &store)
    {
        Forwarder forwarder(*m_journal, store);
        forwarder.setTillName(m_name);
        ForwardCounts counts;
        return bool(forwarder.run(counts));
    }

private:
    QString m_name;
    std::unique_ptr<Journal> m_journal;
    int m_n = 0;
};

std::unique_ptr<Journal> openJournal(const QString &location)
{
    auto j = Journal::open(location);
    if (!j)
        qFatal("journal: %s", qPrintable(j.error()));
    return std::move(*j);
}

QString newStore(const QString &name)
{
    execSql(pgUrl(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
            QStringLiteral("CREATE DATABASE ") + name);
    return pgUrl(name);
}

} // namespace

class TestStoreLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The plural forms, as the window speaks English.
        installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void newRowsAppearAndStatesChangeInPlace()
    {
        Harness h;
        const QString storeUrl = newStore(QStringLiteral("live_rows"));
        auto store = openJournal(storeUrl);
        Till till(h.dir.filePath(QStringLiteral("till-1.sqlite")), QStringLiteral("till-1"));
        for (int i = 0; i < 3; ++i)
            till.sell(JournalState::Succeeded);
        QVERIFY(till.forward(*store));

        // A support desk on the store's journal.
        h.journalLocation = storeUrl;
        QVERIFY(h.open());
        h.window->showSupport();
        SupportPage *support = h.window->supportPage();
        QVERIFY(support->live());
        QTRY_VERIFY(support->live()->isListening());
        JournalPage *page = support->journalPage();
        JournalTableModel *model = page->model();
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(model->rowCount(), 3);
        page->selectEntry(model->idAt(2));
        const qint64 selected = model->idAt(2);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        // Two sales on the till, one of them unknown, forwarded: they appear on top, without a
        // reset, with no refresh asked for; the selection stays on its entry.
        till.sell(JournalState::Succeeded, 4000);
        const qint64 unknownOnTill = till.sell(JournalState::Unknown, 5000);
        QVERIFY(till.forward(*store));
        QTRY_COMPARE(model->rowCount(), 5);
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(resets.count(), 0);
        const QModelIndex top = model->index(0, JournalTableModel::State);
        QCOMPARE(top.data(JournalTableModel::StateRole).toInt(), int(JournalState::Unknown));
        QCOMPARE(model->index(0, JournalTableModel::Amount).data().toString(),
                 QStringLiteral("MXN\u00a050.00"));
        QCOMPARE(model->idAt(page->table()->currentIndex().row()), selected);

        // The till verifies its unknown sale: paid. Forwarded, its row turns paid in place.
        AttemptOutcome paid;
        paid.state = JournalState::Succeeded;
        paid.eventKind = QStringLiteral("verify");
        QVERIFY(till.journal().record(unknownOnTill, JournalState::Unknown, paid));
        const qint64 topId = model->idAt(0);
        QVERIFY(till.forward(*store));
        QTRY_COMPARE(
            model->index(0, JournalTableModel::State).data(JournalTableModel::StateRole).toInt(),
            int(JournalState::Succeeded));
        QCOMPARE(model->idAt(0), topId);
        QCOMPARE(model->rowCount(), 5);

        // Support settles nothing here, but a verdict written on the store by anyone (another
        // desk) shows too: a declined sale's row, written straight to the store.
        const qint64 declined = till.sell(JournalState::Unknown, 700);
        QVERIFY(till.forward(*store));
        QTRY_COMPARE(model->rowCount(), 6);
        const auto copy = store->entryByKey(till.journal().entry(declined)->idempotencyKey);
        QVERIFY(copy);
        AttemptOutcome no;
        no.state = JournalState::Declined;
        no.eventKind = QStringLiteral("verify");
        QVERIFY(store->record(copy->id, JournalState::Unknown, no));
        QTRY_COMPARE(model->index(model->rowOfId(copy->id), JournalTableModel::State)
                         .data(JournalTableModel::StateRole)
                         .toInt(),
                     int(JournalState::Declined));
        QCOMPARE(resets.count(), 0);
        // The count under the table follows.
        QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("countLabel"))
                        ->text()
                        .startsWith(QStringLiteral("6 ")));
    }

    void tillsTabShowsEachTillsForwardingState()
    {
        Harness h;
        const QString storeUrl = newStore(QStringLiteral("live_tills"));
        auto store = openJournal(storeUrl);
        Till one(h.dir.filePath(QStringLiteral("till-1.sqlite")), QStringLiteral("till-1"));
        Till three(h.dir.filePath(QStringLiteral("till-3.sqlite")), QStringLiteral("till-3"));
        one.sell(JournalState::Succeeded);
        QVERIFY(one.forward(*store));
        three.sell(JournalState::Succeeded);
        QVERIFY(three.forward(*store));
        // Till 3 sells four more, and its forward stops before its first batch (the store
        // refuses what it writes): it has said what waits on it.
        for (int i = 0; i < 4; ++i)
            three.sell(JournalState::Succeeded);
        execSql(storeUrl,
                QStringLiteral("CREATE FUNCTION hold() RETURNS trigger LANGUAGE plpgsql "
                               "AS $$ BEGIN RAISE EXCEPTION 'held'; END $$"));
        execSql(storeUrl,
                QStringLiteral("CREATE TRIGGER hold BEFORE INSERT ON entries FOR EACH "
                               "ROW EXECUTE FUNCTION hold()"));
        QVERIFY(!three.forward(*store));
        execSql(storeUrl, QStringLiteral("DROP TRIGGER hold ON entries"));
        // And has not reported for twenty minutes since (the till is off, or cut off).
        execSql(storeUrl,
                QStringLiteral("UPDATE tills SET reported_at = reported_at - 1200000 "
                               "WHERE name = 'till-3'"));

        h.journalLocation = storeUrl;
        QVERIFY(h.open());
        h.window->showSupport();
        SupportPage *support = h.window->supportPage();
        QTRY_VERIFY(support->live() && support->live()->isListening());
        support->showTab(SupportPage::Tab::Tills);
        StoreTillsView *tills = support->tillsView();
        QVERIFY(tills->isVisible());
        QTableWidget *table = tills->table();
        QTRY_COMPARE(table->rowCount(), 2);
        const auto text = [table](int row, int column) {
            return table->item(row, column)->text();
        };
        QCOMPARE(text(0, StoreTillsView::Till), QStringLiteral("till-1"));
        QCOMPARE(text(0, StoreTillsView::Waiting), QStringLiteral("nothing"));
        QCOMPARE(text(1, StoreTillsView::Till), QStringLiteral("till-3"));
        QCOMPARE(text(1, StoreTillsView::Waiting), QStringLiteral("4 sales"));
        QVERIFY2(text(1, StoreTillsView::LastReport).contains(QStringLiteral("not reporting")),
                 qPrintable(text(1, StoreTillsView::LastReport)));
        QVERIFY(text(1, StoreTillsView::OldestWaiting) != QStringLiteral("\u2013"));
        QVERIFY2(!text(0, StoreTillsView::LastReport).contains(QStringLiteral("not reporting")),
                 qPrintable(text(0, StoreTillsView::LastReport)));
        QCOMPARE(tills->summaryLabel()->text(),
                 QStringLiteral("2 tills: 1 with sales not yet forwarded, 1 not reporting."));

        // The end of day on the store names till 3's backlog.
        support->showTab(SupportPage::Tab::EndOfDay);
        auto *summary = support->reportPage()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("till-3: 4 sales not yet forwarded")),
                     qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Tills: till-1: 1 sale, till-3: 1 sale.")),
                 qPrintable(summary->text()));

        // Till 3 comes back and forwards: its row follows, live, without a click.
        support->showTab(SupportPage::Tab::Tills);
        QVERIFY(three.forward(*store));
        QTRY_COMPARE(text(1, StoreTillsView::Waiting), QStringLiteral("nothing"));
        QVERIFY(!text(1, StoreTillsView::LastReport).contains(QStringLiteral("not reporting")));
        QCOMPARE(tills->summaryLabel()->text(), QStringLiteral("2 tills, every one up to date."));
    }

    void aTillsOwnJournalHasNoTillsTab()
    {
        Harness h;
        QVERIFY(h.open());
        h.window->showSupport();
        QVERIFY(!h.window->supportPage()->tillsView());
        QVERIFY(!h.window->supportPage()->live());
        QCOMPARE(h.window->supportPage()->tabs()->count(), 3);
    }
};

QTEST_MAIN(TestStoreLive)
#include "tst_storelive.moc"
