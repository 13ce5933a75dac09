// The dialogs for what the window writes out (receipts, the journal as CSV, the end of day):
// "save as" in the user's documents folder, and the print dialog, which prints to a PDF there
// when this computer has no printer. One look and behaviour for all of them.
#pragma once

#include <functional>

#include <QString>

class QPrinter;
class QWidget;

namespace paydesk {

/// The user's documents folder, or the home folder when there is none.
QString documentsFolder();

/// A "save as" dialog (Qt's own, the same on every desktop) in the documents folder with
/// `fileName` suggested; its suffix is the default one, and the dialog is named "<suffix>Dialog"
/// (e.g. "pdfDialog"). `chosen` gets the path.
void openSaveDialog(QWidget *parent, const QString &title, const QString &filter,
                    const QString &fileName, std::function<void(const QString &)> chosen);

/// The print dialog ("printDialog") for `printer`. With no printer installed it prints to a PDF
/// named `pdfFileName` in the documents folder. `print` runs once the dialog is accepted.
void openPrintDialog(QWidget *parent, QPrinter &printer, const QString &title,
                     const QString &pdfFileName, std::function<void()> print);

} // namespace paydesk
