#include "outputdialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace paydesk {

QString documentsFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return folder;
}

void openSaveDialog(QWidget *parent, const QString &title, const QString &filter,
                    const QString &fileName, std::function<void(const QString &)> chosen)
{
    const QString suffix = QFileInfo(fileName).suffix();
    auto *dialog = new QFileDialog(parent, title, documentsFolder(), filter);
    dialog->setObjectName(suffix + QStringLiteral("Dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(fileName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

void openPrintDialog(QWidget *parent, QPrinter &printer, const QString &title,
                     const QString &pdfFileName, std::function<void()> print)
{
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QDir(documentsFolder()).filePath(pdfFileName));
    }
    auto *dialog = new QPrintDialog(&printer, parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QDialog::accepted, parent, std::move(print));
    dialog->open();
}

} // namespace paydesk
