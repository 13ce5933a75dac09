#include "receiptactions.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPrinter>
#include <QWidget>

#include "devices/receiptprinter.h"
#include "widgets/outputdialogs.h"

namespace paydesk {

ReceiptActions::ReceiptActions(QWidget *parent, std::function<std::optional<TillReceipt>()> receipt)
    : QObject(parent)
    , m_parent(parent)
    , m_receipt(std::move(receipt))
    , m_printAgain(new QAction(tr("Print &again"), this))
{
    m_printAgain->setObjectName(QStringLiteral("actionPrintAgain"));
    m_printAgain->setToolTip(
        tr("Print the receipts the counter's printer could not print, oldest first"));
    connect(m_printAgain, &QAction::triggered, this, &ReceiptActions::printAgain);
    updatePrintAgain();
}

ReceiptActions::~ReceiptActions() = default;

void ReceiptActions::setCounterPrinter(ReceiptPrinter *printer)
{
    if (m_counter)
        disconnect(m_counter, nullptr, this, nullptr);
    m_counter = printer;
    if (printer) {
        connect(printer, &ReceiptPrinter::printed, this, [this] {
            const PrintResult &result = m_counter->lastResult();
            QString text = tr("Receipt printed.");
            if (result.paperLow)
                text += u' ' + tr("The paper is running low.");
            if (m_counter->queuedCount() > 0)
                text += u' ' + tr("Receipts still to print: %1.").arg(m_counter->queuedCount());
            setStatus(text);
        });
        connect(printer, &ReceiptPrinter::failed, this,
                [this](const TillReceipt &, const QString &sentence) {
                    setStatus(tr("The receipt was not printed. %1 It is kept: press Print again "
                                 "once the printer is ready.")
                                  .arg(sentence));
                });
        connect(printer, &ReceiptPrinter::idle, this, &ReceiptActions::updatePrintAgain);
    }
    updatePrintAgain();
}

void ReceiptActions::setStatus(const QString &text)
{
    m_status = text;
    updatePrintAgain();
    // Both pages share the printer: the page in front says what it did.
    if (m_parent && m_parent->isVisible())
        Q_EMIT message(text);
    Q_EMIT printerStatusChanged();
}

void ReceiptActions::clearPrinterStatus()
{
    if (m_status.isEmpty() || m_printAgain->isVisible() || (m_counter && m_counter->isBusy()))
        return;
    m_status.clear();
    Q_EMIT printerStatusChanged();
}

void ReceiptActions::updatePrintAgain()
{
    const bool waiting = m_counter && !m_counter->isBusy() && m_counter->queuedCount() > 0;
    m_printAgain->setEnabled(waiting);
    m_printAgain->setVisible(waiting);
    Q_EMIT printerStatusChanged();
}

QString ReceiptActions::fileName(const TillReceipt &receipt)
{
    const QString base = receipt.receiptNumber.isEmpty() ? receipt.intentId : receipt.receiptNumber;
    return QStringLiteral("receipt-%1.pdf").arg(base.isEmpty() ? QStringLiteral("copy") : base);
}

void ReceiptActions::print(const QString &title)
{
    if (!m_counter) {
        printWithDialog(title);
        return;
    }
    const auto receipt = m_receipt();
    if (!receipt)
        return;
    // Queued behind receipts that wait: they go first, in order, once Print again is pressed.
    const bool waiting = !m_counter->isBusy() && m_counter->queuedCount() > 0;
    m_counter->print(*receipt);
    setStatus(waiting ? tr("The receipt is queued behind receipts not printed yet: press Print "
                           "again once the printer is ready.")
                      : tr("Printing the receipt on the counter's printer\u2026"));
}

void ReceiptActions::printAgain()
{
    if (!m_counter || m_counter->isBusy() || m_counter->queuedCount() == 0)
        return;
    m_counter->printAgain();
    setStatus(tr("Printing again on the counter's printer\u2026"));
}

void ReceiptActions::printWithDialog(const QString &title)
{
    const auto receipt = m_receipt();
    if (!receipt)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    openPrintDialog(m_parent, *m_printer, title, fileName(*receipt), [this, r = *receipt] {
        printReceipt(*m_printer, r);
        Q_EMIT message(tr("Receipt sent to the printer."));
    });
}

void ReceiptActions::savePdf()
{
    const auto receipt = m_receipt();
    if (!receipt)
        return;
    openSaveDialog(m_parent, tr("Save receipt as PDF"), tr("PDF files (*.pdf)"), fileName(*receipt),
                   [this](const QString &path) { writePdf(path); });
}

bool ReceiptActions::writePdf(const QString &path)
{
    const auto receipt = m_receipt();
    if (!receipt)
        return false;
    const auto saved = saveReceiptPdf(path, *receipt);
    if (!saved) {
        QMessageBox::warning(m_parent, tr("Receipt not saved"), saved.error());
        return false;
    }
    Q_EMIT message(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace paydesk
