#include "settingsdialog.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include "devices/escposreceipt.h"
#include "devices/printjob.h"
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

    const QString warning = m_settings->credentials().warning();
    m_ui->credentialWarning->setText(warning);
    m_ui->credentialWarning->setVisible(!warning.isEmpty());
    m_ui->restartNote->setText(tr("Saved changes are used from the next start of Paydesk."));

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
        m_ui->profileMessage->setText(tr("A new profile: fill it in, test it, save it."));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Remove profile"),
                tr("Remove the profile \"%1\" and its credentials?").arg(m_editing))
            == QMessageBox::Yes)
            removeSelectedProfile();
    });
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (saveGeneral())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testPrinterButton, &QPushButton::clicked, this, &SettingsDialog::testPrinter);

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
    if (qobject_cast<QComboBox *>(field) || qobject_cast<QCheckBox *>(field))
        field->setEnabled(!locked);
    field->setProperty("locked", locked);
    if (locked) {
        field->setToolTip(tr("Set by your administrator: it cannot be changed here."));
        field->setStyleSheet(QStringLiteral("background: palette(window);"));
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
    const QString note = tr("Some of these are set by your administrator (system-wide "
                            "settings) and cannot be changed here.");
    const bool receiptLocked = m_settings->isLocked(QStringLiteral("receipt/merchant_name"))
        || m_settings->isLocked(QStringLiteral("receipt/merchant_address"));
    const bool terminalLocked = m_settings->isLocked(QStringLiteral("terminal/name"))
        || m_settings->isLocked(QStringLiteral("terminal/operator"));
    m_ui->receiptLockNote->setText(receiptLocked ? note : QString());
    m_ui->receiptLockNote->setVisible(receiptLocked);
    m_ui->terminalLockNote->setText(terminalLocked ? note : QString());
    m_ui->terminalLockNote->setVisible(terminalLocked);
}

void SettingsDialog::loadDevices()
{
    const auto text = [this](const char *key) {
        return m_settings->value(QString::fromLatin1(key)).toString().trimmed();
    };
    m_ui->printerUrlEdit->setText(text("printer/url"));
    m_ui->printerWidthCombo->addItem(tr("80 mm (48 columns)"), QStringLiteral("80"));
    m_ui->printerWidthCombo->addItem(tr("58 mm (32 columns)"), QStringLiteral("58"));
    m_ui->printerWidthCombo->setCurrentIndex(text("printer/width_mm") == u"58" ? 1 : 0);
    const std::pair<CodePage, const char *> pages[]
        = {{CodePage::Cp858, QT_TR_NOOP("CP858: Western Europe with the euro sign")},
           {CodePage::Cp850, QT_TR_NOOP("CP850: Western Europe")},
           {CodePage::Cp437, QT_TR_NOOP("CP437: USA")},
           {CodePage::Wpc1252, QT_TR_NOOP("CP1252: Windows Latin-1")}};
    for (const auto &[page, words] : pages)
        m_ui->printerCodePageCombo->addItem(tr(words), codePageName(page));
    const auto page = codePageFromName(text("printer/codepage"));
    m_ui->printerCodePageCombo->setCurrentIndex(std::max(
        0, m_ui->printerCodePageCombo->findData(codePageName(page.value_or(CodePage::Cp858)))));

    m_ui->customerDisplayCheck->setChecked(
        m_settings->value(QStringLiteral("customer_display/enabled"), false).toBool());
    // The screens of this computer, by the name the setting keeps; the first is the cashier's.
    m_ui->customerScreenCombo->addItem(tr("Any screen but the main one"), QString());
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QRect g = screen->geometry();
        QString label = tr("%1 (%2 \u00d7 %3)").arg(screen->name()).arg(g.width()).arg(g.height());
        if (screen == QGuiApplication::primaryScreen())
            label = tr("%1, the main screen").arg(label);
        m_ui->customerScreenCombo->addItem(label, screen->name());
    }
    const QString chosen = text("customer_display/screen");
    if (!chosen.isEmpty() && m_ui->customerScreenCombo->findData(chosen) < 0)
        m_ui->customerScreenCombo->addItem(tr("%1 (not connected now)").arg(chosen), chosen);
    m_ui->customerScreenCombo->setCurrentIndex(
        std::max(0, m_ui->customerScreenCombo->findData(chosen)));
    connect(m_ui->customerDisplayCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_ui->customerScreenCombo->property("locked").toBool())
            m_ui->customerScreenCombo->setEnabled(on);
    });

    const std::pair<QWidget *, const char *> fields[]
        = {{m_ui->printerUrlEdit, "printer/url"},
           {m_ui->printerWidthCombo, "printer/width_mm"},
           {m_ui->printerCodePageCombo, "printer/codepage"},
           {m_ui->customerDisplayCheck, "customer_display/enabled"},
           {m_ui->customerScreenCombo, "customer_display/screen"}};
    bool locked = false;
    for (const auto &[field, key] : fields) {
        lockField(field, QString::fromLatin1(key));
        locked = locked || m_settings->isLocked(QString::fromLatin1(key));
    }
    m_ui->devicesLockNote->setText(locked ? tr("Some of these are set by your administrator "
                                               "(system-wide settings) and cannot be changed "
                                               "here.")
                                          : QString());
    m_ui->devicesLockNote->setVisible(locked);
    // The screen matters only with the display on.
    m_ui->customerScreenCombo->setEnabled(
        m_ui->customerDisplayCheck->isChecked()
        && !m_settings->isLocked(QStringLiteral("customer_display/screen")));
}

QString SettingsDialog::printerStatus() const
{
    return m_ui->printerStatus->text();
}

void SettingsDialog::testPrinter()
{
    if (m_printerTest)
        return;
    const QString url = m_ui->printerUrlEdit->text().trimmed();
    if (url.isEmpty()) {
        m_ui->printerStatus->setText(
            tr("Enter the printer's address first. Without one, Ctrl+P opens the print dialog."));
        return;
    }
    const auto config
        = printerConfigFrom(url, m_ui->printerWidthCombo->currentData().toString(),
                            m_ui->printerCodePageCombo->currentData().toString(),
                            m_settings->value(QStringLiteral("printer/timeout_ms")).toString());
    if (!config) {
        m_ui->printerStatus->setText(config.error());
        return;
    }
    const EscPosLayout layout{config->columns(), config->codePage};
    m_printerTest = new PrintJob(config->address, escPosTestSlip(layout, tr("Paydesk test slip")),
                                 config->timeout, this);
    m_ui->testPrinterButton->setEnabled(false);
    m_ui->printerStatus->setText(tr("Printing a test slip\u2026"));
    connect(m_printerTest, &PrintJob::finished, this, [this, job = m_printerTest.data()] {
        job->deleteLater();
        m_ui->testPrinterButton->setEnabled(true);
        const PrintResult &result = job->result();
        m_ui->printerStatus->setText(
            result.printed ? tr("Printed: check the slip (the accented letters and the euro "
                                "sign as your printer shows them). %1")
                                 .arg(result.paperLow ? tr("The paper is running low.") : QString())
                                 .trimmed()
                           : result.sentence());
    });
    m_printerTest->start();
}

void SettingsDialog::reloadProfiles(const QString &select)
{
    m_ui->profileList->clear();
    const QStringList names = m_settings->profileNames();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
        if (m_settings->isProfileLocked(name))
            item->setText(tr("%1 (set by the administrator)").arg(name));
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
    auto profile = m_settings->readProfile(name);
    if (!profile) {
        m_ui->profileMessage->setText(profile.error());
        return;
    }
    m_editing = name;
    m_editor->setProfile(*profile);
    const bool locked = m_settings->isProfileLocked(name);
    m_editor->setLocked(locked);
    m_editor->setNameEditable(false);
    m_ui->removeButton->setEnabled(
        !locked && m_settings->profileSource(name) == ManagedSettings::Source::User);
    m_ui->profileMessage->clear();
}

QString SettingsDialog::profileMessage() const
{
    return m_ui->profileMessage->text();
}

bool SettingsDialog::saveProfile()
{
    const BackendProfile profile = m_editor->profile();
    if (const QString wrong = m_editor->problem(); !wrong.isEmpty()) {
        m_ui->profileMessage->setText(wrong);
        return false;
    }
    if (m_editing.isEmpty() && m_settings->profileNames().contains(profile.name)) {
        m_ui->profileMessage->setText(tr("There is already a profile \"%1\".").arg(profile.name));
        return false;
    }
    QString problem;
    if (m_settings->isProfileLocked(profile.name)
        && m_settings->profileNames().contains(profile.name))
        problem = m_settings->storeCredentials(
            profile.name, Credentials{profile.token, profile.clientId, profile.apiKey});
    else
        problem = m_settings->writeProfile(profile);
    if (!problem.isEmpty()) {
        m_ui->profileMessage->setText(problem);
        return false;
    }
    reloadProfiles(profile.name);
    m_ui->profileMessage->setText(tr("The profile \"%1\" is saved.").arg(profile.name));
    return true;
}

bool SettingsDialog::removeSelectedProfile()
{
    if (m_editing.isEmpty())
        return false;
    if (const QString problem = m_settings->removeProfile(m_editing); !problem.isEmpty()) {
        m_ui->profileMessage->setText(problem);
        return false;
    }
    const QString removed = m_editing;
    m_editing.clear();
    reloadProfiles();
    m_ui->profileMessage->setText(tr("The profile \"%1\" is removed.").arg(removed));
    return true;
}

bool SettingsDialog::saveGeneral()
{
    const bool hasPrinter = !m_ui->printerUrlEdit->text().trimmed().isEmpty();
    const bool displayWasOn
        = m_settings->value(QStringLiteral("customer_display/enabled"), false).toBool();
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("receipt/merchant_name"), m_ui->merchantNameEdit->text().trimmed()},
        {QStringLiteral("receipt/merchant_address"),
         m_ui->merchantAddressEdit->toPlainText().trimmed()},
        {QStringLiteral("terminal/name"), m_ui->terminalNameEdit->text().trimmed()},
        {QStringLiteral("terminal/operator"), m_ui->operatorEdit->text().trimmed()},
        {QStringLiteral("printer/url"), m_ui->printerUrlEdit->text().trimmed()},
        // Without a printer its width and code page mean nothing: not kept.
        {QStringLiteral("printer/width_mm"),
         hasPrinter ? m_ui->printerWidthCombo->currentData().toString() : QString()},
        {QStringLiteral("printer/codepage"),
         hasPrinter ? m_ui->printerCodePageCombo->currentData().toString() : QString()},
        // Off is the default: written only to turn off what another file turns on.
        {QStringLiteral("customer_display/enabled"),
         m_ui->customerDisplayCheck->isChecked() ? QStringLiteral("true")
             : displayWasOn                      ? QStringLiteral("false")
                                                 : QString()},
        {QStringLiteral("customer_display/screen"),
         m_ui->customerScreenCombo->currentData().toString()}};
    for (const auto &[key, value] : values) {
        if (m_settings->isLocked(key))
            continue;
        if (value.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, value);
    }
    m_settings->sync();
    return true;
}

} // namespace paydesk
