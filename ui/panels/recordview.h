// The result panels together: intent, charge and receipt of one PaymentRecord, plus its
// warnings. The cashier window shows a sale's record in it; the support view shows a journal
// entry (setEntry) or an inspected answer.
#pragma once

#include <QWidget>

#include "core/paymentrecord.h"
#include "journal/journalentry.h"

class QLabel;

namespace paydesk {

class ChargePanel;
class IntentPanel;
class ReceiptPanel;
class StatusBadge;

class RecordView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordView)

public:
    explicit RecordView(QWidget *parent = nullptr);
    ~RecordView() override;

    void setRecord(const PaymentRecord &record);
    /// A journal entry: its state and error above the panels, and its record (or, for an entry
    /// without one, what the journal's own columns know).
    void setEntry(const JournalEntry &entry);
    /// Empties the panels; `why` (e.g. "No answer received") replaces "No intent yet".
    void clear(const QString &why = {});
    /// No answer came: the panels say the charge and the receipt are not known until verified.
    void clearUnknown(const QString &why);

    IntentPanel *intentPanel() const { return m_intent; }
    ChargePanel *chargePanel() const { return m_charge; }
    ReceiptPanel *receiptPanel() const { return m_receipt; }
    StatusBadge *entryBadge() const { return m_entryBadge; }

private:
    void showRecord(const PaymentRecord &record);

    QWidget *m_entryHeader;
    StatusBadge *m_entryBadge;
    QLabel *m_entryText;
    QLabel *m_warnings;
    IntentPanel *m_intent;
    ChargePanel *m_charge;
    ReceiptPanel *m_receipt;
};

/// What a journal entry's own columns say, as a record (for entries without a stored record).
PaymentRecord recordFromEntryColumns(const JournalEntry &entry);

} // namespace paydesk
