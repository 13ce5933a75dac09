#include "settingsdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "devicesform.h"
#include "formmessage.h"
#include "profileeditor.h"
#include "settings/credentialstore.h"
#include "settings/managedsettings.h"
#include "ui_settingsdialog.h"

namespace paydesk {

SettingsDialog::SettingsDialog(const QString &configOption, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(std::make_unique<ManagedSettings>(configOption))
{
    m_ui->setupUi(this);
    m_editor = new ProfileEditor(m_ui->editorPlaceholder);
    auto *editorLayout = new QVBoxLayout(m_ui->editorPlaceholder);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);

    // Whether a keyring answers is known once it has been asked (without waiting for it here).
    m_ui->credentialWarning->hide();
    m_settings->credentials().backendAsync(this, [this](CredentialStore::Backend) {
        const QString warning = m_settings->credentials().warning(); // known: no waiting
        m_ui->credentialWarning->setText(warning);
        m_ui->credentialWarning->setVisible(!warning.isEmpty());
    });
    m_ui->restartNote->setText(
        tr("Save keeps every tab's changes, the profile being edited included. The receipt, "
           "terminal and devices are used at once; a new or changed backend profile from the "
           "next start of Paydesk."));

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    loadProfile(item->data(Qt::UserRole).toString());
            });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        m_ui->profileList->clearSelection();
        m_editing.clear();
        BackendProfile fresh;
        fresh.name.clear();
        m_editor->setProfile(fresh);
        m_editor->setLocked(false);
        m_editor->setNameEditable(true);
        m_ui->removeButton->setEnabled(false);
        showFormMessage(m_ui->profileMessage, tr("A new profile: fill it in, test it, save it."),
                        FormMessage::Plain);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Remove profile"),
                tr("Remove the profile \"%1\" and its credentials?").arg(m_editing))
            == QMessageBox::Yes)
            removeSelectedProfile();
    });
    // One Save: the profile being edited (when it was changed), then the other tabs.
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &SettingsDialog::saveAll);
    connect(this, &SettingsDialog::profileSaved, this, [this](bool ok) {
        if (std::exchange(m_closeWhenSaved, false) && ok && saveGeneral())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadGeneral();
    loadDevices();
    reloadProfiles();
}

SettingsDialog::~SettingsDialog()
{
    delete m_ui;
}

void SettingsDialog::lockField(QWidget *field, const QString &key)
{
    const bool locked = m_settings->isLocked(key);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(locked);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setReadOnly(locked);
    field->setProperty("locked", locked);
    if (locked) {
        field->setStyleSheet(QStringLiteral("background: palette(window);"));
        // A padlock and "(locked)", so a locked field is told by more than its grey.
        markLocked(this, field, m_settings->systemFile());
    }
}

void SettingsDialog::loadGeneral()
{
    const auto text = [this](const char *key) {
        return m_settings->value(QString::fromLatin1(key)).toString();
    };
    m_ui->merchantNameEdit->setText(text("receipt/merchant_name"));
    m_ui->merchantAddressEdit->setPlainText(text("receipt/merchant_address"));
    const AttemptContext context = m_settings->context();
    m_ui->terminalNameEdit->setText(context.terminal);
    m_ui->operatorEdit->setText(context.operatorName);

    lockField(m_ui->merchantNameEdit, QStringLiteral("receipt/merchant_name"));
    lockField(m_ui->merchantAddressEdit, QStringLiteral("receipt/merchant_address"));
    lockField(m_ui->terminalNameEdit, QStringLiteral("terminal/name"));
    lockField(m_ui->operatorEdit, QStringLiteral("terminal/operator"));
    const QString note = tr("Fields marked (locked) are set by your administrator in %1 and "
                            "cannot be changed here.")
                             .arg(lockSource(m_settings->systemFile()));
    const bool receiptLocked = m_settings->isLocked(QStringLiteral("receipt/merchant_name"))
        || m_settings->isLocked(QStringLiteral("receipt/merchant_address"));
    const bool terminalLocked = m_settings->isLocked(QStringLiteral("terminal/name"))
        || m_settings->isLocked(QStringLiteral("terminal/operator"));
    showFormMessage(m_ui->receiptLockNote, receiptLocked ? note : QString(), FormMessage::Locked);
    showFormMessage(m_ui->terminalLockNote, terminalLocked ? note : QString(), FormMessage::Locked);
}

void SettingsDialog::loadDevices()
{
    m_devices = new DevicesForm(m_settings.get(), m_ui->devicesPlaceholder);
    auto *layout = new QVBoxLayout(m_ui->devicesPlaceholder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_devices);
    showFormMessage(m_ui->devicesLockNote,
                    m_devices->hasLockedField()
                        ? tr("Greyed fields are set by your administrator in %1 and cannot be "
                             "changed here.")
                              .arg(lockSource(m_settings->systemFile()))
                        : QString(),
                    FormMessage::Locked);
}

void SettingsDialog::testPrinter()
{
    m_devices->testPrinter();
}

QString SettingsDialog::printerStatus() const
{
    return m_devices->printerStatus();
}

bool SettingsDialog::isTestingPrinter() const
{
    return m_devices->isTestingPrinter();
}

void SettingsDialog::reloadProfiles(const QString &select)
{
    m_ui->profileList->clear();
    const QStringList names = m_settings->profileNames();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
        if (m_settings->isProfileLocked(name)) {
            item->setIcon(lockIcon());
            item->setText(tr("%1 (locked)").arg(name));
            item->setToolTip(lockedBy(m_settings->systemFile()));
        }
        item->setData(Qt::UserRole, name);
    }
    if (names.isEmpty()) {
        m_ui->addButton->click();
        return;
    }
    selectProfile(select.isEmpty() ? names.first() : select);
}

void SettingsDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        QListWidgetItem *item = m_ui->profileList->item(i);
        if (item->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentItem(item);
            loadProfile(name);
            return;
        }
    }
}

void SettingsDialog::loadProfile(const QString &name)
{
    if (m_busy)
        return;
    auto profile = m_settings->readProfileFile(name);
    if (!profile) {
        showFormMessage(m_ui->profileMessage, profile.error(), FormMessage::Error);
        return;
    }
    m_editing = name;
    m_editor->setProfile(*profile);
    const bool locked = m_settings->isProfileLocked(name);
    m_editor->setLocked(locked, m_settings->systemFile());
    m_editor->setNameEditable(false);
    m_ui->removeButton->setEnabled(
        !locked && m_settings->profileSource(name) == ManagedSettings::Source::User);
    showFormMessage(m_ui->profileMessage, {}, FormMessage::Plain);

    // The credentials come from the credential store: the editor waits for them.
    const QString reading = toKeyring() ? tr("Reading the credentials from the keyring…")
                                        : tr("Reading the credentials…");
    setBusy(reading);
    m_editor->setEnabled(false);
    m_settings->credentials().readAsync(
        name, this, [this, name, reading, base = *profile](const Credentials &stored) mutable {
            setBusy({});
            m_editor->setEnabled(true);
            if (m_ui->profileMessage->text() == reading)
                showFormMessage(m_ui->profileMessage, {}, FormMessage::Plain);
            if (m_editing != name)
                return;
            fillCredentials(base, stored);
            m_editor->setProfile(base);
        });
}

QString SettingsDialog::profileMessage() const
{
    return m_ui->profileMessage->text();
}

bool SettingsDialog::toKeyring() const
{
    // Unknown until the keyring has answered once: it is what is asked first.
    return m_settings->credentials().knownBackend().value_or(CredentialStore::Backend::Keyring)
        == CredentialStore::Backend::Keyring;
}

void SettingsDialog::setBusy(const QString &waitingFor)
{
    const bool busy = !waitingFor.isEmpty();
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_removeWasEnabled = m_ui->removeButton->isEnabled();
        m_ui->removeButton->setEnabled(false);
        showFormMessage(m_ui->profileMessage, waitingFor, FormMessage::Progress);
    } else {
        m_ui->removeButton->setEnabled(m_removeWasEnabled);
    }
    m_ui->addButton->setEnabled(!busy);
    m_ui->profileList->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

bool SettingsDialog::saveProfile()
{
    if (m_busy)
        return false;
    const BackendProfile profile = m_editor->profile();
    if (const QString wrong = m_editor->problem(); !wrong.isEmpty()) {
        showFormMessage(m_ui->profileMessage, wrong, FormMessage::Error);
        m_ui->tabs->setCurrentWidget(m_ui->profilesTab);
        return false;
    }
    const bool exists = m_settings->profileNames().contains(profile.name);
    if (m_editing.isEmpty() && exists) {
        showFormMessage(m_ui->profileMessage,
                        tr("There is already a profile \"%1\".").arg(profile.name),
                        FormMessage::Error);
        return false;
    }
    const bool onlyCredentials = exists && m_settings->isProfileLocked(profile.name);
    if (const QString refused = m_settings->cannotWrite(profile.name);
        !onlyCredentials && !refused.isEmpty()) {
        showFormMessage(m_ui->profileMessage, refused, FormMessage::Error);
        return false;
    }
    setBusy(toKeyring() ? tr("Saving the credentials to the keyring…") : tr("Saving the profile…"));
    auto finished = [this, name = profile.name](const QString &problem) {
        setBusy({});
        if (!problem.isEmpty()) {
            // the form keeps what was typed
            showFormMessage(m_ui->profileMessage, problem, FormMessage::Error);
            Q_EMIT profileSaved(false);
            return;
        }
        m_profilesChanged = true;
        reloadProfiles(name);
        showFormMessage(m_ui->profileMessage, tr("The profile \"%1\" is saved.").arg(name),
                        FormMessage::Success);
        Q_EMIT profileSaved(true);
    };
    if (onlyCredentials)
        m_settings->storeCredentialsAsync(
            profile.name, Credentials{profile.token, profile.clientId, profile.apiKey}, this,
            std::move(finished));
    else
        m_settings->writeProfileAsync(profile, this, std::move(finished));
    return true;
}

bool SettingsDialog::removeSelectedProfile()
{
    if (m_busy || m_editing.isEmpty())
        return false;
    if (const QString refused = m_settings->cannotRemove(m_editing); !refused.isEmpty()) {
        showFormMessage(m_ui->profileMessage, refused, FormMessage::Error);
        return false;
    }
    setBusy(toKeyring() ? tr("Removing the credentials from the keyring…")
                        : tr("Removing the profile…"));
    m_settings->removeProfileAsync(
        m_editing, this, [this, name = m_editing](const QString &problem) {
            setBusy({});
            if (!problem.isEmpty()) {
                showFormMessage(m_ui->profileMessage, problem, FormMessage::Error);
                Q_EMIT profileRemoved(false);
                return;
            }
            m_profilesChanged = true;
            if (m_editing == name)
                m_editing.clear();
            reloadProfiles();
            showFormMessage(m_ui->profileMessage, tr("The profile \"%1\" is removed.").arg(name),
                            FormMessage::Success);
            Q_EMIT profileRemoved(true);
        });
    return true;
}

void SettingsDialog::saveAll()
{
    if (m_busy)
        return;
    // A profile that was changed is saved first (the credential store may take its time);
    // the dialog closes when it is.
    if (m_editor->isEdited()) {
        m_closeWhenSaved = saveProfile();
        return;
    }
    if (saveGeneral())
        accept();
}

bool SettingsDialog::saveGeneral()
{
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("receipt/merchant_name"), m_ui->merchantNameEdit->text().trimmed()},
        {QStringLiteral("receipt/merchant_address"),
         m_ui->merchantAddressEdit->toPlainText().trimmed()},
        {QStringLiteral("terminal/name"), m_ui->terminalNameEdit->text().trimmed()},
        {QStringLiteral("terminal/operator"), m_ui->operatorEdit->text().trimmed()}};
    for (const auto &[key, value] : values) {
        if (m_settings->isLocked(key))
            continue;
        if (value.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, value);
    }
    m_devices->save();
    m_settings->sync();
    return true;
}

} // namespace paydesk
