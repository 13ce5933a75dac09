#include "recordview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "chargepanel.h"
#include "intentpanel.h"
#include "receiptpanel.h"
#include "receipts/tillreceipt.h"
#include "widgets/statusbadge.h"

namespace paydesk {

PaymentRecord recordFromEntryColumns(const JournalEntry &entry)
{
    return recordOfEntryColumns(entry);
}

RecordView::RecordView(QWidget *parent)
    : QWidget(parent)
    , m_entryHeader(new QWidget(this))
    , m_entryBadge(new StatusBadge(m_entryHeader))
    , m_entryText(new QLabel(m_entryHeader))
    , m_warnings(new QLabel(this))
    , m_intent(new IntentPanel(this))
    , m_charge(new ChargePanel(this))
    , m_receipt(new ReceiptPanel(this))
{
    auto *header = new QVBoxLayout(m_entryHeader);
    header->setContentsMargins(0, 0, 0, 0);
    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_entryBadge);
    badgeRow->addStretch();
    header->addLayout(badgeRow);
    header->addWidget(m_entryText);
    m_entryBadge->setAccessibleName(tr("Journal state"));
    m_entryText->setAccessibleName(tr("Journal message"));
    m_entryText->setWordWrap(true);
    m_entryText->setTextFormat(Qt::PlainText);
    m_entryText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px;"
                       " border-radius: 4px; font-weight: bold; }")
            .arg(toneBackground(Tone::Warning).name(), toneForeground(Tone::Warning).name()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entryHeader);
    layout->addWidget(m_warnings);
    layout->addWidget(m_intent);
    layout->addWidget(m_charge);
    layout->addWidget(m_receipt);
    layout->addStretch();
    clear();
}

RecordView::~RecordView() = default;

void RecordView::setRecord(const PaymentRecord &record)
{
    m_entryHeader->hide();
    showRecord(record);
}

void RecordView::setEntry(const JournalEntry &entry)
{
    m_entryHeader->show();
    m_entryBadge->setLook(journalStateLook(entry.state));
    QStringList lines;
    if (!entry.errorMessage.isEmpty())
        lines << entry.errorMessage;
    if (!entry.errorDetail.isEmpty())
        lines << entry.errorDetail;
    m_entryText->setText(lines.join(u'\n'));
    m_entryText->setVisible(!lines.isEmpty());
    showRecord(entry.record ? *entry.record : recordFromEntryColumns(entry));
}

void RecordView::showRecord(const PaymentRecord &record)
{
    m_intent->setIntent(record.intent, record.extra);
    // After a decline the intent waits for another card: beside a failed charge, say so in
    // the words of the sale, not "Awaiting a payment method".
    const Charge *last = record.latestCharge();
    if (record.intent.status == u"requires_payment_method" && last && last->status == u"failed")
        m_intent->setStatusLook({Tone::Danger, tr("Declined: another card may be tried")});
    m_charge->setRecord(record);
    m_receipt->setReceipt(record.receipt);
    m_warnings->setText(QStringLiteral("\u26a0 ")
                        + record.warnings.join(QStringLiteral("\n\u26a0 ")));
    m_warnings->setVisible(!record.warnings.isEmpty());
}

void RecordView::clear(const QString &why)
{
    m_entryHeader->hide();
    m_warnings->hide();
    m_intent->clear(why);
    m_charge->clear();
    m_receipt->clear();
}

void RecordView::clearUnknown(const QString &why)
{
    clear(why);
    // "No charge yet" beside an unknown outcome would read as "not charged": say it is not known.
    m_charge->clear(tr("Not known until the sale is verified: the card may have been charged."));
    m_receipt->clear(tr("Not known until the sale is verified."));
}

} // namespace paydesk
