// What can be done with a receipt, one way for the sale page and the support view: print it,
// save it as PDF, write it as PDF without asking. Printing goes to the counter's receipt printer
// (ESC/POS, app/devices/receiptprinter.h) when one is configured, else to the print dialog (a
// PDF in the documents folder when there is no printer); the dialog is always one shortcut away.
// A receipt the counter's printer could not print stays queued and "Print again" (one action,
// shown while something waits) sends it. Messages for the status bar come by signal, in plain
// words; a PDF that cannot be written is said in a message box. Nothing here touches a sale.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>

#include "devices/receiptprinter.h"
#include "receiptdocument.h"

class QAction;
class QPrinter;
class QWidget;

namespace paydesk {

class ReceiptActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptActions)

public:
    /// `receipt` gives the receipt to act on now (none: nothing to do); `parent` hosts dialogs.
    ReceiptActions(QWidget *parent, std::function<std::optional<TillReceipt>()> receipt);
    ~ReceiptActions() override;

    /// The counter's printer (shared by the pages of one window); null: the print dialog.
    void setCounterPrinter(ReceiptPrinter *printer);
    ReceiptPrinter *counterPrinter() const { return m_counter; }
    /// "Print again": enabled and visible while a receipt waits after a failed print.
    QAction *printAgainAction() const { return m_printAgain; }
    /// The printer's last word, in plain words ("Printing…", "Printed.", why not); empty
    /// before the first print.
    QString printerStatus() const { return m_status; }
    /// Forgets the last word once nothing waits (the next sale starts clean); a kept receipt's
    /// reason stays until it is printed.
    void clearPrinterStatus();

    /// receipt-<number>.pdf (receipt-<intent id>.pdf without a receipt number).
    static QString fileName(const TillReceipt &receipt);

public Q_SLOTS:
    /// The counter's printer when there is one, else the print dialog.
    void print(const QString &title);
    /// Always the print dialog (A4, PDF, any printer of the system).
    void printWithDialog(const QString &title);
    /// Prints the receipts kept after a failure, oldest first.
    void printAgain();
    void savePdf();
    /// Writes the receipt as PDF without asking (false and a message when it cannot).
    bool writePdf(const QString &path);

Q_SIGNALS:
    void message(const QString &text);
    /// printerStatus() or the Print again action changed.
    void printerStatusChanged();

private:
    void setStatus(const QString &text);
    void updatePrintAgain();

    QWidget *m_parent;
    std::function<std::optional<TillReceipt>()> m_receipt;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<ReceiptPrinter> m_counter;
    QAction *m_printAgain;
    QString m_status;
};

} // namespace paydesk
