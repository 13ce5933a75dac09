// What can be done with a receipt, one way for the sale page and the support view: print it
// (the print dialog; a PDF in the documents folder when there is no printer), save it as PDF,
// write it as PDF without asking. Messages for the status bar come by signal; a PDF that cannot
// be written is said in a message box.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>

#include "receiptdocument.h"

class QPrinter;
class QWidget;

namespace paydesk {

class ReceiptActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptActions)

public:
    /// `receipt` gives the receipt to act on now (none: nothing to do); `parent` hosts dialogs.
    ReceiptActions(QWidget *parent, std::function<std::optional<ReceiptData>()> receipt);
    ~ReceiptActions() override;

    /// receipt-<number>.pdf (receipt-<intent id>.pdf without a receipt number).
    static QString fileName(const ReceiptData &receipt);

public Q_SLOTS:
    void print(const QString &title);
    void savePdf();
    /// Writes the receipt as PDF without asking (false and a message when it cannot).
    bool writePdf(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    QWidget *m_parent;
    std::function<std::optional<ReceiptData>()> m_receipt;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace paydesk
