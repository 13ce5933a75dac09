// The counter's receipt printer, as a queue: print() lays a till receipt out in ESC/POS and sends
// it (PrintJob: off the caller's way, one deadline); a receipt that could not be printed stays
// queued, in order, until printAgain() gets it out. Nothing here touches the sale itself.
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>

#include "printer.h"
#include "printjob.h"
#include "receipts/tillreceipt.h"

namespace paydesk {

class ReceiptPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit ReceiptPrinter(const PrinterConfig &config, QObject *parent = nullptr,
                            const QLocale &locale = QLocale());
    ~ReceiptPrinter() override;
    Q_DISABLE_COPY_MOVE(ReceiptPrinter)

    const PrinterConfig &config() const { return m_config; }

    /// Queues the receipt and prints it when the printer is free.
    void print(const TillReceipt &receipt);
    /// Prints the queued receipts again, oldest first (after a failure stopped the queue).
    void printAgain();
    /// Asks the printer's status (a network printer's DLE EOT; a device is only opened, a CUPS
    /// queue not asked); statusKnown() follows. Nothing is printed.
    void checkStatus();

    /// The receipts not printed yet, oldest first (the one printing included).
    QList<TillReceipt> queued() const { return m_queue; }
    qsizetype queuedCount() const { return m_queue.size(); }
    bool isBusy() const { return !m_job.isNull(); }
    /// The last job's outcome (printed or why not).
    const PrintResult &lastResult() const { return m_last; }

Q_SIGNALS:
    void printed(const paydesk::TillReceipt &receipt);
    /// The receipt stays queued; `sentence` says why in plain words.
    void failed(const paydesk::TillReceipt &receipt, const QString &sentence);
    void statusKnown(paydesk::PrinterStatus status, const QString &sentence);
    /// The queue stopped: emptied, or halted by a failure.
    void idle();

private:
    void next();

    PrinterConfig m_config;
    QLocale m_locale;
    QList<TillReceipt> m_queue;
    QPointer<PrintJob> m_job;
    bool m_halted = false;
    PrintResult m_last;
};

} // namespace paydesk
