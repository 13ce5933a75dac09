#include "receiptactions.h"

#include <QDir>
#include <QMessageBox>
#include <QPrinter>
#include <QWidget>

#include "common/outputdialogs.h"

namespace paydesk {

ReceiptActions::ReceiptActions(QWidget *parent, std::function<std::optional<ReceiptData>()> receipt)
    : QObject(parent)
    , m_parent(parent)
    , m_receipt(std::move(receipt))
{ }

ReceiptActions::~ReceiptActions() = default;

QString ReceiptActions::fileName(const ReceiptData &receipt)
{
    const QString base = receipt.receiptNumber.isEmpty() ? receipt.intentId : receipt.receiptNumber;
    return QStringLiteral("receipt-%1.pdf").arg(base.isEmpty() ? QStringLiteral("copy") : base);
}

void ReceiptActions::print(const QString &title)
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
