#include "entrydetail.h"

#include <algorithm>

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

#include "backends/backendspec.h"
#include "core/datetext.h"
#include "journal/duplicates.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "ui_entrydetail.h"
#include "widgets/statuslook.h"

namespace paydesk {

EntryDetail::EntryDetail(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::EntryDetail)
    , m_copyMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    // A sentence when nothing is chosen, a long title in French: it wraps rather than widen the
    // pane (the journal's table beside it keeps its first columns in view).
    m_ui->titleLabel->setWordWrap(true);
    m_ui->duplicateLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px;"
                       " border-radius: 4px; font-weight: bold; }")
            .arg(toneBackground(Tone::Warning).name(), toneForeground(Tone::Warning).name()));
    // An unknown outcome: what it means and what to do, with Verify as the way on.
    m_ui->unknownBanner->setObjectName(QStringLiteral("unknownBanner"));
    m_ui->unknownBanner->setStyleSheet(
        QStringLiteral("QFrame#unknownBanner { background: %1; border-radius: 4px; }"
                       " QFrame#unknownBanner > QLabel { color: %2; }")
            .arg(toneBackground(Tone::Warning).name(), toneForeground(Tone::Warning).name()));
    QFont verify = m_ui->entryVerifyButton->font();
    verify.setBold(true);
    m_ui->entryVerifyButton->setFont(verify);
    m_ui->entryVerifyButton->setDefault(true);

    const std::pair<const char *, const char *> fields[]
        = {{"intent", QT_TR_NOOP("Intent id")},
           {"charge", QT_TR_NOOP("Charge id")},
           {"key", QT_TR_NOOP("Idempotency-Key")},
           {"reference", QT_TR_NOOP("Reference")},
           {"receipt", QT_TR_NOOP("Receipt link")}};
    for (const auto &[what, label] : fields) {
        QAction *action = m_copyMenu->addAction(tr(label));
        action->setObjectName(QStringLiteral("copy_") + QLatin1String(what));
        const QString field = QLatin1String(what);
        connect(action, &QAction::triggered, this, [this, field] { copy(field); });
    }
    m_ui->entryCopyButton->setMenu(m_copyMenu);
    // Each event on a line (its time, as every moment of the support view, its kind and state),
    // its detail (an error, what verify found) whole on the lines under it: nothing cut.
    m_ui->timeline->setColumnWidth(0,
                                   fontMetrics().horizontalAdvance(formatDateTime(
                                       QDateTime(QDate(2028, 12, 28), QTime(23, 58, 58))))
                                       + 16);
    m_ui->timeline->setColumnWidth(
        1, fontMetrics().horizontalAdvance(QStringLiteral("recovered")) + 16);
    m_ui->timeline->setColumnHidden(3, true); // the detail is the row under the event
    m_ui->timeline->header()->setStretchLastSection(true);
    m_ui->timeline->setUniformRowHeights(false);
    m_ui->timeline->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_ui->timeline->viewport()->installEventFilter(this);
    // A refund or a confirm is a button of its own size, not a bar across the pane.
    for (QWidget *button : {m_ui->entryRefundButton, m_ui->entryConfirmButton})
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // The chosen event's detail under the list too: support copies it from there.
    connect(m_ui->timeline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            item = item->parent();
        const QString detail = item ? item->text(3) : QString();
        m_ui->timelineDetail->setText(
            item ? tr("%1, %2: %3").arg(item->text(1), item->text(0), detail) : QString());
        m_ui->timelineDetail->setVisible(!detail.isEmpty());
    });
    clear();
}

EntryDetail::~EntryDetail()
{
    delete m_ui;
}

RecordView *EntryDetail::recordView() const
{
    return m_ui->entryRecordView;
}
JsonTreeView *EntryDetail::jsonTree() const
{
    return m_ui->jsonTree;
}
QTreeWidget *EntryDetail::timeline() const
{
    return m_ui->timeline;
}
QTabWidget *EntryDetail::tabs() const
{
    return m_ui->tabs;
}
QLabel *EntryDetail::duplicateLabel() const
{
    return m_ui->duplicateLabel;
}
QWidget *EntryDetail::unknownBanner() const
{
    return m_ui->unknownBanner;
}
QAbstractButton *EntryDetail::verifyButton() const
{
    return m_ui->entryVerifyButton;
}
QAbstractButton *EntryDetail::refundButton() const
{
    return m_ui->entryRefundButton;
}
QAbstractButton *EntryDetail::confirmButton() const
{
    return m_ui->entryConfirmButton;
}
QLabel *EntryDetail::refundsLabel() const
{
    return m_ui->refundsLabel;
}
QAbstractButton *EntryDetail::printAgainButton() const
{
    return m_ui->entryPrintAgainButton;
}

QAbstractButton *EntryDetail::reprintButton() const
{
    return m_ui->entryReprintButton;
}
QAbstractButton *EntryDetail::pdfButton() const
{
    return m_ui->entryPdfButton;
}
QAbstractButton *EntryDetail::openReceiptButton() const
{
    return m_ui->entryOpenReceiptButton;
}

void EntryDetail::setEntry(const JournalEntry &entry, const QList<JournalEntry> &duplicates,
                           const QList<JournalEntry> &refunds,
                           const std::optional<Refundable> &refundable)
{
    m_entry = entry;
    m_refundable = refundable;
    m_flagged = !duplicates.isEmpty();
    setEnabled(true);
    const QString when = formatDateTime(entry.createdAt);
    const bool isRefund = entry.kind == EntryKind::RefundEntry;
    const QString training = entry.training ? tr(" \u00b7 training") : QString();
    m_ui->titleLabel->setText(isRefund
                                  ? tr("Refund %1 of sale %2 \u00b7 %3 \u00b7 %4%5")
                                        .arg(entry.id)
                                        .arg(entry.parentId)
                                        .arg(when, journalStateLook(entry.state).text, training)
                                  : tr("Entry %1 \u00b7 %2 \u00b7 %3%4")
                                        .arg(entry.id)
                                        .arg(when, journalStateLook(entry.state).text, training));
    QStringList facts{tr("Terminal %1, operator %2").arg(entry.terminal, entry.operatorName),
                      tr("profile %1 (%2)").arg(entry.profile, backendName(entry.backend))};
    if (entry.httpStatus > 0)
        facts << tr("HTTP %1").arg(entry.httpStatus);
    m_ui->factsLabel->setText(facts.join(QStringLiteral(", ")) + u'\n'
                              + tr("Idempotency-Key %1").arg(entry.idempotencyKey));

    const QString duplicateText = duplicateSummary(entry, duplicates);
    m_ui->duplicateLabel->setText(QStringLiteral("\u26a0 ") + duplicateText);
    m_ui->duplicateLabel->setVisible(!duplicateText.isEmpty());

    m_ui->entryRecordView->setEntry(entry);

    m_ui->timeline->clear();
    // The sale's own events, and its refunds among them at the time each was written.
    struct Row
    {
        QDateTime at;
        QString kind;
        JournalState state;
        QString detail;
    };
    QList<Row> rows;
    for (const JournalEvent &e : entry.events)
        rows.append({e.at, e.kind, e.state, e.detail});
    for (const JournalEntry &r : refunds)
        rows.append(
            {r.createdAt, QStringLiteral("refund"), r.state,
             tr("Refund %1: %2%3 (%4)")
                 .arg(r.id)
                 .arg(r.amount ? formatMoney(*r.amount) : QString(),
                      r.remoteId.isEmpty() ? QString() : tr(", Dots refund %1").arg(r.remoteId),
                      journalStateLook(r.state).text)});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.at < b.at; });
    for (const Row &e : rows) {
        const StatusLook look = journalStateLook(e.state);
        auto *item = new QTreeWidgetItem(m_ui->timeline,
                                         {formatDateTime(e.at), e.kind, look.label(), e.detail});
        if (!e.detail.isEmpty()) {
            auto *detail = new QTreeWidgetItem(item, {e.detail});
            detail->setFlags(Qt::ItemIsEnabled);
            detail->setFirstColumnSpanned(true);
            item->setExpanded(true);
        }
    }
    fitTimelineRows();
    // What was refunded, and what is left; a refund says whose it is.
    QString refundsText;
    if (isRefund) {
        refundsText = tr("Refund of sale %1.").arg(entry.parentId);
    } else if (refundable && !refunds.isEmpty()) {
        const QString currency = refundable->captured.currency;
        refundsText = tr("Refunded %1 of %2; %3 not settled yet; left to refund: %4.")
                          .arg(formatMoney(refundable->refundedMinor, currency),
                               formatMoney(refundable->captured.minor, currency),
                               formatMoney(refundable->openMinor, currency),
                               formatMoney(qMax<qint64>(0, refundable->leftMinor()), currency));
        if (refunds.isEmpty())
            refundsText.clear(); // nothing refunded: the sale's panels say what it took
    }
    m_ui->refundsLabel->setText(refundsText);
    m_ui->refundsLabel->setVisible(!refundsText.isEmpty());
    // The last event (the outcome) is the one support wants first.
    const int events = m_ui->timeline->topLevelItemCount();
    m_ui->timeline->setCurrentItem(events ? m_ui->timeline->topLevelItem(events - 1) : nullptr);

    QList<QPair<QString, QJsonValue>> roots{{QStringLiteral("request"), entry.request},
                                            {QStringLiteral("answer"), entry.answer}};
    if (!entry.errorKind.isEmpty())
        roots.append({QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), entry.errorKind},
                                  {QStringLiteral("message"), entry.errorMessage},
                                  {QStringLiteral("detail"), entry.errorDetail}}});
    m_ui->jsonTree->setRoots(roots);

    m_ui->entryVerifyButton->setVisible(entry.state == JournalState::Unknown);
    m_ui->unknownBanner->setVisible(entry.state == JournalState::Unknown);
    m_ui->unknownLabel->setText(
        isRefund ? tr("\u26a0 No one knows yet whether this refund was made: its answer never "
                      "came. Do not refund the sale again. Verify asks the payment service and "
                      "settles the refund with its proof.")
                 : tr("\u26a0 No one knows yet whether the customer paid: the answer never came, "
                      "and the payment service may have taken the money. Do not charge again. "
                      "Verify asks the payment service and settles the sale with its proof."));
    const bool paid = entry.state == JournalState::Succeeded;
    const BackendSpec &spec = backendSpec(entry.backend);
    // A refund is a support action on a paid sale; where the backend has no refund API the
    // button says where refunds are made.
    m_ui->entryRefundButton->setVisible(paid && !isRefund);
    m_ui->entryRefundButton->setToolTip(
        spec.refundRequest ? tr("Refund this sale, all or part of it (Ctrl+Shift+R)")
                           : spec.whereToRefund(entry.reference));
    m_ui->entryConfirmButton->setVisible(entry.state == JournalState::Created && !isRefund
                                         && spec.confirmRequest != nullptr);
    // A paid sale's receipt, or a refund's slip.
    m_ui->entryReprintButton->setEnabled(paid);
    m_ui->entryPdfButton->setEnabled(paid);
    m_ui->entryOpenReceiptButton->setEnabled(
        !m_ui->entryRecordView->receiptPanel()->link().isEmpty());
    const auto actions = m_copyMenu->actions();
    for (QAction *a : actions) {
        const QString what = a->objectName().mid(5);
        const QString value = what == u"intent" ? entry.intentId
            : what == u"charge"                 ? entry.chargeId
            : what == u"key"                    ? entry.idempotencyKey
            : what == u"reference"              ? entry.reference
                                                : entry.receiptUrl;
        a->setEnabled(!value.isEmpty());
    }
}

bool EntryDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->timeline->viewport() && event->type() == QEvent::Resize)
        fitTimelineRows();
    return QWidget::eventFilter(watched, event);
}

void EntryDetail::fitTimelineRows()
{
    // An event's detail wraps in the width of the row under it: the row is as tall as its lines
    // (a tree view gives a spanned row one line, and the delegate then shortens it to "…").
    QTreeWidget *timeline = m_ui->timeline;
    const int width = timeline->viewport()->width() - timeline->indentation() - 8;
    if (width <= 0)
        return;
    const QFontMetrics fm = timeline->fontMetrics();
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *event = timeline->topLevelItem(i);
        for (int c = 0; c < event->childCount(); ++c) {
            QTreeWidgetItem *detail = event->child(c);
            const QRect lines
                = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, detail->text(0));
            detail->setSizeHint(0, QSize(width, lines.height() + 4));
        }
    }
    timeline->doItemsLayout();
}

void EntryDetail::clear()
{
    m_entry.reset();
    m_ui->titleLabel->setText(tr("Select an entry to see its payment, timeline and answer."));
    m_ui->factsLabel->clear();
    m_ui->duplicateLabel->hide();
    m_ui->entryRecordView->clear();
    m_ui->timeline->clear();
    m_ui->jsonTree->setRoots({});
    m_ui->entryVerifyButton->hide();
    m_ui->unknownBanner->hide();
    m_ui->entryRefundButton->hide();
    m_ui->entryConfirmButton->hide();
    m_ui->refundsLabel->hide();
    m_refundable.reset();
    m_flagged = false;
    m_ui->entryReprintButton->setEnabled(false);
    m_ui->entryPdfButton->setEnabled(false);
    m_ui->entryOpenReceiptButton->setEnabled(false);
    const auto actions = m_copyMenu->actions();
    for (QAction *a : actions)
        a->setEnabled(false);
}

QString EntryDetail::copy(const QString &what)
{
    if (!m_entry)
        return {};
    const JournalEntry &e = *m_entry;
    const QString value = what == u"intent" ? e.intentId
        : what == u"charge"                 ? e.chargeId
        : what == u"key"                    ? e.idempotencyKey
        : what == u"reference"              ? e.reference
        : what == u"receipt"                ? e.receiptUrl
                                            : QString();
    if (!value.isEmpty())
        QGuiApplication::clipboard()->setText(value);
    return value;
}

} // namespace paydesk
