// The settings page: backend profiles (add, edit, remove, test), the receipt's merchant details,
// the terminal and operator, the devices (the receipt printer, with a test slip; the customer
// display and its screen). What the system-wide file locks is shown read-only with a note; when
// no keyring is available a warning says credentials are kept in a user-only file. Changes are
// saved to the user's file (and credentials to the credential store) and used from the next
// start. Saving or removing a profile waits for the credential store's keyring thread without
// blocking the window: the page says what it waits for, and its save and remove buttons (and the
// dialog's Save) are disabled meanwhile; a failure is said in words, the form kept as typed.
#pragma once

#include <memory>

#include <QDialog>

class QLineEdit;

namespace Ui {
class SettingsDialog;
}

namespace paydesk {

class DevicesForm;
class ManagedSettings;
class ProfileEditor;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `configOption`: --config as given (empty: the user's file over the system-wide file).
    explicit SettingsDialog(const QString &configOption, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    ProfileEditor *profileEditor() const { return m_editor; }
    ManagedSettings &settings() const { return *m_settings; }
    /// Saves the receipt, terminal and devices fields that are not locked; false with a message
    /// if not.
    bool saveGeneral();
    /// The one Save: the profile being edited when it was changed (its credentials to the
    /// store), then the receipt, terminal and devices; the dialog closes when all is saved.
    void saveAll();
    /// The Devices tab's test slip (devicesform.h); printerStatus() says how it went.
    void testPrinter();
    QString printerStatus() const;
    bool isTestingPrinter() const;
    DevicesForm *devicesForm() const { return m_devices; }
    /// Starts saving the profile being edited: false (and the reason shown) when it cannot be;
    /// true when started, and profileSaved(ok) says how it ended.
    bool saveProfile();
    /// Starts removing the selected profile and its credentials; false (and the reason shown)
    /// when it cannot be; true when started, and profileRemoved(ok) says how it ended.
    bool removeSelectedProfile();
    /// A save or removal of a profile is waiting for the credential store.
    bool isBusy() const { return m_busy; }
    void selectProfile(const QString &name);
    QString profileMessage() const;
    /// Whether a profile was saved or removed (the window reads profiles at its start).
    bool profilesChanged() const { return m_profilesChanged; }

Q_SIGNALS:
    void profileSaved(bool ok);
    void profileRemoved(bool ok);

private:
    /// Says `waitingFor` and disables what must wait; an empty one enables them again.
    void setBusy(const QString &waitingFor);
    bool toKeyring() const;
    void reloadProfiles(const QString &select = {});
    void loadProfile(const QString &name);
    void loadGeneral();
    void lockField(QWidget *field, const QString &key);
    void loadDevices();

    Ui::SettingsDialog *m_ui;
    std::unique_ptr<ManagedSettings> m_settings;
    ProfileEditor *m_editor;
    QString m_editing; ///< the profile in the editor ("" for a new one)
    DevicesForm *m_devices = nullptr;
    bool m_busy = false;
    bool m_closeWhenSaved = false;
    bool m_profilesChanged = false;
    bool m_removeWasEnabled = false;
};

} // namespace paydesk
