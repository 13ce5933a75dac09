// The first-run setup: the backend (kind, base URL, credentials), a connection test, the
// merchant on the receipt and the terminal's name, the receipt printer (with a test slip) and the
// customer display; saved to the user's settings file and the
// credentials to the keyring (or the user-only file). Opened by `paydesk --setup`, the desktop
// entry's "Set Up a Payment Backend" action, Settings ▸ Set Up a Backend…, and on its own at the
// first start of a managed install (setupWanted()). A profile the system-wide file locks is
// shown read-only: only its credentials are asked for. A configured profile's credentials are read
// from the credential store without blocking the window (the editor waits for them). Finish waits
// for the credential store's keyring thread without blocking the window: the page says what it
// waits for and Finish and Back are disabled meanwhile; a failure is said on the page and the
// wizard stays open, the credentials as typed.
#pragma once

#include <memory>

#include <QWizard>

namespace Ui {
class SetupWizard;
}

namespace paydesk {

class DevicesForm;
class ManagedSettings;
class ProfileEditor;

class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum Page
    {
        BackendPage,
        TestPage,
        CounterPage
    };

    /// `configOption`: --config as given (empty: the user's file over the system-wide file).
    explicit SetupWizard(const QString &configOption, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ProfileEditor *profileEditor() const { return m_editor; }
    /// The counter page's receipt printer (with its test slip) and customer display.
    DevicesForm *devicesForm() const { return m_devices; }
    /// Starts writing the profile, credentials, receipt and terminal; saved(ok) says how it
    /// ended (and the page why not). Nothing when a save is already waiting.
    void save();
    bool isSaving() const { return m_saving; }
    /// The configured profile's credentials are being read (the editor waits for them).
    bool isReading() const { return m_reading; }
    QString testStatus() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    /// Saves, then closes once saved.
    void accept() override;

Q_SIGNALS:
    void saved(bool ok);

private:
    void showReport();
    void setSaving(bool saving);

    Ui::SetupWizard *m_ui;
    std::unique_ptr<ManagedSettings> m_settings;
    ProfileEditor *m_editor;
    DevicesForm *m_devices;
    bool m_profileLocked = false;
    bool m_saving = false;
    bool m_reading = false;
    bool m_acceptWhenSaved = false;
    bool m_backWasEnabled = false;
};

/// Whether the setup opens on its own at start: a managed install (a system-wide file with a
/// profile, or [setup] required=true) that this user has not set up yet ([setup] completed in
/// the user's file). Never with an explicit --config.
bool setupWanted(const QString &configOption);

} // namespace paydesk
