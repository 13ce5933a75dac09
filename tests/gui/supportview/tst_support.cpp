// The support view driven offscreen as a support agent uses it, against a real SQLite journal
// (seeded entries plus real training sales through the in-process sandbox) and the real
// paydeskctl for the figures it must agree with.
#include <atomic>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include "core/datetext.h"
#include "guiharness.h"
#include "journal/duplicates.h"
#include "language.h"
#include "panels/intentpanel.h"
#include "receiptdocument/receiptdocument.h"
#include "sandbox/sandboxserver.h"
#include "stallmeter.h"
#include "support/entrydetail.h"
#include "support/hourchart.h"
#include "support/inspectpage.h"
#include "support/journalpage.h"
#include "support/journaltablemodel.h"
#include "support/jsontreemodel.h"
#include "support/jsontreeview.h"
#include "support/reportpage.h"
#include "support/supportpage.h"
#include "trainingsale.h"
#include "widgets/statusbadge.h"
#include "widgets/valuelabel.h"

using namespace paydesk;
using paydesk::test::Harness;
using paydesk::test::StallMeter;

namespace {

/// One real training sale of one coffee at `minor` (see trainingsale.h).
qint64 sell(Harness &h, const QString &reference, qint64 minor, const QString &fault = {})
{
    return paydesk::test::sellTraining(
        h, reference, {CartItem{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 1, minor}},
        fault);
}

/// One real training Dots sale through the sandbox, as the till sends it: paid (confirmed with
/// a payment method) or only created.
qint64 sellDots(Harness &h, const QString &description, qint64 minor, bool confirm)
{
    const BackendProfile *profile = h.workplace->findProfile(QStringLiteral("training-dots"));
    if (!profile)
        return 0;
    DotsSale sale;
    sale.amount = Money{minor, QStringLiteral("usd")};
    sale.description = description;
    sale.confirm = confirm;
    sale.paymentMethodId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    QNetworkAccessManager network;
    SaleAttempt attempt(h.workplace->journal.get(), &network, *profile, Sale{sale},
                        h.workplace->context, JobOptions{});
    QSignalSpy finished(&attempt, &SaleAttempt::finished);
    attempt.start();
    return !finished.isEmpty() || finished.wait(20000) ? attempt.journalId() : 0;
}

JournalEntry entry(Harness &h, qint64 id)
{
    return h.journal()->entry(id).value_or(JournalEntry{});
}

/// The real paydeskctl on the same journal; its standard output.
QByteArray paydeskctl(Harness &h, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(PAYDESKCTL_BINARY));
    p.setArguments(
        QStringList{QStringLiteral("--journal"), h.dir.filePath(QStringLiteral("journal.sqlite"))}
        + args);
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("paydeskctl %s: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

struct Support
{
    explicit Support(Harness &harness)
        : h(harness)
    {
        // The keyboard way in: Ctrl+2 is the journal.
        QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
        page = h.window->supportPage()->journalPage();
        h.testModels(); // the entry's JSON trees under Qt's model tester
        if (!h.testedModelNames.contains(QStringLiteral("paydesk::JsonTreeModel")))
            qFatal("the support view's JSON trees are not under the model tester");
        if (!settle())
            qWarning("the journal page is still waiting for the journal");
    }
    /// Waits for what is on its way from the journal's thread (rows, count, detail, flags).
    bool settle() const
    {
        return QTest::qWaitFor([this] { return !page->isBusy(); }, 60000);
    }
    QTableView *table() const { return page->table(); }
    JournalTableModel *model() const { return page->model(); }
    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }
    int rowOf(qint64 id) const { return model()->rowOfId(id); }
    void search(const QString &text) const
    {
        Harness::type(page->searchInput(), text);
        QTest::keyClick(page->searchInput(), Qt::Key_Return);
        QVERIFY(settle());
    }
    void select(qint64 id) const
    {
        QVERIFY(page->selectEntry(id));
        QTRY_VERIFY(page->detail()->entry() && page->detail()->entry()->id == id);
    }
    Harness &h;
    JournalPage *page = nullptr;
};

} // namespace

class TestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journalPageByKeyboardNewestFirst();
    void filtersAreTheCliQuery();
    void journalTableModelPassesTheModelTester();
    void searchFindsEveryKey_data();
    void searchFindsEveryKey();
    void detailShowsPanelsTimelineAndJsonTree();
    void inspectPastedJsonWritesNothing();
    void inspectOpensAFile();
    void verifyUnknownEntryAgainstTheSandbox();
    void verifyInTrainingModeLeavesARealSaleUnknown();
    void exportEqualsTheCli();
    void reportEqualsTheCli();
    void duplicateChargesAreFlagged();
    void pagesLoadOnDemand();
    void windowNeverWaitsForTheJournal();
    void refundADoubleChargeFromTheSupportView();
    void refundElsewhereSaysWhere();
    void confirmACreatedIntent();
    void numberAndTimeInViewNothingCut_data();
    void numberAndTimeInViewNothingCut();
    void unknownEntryGuidesToVerify();
    void endOfDayInWords();
    void everyControlHasAName();
};

void TestSupport::journalPageByKeyboardNewestFirst()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(120, 7));
    const qint64 paid = sell(h, QStringLiteral("ORD-1"), 4500);
    QVERIFY(paid > 0);
    Support s(h);
    QVERIFY(h.window->supportPage()->isVisible());
    QCOMPARE(QApplication::focusWidget(), s.page->searchInput());
    // Newest first: the real sale on top, with the columns a support agent reads.
    QCOMPARE(s.model()->idAt(0), paid);
    QCOMPARE(s.cell(0, JournalTableModel::Terminal), QStringLiteral("counter-1"));
    QCOMPARE(s.cell(0, JournalTableModel::Operator), QStringLiteral("ana"));
    QCOMPARE(s.cell(0, JournalTableModel::Client), QStringLiteral("Ana Lopez")); // who paid
    QCOMPARE(s.cell(0, JournalTableModel::Backend), QStringLiteral("checkout"));
    QVERIFY(s.cell(0, JournalTableModel::State).endsWith(QStringLiteral("Paid")));
    // Paid rows in a muted tint, so the red and amber ones stand out; still 4.5:1 or more.
    QCOMPARE(s.model()->index(0, JournalTableModel::State).data(Qt::BackgroundRole).value<QColor>(),
             toneListBackground(Tone::Success));
    QVERIFY(toneListBackground(Tone::Success) != toneBackground(Tone::Success));
    QCOMPARE(toneListBackground(Tone::Danger), toneBackground(Tone::Danger));
    QCOMPARE(toneListBackground(Tone::Warning), toneBackground(Tone::Warning));
    // The duplicate flag and the card's last 4 are in view beside the state and the amount;
    // long references end in "…" and say themselves whole in their tooltip.
    {
        auto *table = h.window->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        QCOMPARE(table->textElideMode(), Qt::ElideRight);
        QCOMPARE(table->horizontalHeader()->textElideMode(), Qt::ElideRight);
        const int duplicateRight = table->columnViewportPosition(JournalTableModel::Duplicate)
            + table->columnWidth(JournalTableModel::Duplicate);
        QVERIFY2(
            duplicateRight <= table->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(duplicateRight).arg(table->viewport()->width())));
        // The entry's number and time come first; the card after the reference and the client.
        QCOMPARE(table->horizontalHeader()->visualIndex(JournalTableModel::Id), 0);
        QCOMPARE(table->horizontalHeader()->visualIndex(JournalTableModel::Time), 1);
        QVERIFY(table->horizontalHeader()->visualIndex(JournalTableModel::Client)
                < table->horizontalHeader()->visualIndex(JournalTableModel::Card));
        QCOMPARE(s.model()->index(0, JournalTableModel::Reference).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("ORD-1"));
    }
    QCOMPARE(s.cell(0, JournalTableModel::Amount), formatMoney(4500, u"mxn"));
    QCOMPARE(s.cell(0, JournalTableModel::Card),
             QStringLiteral("Visa \u2022\u2022\u2022\u2022 4242"));
    QCOMPARE(s.cell(0, JournalTableModel::Reference), QStringLiteral("ORD-1"));
    QCOMPARE(s.cell(0, JournalTableModel::Intent), entry(h, paid).intentId);
    for (int row = 1; row < s.model()->rowCount(); ++row)
        QVERIFY(s.model()->idAt(row) < s.model()->idAt(row - 1));
    // The sale's keys are off on this page: Ctrl+Enter charges nothing here.
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(h.journalCount(), 121);
    // Ctrl+1 goes back to the sale.
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(h.page()->isVisible());
    QVERIFY(!h.window->supportPage()->isVisible());
}

void TestSupport::filtersAreTheCliQuery()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(600, 3));
    Support s(h);
    auto *state = s.page->findChild<QComboBox *>(QStringLiteral("stateCombo"));
    state->setCurrentIndex(state->findData(QStringLiteral("declined")));
    auto *backend = s.page->findChild<QComboBox *>(QStringLiteral("backendCombo"));
    backend->setCurrentIndex(backend->findData(QStringLiteral("checkout")));
    Harness::type(s.page->findChild<QLineEdit *>(QStringLiteral("minAmountInput")),
                  QStringLiteral("100.00"));
    QTest::keyClick(s.page->findChild<QLineEdit *>(QStringLiteral("minAmountInput")),
                    Qt::Key_Return);
    QVERIFY(s.settle()); // three filters asked in a row: the rows of the last one
    // What `paydeskctl journal list --json --state declined --backend checkout
    // --min-amount 10000` prints, row for row.
    const QJsonArray cli = QJsonDocument::fromJson(
                               paydeskctl(h,
                                          {QStringLiteral("journal"), QStringLiteral("list"),
                                           QStringLiteral("--json"), QStringLiteral("--state"),
                                           QStringLiteral("declined"), QStringLiteral("--backend"),
                                           QStringLiteral("checkout"),
                                           QStringLiteral("--min-amount"), QStringLiteral("10000"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")}))
                               .array();
    QVERIFY(!cli.isEmpty());
    QCOMPARE(s.model()->rowCount(), cli.size());
    for (int row = 0; row < cli.size(); ++row) {
        QCOMPARE(s.model()->idAt(row), cli.at(row).toObject().value(u"id").toInteger());
        QVERIFY(s.cell(row, JournalTableModel::State).endsWith(QStringLiteral("Declined")));
    }
    const QLabel *count = s.page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("%1 entries").arg(cli.size()));
    // A bad amount is said, not guessed.
    Harness::type(s.page->findChild<QLineEdit *>(QStringLiteral("maxAmountInput")),
                  QStringLiteral("12.345"));
    QTest::keyClick(s.page->findChild<QLineEdit *>(QStringLiteral("maxAmountInput")),
                    Qt::Key_Return);
    const QLabel *error = s.page->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Amount to")));
    // Clear filters: everything again.
    QTest::mouseClick(s.page->findChild<QPushButton *>(QStringLiteral("journalClearButton")),
                      Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QTRY_COMPARE(count->text(), QStringLiteral("600 entries"));
    QTRY_COMPARE(s.model()->rowCount(), JournalTableModel::kPageSize);
}

void TestSupport::journalTableModelPassesTheModelTester()
{
    // Qt's model tester on the journal's table from its first reset on, while it fetches page
    // after page of 450 entries on the journal's thread (and once more after a new query):
    // rows, indexes, data, the reset and insert signals.
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(450, 5));
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JournalTableModel::loaded);
    model.setQuery(h.workplace->journal.get(), JournalQuery{});
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing until the answer: the window did not wait
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.rowCount() < 450); // the first page only: the rest is inserted under the tester
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 20000);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        model.fetchMore({}); // one request at a time: this one asks nothing
        QCOMPARE(h.workplace->journal->outstanding(), 1);
        QCOMPARE(model.rowCount(), before); // nothing until the answer
        QVERIFY(model.canFetchMore({}));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 20000);
        QVERIFY(model.rowCount() > before);
    }
    QCOMPARE(model.rowCount(), 450);
    // A refresh keeps the rows until the first page is back: one reset holding it.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    model.refresh(); // asked again while the first is on its way: once more after it
    QCOMPARE(model.rowCount(), 450);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 20000);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.idAt(0), h.journal()->ids({})->constFirst());
    // (Qt's tester asks for more rows itself after each change: past the first page now.)

    JournalQuery paid;
    paid.state = JournalState::Succeeded;
    JournalTableModel filtered;
    QAbstractItemModelTester filteredTester(&filtered,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy filteredLoaded(&filtered, &JournalTableModel::loaded);
    // A query asked and replaced before its answer: its rows are never shown.
    JournalQuery declined;
    declined.state = JournalState::Declined;
    filtered.setQuery(h.workplace->journal.get(), declined);
    filtered.setQuery(h.workplace->journal.get(), paid);
    filtered.fetchAll(); // follows the first page
    QTRY_VERIFY_WITH_TIMEOUT(!filtered.isBusy(), 20000);
    QCOMPARE(filteredLoaded.count(), 1);
    QCOMPARE(qint64(filtered.rowCount()), *h.journal()->count(paid));

    // A page not loaded (Ctrl+End fetched ids only) shows placeholders, then its rows (a model
    // of its own: the tester reads rows on its own).
    JournalTableModel all;
    all.setQuery(h.workplace->journal.get(), JournalQuery{});
    all.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!all.isBusy(), 20000);
    QCOMPARE(all.rowCount(), 450);
    QCOMPARE(all.cachedPages(), 2); // the first and the last
    const int middle = JournalTableModel::kPageSize + 5;
    const QModelIndex reference = all.index(middle, JournalTableModel::Reference);
    QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
    QCOMPARE(reference.data().toString(), QStringLiteral("\u2026"));
    QCOMPARE(all.index(middle, JournalTableModel::Id).data().toString(),
             QString::number(all.idAt(middle)));
    QVERIFY(!reference.data(JournalTableModel::StateRole).isValid());
    QVERIFY(!all.entryAt(middle));
    QVERIFY(all.isBusy());
    QVERIFY(changed.wait(20000));
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), JournalTableModel::kPageSize);
    const JournalEntry expected = *h.journal()->entry(all.idAt(middle));
    QCOMPARE(reference.data(JournalTableModel::StateRole).toInt(), int(expected.state));
    QVERIFY(reference.data().toString() != QStringLiteral("\u2026"));
    QCOMPARE(all.entryAt(middle)->reference, expected.reference);
}

void TestSupport::searchFindsEveryKey_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"intent", "charge", "last4", "reference", "receipt", "key"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestSupport::searchFindsEveryKey()
{
    QFETCH(QString, field);
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(200, 11));
    const qint64 id = sell(h, QStringLiteral("ORD-77"), 9900);
    QVERIFY(h.journal()->seedDemo(50, 12)); // newer entries above it
    const JournalEntry e = entry(h, id);
    QCOMPARE(e.state, JournalState::Succeeded);
    const QString text = field == u"intent" ? e.intentId
        : field == u"charge"                ? e.chargeId
        : field == u"last4"                 ? e.last4
        : field == u"reference"             ? e.reference
        : field == u"receipt"               ? e.receiptNumber
                                            : e.idempotencyKey;
    QVERIFY(!text.isEmpty());
    Support s(h);
    QVERIFY(s.model()->idAt(0) != id);
    s.search(text);
    QCOMPARE(s.model()->rowCount(), 1);
    QCOMPARE(s.model()->idAt(0), id);
    // The first match is selected and shown.
    QVERIFY(s.page->detail()->entry());
    QCOMPARE(s.page->detail()->entry()->id, id);
    s.search(QStringLiteral("no-such-thing"));
    QCOMPARE(s.model()->rowCount(), 0);
    QVERIFY(!s.page->detail()->entry());
}

void TestSupport::detailShowsPanelsTimelineAndJsonTree()
{
    Harness h;
    QVERIFY(h.open());
    const qint64 id = sell(h, QStringLiteral("ORD-5"), 12345);
    QVERIFY(h.journal()->seedDemo(30, 5));
    Support s(h);
    s.select(id);
    EntryDetail *d = s.page->detail();
    const JournalEntry e = entry(h, id);
    // The cashier window's panels.
    const auto *intentId
        = d->recordView()->intentPanel()->findChild<QLabel *>(QStringLiteral("valueId"));
    QVERIFY(intentId);
    QCOMPARE(valueText(intentId), e.intentId);
    QCOMPARE(d->recordView()->entryBadge()->statusText(), QStringLiteral("Paid"));
    QVERIFY(
        d->findChild<QLabel *>(QStringLiteral("factsLabel"))->text().contains(e.idempotencyKey));
    // The timeline: written before sending, then the outcome.
    QTreeWidget *timeline = d->timeline();
    QCOMPARE(timeline->topLevelItemCount(), e.events.size());
    QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("pending"));
    QCOMPARE(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(1),
             QStringLiteral("outcome"));
    // The outcome's detail is shown whole under the list, whatever its length.
    const auto *eventDetail = d->findChild<QLabel *>(QStringLiteral("timelineDetail"));
    QVERIFY(eventDetail);
    QVERIFY(!e.events.constLast().detail.isEmpty());
    QVERIFY2(eventDetail->text().endsWith(e.events.constLast().detail),
             qPrintable(eventDetail->text()));
    // The request and answer as a tree; a value copied with Ctrl+C.
    JsonTreeView *tree = d->jsonTree();
    const QModelIndex reference = tree->jsonModel()->find(QStringLiteral("request.sale.reference"));
    QVERIFY(reference.isValid());
    tree->setCurrentIndex(reference);
    d->tabs()->setCurrentWidget(tree);
    tree->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ORD-5"));
    const QModelIndex answerId = tree->jsonModel()->find(QStringLiteral("answer.data.id"));
    if (answerId.isValid()) {
        tree->setCurrentIndex(answerId);
        QCOMPARE(tree->copyValue(), e.intentId);
    } else {
        QVERIFY(tree->jsonModel()->find(QStringLiteral("answer")).isValid());
    }
    // Nothing secret anywhere in the tree: every client secret is masked.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->jsonModel()->rowCount(parent); ++r) {
            const QModelIndex i = tree->jsonModel()->index(r, 0, parent);
            const QString value = i.data(JsonTreeModel::CopyTextRole).toString();
            if (value.contains(QStringLiteral("_secret_")))
                QVERIFY2(value.contains(QStringLiteral("_secret_****")), qPrintable(value));
            walk(i);
        }
    };
    walk({});
    // Copy an id from the Copy menu.
    QCOMPARE(d->copy(QStringLiteral("intent")), e.intentId);
    QCOMPARE(QGuiApplication::clipboard()->text(), e.intentId);
    QVERIFY(d->reprintButton()->isEnabled());
    QVERIFY(!d->verifyButton()->isVisible());
    // The reprint is the paid sale's receipt, its lines included.
    const auto receipt = s.page->receipt();
    QVERIFY(receipt);
    QCOMPARE(receipt->totalMinor, 12345);
    QCOMPARE(receipt->items.size(), 1);
    QCOMPARE(receipt->receiptNumber, e.receiptNumber);
    const QString pdf = h.dir.filePath(QStringLiteral("reprint.pdf"));
    QVERIFY(s.page->writeReceiptPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestSupport::inspectPastedJsonWritesNothing()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(10, 1));
    QTest::keyClick(h.window.get(), Qt::Key_3, Qt::ControlModifier);
    InspectPage *inspect = h.window->supportPage()->inspectPage();
    QVERIFY(inspect->isVisible());
    QFile file(QStringLiteral(PAYDESK_TEST_DATA "/stripe_payment_intent.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray answer = file.readAll();
    auto *input = inspect->findChild<QPlainTextEdit *>(QStringLiteral("jsonInput"));
    QCOMPARE(QApplication::focusWidget(), input);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(answer));
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier); // paste
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier); // show
    QVERIFY(inspect->record());
    QCOMPARE(inspect->record()->intent.id, QStringLiteral("pi_1PgafyB7WZ01zgkWSjxsAJo3"));
    const auto *intentId
        = inspect->recordView()->intentPanel()->findChild<QLabel *>(QStringLiteral("valueId"));
    QCOMPARE(valueText(intentId), QStringLiteral("pi_1PgafyB7WZ01zgkWSjxsAJo3"));
    QVERIFY(inspect->resultText().contains(QStringLiteral("Stripe")));
    // The secret pasted is no longer on screen; nothing went to the journal.
    QVERIFY(!input->toPlainText().contains(QStringLiteral("Dm43xiq1k0ywrRRjDoi8y1gkM")));
    QVERIFY(input->toPlainText().contains(QStringLiteral("_secret_****")));
    QCOMPARE(h.journalCount(), 10);
    // Not JSON: said so, nothing shown as a record.
    input->setPlainText(QStringLiteral("{ \"id\": "));
    QTest::mouseClick(inspect->findChild<QPushButton *>(QStringLiteral("inspectShowButton")),
                      Qt::LeftButton);
    QVERIFY(!inspect->record());
    QVERIFY(inspect->resultText().contains(QStringLiteral("Not JSON")));
    QCOMPARE(h.journalCount(), 10);
}

void TestSupport::inspectOpensAFile()
{
    Harness h;
    QVERIFY(h.open());
    QTest::keyClick(h.window.get(), Qt::Key_3, Qt::ControlModifier);
    InspectPage *inspect = h.window->supportPage()->inspectPage();
    QVERIFY(inspect->isVisible());
    // Ctrl+O, a path typed into the dialog, Enter: the answer in the file is shown.
    const auto chooseFile = [&](const QString &path) {
        h.window->activateWindow(); // back from the last dialog
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        QTest::keyClick(inspect->findChild<QPlainTextEdit *>(QStringLiteral("jsonInput")),
                        Qt::Key_O, Qt::ControlModifier);
        const QPointer<QFileDialog> dialog
            = inspect->findChild<QFileDialog *>(QStringLiteral("openAnswerDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!dialog); // closed, and gone
    };
    chooseFile(QStringLiteral(PAYDESK_TEST_DATA "/checkout.json"));
    QVERIFY(inspect->record());
    QVERIFY2(inspect->resultText().contains(QStringLiteral("Checkout")),
             qPrintable(inspect->resultText()));
    QVERIFY(!inspect->record()->intent.id.isEmpty());
    const auto *intentId
        = inspect->recordView()->intentPanel()->findChild<QLabel *>(QStringLiteral("valueId"));
    QCOMPARE(valueText(intentId), inspect->record()->intent.id);

    // A file larger than any answer is refused with its reason, and nothing is shown.
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(5 * 1024 * 1024));
    big.close();
    chooseFile(big.fileName());
    QVERIFY(!inspect->record());
    QVERIFY2(inspect->resultText().contains(QStringLiteral("larger than 4 MiB")),
             qPrintable(inspect->resultText()));
}

void TestSupport::verifyUnknownEntryAgainstTheSandbox()
{
    Harness h;
    QVERIFY(h.open());
    const qint64 lost = sell(h, QStringLiteral("ORD-LOST"), 2000, QStringLiteral("drop"));
    QVERIFY(lost > 0);
    QCOMPARE(entry(h, lost).state, JournalState::Unknown);
    QCOMPARE(h.sandbox()->intentCount(), 1); // it did arrive: only the answer was lost
    Support s(h);
    s.search(QStringLiteral("ORD-LOST"));
    QCOMPARE(s.model()->rowCount(), 1);
    QVERIFY(
        s.cell(0, JournalTableModel::State).endsWith(QStringLiteral("Check before trying again")));
    EntryDetail *d = s.page->detail();
    QVERIFY(d->verifyButton()->isVisible() && d->verifyButton()->isEnabled());
    QVERIFY(d->unknownBanner()->isVisible());
    QSignalSpy done(s.page, &JournalPage::verifyFinished);
    QTest::mouseClick(d->verifyButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(entry(h, lost).state, JournalState::Succeeded);
    QVERIFY(s.settle()); // the rows and the detail read again
    QVERIFY(s.cell(0, JournalTableModel::State).endsWith(QStringLiteral("Paid")));
    QCOMPARE(d->entry()->state, JournalState::Succeeded);
    QVERIFY(!d->verifyButton()->isVisible());
    QVERIFY(!d->unknownBanner()->isVisible()); // settled: nothing left to guide
    QCOMPARE(d->timeline()->topLevelItem(d->timeline()->topLevelItemCount() - 1)->text(1),
             QStringLiteral("verify"));
    // Verified, not sent again.
    QCOMPARE(h.sandbox()->intentCount(), 1);
    QCOMPARE(h.journalCount(), 1);
}

void TestSupport::verifyInTrainingModeLeavesARealSaleUnknown()
{
    // A support desk opens the store's journal with no profile of its own: the window is in
    // training mode. A real Checkout sale, sent to the store's backend, which took it and never
    // answered, is unknown. Verify must not ask training mode's sandbox, which never heard of
    // it and would say "no record: it can be sent again".
    Harness h;
    QVERIFY(h.open());
    SandboxServer store; // the store's real backend, as far as this journal knows
    QVERIFY(store.listen());
    store.setFault(*Fault::parse(QStringLiteral("drop")));
    BackendProfile shop;
    shop.name = QStringLiteral("shop");
    shop.kind = BackendKind::Checkout;
    shop.baseUrl = store.url();
    shop.timeoutMs = 5000;
    CheckoutSale sale;
    sale.client = QStringLiteral("Ana Lopez");
    sale.reference = QStringLiteral("ORD-REAL");
    sale.items = {CartItem{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 1, 2500}};
    sale.total = Money{2500, QStringLiteral("mxn")};
    AttemptContext till{QStringLiteral("till-2"), QStringLiteral("ana"), false};
    QNetworkAccessManager network;
    SaleAttempt attempt(h.workplace->journal.get(), &network, shop, Sale{sale}, till, {});
    QSignalSpy sent(&attempt, &SaleAttempt::finished);
    attempt.start();
    QVERIFY(sent.wait(20000));
    const qint64 id = attempt.journalId();
    QCOMPARE(entry(h, id).state, JournalState::Unknown);
    QVERIFY(!entry(h, id).training);
    QCOMPARE(store.intentCount(), 1); // it did arrive: only the answer was lost

    Support s(h);
    s.search(QStringLiteral("ORD-REAL"));
    QCOMPARE(s.model()->rowCount(), 1);
    s.select(id);
    EntryDetail *d = s.page->detail();
    QVERIFY(d->verifyButton()->isVisible() && d->verifyButton()->isEnabled());
    const qsizetype trainingRequests = h.sandbox()->requestCount();
    QSignalSpy done(s.page, &JournalPage::verifyFinished);
    QTest::mouseClick(d->verifyButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(entry(h, id).state, JournalState::Unknown); // never "not paid, send it again"
    QCOMPARE(h.sandbox()->requestCount(), trainingRequests); // training's sandbox not asked
    QVERIFY(s.settle());
    QVERIFY(
        s.cell(0, JournalTableModel::State).endsWith(QStringLiteral("Check before trying again")));
    QVERIFY(d->verifyButton()->isVisible());
    const QString said
        = d->timeline()->topLevelItem(d->timeline()->topLevelItemCount() - 1)->text(3);
    QVERIFY2(said.contains(store.url().toString()), qPrintable(said));
    QCOMPARE(store.intentCount(), 1); // verified, never sent again
}

void TestSupport::exportEqualsTheCli()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(300, 9));
    Support s(h);
    auto *currency = s.page->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    currency->setEditText(QStringLiteral("gbp"));
    s.page->applyFilters();
    const QString mine = h.dir.filePath(QStringLiteral("window.csv"));
    QSignalSpy written(s.page, &JournalPage::exportFinished);
    QVERIFY(s.page->writeCsv(mine));
    // Written on the journal's thread: the page says so until it is done, and then how many.
    auto *button = s.page->findChild<QPushButton *>(QStringLiteral("journalExportButton"));
    QCOMPARE(button->text(), QStringLiteral("Exporting\u2026"));
    QVERIFY(!button->isEnabled());
    QVERIFY(s.page->isExporting());
    QVERIFY(!s.page->writeCsv(mine)); // one at a time
    QVERIFY(written.wait(20000));
    QVERIFY(button->isEnabled());
    QVERIFY(!button->text().contains(QStringLiteral("Exporting")));
    QCOMPARE(written.at(0).at(0).toString(), mine);
    const qint64 exported = written.at(0).at(1).toLongLong();
    QVERIFY2(h.window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Exported %1 entries to ").arg(exported)),
             qPrintable(h.window->statusBar()->currentMessage()));
    QVERIFY(paydeskctl(h,
                       {QStringLiteral("journal"), QStringLiteral("export"),
                        QStringLiteral("--currency"), QStringLiteral("gbp"),
                        QStringLiteral("--csv"), h.dir.filePath(QStringLiteral("cli.csv"))})
                .isEmpty());
    QFile a(mine), b(h.dir.filePath(QStringLiteral("cli.csv")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray window = a.readAll();
    QCOMPARE(window, b.readAll());
    const qint64 expected = *h.journal()->count([] {
        JournalQuery q;
        q.currency = QStringLiteral("gbp");
        return q;
    }());
    QVERIFY(expected > 0);
    QCOMPARE(exported, expected);
    QCOMPARE(window.count('\n'), expected + 1);
    QVERIFY(!window.contains("mxn"));
}

void TestSupport::reportEqualsTheCli()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(3000, 21)); // the last 30 days: about 100 today
    QVERIFY(sell(h, QStringLiteral("ORD-EOD"), 5000) > 0);
    QVERIFY(sell(h, QStringLiteral("ORD-DECL"), 30002) > 0); // declined
    QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
    ReportPage *report = h.window->supportPage()->reportPage();
    QVERIFY(report->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(report->day(), today);
    QTRY_VERIFY_WITH_TIMEOUT(!report->isLoading(), 60000); // computed on the journal's thread
    QVERIFY(!report->report().isEmpty());
    const QJsonObject cli
        = QJsonDocument::fromJson(paydeskctl(h,
                                             {QStringLiteral("journal"), QStringLiteral("report"),
                                              QStringLiteral("--date"), today.toString(Qt::ISODate),
                                              QStringLiteral("--json")}))
              .object();
    QVERIFY(!cli.isEmpty());
    // Every figure on the page is the CLI's: by state, currency and backend, the hours of the
    // chart and the count of what they leave out.
    const std::pair<QTreeWidget *, const char *> groups[]
        = {{report->byState(), "by_state"},
           {report->byCurrency(), "takings_by_currency"},
           {report->byBackend(), "takings_by_backend"}};
    // This window is a till in training mode and the rest is the demo's: nothing counts as
    // takings, everything is on the line of its own, the same on the page as from the CLI.
    const qint64 notCounted = cli.value(u"training_not_counted").toInteger();
    QVERIFY(notCounted >= 2);
    QCOMPARE(report->report().value(u"training_not_counted").toInteger(), notCounted);
    QVERIFY2(report->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                 ->text()
                 .contains(QStringLiteral("training/demo: %1, not counted")
                               .arg(QLocale().toString(notCounted))),
             qPrintable(report->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text()));
    for (const auto &[tree, key] : groups) {
        QVERIFY2(cli.value(QLatin1String(key)).toObject().isEmpty(), key);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("(none)"));
    }
    QList<qint64> hours;
    const QJsonArray cliHours = cli.value(u"succeeded_per_hour").toArray();
    for (const QJsonValue &v : cliHours)
        hours.append(v.toInteger());
    QCOMPARE(report->chart()->counts(), hours);
    QCOMPARE(std::accumulate(hours.cbegin(), hours.cend(), qint64(0)), 0);
    // The report as PDF.
    const QString pdf = h.dir.filePath(QStringLiteral("eod.pdf"));
    QVERIFY(report->writeReportPdf(pdf));
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(5) == "%PDF-");
}

void TestSupport::duplicateChargesAreFlagged()
{
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(40, 2));
    const qint64 first = sell(h, QStringLiteral("ORD-7"), 12000);
    const qint64 other = sell(h, QStringLiteral("ORD-8"), 12500); // another amount
    const qint64 second = sell(h, QStringLiteral("ORD-7"), 12000); // the double charge
    const qint64 declined1 = sell(h, QStringLiteral("ORD-9"), 30002);
    const qint64 declined2 = sell(h, QStringLiteral("ORD-9"), 30002); // took nothing twice
    QCOMPARE(entry(h, declined2).state, JournalState::Declined);
    Support s(h);
    const auto flag = [&](qint64 id) {
        return s.cell(s.rowOf(id), JournalTableModel::Duplicate);
    };
    // Looked for on the journal's thread when the rows are first shown; nothing until known.
    for (const qint64 id : {first, other, second, declined1, declined2})
        (void)flag(id);
    QVERIFY(s.settle());
    QCOMPARE(flag(second), QStringLiteral("Twice? #%1").arg(first));
    QCOMPARE(flag(first), QStringLiteral("Twice? #%1").arg(second));
    QVERIFY(flag(other).isEmpty());
    QVERIFY(flag(declined1).isEmpty());
    QVERIFY(flag(declined2).isEmpty());
    const QModelIndex cell = s.model()->index(s.rowOf(second), JournalTableModel::Duplicate);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell.data(JournalTableModel::DuplicateIdsRole).value<QList<qint64>>(),
             QList<qint64>{first});
    QVERIFY(cell.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("same amount and reference")));
    // In the detail: a warning naming the other entry.
    s.select(second);
    QLabel *warning = s.page->detail()->duplicateLabel();
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("entry %1").arg(first)));
    s.select(other);
    QVERIFY(!warning->isVisible());
    // The rule itself, as the CLI could use it.
    const auto found = potentialDuplicates(*h.journal(), entry(h, first));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, second);
}

void TestSupport::pagesLoadOnDemand()
{
    Harness h;
    QVERIFY(h.open());
    const int total = JournalTableModel::kPageSize * 3 + 17;
    QVERIFY(h.journal()->seedDemo(total, 4));
    Support s(h);
    // One page at first, more as the view scrolls, every row exactly once.
    QCOMPARE(s.model()->rowCount(), JournalTableModel::kPageSize);
    s.table()->scrollToBottom();
    QVERIFY(s.model()->canFetchMore({}));
    QTest::keyClick(s.table(), Qt::Key_End, Qt::ControlModifier);
    QVERIFY(s.settle());
    QCOMPARE(s.model()->rowCount(), total);
    QVERIFY(!s.model()->canFetchMore({}));
    QVERIFY(s.page->detail()->entry());
    QCOMPARE(s.page->detail()->entry()->id, s.model()->idAt(total - 1));
    QCOMPARE(s.table()->currentIndex().row(), total - 1);
    QSet<qint64> ids;
    for (int row = 0; row < total; ++row)
        ids.insert(s.model()->idAt(row));
    QCOMPARE(ids.size(), total);
    // A page dropped from the cache comes back by id, the same rows.
    const QString top = s.cell(0, JournalTableModel::Reference);
    QCOMPARE(top, entry(h, s.model()->idAt(0)).reference);
}

void TestSupport::windowNeverWaitsForTheJournal()
{
    // Issue 14: the database stalls for 2 s (a statement that long on the journal's thread),
    // and meanwhile the support agent refreshes, opens an entry, clears the filters and goes to
    // the end of day. The window's thread never stalls over 100 ms (a 5 ms timer on it measures
    // the longest gap between its ticks), a line says what it waits for, and the rows come
    // once the journal answers again.
    Harness h;
    QVERIFY(h.open());
    QVERIFY(h.journal()->seedDemo(300, 8));
    Support s(h);
    const qint64 shownBefore = s.model()->idAt(0);
    QVERIFY(h.journal()->seedDemo(5, 9)); // new entries, written by another till
    const auto newest = h.journal()->ids({});
    QVERIFY(newest && newest->constFirst() > shownBefore);
    QLabel *waiting = h.window->supportPage()->waitingLabel();
    QVERIFY(!waiting->isVisible());

    StallMeter meter;
    std::atomic<bool> stalled = false;
    std::atomic<bool> answering = false;
    h.workplace->journal->post(QStringLiteral("a slow statement"), [&](const Journal &) {
        stalled = true;
        QThread::msleep(2000); // the database, not the window, takes its time
        answering = true;
        return Expected<void, JournalError>{};
    });
    QTRY_VERIFY(stalled);
    meter.reset();

    // F5 twenty times: the rows shown stay until the answer, and not twenty reloads queue up.
    s.table()->setFocus();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(s.table(), Qt::Key_F5);
    QCOMPARE(s.model()->idAt(0), shownBefore);
    QVERIFY(s.model()->isLoading());
    QVERIFY2(h.workplace->journal->outstanding() <= 3,
             qPrintable(QString::number(h.workplace->journal->outstanding())));
    // Another entry opened: asked for, its detail follows the answer.
    const qint64 opened = s.model()->idAt(3);
    QTest::mouseClick(s.table()->viewport(), Qt::LeftButton, {},
                      s.table()->visualRect(s.model()->index(3, 0)).center());
    QCOMPARE(s.table()->currentIndex().row(), 3);
    // The window says what it waits for.
    QTRY_VERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().startsWith(
                 QStringLiteral("Waiting for the journal database: a slow statement\u2026")),
             qPrintable(waiting->text()));
    QVERIFY(!answering);
    // Buttons still click: the filters clear at once, the end of day opens.
    s.page->searchInput()->setText(QStringLiteral("ORD"));
    QTest::mouseClick(s.page->findChild<QPushButton *>(QStringLiteral("journalClearButton")),
                      Qt::LeftButton);
    QVERIFY(s.page->searchInput()->text().isEmpty());
    QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
    ReportPage *report = h.window->supportPage()->reportPage();
    QVERIFY(report->isVisible());
    QVERIFY(report->isLoading());
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(!answering); // all of it while the journal was still stalled

    // The journal answers: the new entries on top, the entry opened, the line gone.
    QTRY_VERIFY_WITH_TIMEOUT(answering, 10000);
    QVERIFY(s.settle());
    QTRY_VERIFY(!waiting->isVisible());
    QTRY_VERIFY(!report->isLoading());
    meter.stop();
    QCOMPARE(s.model()->idAt(0), newest->constFirst());
    QCOMPARE(s.model()->rowCount(), JournalTableModel::kPageSize);
    QVERIFY(s.page->detail()->entry());
    QCOMPARE(s.page->detail()->entry()->id, opened);
    QVERIFY(!report->report().isEmpty());
    qInfo("longest stall of the window's thread while the journal was busy: %.1f ms",
          meter.longest());
    QVERIFY2(meter.longest() < 100,
             qPrintable(QStringLiteral("the window stalled %1 ms").arg(meter.longest())));
}

void TestSupport::refundADoubleChargeFromTheSupportView()
{
    // "Twice? #402": the same 25.00 charged twice for one order. Support refunds the second.
    Harness h;
    QVERIFY(h.open());
    const qint64 first = sellDots(h, QStringLiteral("ORDER-402"), 2500, true);
    const qint64 second = sellDots(h, QStringLiteral("ORDER-402"), 2500, true);
    QCOMPARE(entry(h, second).state, JournalState::Succeeded);
    Support s(h);
    s.select(second);
    QVERIFY(s.settle());
    EntryDetail *d = s.page->detail();
    QVERIFY(d->flaggedAsDuplicate());
    QVERIFY(d->duplicateLabel()->text().contains(QString::number(first)));
    QVERIFY(d->refundButton()->isVisible() && d->refundButton()->isEnabled());
    QVERIFY(d->refundsLabel()->isHidden()); // nothing refunded yet

    QTest::mouseClick(d->refundButton(), Qt::LeftButton);
    QDialog *form = s.page->refundDialog();
    QVERIFY(form && form->isVisible());
    auto *amount = form->findChild<QLineEdit *>(QStringLiteral("refundAmountInput"));
    auto *reason = form->findChild<QComboBox *>(QStringLiteral("refundReasonCombo"));
    // Preset: all that is left, as a duplicate.
    QCOMPARE(amount->text(), formatAmount(2500, u"usd"));
    QCOMPARE(reason->currentData().toString(), QStringLiteral("duplicate"));
    auto *go = form->findChild<QPushButton *>(QStringLiteral("refundGoButton"));
    // More than was taken is said beside the field, and nothing is asked or sent.
    amount->clear();
    Harness::type(amount, formatAmount(2501, u"usd"));
    QTest::mouseClick(go, Qt::LeftButton);
    auto *error = form->findChild<QLabel *>(QStringLiteral("refundErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(formatMoney(2500, u"usd")), qPrintable(error->text()));
    QVERIFY(!form->findChild<QMessageBox *>(QStringLiteral("refundConfirmation")));
    // The whole of it: the confirmation says the amount and the card.
    amount->clear();
    Harness::type(amount, formatAmount(2500, u"usd"));
    QTest::mouseClick(go, Qt::LeftButton);
    auto *confirmation = form->findChild<QMessageBox *>(QStringLiteral("refundConfirmation"));
    QVERIFY(confirmation && confirmation->isVisible());
    QVERIFY(confirmation->text().contains(formatMoney(2500, u"usd")));
    QVERIFY2(confirmation->text().contains(QStringLiteral("card that paid sale %1").arg(second)),
             qPrintable(confirmation->text()));
    QCOMPARE(h.journalCount(), 2); // nothing written before the confirmation
    QSignalSpy done(s.page, &JournalPage::refundFinished);
    QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    const qint64 refund = done.at(0).at(1).toLongLong();
    QVERIFY(refund > 0);
    QCOMPARE(done.at(0).at(2).value<JournalState>(), JournalState::Succeeded);

    // The journal: a refund entry of its own, linked to the sale, which stays paid.
    const JournalEntry written = entry(h, refund);
    QCOMPARE(written.kind, EntryKind::RefundEntry);
    QCOMPARE(written.parentId, second);
    QCOMPARE(written.amount->minor, 2500);
    QCOMPARE(written.state, JournalState::Succeeded);
    QVERIFY(!written.remoteId.isEmpty());
    QCOMPARE(entry(h, second).state, JournalState::Succeeded);
    // The list shows it, and the sale's detail has it in its timeline and figures.
    QVERIFY(s.settle());
    const int row = s.rowOf(refund);
    QVERIFY(row >= 0);
    QVERIFY2(
        s.cell(row, JournalTableModel::State).endsWith(QStringLiteral("refund of #%1").arg(second)),
        qPrintable(s.cell(row, JournalTableModel::State)));
    QCOMPARE(s.cell(row, JournalTableModel::Amount),
             QStringLiteral("\u2212") + formatMoney(2500, u"usd"));
    QTRY_VERIFY(d->entry() && d->entry()->id == second && d->refundable()
                && d->refundable()->refundedMinor == 2500);
    QTreeWidget *timeline = d->timeline();
    const QTreeWidgetItem *last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), QStringLiteral("refund"));
    QVERIFY(last->text(3).contains(QString::number(refund)));
    QVERIFY(d->refundsLabel()->text().contains(
        QStringLiteral("left to refund: %1").arg(formatMoney(0, u"usd"))));
    // The refund's slip (PDF and paper are laid out from it): the amount refunded and the
    // original sale's reference.
    s.select(refund);
    QVERIFY(s.settle());
    QVERIFY(d->pdfButton()->isEnabled());
    const auto slip = s.page->receipt();
    QVERIFY(slip && slip->refundOf);
    QTextDocument document;
    buildReceiptDocument(document, *slip, QLocale());
    const QString slipText = document.toPlainText();
    for (const QString &part : {QStringLiteral("REFUND"),
                                QStringLiteral("Refund of sale ORDER-402 (entry %1").arg(second),
                                QStringLiteral("Refunded"), formatMoney(2500, u"usd"),
                                QStringLiteral("Reason: duplicate")})
        QVERIFY2(slipText.contains(part), qPrintable(part + u'\n' + slipText));
    QTemporaryDir pdfDir;
    const QString pdf = pdfDir.filePath(QStringLiteral("refund.pdf"));
    QVERIFY(s.page->writeReceiptPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    s.select(second);
    QVERIFY(s.settle());
    // Nothing is left: Refund… sends nothing more.
    QTest::mouseClick(d->refundButton(), Qt::LeftButton);
    QVERIFY(!s.page->refundDialog());
    QCOMPARE(h.journalCount(), 3);
    // The other sale of the pair is untouched.
    QCOMPARE(h.journal()->refundable(first)->leftMinor(), 2500);
}

void TestSupport::refundElsewhereSaysWhere()
{
    Harness h;
    QVERIFY(h.open());
    const qint64 paid = sell(h, QStringLiteral("ORD-9"), 4500);
    Support s(h);
    s.select(paid);
    EntryDetail *d = s.page->detail();
    QVERIFY(d->refundButton()->isVisible());
    QVERIFY(d->refundButton()->toolTip().contains(QStringLiteral("shop's orders")));
    QTest::mouseClick(d->refundButton(), Qt::LeftButton);
    auto *box = s.page->findChild<QMessageBox *>(QStringLiteral("refundElsewhere"));
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Checkout publishes no refund API")));
    QVERIFY(box->text().contains(QStringLiteral("ORD-9")));
    QVERIFY(!s.page->refundDialog());
    box->accept();
    QCOMPARE(h.journalCount(), 1);
}

void TestSupport::confirmACreatedIntent()
{
    Harness h;
    QVERIFY(h.open());
    const qint64 created = sellDots(h, QStringLiteral("ORDER-77"), 1800, false);
    QCOMPARE(entry(h, created).state, JournalState::Created);
    Support s(h);
    s.select(created);
    EntryDetail *d = s.page->detail();
    QVERIFY(d->confirmButton()->isVisible() && d->confirmButton()->isEnabled());
    QVERIFY(!d->refundButton()->isVisible()); // not paid: nothing to refund
    QSignalSpy done(s.page, &JournalPage::confirmFinished);
    QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.at(0).at(1).value<JournalState>(), JournalState::Succeeded);
    const JournalEntry paid = entry(h, created);
    QCOMPARE(paid.state, JournalState::Succeeded);
    QCOMPARE(paid.status, QStringLiteral("succeeded"));
    QCOMPARE(h.journalCount(), 1); // the same entry, not a new sale
    QTRY_VERIFY(d->entry() && d->entry()->state == JournalState::Succeeded);
    QVERIFY(!d->confirmButton()->isVisible());
    QVERIFY(d->refundButton()->isVisible());
    QVERIFY(std::any_of(paid.events.cbegin(), paid.events.cend(),
                        [](const JournalEvent &e) { return e.kind == u"confirm"; }));
}

namespace {

/// Where column `column` of `table` is: wholly in view, wholly out of it, or cut by its edge.
enum class InView
{
    Whole,
    Out,
    Cut
};
InView inView(const QTableView *table, int column)
{
    const int left = table->columnViewportPosition(column);
    const int right = left + table->columnWidth(column);
    if (table->isColumnHidden(column) || right <= 0 || left >= table->viewport()->width())
        return InView::Out;
    return left >= 0 && right <= table->viewport()->width() ? InView::Whole : InView::Cut;
}

} // namespace

void TestSupport::numberAndTimeInViewNothingCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "es_MX", "fr"}) {
        QTest::addRow("%s 1280x800", language) << QString::fromLatin1(language) << QSize(1280, 800);
        QTest::addRow("%s 1024x768", language) << QString::fromLatin1(language) << QSize(1024, 768);
    }
}

void TestSupport::numberAndTimeInViewNothingCut()
{
    // "Twice? #402" names an entry by its number: the number and the time are in view at every
    // counter size and language, with the flag, and no column is cut by the table's edge nor a
    // cell shortened to "…" (a tooltip would have to rescue it).
    QFETCH(QString, language);
    QFETCH(QSize, size);
    paydesk::test::Language lang(language);
    Harness h;
    lang.again();
    QVERIFY(h.open());
    h.window->resize(size);
    QTRY_COMPARE(h.window->size(), size);
    QVERIFY(h.journal()->seedDemo(60, 9));
    const qint64 first = sell(h, QStringLiteral("ORD-2041"), 9200);
    const qint64 second = sell(h, QStringLiteral("ORD-2041"), 9200); // charged twice
    QVERIFY(first > 0 && second > 0);
    Support s(h);
    s.select(second);
    QVERIFY(s.settle());
    QTableView *table = s.table();
    table->viewport()->repaint(); // the duplicate flags of the rows shown are asked for
    QVERIFY(s.settle());
    for (const int column : {JournalTableModel::Id, JournalTableModel::Time,
                             JournalTableModel::State, JournalTableModel::Amount})
        QVERIFY2(inView(table, column) == InView::Whole,
                 qPrintable(s.model()->headerData(column, Qt::Horizontal).toString()));
    if (size.width() >= 1280)
        for (const int column : {JournalTableModel::Duplicate, JournalTableModel::Reference})
            QVERIFY2(inView(table, column) == InView::Whole,
                     qPrintable(s.model()->headerData(column, Qt::Horizontal).toString()));
    // Where the flag is in view (it is flagged as its row is painted), the number it names is on
    // screen too, in the Id column of its row; the detail names it at every size.
    if (inView(table, JournalTableModel::Duplicate) == InView::Whole) {
        const QString flag = s.cell(s.rowOf(second), JournalTableModel::Duplicate);
        QVERIFY2(flag.endsWith(QStringLiteral("#%1").arg(first)), qPrintable(flag));
    }
    QCOMPARE(s.cell(s.rowOf(first), JournalTableModel::Id), QString::number(first));
    QVERIFY(s.page->detail()->duplicateLabel()->isVisible());
    QVERIFY(s.page->detail()->duplicateLabel()->text().contains(QString::number(first)));
    const QFontMetrics fm = table->fontMetrics();
    for (int column = 0; column < JournalTableModel::ColumnCount; ++column) {
        const InView where = inView(table, column);
        const QString name = s.model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(where != InView::Cut, qPrintable(name + QStringLiteral(" is cut at the edge")));
        if (where != InView::Whole)
            continue;
        // Every cell of the rows in view whole in its column (4 px of margin a side).
        const int rows = qMin(s.model()->rowCount(), table->rowAt(table->viewport()->height()) + 1);
        for (int row = 0; row < (rows > 0 ? rows : s.model()->rowCount()); ++row) {
            const QString text = s.cell(row, column);
            const bool icon
                = !s.model()->index(row, column).data(Qt::DecorationRole).value<QIcon>().isNull();
            const int needed
                = fm.horizontalAdvance(text) + 8 + (icon ? table->iconSize().width() + 4 : 0);
            QVERIFY2(needed <= table->columnWidth(column),
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                    .arg(name, text)
                                    .arg(needed)
                                    .arg(table->columnWidth(column))));
        }
    }
    // One way to write a moment: the table's time is the detail's, and the day filters write
    // the day as they do.
    const JournalEntry e = entry(h, second);
    QCOMPARE(s.cell(s.rowOf(second), JournalTableModel::Time), formatDateTime(e.createdAt));
    QVERIFY(s.page->detail()
                ->findChild<QLabel *>(QStringLiteral("titleLabel"))
                ->text()
                .contains(formatDateTime(e.createdAt)));
    auto *from = s.page->findChild<QDateEdit *>(QStringLiteral("fromDate"));
    QCOMPARE(from->text(), formatDate(from->date()));
    QVERIFY(formatDateTime(e.createdAt).startsWith(formatDate(e.createdAt.toLocalTime().date())));
}

void TestSupport::unknownEntryGuidesToVerify()
{
    // An entry whose answer was lost: a banner says what it means and what to do, with Verify
    // as its main action; its timeline says every event whole, each at a moment written as the
    // table writes it.
    Harness h;
    QVERIFY(h.open());
    const qint64 paid = sell(h, QStringLiteral("ORD-OK"), 1500);
    const qint64 lost = sell(h, QStringLiteral("ORD-LOST"), 2000, QStringLiteral("drop"));
    QCOMPARE(entry(h, lost).state, JournalState::Unknown);
    Support s(h);
    s.select(lost);
    EntryDetail *d = s.page->detail();
    QWidget *banner = d->unknownBanner();
    QVERIFY(banner->isVisible());
    const QString words = banner->findChild<QLabel *>(QStringLiteral("unknownLabel"))->text();
    for (const QString &part : {QStringLiteral("No one knows yet whether the customer paid"),
                                QStringLiteral("Do not charge again"), QStringLiteral("Verify")})
        QVERIFY2(words.contains(part), qPrintable(words));
    auto *verify = qobject_cast<QPushButton *>(d->verifyButton());
    QVERIFY(verify && banner->isAncestorOf(verify));
    QVERIFY(verify->isVisible() && verify->isEnabled() && verify->isDefault());
    QVERIFY(verify->font().bold());
    // The banner is in the detail's view, above its tabs.
    const QRect bannerRect(banner->mapTo(d, QPoint(0, 0)), banner->size());
    QVERIFY(d->rect().contains(bannerRect));
    QVERIFY(bannerRect.bottom() < d->tabs()->mapTo(d, QPoint(0, 0)).y());

    // The timeline: each event's detail whole on the row under it, nothing shortened.
    d->tabs()->setCurrentIndex(1);
    QTreeWidget *timeline = d->timeline();
    QTRY_VERIFY(timeline->isVisible());
    const JournalEntry e = entry(h, lost);
    QCOMPARE(timeline->topLevelItemCount(), e.events.size());
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *event = timeline->topLevelItem(i);
        QCOMPARE(event->text(0), formatDateTime(e.events.at(i).at));
        QVERIFY(timeline->header()->sectionSize(0)
                >= timeline->fontMetrics().horizontalAdvance(event->text(0)) + 8);
        if (e.events.at(i).detail.isEmpty())
            continue;
        QCOMPARE(event->childCount(), 1);
        QTreeWidgetItem *detail = event->child(0);
        QCOMPARE(detail->text(0), e.events.at(i).detail);
        QVERIFY(event->isExpanded() && detail->isFirstColumnSpanned());
        const QRect rect = timeline->visualItemRect(detail);
        const QRect needed = timeline->fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 8, 10000), Qt::TextWordWrap, detail->text(0));
        QVERIFY2(needed.height() <= rect.height(),
                 qPrintable(QStringLiteral("%1 px of text in a row of %2 px: %3")
                                .arg(needed.height())
                                .arg(rect.height())
                                .arg(detail->text(0))));
        QVERIFY(rect.right() <= timeline->viewport()->width());
    }
    QVERIFY(!timeline->horizontalScrollBar()->isVisible());

    s.select(paid);
    QVERIFY(!d->unknownBanner()->isVisible());
    QVERIFY(!d->verifyButton()->isVisible());
}

void TestSupport::endOfDayInWords()
{
    // End of day in words: the states by name (their codes only in a tooltip), attempts counted
    // with the language's plural, the chart's scale in whole numbers.
    paydesk::test::Language lang(QStringLiteral("es_MX"));
    Harness h;
    lang.again();
    QVERIFY(h.open());
    // Sales of another till (not training): they count.
    const auto write = [&h](const QString &key, JournalState state) {
        NewAttempt n;
        n.terminal = QStringLiteral("counter-2");
        n.operatorName = QStringLiteral("luis");
        n.profile = QStringLiteral("tienda");
        n.idempotencyKey = key;
        n.sale = QJsonObject{{QStringLiteral("reference"), key}};
        n.amount = Money{1250, QStringLiteral("mxn")};
        n.reference = key;
        const auto id = h.journal()->begin(n);
        if (!id)
            return false;
        AttemptOutcome outcome;
        outcome.state = state;
        outcome.httpStatus = 200;
        return bool(h.journal()->record(*id, JournalState::Pending, outcome));
    };
    QVERIFY(write(QStringLiteral("EOD-1"), JournalState::Created));
    ReportPage *report = h.window->supportPage()->reportPage();
    QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!report->isLoading(), 60000);
    auto *summary = report->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("1 intento de venta,")),
             qPrintable(summary->text()));
    for (int i = 2; i <= 6; ++i)
        QVERIFY(write(QStringLiteral("EOD-%1").arg(i), JournalState::Succeeded));
    QTest::keyClick(report, Qt::Key_F5); // read again
    QTRY_VERIFY_WITH_TIMEOUT(!report->isLoading(), 60000);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("6 intentos de venta, 5")),
                 qPrintable(summary->text()));
    // No "attempt(s)", no state's code beside its words.
    QVERIFY(!summary->text().contains(QStringLiteral("(s)")));
    for (const char *code : {"succeeded", "created", "declined", "unknown", "failed", "pending"})
        QVERIFY2(!summary->text().contains(QLatin1String(code)), code);
    QVERIFY(summary->text().startsWith(formatDate(QDate::currentDate())));
    // By state: words; the journal's code is the tooltip.
    QTreeWidget *byState = report->byState();
    QCOMPARE(byState->topLevelItemCount(), 2);
    for (int i = 0; i < byState->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = byState->topLevelItem(i);
        QVERIFY2(!row->text(0).contains(u'(') && !row->text(0).contains(QStringLiteral("created"))
                     && !row->text(0).contains(QStringLiteral("succeeded")),
                 qPrintable(row->text(0)));
        QCOMPARE(row->toolTip(0), row->data(0, Qt::UserRole).toString());
    }
    // Every table's columns in its width: nothing to scroll sideways to.
    for (QTreeWidget *tree : {report->byState(), report->byCurrency(), report->byBackend()})
        QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
                 qPrintable(tree->objectName()));
    // The chart's scale: whole numbers at equal steps up to at least the tallest bar.
    qint64 top = 0;
    for (const qint64 n : report->chart()->counts())
        top = qMax(top, n);
    QCOMPARE(top, 5);
    const QList<qint64> marks = HourChart::scaleMarks(top);
    QCOMPARE(marks, (QList<qint64>{0, 1, 2, 3, 4, 5}));
    for (const qint64 tallest : {0, 1, 3, 7, 12, 33, 99, 140, 1234}) {
        const QList<qint64> m = HourChart::scaleMarks(tallest);
        QVERIFY(m.size() >= 2 && m.size() <= 11 && m.first() == 0 && m.last() >= tallest);
        for (int i = 1; i < m.size(); ++i)
            QCOMPARE(m.at(i) - m.at(i - 1), m.at(1)); // equal whole steps
    }
}

void TestSupport::everyControlHasAName()
{
    // What a screen reader says for each control a support agent can reach with Tab, on each
    // page of the support view: a name, never nothing (the Currency filter's edit field had
    // none).
    Harness h;
    QVERIFY(h.open());
    const qint64 paid = sell(h, QStringLiteral("ORD-A11Y"), 1500);
    Support s(h);
    s.select(paid);
    SupportPage *support = h.window->supportPage();
    QStringList nameless;
    const auto check = [&nameless](QWidget *page) {
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                nameless << QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QLatin1String(w->metaObject()->className()));
        }
    };
    for (const int tab : {0, 1, 2}) {
        s.page->detail()->tabs()->setCurrentIndex(tab);
        check(s.page);
    }
    QVERIFY(
        s.page->findChild<QComboBox *>(QStringLiteral("currencyCombo"))->lineEdit()->isVisible());
    QTest::keyClick(h.window.get(), Qt::Key_3, Qt::ControlModifier);
    check(support->inspectPage());
    QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!support->reportPage()->isLoading(), 60000);
    check(support->reportPage());
    nameless.removeDuplicates();
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestSupport)
#include "tst_support.moc"
