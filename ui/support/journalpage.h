// The journal for support staff: filters and one search box (a JournalQuery, as
// `paydeskctl journal list` builds), the entries newest first (loaded on demand), the selected
// entry in detail, and the actions: verify an unknown entry, reprint, receipt PDF and link, copy
// ids, export the filter to CSV.
#pragma once

#include <memory>
#include <optional>

#include <QWidget>

#include "backends/profile.h"
#include "core/expected.h"
#include "journal/journal.h"
#include "latestrequest.h"
#include "receiptdocument/receiptdocument.h"

class QDialog;
class QLineEdit;
class QNetworkAccessManager;
class QTableView;
class QTimer;

namespace Ui {
class JournalPage;
}

namespace paydesk {

class EntryDetail;
class JournalTableModel;
class ReceiptActions;
class ReceiptPrinter;
class Workplace;
class Verifier;
class SaleAttempt;

class JournalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    JournalPage(Workplace *workplace, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~JournalPage() override;

    /// The query the filters describe; the error names the filter at fault.
    Expected<JournalQuery, QString> filterQuery() const;
    JournalTableModel *model() const { return m_model; }
    QTableView *table() const;
    EntryDetail *detail() const;
    QLineEdit *searchInput() const;
    bool isVerifying() const { return m_verifier != nullptr; }
    /// A refund or a confirm is being sent.
    bool isSending() const { return m_sending != nullptr; }
    /// The refund form of the selected sale while it is open (amount, reason, Refund), then the
    /// confirmation that says the amount and the card; null otherwise.
    QDialog *refundDialog() const { return m_refundDialog; }
    bool isExporting() const { return m_exporting; }
    /// Something is on its way from the journal: rows, the count, an entry's detail, an export.
    bool isBusy() const;

    /// Selects the entry's row, fetching pages until it is loaded unless `fetch` is false. The
    /// rows come from the journal's thread: true when it is selected now, or when it will be
    /// once the rows on their way are in (if they hold it); false when the rows loaded show
    /// that the filter hides it (or it is not loaded and `fetch` is false). Its detail follows.
    bool selectEntry(qint64 id, bool fetch = true);
    /// The receipt of the selected entry, when it was paid.
    std::optional<TillReceipt> receipt() const;
    /// The counter's receipt printer, shared with the sale page (null: the print dialog).
    void setCounterPrinter(ReceiptPrinter *printer);
    ReceiptActions *receiptActions() const { return m_receiptActions; }

public Q_SLOTS:
    /// Runs the filters' query (reports a bad filter instead).
    void applyFilters();
    void clearFilters();
    /// Reloads from the newest entry, keeping the selection.
    void refresh();
    void focusSearch();
    void exportCsv();
    /// Starts writing the current filter's entries to `path` on the journal's thread (the page
    /// says "Exporting…", then the number of rows, or a message why not: exportFinished());
    /// false when it cannot start (a bad filter, an export already being written).
    bool writeCsv(const QString &path);
    void verifySelected();
    /// Refund… on the selected paid sale: the refund form (amount preset to what is left,
    /// reason `duplicate` when it is flagged as a possible double charge), then a confirmation
    /// with the amount and the card; where its backend has no refund API, where refunds are
    /// made. Nothing is sent before the confirmation.
    void refundSelected();
    /// Confirm on the selected created intent: sent once (compare-and-set from created).
    void confirmSelected();
    /// The counter's printer when one is configured, else the print dialog.
    void printReceipt();
    void printReceiptWithDialog();
    void saveReceiptPdf();
    bool writeReceiptPdf(const QString &path);
    void openReceiptLink();
    void goToEnd();
    /// The store announced these entries written or changed (StoreLive): the rows follow in
    /// place, new ones appear on top, and the detail of the entry shown is read again.
    void entriesChanged(const QList<qint64> &ids);

Q_SIGNALS:
    void message(const QString &text);
    void verifyFinished(qint64 id);
    /// A refund of sale `saleId` ended: `refundId` is its entry (0 when it was refused before
    /// anything was written), `state` its outcome.
    void refundFinished(qint64 saleId, qint64 refundId, paydesk::JournalState state);
    void confirmFinished(qint64 id, paydesk::JournalState state);
    /// The CSV export to `path` is written (`rows` entries), or failed (`rows` is -1).
    void exportFinished(const QString &path, qint64 rows);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitSplitter();
    void onCurrentRowChanged();
    void onRowsLoaded();
    void onRowsFetched();
    void finishGoToEnd();
    void showEntry(qint64 id);
    /// Journals and sends the refund (or the confirm) `operation` of entry `id`.
    void send(qint64 id, const struct PaymentOperation &operation, bool refund);
    void updateCount();
    void setError(const QString &error);

    Ui::JournalPage *m_ui;
    Workplace *m_workplace;
    QNetworkAccessManager *m_network;
    JournalTableModel *m_model;
    QTimer *m_searchDelay;
    std::unique_ptr<Verifier> m_verifier;
    std::unique_ptr<SaleAttempt> m_sending;
    QDialog *m_refundDialog = nullptr;
    std::optional<JournalEntry> m_refundedSale; ///< the sale of the refund shown
    ReceiptActions *m_receiptActions;

    // What to do once the rows on their way are in.
    qint64 m_currentId = 0; ///< the entry of the current row: selected again after a reload
    qint64 m_seek = 0; ///< selectEntry() asked while its row was not loaded yet
    bool m_seekFetch = false;
    bool m_selectFirst = false; ///< a new filter: the first row when the selection is not in it
    bool m_toEnd = false; ///< Ctrl+End: the last row once every id is in
    // Answers on their way (one of a kind; the last asked wins).
    LatestRequest m_countRequest;
    LatestRequest m_detailRequest;
    quint64 m_detailAsked = 0; ///< the detail asked for last (a cleared detail counts)
    bool m_exporting = false;
    bool m_splitterMoved = false; ///< the table's width is someone's choice, not fitSplitter()'s
    QString m_exportText;
};

} // namespace paydesk
