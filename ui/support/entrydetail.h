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

    /// `duplicates` are the entries this one may duplicate (potentialDuplicates()).
    void setEntry(const JournalEntry &entry, const QList<JournalEntry> &duplicates = {});
    void clear();
    const std::optional<JournalEntry> &entry() const { return m_entry; }

    RecordView *recordView() const;
    JsonTreeView *jsonTree() const;
    QTreeWidget *timeline() const;
    QTabWidget *tabs() const;
    QLabel *duplicateLabel() const;
    QAbstractButton *verifyButton() const;
    QAbstractButton *reprintButton() const;
    /// Shown while the counter's printer keeps receipts it could not print.
    QAbstractButton *printAgainButton() const;
    QAbstractButton *pdfButton() const;
    QAbstractButton *openReceiptButton() const;
    QMenu *copyMenu() const { return m_copyMenu; }

    /// Copies one field of the entry ("intent", "charge", "key", "reference", "receipt");
    /// returns what was copied (empty when the entry has none).
    QString copy(const QString &what);

private:
    Ui::EntryDetail *m_ui;
    QMenu *m_copyMenu;
    std::optional<JournalEntry> m_entry;
};

} // namespace paydesk
