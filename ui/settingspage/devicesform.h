// The counter's devices, one form for the settings page (Devices tab) and the first-run setup:
// the receipt printer ([printer] url, width_mm, codepage) with "Print a test slip", which prints
// the way the window prints (a PrintJob: never in the dialog's way, one deadline) and says the
// printer's answer in words; the customer display ([customer_display] enabled, screen: one of
// QGuiApplication::screens() by name). What the system-wide file locks is greyed.
#pragma once

#include <QPointer>
#include <QWidget>

namespace Ui {
class DevicesForm;
}

namespace paydesk {

class ManagedSettings;
class PrintJob;

class DevicesForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesForm)

public:
    /// Shows what `settings` say; `settings` outlives the form.
    explicit DevicesForm(ManagedSettings *settings, QWidget *parent = nullptr);
    ~DevicesForm() override;

    /// Writes the fields that are not locked (the caller syncs).
    void save();
    /// Whether the system-wide file locks any of the fields.
    bool hasLockedField() const { return m_anyLocked; }

    /// Prints a test slip on the printer the fields describe; printerStatus() says how it went.
    void testPrinter();
    QString printerStatus() const;
    bool isTestingPrinter() const { return !m_printerTest.isNull(); }

private:
    void lockField(QWidget *field, const QString &key);

    Ui::DevicesForm *m_ui;
    ManagedSettings *m_settings;
    QPointer<PrintJob> m_printerTest;
    bool m_anyLocked = false;
};

} // namespace paydesk
