#include "journalpage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include "backends/backendspec.h"
#include "core/currency.h"
#include "core/datetext.h"
#include "core/money.h"
#include "entrydetail.h"
#include "journal/duplicates.h"
#include "journaltablemodel.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "payments/saleattempt.h"
#include "payments/verifier.h"
#include "receiptdocument/receiptactions.h"
#include "ui_journalpage.h"
#include "widgets/outputdialogs.h"
#include "widgets/statuslook.h"
#include "workplace/training.h"
#include "workplace/workplace.h"

namespace paydesk {

namespace {

/// An entry for the detail, read on the journal's thread with the entries it may duplicate.
struct ShownEntry
{
    std::optional<JournalEntry> entry;
    QList<JournalEntry> duplicates;
    QList<JournalEntry> refunds; ///< a sale's, newest first
    std::optional<Refundable> refundable;
    std::optional<JournalEntry> sale; ///< a refund's
    QString error; ///< the entry (or a refund's sale) could not be read (not: there is none)
};

} // namespace

JournalPage::JournalPage(Workplace *workplace, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::JournalPage)
    , m_workplace(workplace)
    , m_network(network)
    , m_model(new JournalTableModel(this))
    , m_searchDelay(new QTimer(this))
    , m_receiptActions(new ReceiptActions(this, [this] { return receipt(); }))
{
    m_ui->setupUi(this);
    connect(m_receiptActions, &ReceiptActions::message, this, &JournalPage::message);

    m_ui->stateCombo->addItem(tr("Any"));
    for (JournalState s : allStates())
        m_ui->stateCombo->addItem(journalStateLook(s).text, stateName(s));
    m_ui->backendCombo->addItem(tr("Any"));
    QStringList names; // by name, as the journal's column holds them
    for (BackendKind k : backendKinds())
        names << backendName(k);
    names.sort();
    for (const QString &name : std::as_const(names))
        m_ui->backendCombo->addItem(name, name);
    m_ui->currencyCombo->addItem(QString());
    for (const char *code : {"mxn", "usd", "gbp", "eur"})
        m_ui->currencyCombo->addItem(QLatin1String(code));
    m_ui->currencyCombo->lineEdit()->setPlaceholderText(tr("any"));
    // Wide enough for its placeholder in every language ("cualquiera", "toutes").
    m_ui->currencyCombo->setMinimumContentsLength(
        int(std::max<qsizetype>(m_ui->currencyCombo->lineEdit()->placeholderText().size(), 4)) + 1);
    m_ui->currencyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The edit field is what a screen reader lands on: it carries the combo's name.
    m_ui->currencyCombo->lineEdit()->setAccessibleName(m_ui->currencyCombo->accessibleName());
    // Days as every moment of the support view is written.
    for (QDateEdit *day : {m_ui->fromDate, m_ui->toDate}) {
        day->setDisplayFormat(dateFormatPattern());
        // Its edit field is what a screen reader lands on.
        if (auto *field = day->findChild<QLineEdit *>())
            field->setAccessibleName(day->accessibleName());
    }
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today);
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                        .arg(toneBackground(Tone::Danger).name()));

    QTableView *table = m_ui->table;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // A long reference or id ends in "…" (its tooltip holds it whole), never silently clipped.
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // The entry's number and time first: the duplicate flag ("Twice? #402") and every message
    // name an entry by its number. Then what support looks for: state, amount, the duplicate
    // flag, reference and client; the card, where and who sold it after (the table scrolls
    // sideways to them).
    const JournalTableModel::Column order[]
        = {JournalTableModel::Id,       JournalTableModel::Time,      JournalTableModel::State,
           JournalTableModel::Amount,   JournalTableModel::Duplicate, JournalTableModel::Reference,
           JournalTableModel::Client,   JournalTableModel::Card,      JournalTableModel::Terminal,
           JournalTableModel::Operator, JournalTableModel::Backend,   JournalTableModel::Intent};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        table->horizontalHeader()->moveSection(
            table->horizontalHeader()->visualIndex(order[visual]), visual);
    // Fixed widths from the font and the language: sizing to contents would read every row. The
    // cell's own margins are 4 px a side: 12 leaves room to spare. A column is at least as wide
    // as its caption.
    const auto width = [this, table](int column, const QString &sample) {
        const int caption = table->horizontalHeader()->fontMetrics().horizontalAdvance(
                                m_model->headerData(column, Qt::Horizontal).toString())
            + 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 4;
        return std::max(fontMetrics().horizontalAdvance(sample) + 12, caption);
    };
    const std::pair<int, QString> widths[]
        = {{JournalTableModel::Id, QStringLiteral("99999")},
           {JournalTableModel::Time,
            formatDateTime(QDateTime(QDate(2028, 12, 28), QTime(23, 58, 58)))},
           {JournalTableModel::Terminal, QStringLiteral("counter-12")},
           {JournalTableModel::Operator, QStringLiteral("operator")},
           {JournalTableModel::Backend, QStringLiteral("checkout")},
           {JournalTableModel::Duplicate, JournalTableModel::tr("Twice? #%1").arg(99999)},
           {JournalTableModel::Amount, QStringLiteral("MXN 99,999.00")},
           {JournalTableModel::Card, QStringLiteral("Mastercard \u2022\u2022\u2022\u2022 4444")},
           {JournalTableModel::Client, QStringLiteral("María García")},
           {JournalTableModel::Reference, QStringLiteral("DEMO-0000000")},
           {JournalTableModel::Intent, QStringLiteral("pi_demoXXXXXXXXXXXXXXXXX")}};
    for (const auto &[column, sample] : widths)
        table->setColumnWidth(column, width(column, sample));
    // The flag has its warning sign before the words.
    table->setColumnWidth(JournalTableModel::Duplicate,
                          table->columnWidth(JournalTableModel::Duplicate)
                              + table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    table->setColumnWidth(JournalTableModel::State, widestJournalStateLabel(fontMetrics()) + 14);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({760, 500});
    // Until someone moves it, the splitter gives the table whole columns (fitSplitter()).
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    connect(m_model, &JournalTableModel::loadFailed, this, &JournalPage::setError);
    connect(m_model, &JournalTableModel::loaded, this, &JournalPage::onRowsLoaded);
    connect(m_model, &JournalTableModel::fetched, this, &JournalPage::onRowsFetched);
    connect(m_model, &JournalTableModel::arrived, this, &JournalPage::updateCount);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalPage::onCurrentRowChanged);

    // Filters apply at once; the search box a moment after typing stops, or on Enter.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &JournalPage::applyFilters);
    connect(m_ui->searchInput, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchInput, &QLineEdit::returnPressed, this, &JournalPage::applyFilters);
    for (QComboBox *combo : {m_ui->stateCombo, m_ui->backendCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilters);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, m_searchDelay,
            qOverload<>(&QTimer::start));
    for (QCheckBox *check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, [this] {
            m_ui->fromDate->setEnabled(m_ui->fromCheck->isChecked());
            m_ui->toDate->setEnabled(m_ui->toCheck->isChecked());
            applyFilters();
        });
    for (QDateEdit *date : {m_ui->fromDate, m_ui->toDate})
        connect(date, &QDateEdit::dateChanged, this, &JournalPage::applyFilters);
    for (QLineEdit *amount : {m_ui->minAmountInput, m_ui->maxAmountInput}) {
        connect(amount, &QLineEdit::returnPressed, this, &JournalPage::applyFilters);
        connect(amount, &QLineEdit::editingFinished, this, &JournalPage::applyFilters);
    }
    connect(m_ui->journalClearButton, &QPushButton::clicked, this, &JournalPage::clearFilters);
    connect(m_ui->journalExportButton, &QPushButton::clicked, this, &JournalPage::exportCsv);

    EntryDetail *d = m_ui->detail;
    connect(d->verifyButton(), &QAbstractButton::clicked, this, &JournalPage::verifySelected);
    connect(d->refundButton(), &QAbstractButton::clicked, this, &JournalPage::refundSelected);
    connect(d->confirmButton(), &QAbstractButton::clicked, this, &JournalPage::confirmSelected);
    connect(d->reprintButton(), &QAbstractButton::clicked, this, &JournalPage::printReceipt);
    connect(d->printAgainButton(), &QAbstractButton::clicked, m_receiptActions,
            &ReceiptActions::printAgain);
    connect(m_receiptActions, &ReceiptActions::printerStatusChanged, this, [this] {
        const QAction *again = m_receiptActions->printAgainAction();
        m_ui->detail->printAgainButton()->setVisible(again->isVisible());
        m_ui->detail->printAgainButton()->setEnabled(again->isEnabled());
    });
    connect(d->pdfButton(), &QAbstractButton::clicked, this, &JournalPage::saveReceiptPdf);
    connect(d->openReceiptButton(), &QAbstractButton::clicked, this, &JournalPage::openReceiptLink);

    // Shortcuts of the page (the sale page's are off while this one is shown).
    const std::pair<QKeySequence, void (JournalPage::*)()> keys[]
        = {{QKeySequence(Qt::CTRL | Qt::Key_F), &JournalPage::focusSearch},
           {QKeySequence(Qt::Key_F5), &JournalPage::refresh},
           {QKeySequence(Qt::CTRL | Qt::Key_E), &JournalPage::exportCsv},
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &JournalPage::verifySelected},
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &JournalPage::refundSelected},
           {QKeySequence(Qt::CTRL | Qt::Key_P), &JournalPage::printReceipt},
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &JournalPage::printReceiptWithDialog},
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &JournalPage::saveReceiptPdf},
           {QKeySequence(Qt::CTRL | Qt::Key_O), &JournalPage::openReceiptLink},
           {QKeySequence(Qt::CTRL | Qt::Key_End), &JournalPage::goToEnd}};
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    const std::pair<QAbstractButton *, QString> tips[]
        = {{d->verifyButton(), QStringLiteral("Ctrl+Shift+V")},
           {d->reprintButton(), QStringLiteral("Ctrl+P")},
           {d->pdfButton(), QStringLiteral("Ctrl+Shift+S")},
           {d->openReceiptButton(), QStringLiteral("Ctrl+O")}};
    for (const auto &[button, key] : tips)
        button->setToolTip(button->toolTip() + QStringLiteral(" (") + key + u')');

    m_model->setQuery(m_workplace->journal.get(), JournalQuery{}); // the count follows the rows
}

void JournalPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_splitterMoved)
        fitSplitter();
}

void JournalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterMoved)
        fitSplitter();
}

void JournalPage::fitSplitter()
{
    // The table as wide as the first columns that fit whole beside the detail's least width;
    // the detail takes the rest. No column is cut at the table's edge, the number and the time
    // are always among them.
    QSplitter *splitter = m_ui->splitter;
    const int total = splitter->width() - splitter->handleWidth();
    if (total <= 0)
        return;
    const QTableView *table = m_ui->table;
    const QHeaderView *header = table->horizontalHeader();
    const int chrome = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    const int detailLeast = std::max(m_ui->detail->minimumSizeHint().width(), total * 32 / 100);
    int used = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const int section = header->sectionSize(logical);
        if (used > 0 && chrome + used + section > total - detailLeast)
            break;
        used += section;
    }
    const int tableWidth = std::min(chrome + used, total - m_ui->detail->minimumSizeHint().width());
    splitter->setSizes({tableWidth, total - tableWidth});
}

JournalPage::~JournalPage()
{
    delete m_ui;
}

bool JournalPage::isBusy() const
{
    return m_model->isBusy() || m_countRequest.isOut() || m_detailRequest.isOut() || m_exporting
        || m_seek != 0 || m_toEnd;
}

QTableView *JournalPage::table() const
{
    return m_ui->table;
}

EntryDetail *JournalPage::detail() const
{
    return m_ui->detail;
}

QLineEdit *JournalPage::searchInput() const
{
    return m_ui->searchInput;
}

Expected<JournalQuery, QString> JournalPage::filterQuery() const
{
    JournalQuery q;
    if (const QString s = m_ui->stateCombo->currentData().toString(); !s.isEmpty())
        q.state = stateFromName(s);
    if (const QString b = m_ui->backendCombo->currentData().toString(); !b.isEmpty())
        q.backend = backendFromName(b);
    q.currency = m_ui->currencyCombo->currentText().trimmed().toLower();
    if (!q.currency.isEmpty() && !currencyInfo(q.currency))
        return unexpected(tr("Currency: %1 is not an ISO currency code.").arg(q.currency));
    q.search = m_ui->searchInput->text().trimmed();
    // Whole days, as `journal list --from DAY --to DAY`: [first day 00:00, day after last).
    if (m_ui->fromCheck->isChecked())
        q.from = QDateTime(m_ui->fromDate->date(), QTime(0, 0));
    if (m_ui->toCheck->isChecked())
        q.to = QDateTime(m_ui->toDate->date().addDays(1), QTime(0, 0));
    const QString unitCurrency = q.currency.isEmpty() ? QStringLiteral("usd") : q.currency;
    for (const auto &[input, target, name] :
         {std::tuple{m_ui->minAmountInput, &q.minAmount, tr("Amount from")},
          std::tuple{m_ui->maxAmountInput, &q.maxAmount, tr("Amount to")}}) {
        const QString text = input->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto minor = parseAmount(text, unitCurrency, locale());
        if (!minor)
            return unexpected(QStringLiteral("%1: %2").arg(name, minor.error().message));
        *target = *minor;
    }
    return q;
}

void JournalPage::applyFilters()
{
    m_searchDelay->stop();
    const auto q = filterQuery();
    if (!q) {
        setError(q.error());
        return;
    }
    setError({});
    // Once the rows are in: the selection kept when it is among the first rows, else the
    // first row; never fetched down to (after a search, the entry may be half a million rows
    // down the whole journal).
    m_seek = 0;
    m_toEnd = false;
    m_selectFirst = true;
    m_model->setQuery(m_workplace->journal.get(), *q);
}

void JournalPage::clearFilters()
{
    const QSignalBlocker b1(m_ui->stateCombo), b2(m_ui->backendCombo), b3(m_ui->currencyCombo),
        b4(m_ui->fromCheck), b5(m_ui->toCheck);
    m_ui->searchInput->clear();
    m_ui->stateCombo->setCurrentIndex(0);
    m_ui->backendCombo->setCurrentIndex(0);
    m_ui->currencyCombo->setCurrentIndex(0);
    m_ui->currencyCombo->setEditText(QString());
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_ui->minAmountInput->clear();
    m_ui->maxAmountInput->clear();
    applyFilters();
}

void JournalPage::refresh()
{
    // The rows shown stay until the new ones are in; the selection is kept then.
    m_model->refresh();
}

void JournalPage::onRowsLoaded()
{
    // The first page of a refresh or of a new filter: the table was reset, its current row
    // forgotten. The entry asked for, else the one shown, is selected again when among the rows.
    const bool first = std::exchange(m_selectFirst, false);
    qint64 wanted = m_currentId;
    bool fetch = false;
    if (m_seek) {
        wanted = std::exchange(m_seek, 0);
        fetch = m_seekFetch;
    }
    if (!(wanted && selectEntry(wanted, fetch)) && first && m_model->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_model->index(0, JournalTableModel::State));
    if (m_model->rowCount() == 0) {
        m_currentId = 0;
        ++m_detailAsked;
        m_ui->detail->clear();
    }
    updateCount();
    if (m_toEnd && m_model->atEnd() && !m_model->isLoading())
        finishGoToEnd();
}

void JournalPage::onRowsFetched()
{
    if (m_seek)
        selectEntry(std::exchange(m_seek, 0), m_seekFetch);
    if (m_toEnd && m_model->atEnd())
        finishGoToEnd();
}

void JournalPage::focusSearch()
{
    m_ui->searchInput->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchInput->selectAll();
}

void JournalPage::updateCount()
{
    // Counted after the rows are shown: a count over a large filter may take a moment.
    const JournalQuery q = m_model->query();
    m_countRequest.ask([this, q] {
        m_workplace->journal->run(
            this, tr("counting entries"), [q](const Journal &j) { return j.count(q); },
            [this](const Expected<qint64, QString> &n) {
                if (!m_countRequest.land())
                    return; // another filter since: its count is on its way
                if (!n) {
                    setError(n.error());
                    return;
                }
                m_ui->countLabel->setText(*n == 1 ? tr("1 entry") : tr("%L1 entries").arg(*n));
            });
    });
}

void JournalPage::setError(const QString &error)
{
    m_ui->errorLabel->setText(error.isEmpty() ? QString() : QStringLiteral("\u2716 ") + error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

bool JournalPage::selectEntry(qint64 id, bool fetch)
{
    m_seek = 0;
    if (const int row = m_model->rowOfId(id); row >= 0) {
        m_ui->table->setCurrentIndex(m_model->index(row, JournalTableModel::State));
        m_ui->table->scrollTo(m_model->index(row, JournalTableModel::State));
        return true;
    }
    // Not among the rows yet: looked for again once the rows on their way are in, one page
    // after another while they are newer than it (ids are in descending order).
    const bool more = fetch && !m_model->atEnd() && m_model->rowCount() > 0
        && m_model->idAt(m_model->rowCount() - 1) > id;
    if (!m_model->isLoading() && !more)
        return false;
    m_seek = id;
    m_seekFetch = fetch;
    if (more && !m_model->isLoading())
        m_model->fetchMore({});
    return true;
}

void JournalPage::goToEnd()
{
    // Every id first (on the journal's thread), then the last row.
    m_toEnd = true;
    m_model->fetchAll();
    if (m_model->atEnd() && !m_model->isLoading())
        finishGoToEnd();
}

void JournalPage::finishGoToEnd()
{
    m_toEnd = false;
    if (m_model->rowCount() > 0) {
        m_ui->table->setCurrentIndex(
            m_model->index(m_model->rowCount() - 1, JournalTableModel::State));
        m_ui->table->scrollToBottom();
    }
}

void JournalPage::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid()) {
        m_currentId = 0;
        ++m_detailAsked;
        m_ui->detail->clear();
        return;
    }
    m_currentId = m_model->idAt(current.row());
    showEntry(m_currentId);
}

void JournalPage::showEntry(qint64 id)
{
    // The entry whole (request, answer, events) and the entries it may duplicate, read on the
    // journal's thread. Rows changed faster than the journal answers: only the last is read.
    const quint64 asked = ++m_detailAsked;
    m_detailRequest.ask([this, id, asked] {
        m_workplace->journal->run(
            this, tr("opening entry %1").arg(id),
            [id](const Journal &j) {
                ShownEntry shown;
                if (auto read = j.entry(id))
                    shown.entry = std::move(*read);
                else if (!read.error().isNotFound())
                    shown.error = read.error().message;
                if (shown.entry && shown.entry->kind == EntryKind::RefundEntry) {
                    if (auto sale = j.entry(shown.entry->parentId))
                        shown.sale = std::move(*sale);
                    else if (!sale.error().isNotFound())
                        shown.error = sale.error().message;
                }
                if (shown.entry)
                    if (const auto duplicates = potentialDuplicates(j, *shown.entry))
                        shown.duplicates = *duplicates;
                if (shown.entry && shown.entry->kind == EntryKind::SaleEntry) {
                    JournalQuery refunds;
                    refunds.kind = EntryKind::RefundEntry;
                    refunds.parentId = id;
                    refunds.limit = 1000;
                    if (const auto list = j.list(refunds))
                        shown.refunds = *list;
                    if (const auto left = j.refundable(id))
                        shown.refundable = *left;
                }
                return shown;
            },
            [this, asked, id](const ShownEntry &shown) {
                if (!m_detailRequest.land() || asked != m_detailAsked)
                    return; // another entry was asked for since
                if (!shown.entry) {
                    m_ui->detail->clear();
                    if (!shown.error.isEmpty())
                        Q_EMIT message(
                            tr("Entry %1 could not be read: %2").arg(id).arg(shown.error));
                    return;
                }
                m_refundedSale = shown.sale;
                m_ui->detail->setEntry(*shown.entry, shown.duplicates, shown.refunds,
                                       shown.refundable);
                m_ui->detail->verifyButton()->setEnabled(!m_verifier);
                m_ui->detail->refundButton()->setEnabled(!m_sending);
                m_ui->detail->confirmButton()->setEnabled(!m_sending);
                if (!shown.error.isEmpty())
                    Q_EMIT message(tr("Entry %1 could not be read: %2")
                                       .arg(shown.entry->parentId)
                                       .arg(shown.error));
            });
    });
}

void JournalPage::verifySelected()
{
    const auto &entry = m_ui->detail->entry();
    if (!entry || entry->state != JournalState::Unknown || m_verifier)
        return;
    if (entry->training && !m_workplace->training) {
        QMessageBox::information(this, tr("Training entry"),
                                 tr("Entry %1 is a training sale: no real money moved. Start "
                                    "Paydesk in training mode to check it against the "
                                    "sandbox.")
                                     .arg(entry->id));
        return;
    }
    const qint64 id = entry->id;
    const auto profile = m_workplace->verifyingProfile(*entry);
    if (!profile) {
        Q_EMIT message(tr("Entry %1 could not be verified: %2").arg(id).arg(profile.error()));
        return;
    }
    m_verifier = std::make_unique<Verifier>(m_workplace->journal.get(), m_network, *profile, id);
    m_ui->detail->verifyButton()->setEnabled(false);
    m_ui->detail->verifyButton()->setText(tr("Verifying\u2026"));
    Q_EMIT message(tr("Asking the payment service about entry %1\u2026").arg(id));
    connect(m_verifier.get(), &Verifier::finished, this, [this, id] {
        const VerifyResult r = m_verifier->result();
        m_verifier.release()->deleteLater();
        m_ui->detail->verifyButton()->setText(tr("&Verify"));
        const QString state = r.definite ? journalStateLook(r.state).text : tr("still unknown");
        Q_EMIT message(r.error.isEmpty()
                           ? tr("Entry %1: %2. %3").arg(id).arg(state, r.explanation)
                           : tr("Entry %1 could not be verified: %2").arg(id).arg(r.error));
        refresh();
        if (m_ui->detail->entry() && m_ui->detail->entry()->id == id)
            showEntry(id);
        Q_EMIT verifyFinished(id);
    });
    m_verifier->start();
}

void JournalPage::refundSelected()
{
    const auto &entry = m_ui->detail->entry();
    if (!entry || entry->kind != EntryKind::SaleEntry || entry->state != JournalState::Succeeded
        || m_sending || m_refundDialog)
        return;
    const BackendSpec &spec = backendSpec(entry->backend);
    if (!spec.refundRequest) {
        // Said, never blocking the window: where this backend's refunds are made.
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Refunds of %1 sales").arg(backendName(entry->backend)),
                                    tr("Paydesk cannot refund sale %1: %2")
                                        .arg(entry->id)
                                        .arg(spec.whereToRefund(entry->reference)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("refundElsewhere"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const auto &left = m_ui->detail->refundable();
    if (!left)
        return;
    if (left->openRefundId > 0) {
        Q_EMIT message(tr("Refund %1 of sale %2 has no settled outcome yet: verify it before "
                          "another refund.")
                           .arg(left->openRefundId)
                           .arg(entry->id));
        return;
    }
    const QString currency = left->captured.currency;
    if (left->leftMinor() <= 0) {
        Q_EMIT message(tr("Sale %1 is refunded in full.").arg(entry->id));
        return;
    }
    const JournalEntry sale = *entry;
    const Refundable refundable = *left;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Refund sale %1").arg(sale.id));
    auto *form = new QFormLayout(dialog);
    auto *figures = new QLabel(tr("It took %1; %2 is refunded already: at most %3 can be refunded.")
                                   .arg(formatMoney(refundable.captured.minor, currency),
                                        formatMoney(refundable.refundedMinor, currency),
                                        formatMoney(refundable.leftMinor(), currency)),
                               dialog);
    figures->setWordWrap(true);
    form->addRow(figures);
    auto *amount = new QLineEdit(formatAmount(refundable.leftMinor(), currency), dialog);
    amount->setObjectName(QStringLiteral("refundAmountInput"));
    form->addRow(tr("&Amount (%1):").arg(currency.toUpper()), amount);
    auto *reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("refundReasonCombo"));
    for (const QString &r : refundReasons())
        reason->addItem(QString(r).replace(u'_', u' '), r);
    // A possible double charge is refunded as a duplicate unless support says otherwise.
    reason->setCurrentIndex(reason->findData(m_ui->detail->flaggedAsDuplicate()
                                                 ? QStringLiteral("duplicate")
                                                 : QStringLiteral("requested_by_customer")));
    form->addRow(tr("&Reason:"), reason);
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("refundErrorLabel"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *go = buttons->addButton(tr("&Refund\u2026"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("refundGoButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    m_refundDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] { m_refundDialog = nullptr; });
    connect(go, &QPushButton::clicked, dialog, [=, this] {
        // Checked here, said beside the field; the journal checks it again as it writes.
        const auto minor = parseAmount(amount->text(), currency, QLocale());
        QString problem;
        if (!minor)
            problem = minor.error().message;
        else if (*minor <= 0)
            problem = tr("Give an amount greater than zero.");
        else if (*minor > refundable.leftMinor())
            problem = tr("At most %1 can be refunded.")
                          .arg(formatMoney(refundable.leftMinor(), currency));
        if (!problem.isEmpty()) {
            error->setText(problem);
            error->show();
            return;
        }
        const Money money{*minor, currency};
        const QString card = sale.last4.isEmpty()
            ? tr("the card that paid sale %1").arg(sale.id)
            : tr("%1 \u2022\u2022\u2022\u2022 %2")
                  .arg(sale.cardBrand.isEmpty() ? tr("card") : sale.cardBrand, sale.last4);
        auto *confirmation
            = new QMessageBox(QMessageBox::Question, tr("Refund %1?").arg(formatMoney(money)),
                              tr("Refund %1 to %2 (%3, sale %4)?")
                                  .arg(formatMoney(money), card, backendName(sale.backend))
                                  .arg(sale.id),
                              QMessageBox::Yes | QMessageBox::Cancel, dialog);
        confirmation->setObjectName(QStringLiteral("refundConfirmation"));
        confirmation->button(QMessageBox::Yes)->setText(tr("Refund %1").arg(formatMoney(money)));
        confirmation->setDefaultButton(QMessageBox::Cancel);
        confirmation->setAttribute(Qt::WA_DeleteOnClose);
        const QString why = reason->currentData().toString();
        connect(confirmation, &QMessageBox::finished, dialog, [=, this](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            // Sent first: closing the form deletes it, and this handler with it.
            send(sale.id, refundOperation(sale, RefundOrder{sale.intentId, money, why}), true);
            dialog->accept();
        });
        confirmation->open();
    });
    dialog->open();
}

void JournalPage::confirmSelected()
{
    const auto &entry = m_ui->detail->entry();
    if (!entry || entry->kind != EntryKind::SaleEntry || entry->state != JournalState::Created
        || m_sending || !backendSpec(entry->backend).confirmRequest)
        return;
    const auto profile = m_workplace->verifyingProfile(*entry);
    if (!profile) {
        Q_EMIT message(
            tr("Entry %1 could not be confirmed: %2").arg(entry->id).arg(profile.error()));
        return;
    }
    const auto method = confirmPaymentMethod(*entry, *profile);
    if (!method) {
        Q_EMIT message(
            tr("Entry %1 could not be confirmed: %2").arg(entry->id).arg(method.error()));
        return;
    }
    send(entry->id, confirmOperation(*entry, *method), false);
}

void JournalPage::send(qint64 id, const PaymentOperation &operation, bool refund)
{
    const auto &entry = m_ui->detail->entry();
    if (!entry || entry->id != id || m_sending)
        return;
    // Sent where the sale went, with that profile's credentials (as verify asks).
    const auto profile = m_workplace->verifyingProfile(*entry);
    if (!profile) {
        Q_EMIT message(tr("Entry %1: %2").arg(id).arg(profile.error()));
        return;
    }
    m_sending = std::make_unique<SaleAttempt>(m_workplace->journal.get(), m_network, *profile,
                                              operation, m_workplace->context, JobOptions{});
    m_ui->detail->refundButton()->setEnabled(false);
    m_ui->detail->confirmButton()->setEnabled(false);
    Q_EMIT message(refund ? tr("Sending the refund of sale %1\u2026").arg(id)
                          : tr("Confirming entry %1\u2026").arg(id));
    connect(m_sending.get(), &SaleAttempt::finished, this, [this, id, refund] {
        const qint64 written = m_sending->journalId();
        const JournalState state = m_sending->state();
        const QString journalError = m_sending->journalError();
        const JobResult result = m_sending->result();
        m_sending.release()->deleteLater();
        QString text;
        if (written == 0)
            text = tr("Nothing was sent: %1").arg(journalError);
        else if (state == JournalState::Unknown)
            text = refund ? tr("Refund %1 of sale %2 got no usable answer: verify it before "
                               "anything else.")
                                .arg(written)
                                .arg(id)
                          : tr("The confirm of entry %1 got no usable answer: verify it before "
                               "anything else.")
                                .arg(id);
        else if (result.error)
            text = (refund ? tr("Refund %1 of sale %2 was refused: %3")
                                 .arg(written)
                                 .arg(id)
                                 .arg(result.error->cashierText())
                           : tr("The confirm of entry %1 was refused: %2")
                                 .arg(id)
                                 .arg(result.error->cashierText()));
        else
            text = refund ? tr("Refund %1 of sale %2: %3.")
                                .arg(written)
                                .arg(id)
                                .arg(journalStateLook(state).text)
                          : tr("Entry %1 confirmed: %2.").arg(id).arg(journalStateLook(state).text);
        Q_EMIT message(text);
        refresh();
        if (m_ui->detail->entry() && m_ui->detail->entry()->id == id)
            showEntry(id);
        if (refund)
            Q_EMIT refundFinished(id, written, state);
        else
            Q_EMIT confirmFinished(id, state);
    });
    m_sending->start();
}

std::optional<TillReceipt> JournalPage::receipt() const
{
    const auto &entry = m_ui->detail->entry();
    if (!entry || entry->state != JournalState::Succeeded)
        return std::nullopt;
    // A refund's slip: the amount refunded and the original sale it refunds; a sale's till
    // receipt as the counter printed it (Workplace::tillReceipt, as paydeskctl reprints it).
    if (entry->kind == EntryKind::RefundEntry
        && !(m_refundedSale && m_refundedSale->id == entry->parentId))
        return std::nullopt;
    return m_workplace->tillReceipt(
        *entry, entry->kind == EntryKind::RefundEntry ? &*m_refundedSale : nullptr,
        tr("Paid (copy)"));
}

void JournalPage::setCounterPrinter(ReceiptPrinter *printer)
{
    m_receiptActions->setCounterPrinter(printer);
}

void JournalPage::printReceipt()
{
    m_receiptActions->print(tr("Reprint receipt"));
}

void JournalPage::printReceiptWithDialog()
{
    m_receiptActions->printWithDialog(tr("Reprint receipt"));
}

void JournalPage::saveReceiptPdf()
{
    m_receiptActions->savePdf();
}

bool JournalPage::writeReceiptPdf(const QString &path)
{
    return m_receiptActions->writePdf(path);
}

void JournalPage::openReceiptLink()
{
    m_ui->detail->recordView()->receiptPanel()->openLink();
}

void JournalPage::exportCsv()
{
    if (!filterQuery())
        return applyFilters(); // shows what is wrong
    openSaveDialog(this, tr("Export the journal as CSV"), tr("CSV files (*.csv)"),
                   QStringLiteral("journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                   [this](const QString &path) { writeCsv(path); });
}

bool JournalPage::writeCsv(const QString &path)
{
    const auto q = filterQuery();
    if (!q) {
        setError(q.error());
        return false;
    }
    if (m_exporting) {
        Q_EMIT message(tr("An export is already being written: wait for it to finish."));
        return false;
    }
    m_exporting = true;
    QPushButton *button = m_ui->journalExportButton;
    m_exportText = button->text();
    button->setText(tr("Exporting\u2026"));
    button->setEnabled(false);
    Q_EMIT message(tr("Exporting the journal to %1\u2026").arg(QDir::toNativeSeparators(path)));
    const JournalQuery query = *q;
    m_workplace->journal->run(
        this, tr("exporting entries to CSV"),
        [path, query](const Journal &j) -> Expected<qint64, QString> {
            // The file is opened, written and committed here, on the journal's thread only.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
            const auto rows = j.exportCsv(file, query);
            if (!rows)
                return unexpected(rows.error()); // not committed: nothing replaced
            if (!file.commit())
                return unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return *rows;
        },
        [this, path](const Expected<qint64, QString> &rows) {
            m_exporting = false;
            m_ui->journalExportButton->setText(m_exportText);
            m_ui->journalExportButton->setEnabled(true);
            if (!rows) {
                Q_EMIT message(tr("Not exported: %1").arg(rows.error()));
                Q_EMIT exportFinished(path, -1);
                QMessageBox::warning(this, tr("Not exported"), rows.error());
                return;
            }
            Q_EMIT message(tr("Exported %Ln entries to %1", nullptr, int(*rows))
                               .arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(path, *rows);
        });
    return true;
}

void JournalPage::entriesChanged(const QList<qint64> &ids)
{
    m_model->entriesChanged(ids);
    if (m_currentId != 0 && ids.contains(m_currentId))
        showEntry(m_currentId);
}

} // namespace paydesk
