#include "setupwizard.h"

#include <QAbstractButton>
#include <QHostInfo>
#include <QVBoxLayout>

#include "settings/credentialstore.h"
#include "settings/managedsettings.h"
#include "settingspage/devicesform.h"
#include "settingspage/formmessage.h"
#include "settingspage/profileeditor.h"
#include "ui_setupwizard.h"

namespace paydesk {

namespace {
const QString kCompleted = QStringLiteral("setup/completed");
}

bool setupWanted(const QString &configOption)
{
    if (!configOption.isEmpty())
        return false;
    const ManagedSettings settings;
    if (!settings.hasSystemFile())
        return false;
    QSettings user(settings.userFile(), QSettings::IniFormat);
    if (user.value(kCompleted, false).toBool())
        return false;
    return !settings.profileNames().isEmpty()
        || settings.value(QStringLiteral("setup/required"), false).toBool();
}

SetupWizard::SetupWizard(const QString &configOption, QWidget *parent)
    : QWizard(parent)
    , m_ui(new Ui::SetupWizard)
    , m_settings(std::make_unique<ManagedSettings>(configOption))
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Where the installer is: "Step 2 of 3: Connection test".
    const QList<int> ids = pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        QWizardPage *p = page(ids.at(i));
        p->setTitle(tr("Step %1 of %2: %3").arg(i + 1).arg(ids.size()).arg(p->title()));
    }
    m_editor = new ProfileEditor(m_ui->editorPlaceholder);
    auto *editorLayout = new QVBoxLayout(m_ui->editorPlaceholder);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);

    // Start from the first configured profile (a managed install's), or a new one.
    const QStringList names = m_settings->profileNames();
    BackendProfile start;
    start.name = QStringLiteral("main");
    if (!names.isEmpty()) {
        if (auto existing = m_settings->readProfileFile(names.first()))
            start = *existing;
        m_profileLocked = m_settings->isProfileLocked(start.name);
    }
    m_editor->setProfile(start);
    m_editor->setLocked(m_profileLocked, m_settings->systemFile());
    m_editor->setNameEditable(names.isEmpty());
    if (!names.isEmpty()) {
        // Its credentials from the credential store, without waiting here: the editor (and
        // Next) wait for them.
        m_reading = true;
        m_editor->setEnabled(false);
        m_settings->credentials().readAsync(start.name, this,
                                            [this, start](const Credentials &stored) mutable {
                                                m_reading = false;
                                                fillCredentials(start, stored);
                                                m_editor->setProfile(start);
                                                m_editor->setEnabled(true);
                                            });
    }

    m_ui->merchantNameEdit->setText(
        m_settings->value(QStringLiteral("receipt/merchant_name")).toString());
    m_ui->merchantAddressEdit->setPlainText(
        m_settings->value(QStringLiteral("receipt/merchant_address")).toString());
    m_ui->terminalNameEdit->setText(m_settings->context().terminal);
    bool anyLocked = false;
    for (const auto &[field, key] :
         {std::pair<QWidget *, QString>{m_ui->merchantNameEdit,
                                        QStringLiteral("receipt/merchant_name")},
          std::pair<QWidget *, QString>{m_ui->merchantAddressEdit,
                                        QStringLiteral("receipt/merchant_address")},
          std::pair<QWidget *, QString>{m_ui->terminalNameEdit, QStringLiteral("terminal/name")}}) {
        const bool locked = m_settings->isLocked(key);
        anyLocked = anyLocked || locked;
        field->setEnabled(!locked);
        if (locked)
            markLocked(this, field, m_settings->systemFile());
    }

    // The counter's devices, as the settings page shows them (optional: empty keeps the dialog).
    m_devices = new DevicesForm(m_settings.get(), m_ui->devicesPlaceholder);
    auto *devicesLayout = new QVBoxLayout(m_ui->devicesPlaceholder);
    devicesLayout->setContentsMargins(0, 0, 0, 0);
    devicesLayout->addWidget(m_devices);
    anyLocked = anyLocked || m_devices->hasLockedField();
    showFormMessage(m_ui->lockNote,
                    anyLocked ? tr("Greyed fields are set by your administrator in %1.")
                                    .arg(lockSource(m_settings->systemFile()))
                              : QString(),
                    FormMessage::Locked);

    connect(m_editor, &ProfileEditor::tested, this, [this] { showReport(); });
    connect(m_ui->retestButton, &QPushButton::clicked, m_editor, &ProfileEditor::testConnection);
    connect(m_ui->skipTestCheck, &QCheckBox::toggled, this, [this] { showReport(); });
}

SetupWizard::~SetupWizard()
{
    delete m_ui;
}

QString SetupWizard::testStatus() const
{
    return m_ui->testStatus->text();
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == TestPage) {
        m_ui->skipTestCheck->setChecked(false);
        showFormMessage(m_ui->testStatus, tr("Testing the connection…"), FormMessage::Progress);
        m_ui->testDetail->clear();
        m_editor->testConnection();
    }
}

void SetupWizard::showReport()
{
    const auto report = m_editor->lastReport();
    if (!report) {
        if (!m_editor->isTesting())
            showFormMessage(m_ui->testStatus, m_editor->problem(), FormMessage::Error);
        return;
    }
    // The outcome in one sentence, in its tone; then the three checks, one line each, with
    // what to do; the technical detail for support in the tooltip.
    showFormMessage(m_ui->testStatus, report->summary(),
                    report->ok() ? FormMessage::Success : FormMessage::Error);
    m_ui->testDetail->setTextFormat(Qt::RichText);
    m_ui->testDetail->setText(connectionChecksText(*report));
    m_ui->testDetail->setToolTip(report->detail);
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case BackendPage:
        if (m_reading)
            return false;
        if (const QString wrong = m_editor->problem(); !wrong.isEmpty()) {
            m_editor->testConnection(); // shows the sentence beside the Test button
            return false;
        }
        return true;
    case TestPage: {
        const auto report = m_editor->lastReport();
        if (report && report->ok())
            return true;
        if (m_ui->skipTestCheck->isChecked())
            return true;
        if (!m_editor->isTesting() && !report)
            m_editor->testConnection();
        return false;
    }
    default:
        return true;
    }
}

void SetupWizard::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_backWasEnabled = button(QWizard::BackButton)->isEnabled();
        const auto known = m_settings->credentials().knownBackend();
        showFormMessage(m_ui->saveMessage,
                        known == CredentialStore::Backend::File
                            ? tr("Saving the settings…")
                            : tr("Saving the credentials to the keyring…"),
                        FormMessage::Progress);
    }
    button(QWizard::FinishButton)->setEnabled(!saving);
    button(QWizard::BackButton)->setEnabled(!saving && m_backWasEnabled);
}

void SetupWizard::save()
{
    if (m_saving)
        return;
    const BackendProfile profile = m_editor->profile();
    setSaving(true);
    auto finished = [this](const QString &problem) {
        if (problem.isEmpty()) {
            const QList<std::pair<QString, QString>> values{
                {QStringLiteral("receipt/merchant_name"), m_ui->merchantNameEdit->text().trimmed()},
                {QStringLiteral("receipt/merchant_address"),
                 m_ui->merchantAddressEdit->toPlainText().trimmed()},
                {QStringLiteral("terminal/name"), m_ui->terminalNameEdit->text().trimmed()}};
            for (const auto &[key, value] : values)
                if (!m_settings->isLocked(key) && !value.isEmpty())
                    m_settings->setValue(key, value);
            m_devices->save();
            m_settings->setValue(kCompleted, true);
            m_settings->sync();
        }
        setSaving(false);
        // the credentials stay in the form
        showFormMessage(m_ui->saveMessage, problem, FormMessage::Error);
        const bool ok = problem.isEmpty();
        Q_EMIT saved(ok);
        if (std::exchange(m_acceptWhenSaved, false) && ok)
            QWizard::accept();
    };
    if (m_profileLocked)
        m_settings->storeCredentialsAsync(
            profile.name, Credentials{profile.token, profile.clientId, profile.apiKey}, this,
            std::move(finished));
    else
        m_settings->writeProfileAsync(profile, this, std::move(finished));
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    m_acceptWhenSaved = true;
    save();
}

} // namespace paydesk
