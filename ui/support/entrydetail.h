// One journal entry for support: who, when and where, a possible double charge, the actions
// (verify, reprint, receipt PDF and link, copy ids), and three views of it: the payment (the
// cashier window's RecordView panels, with the error), the timeline, and the redacted request
// and answer as a JSON tree.
#pragma once

#include <optional>

#include <QWidget>

#include "journal/journalentry.h"

class QAbstractButton;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeWidget;

namespace Ui {
class EntryDetail;
}

namespace paydesk {

class JsonTreeView;
class RecordView;

class EntryDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDetail)

public:
    explicit EntryDetail(QWidget *parent = nullptr);
    ~EntryDetail() override;

    /// `duplicates` are the entries this one may duplicate (potentialDuplicates()); `refunds`
    /// the refunds of a sale (newest first) and `refundable` what is left to refund of it.
    void setEntry(const JournalEntry &entry, const QList<JournalEntry> &duplicates = {},
                  const QList<JournalEntry> &refunds = {},
                  const std::optional<Refundable> &refundable = std::nullopt);
    void clear();
    const std::optional<JournalEntry> &entry() const { return m_entry; }
    const std::optional<Refundable> &refundable() const { return m_refundable; }
    /// The entry is flagged as a possible double charge.
    bool flaggedAsDuplicate() const { return m_flagged; }

    RecordView *recordView() const;
    JsonTreeView *jsonTree() const;
    QTreeWidget *timeline() const;
    QTabWidget *tabs() const;
    QLabel *duplicateLabel() const;
    /// Shown for an unknown outcome: what it means, what to do, and Verify.
    QWidget *unknownBanner() const;
    QAbstractButton *verifyButton() const;
    /// A paid sale: Refund… (where the backend has no refund API, it says where refunds are made).
    QAbstractButton *refundButton() const;
    /// A created intent of a backend with a confirm endpoint.
    QAbstractButton *confirmButton() const;
    /// A sale's refunds and what is left to refund; a refund's sale.
    QLabel *refundsLabel() const;
    QAbstractButton *reprintButton() const;
    /// Shown while the counter's printer keeps receipts it could not print.
    QAbstractButton *printAgainButton() const;
    QAbstractButton *pdfButton() const;
    QAbstractButton *openReceiptButton() const;
    QMenu *copyMenu() const { return m_copyMenu; }

    /// Copies one field of the entry ("intent", "charge", "key", "reference", "receipt");
    /// returns what was copied (empty when the entry has none).
    QString copy(const QString &what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitTimelineRows();
    Ui::EntryDetail *m_ui;
    QMenu *m_copyMenu;
    std::optional<JournalEntry> m_entry;
    std::optional<Refundable> m_refundable;
    bool m_flagged = false;
};

} // namespace paydesk
