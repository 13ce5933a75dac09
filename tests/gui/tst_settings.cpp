// The settings page driven offscreen: profiles added, tested against the real in-process
// sandbox, saved, edited and removed; receipt and terminal saved; settings the system-wide file
// locks shown read-only with a note and never written; the warning shown when credentials go to
// the user-only file. A home of its own: HOME and the XDG folders are a temporary folder.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "settings/managedsettings.h"
#include "settingspage/profileeditor.h"
#include "settingspage/settingsdialog.h"
#include "testhome.h"
#include "widgetinput.h"
#include "workplace/workplace.h"

using namespace paydesk;
using paydesk::test::child;
using paydesk::test::type;

namespace {

const QString kToken = QStringLiteral("settings-token-88c2");

QPushButton *saveButtonOf(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save);
}

QStringList listed(QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->data(Qt::UserRole).toString();
    return names;
}

SandboxOptions withToken()
{
    SandboxOptions options;
    options.token = kToken;
    return options;
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_dialog.reset(); }
    void addTestSaveEditRemoveAProfile();
    void profileEditorAsksTheBackend();
    void testShowsRefusedCredentials();
    void receiptAndTerminalAreSaved();
    void lockedSystemSettingIsReadOnly();
    void lockedSystemProfileCannotBeChangedOrRemoved();
    void credentialFileWarningIsShown();

private:
    QString userFile() const { return paydesk::test::userConfigFile(*m_home); }
    QString systemFile() const { return paydesk::test::systemConfigFile(*m_home); }
    void open()
    {
        m_dialog = std::make_unique<SettingsDialog>(QString());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTRY_VERIFY(!m_dialog->isBusy()); // the first profile's credentials are read
    }
    /// Saves the profile being edited and waits for the credential store: whether it was saved.
    bool save()
    {
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::profileSaved);
        const bool ok
            = m_dialog->saveProfile() && saved.wait(10000) && saved.first().first().toBool();
        // Then the saved profile is shown again, its credentials read back.
        return ok && QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 10000);
    }
    bool removeSelected()
    {
        QSignalSpy removed(m_dialog.get(), &SettingsDialog::profileRemoved);
        const bool ok = m_dialog->removeSelectedProfile() && removed.wait(10000)
            && removed.first().first().toBool();
        return ok && QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 10000);
    }
    bool testProfile()
    {
        QSignalSpy tested(m_dialog->profileEditor(), &ProfileEditor::tested);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
        return tested.wait(10000) && tested.first().first().toBool();
    }

    SandboxServer m_sandbox{withToken()};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettings::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const char *name : {"PAYDESK_TOKEN", "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY",
                             "PAYDESK_SYSTEM_CONFIG", "PAYDESK_JOURNAL"})
        qunsetenv(name);
    qputenv("PAYDESK_CREDENTIALS", "file"); // never the user's own keyring
    QVERIFY(m_sandbox.listen());
}

void TestSettings::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(paydesk::test::pointHomeAt(*m_home));
    QCOMPARE(userSettingsFile(), userFile());
}

void TestSettings::profileEditorAsksTheBackend()
{
    // The editor shows and demands what the backend's descriptor says: its credentials (the
    // same rule the connection test asks), its till defaults, an optional token as optional.
    ProfileEditor editor;
    BackendProfile p;
    p.name = QStringLiteral("shop");
    p.baseUrl = QUrl(QStringLiteral("https://pay.example.com"));
    p.kind = BackendKind::Checkout;
    editor.setProfile(p);
    QCOMPARE(editor.problem(), QStringLiteral("This backend needs an API token."));
    QVERIFY(child<QLineEdit>(&editor, "walkInEdit")->isVisibleTo(&editor));
    QVERIFY(!child<QLineEdit>(&editor, "ochoIssEdit")->isVisibleTo(&editor));
    // A Checkout profile without auth (checkout_auth=none) needs no token.
    p.checkoutAuth = BackendProfile::Auth::None;
    editor.setProfile(p);
    QCOMPARE(editor.problem(), QString());

    p.kind = BackendKind::Dots;
    editor.setProfile(p);
    QCOMPARE(editor.problem(), QStringLiteral("Dots needs a client ID and an API key."));
    QVERIFY(child<QLineEdit>(&editor, "clientIdEdit")->isVisibleTo(&editor));
    QVERIFY(!child<QLineEdit>(&editor, "tokenEdit")->isVisibleTo(&editor));
    QVERIFY(child<QLineEdit>(&editor, "dotsUserEdit")->isVisibleTo(&editor));
    QVERIFY(!child<QLineEdit>(&editor, "walkInEdit")->isVisibleTo(&editor));

    p.kind = BackendKind::Ocho;
    editor.setProfile(p);
    QCOMPARE(editor.problem(), QString());
    QCOMPARE(child<QLineEdit>(&editor, "tokenEdit")->placeholderText(), QStringLiteral("optional"));
    QVERIFY(child<QLineEdit>(&editor, "ochoIssEdit")->isVisibleTo(&editor));
    QCOMPARE(editor.profile().kind, BackendKind::Ocho);
}

void TestSettings::addTestSaveEditRemoveAProfile()
{
    open();
    auto *list = child<QListWidget>(m_dialog.get(), "profileList");
    QCOMPARE(list->count(), 0);
    auto *editor = m_dialog->profileEditor();
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("bar"));
    auto *kind = child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("checkout")));
    type(child<QLineEdit>(editor, "baseUrlEdit"), m_sandbox.url().toString());
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    QVERIFY(testProfile());
    QVERIFY(child<QLabel>(editor, "testResult")->text().contains(QStringLiteral("accepted")));
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::profileSaved);
    QPushButton *saveButton = saveButtonOf(m_dialog.get());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("saveProfileButton"))); // one Save
    QTest::mouseClick(saveButton, Qt::LeftButton);
    // Save waits for the credential store, and a second click does nothing meanwhile.
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!m_dialog->saveProfile());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().first().toBool());
    // Everything saved, the dialog closes; opened again, the profile is there.
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    open();
    list = child<QListWidget>(m_dialog.get(), "profileList");
    editor = m_dialog->profileEditor();
    QCOMPARE(listed(list), QStringList{QStringLiteral("bar")});
    {
        QFile ini(userFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("[profile.bar]"));
        QVERIFY(!text.contains(kToken.toUtf8())); // the token is in the credential store
    }

    // A second profile with the same name is refused.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("bar"));
    type(child<QLineEdit>(editor, "baseUrlEdit"), m_sandbox.url().toString());
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    QVERIFY(!m_dialog->saveProfile());
    QVERIFY(m_dialog->profileMessage().contains(QStringLiteral("already")));
    // An error looks like one: the danger tone and ⚠, and Save keeps the dialog open.
    auto *message = child<QLabel>(m_dialog.get(), "profileMessage");
    QCOMPARE(message->property("message").toString(), QStringLiteral("error"));
    QVERIFY(message->text().startsWith(QStringLiteral("\u26a0")));
    QTest::mouseClick(saveButtonOf(m_dialog.get()), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->profileMessage().contains(QStringLiteral("already")));

    // Edit: another currency; the name cannot change.
    m_dialog->selectProfile(QStringLiteral("bar"));
    QVERIFY(child<QLineEdit>(editor, "nameEdit")->isReadOnly());
    QVERIFY(m_dialog->isBusy()); // reading the credentials, the editor waiting for them
    QVERIFY(!editor->isEnabled());
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY(editor->isEnabled());
    QCOMPARE(child<QLineEdit>(editor, "tokenEdit")->text(), kToken);
    // The currency is chosen from ISO 4217 codes with their names, typed as a cashier would.
    auto *currency = child<QComboBox>(editor, "currencyCombo");
    QVERIFY2(currency->currentText().startsWith(QStringLiteral("USD — ")),
             qPrintable(currency->currentText()));
    currency->setFocus();
    QTest::keyClicks(currency, QStringLiteral("EUR"));
    QCOMPARE(currency->currentData().toString(), QStringLiteral("eur"));
    QVERIFY2(currency->currentText().contains(QStringLiteral("Euro"), Qt::CaseInsensitive),
             qPrintable(currency->currentText()));
    // What the till fills in by itself: shown for Checkout (Dots' and Ocho's rows are not).
    QVERIFY(child<QLineEdit>(editor, "walkInEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(editor, "dotsUserEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(editor, "ochoIssEdit")->isVisible());
    type(child<QLineEdit>(editor, "walkInEdit"), QStringLiteral("Mostrador"));
    type(child<QLineEdit>(editor, "paymentMethodsEdit"), QStringLiteral("card, cash"));
    QVERIFY(save());
    auto bar = m_dialog->settings().readProfile(QStringLiteral("bar"));
    QVERIFY(bar);
    QCOMPARE(bar->currency, QStringLiteral("eur"));
    QCOMPARE(bar->token, kToken);
    QCOMPARE(bar->walkInClient, QStringLiteral("Mostrador"));
    QCOMPARE(bar->paymentMethods, (QStringList{QStringLiteral("card"), QStringLiteral("cash")}));
    QVERIFY(!bar->paymentMethodEditable);

    // Remove: gone from the file and the credential store.
    QVERIFY(child<QPushButton>(m_dialog.get(), "removeButton")->isEnabled());
    QVERIFY(removeSelected());
    QCOMPARE(list->count(), 0);
    const ManagedSettings after;
    QVERIFY(after.profileNames().isEmpty());
    QFile creds(m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json")));
    QVERIFY(creds.open(QIODevice::ReadOnly));
    QVERIFY(!creds.readAll().contains(kToken.toUtf8()));
}

void TestSettings::testShowsRefusedCredentials()
{
    {
        QSettings user(userFile(), QSettings::IniFormat);
        user.setValue(QStringLiteral("profile.shop/kind"), QStringLiteral("ocho"));
        user.setValue(QStringLiteral("profile.shop/base_url"), m_sandbox.url().toString());
        user.setValue(QStringLiteral("profile.shop/token"), QStringLiteral("not-it"));
    }
    open();
    QVERIFY(!testProfile());
    QVERIFY2(child<QLabel>(m_dialog->profileEditor(), "testResult")
                 ->text()
                 .contains(QStringLiteral("refused the credentials")),
             qPrintable(child<QLabel>(m_dialog->profileEditor(), "testResult")->text()));
}

void TestSettings::receiptAndTerminalAreSaved()
{
    open();
    type(child<QLineEdit>(m_dialog.get(), "merchantNameEdit"), QStringLiteral("Luna"));
    child<QPlainTextEdit>(m_dialog.get(), "merchantAddressEdit")
        ->setPlainText(QStringLiteral("1 Rue Haute\nLyon"));
    type(child<QLineEdit>(m_dialog.get(), "terminalNameEdit"), QStringLiteral("till-2"));
    type(child<QLineEdit>(m_dialog.get(), "operatorEdit"), QStringLiteral("marie"));
    auto *buttons = child<QDialogButtonBox>(m_dialog.get(), "buttons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const ManagedSettings settings;
    QCOMPARE(settings.value(QStringLiteral("receipt/merchant_name")).toString(),
             QStringLiteral("Luna"));
    QCOMPARE(settings.value(QStringLiteral("receipt/merchant_address")).toString(),
             QStringLiteral("1 Rue Haute\nLyon"));
    QCOMPARE(settings.context().terminal, QStringLiteral("till-2"));
    QCOMPARE(settings.context().operatorName, QStringLiteral("marie"));
}

void TestSettings::lockedSystemSettingIsReadOnly()
{
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Fleet Store"));
        sys.setValue(QStringLiteral("terminal/operator"), QStringLiteral("default-op"));
        sys.setValue(QStringLiteral("locks/keys"), QStringLiteral("receipt/merchant_name"));
        // The cashier had written their own name before the lock: it is ignored.
        QSettings user(userFile(), QSettings::IniFormat);
        user.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("My Own Shop"));
    }
    open();
    auto *name = child<QLineEdit>(m_dialog.get(), "merchantNameEdit");
    QCOMPARE(name->text(), QStringLiteral("Fleet Store"));
    QVERIFY(name->isReadOnly());
    QVERIFY(name->property("locked").toBool());
    // Locked: a lock beside the field's name, and who set it, in which file.
    auto *note = child<QLabel>(m_dialog.get(), "receiptLockNote");
    QVERIFY(note->text().contains(QStringLiteral("administrator")));
    QVERIFY2(note->text().contains(systemFile()), qPrintable(note->text()));
    QCOMPARE(note->property("message").toString(), QStringLiteral("locked"));
    QCOMPARE(child<QLabel>(m_dialog.get(), "merchantNameLabel")->text(),
             QStringLiteral("Merchant &name (locked):"));
    QCOMPARE(name->actions().size(), 1); // the padlock inside the field
    QVERIFY(name->toolTip().contains(systemFile()));
    QCOMPARE(child<QLabel>(m_dialog.get(), "operatorLabel")->text(), QStringLiteral("&Operator:"));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "operatorEdit")->actions().isEmpty());
    QVERIFY(!child<QLineEdit>(m_dialog.get(), "operatorEdit")->isReadOnly()); // not locked
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "operatorEdit")->text(),
             QStringLiteral("default-op"));
    QVERIFY(!child<QPlainTextEdit>(m_dialog.get(), "merchantAddressEdit")->isReadOnly());

    // Even a programmatic change does not get through, and the system value stays in force.
    name->setText(QStringLiteral("Sneaky"));
    type(child<QLineEdit>(m_dialog.get(), "operatorEdit"), QStringLiteral("luis"));
    QVERIFY(m_dialog->saveGeneral());
    ManagedSettings settings;
    QCOMPARE(settings.value(QStringLiteral("receipt/merchant_name")).toString(),
             QStringLiteral("Fleet Store"));
    QVERIFY(!settings.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("x")));
    QCOMPARE(settings.context().operatorName, QStringLiteral("luis")); // the user's wins here
    const QSettings user(userFile(), QSettings::IniFormat);
    QVERIFY(user.value(QStringLiteral("receipt/merchant_name")).toString() != u"Sneaky");

    // And the window's workplace uses the system value.
    WorkplaceOptions options;
    options.journal = m_home->filePath(QStringLiteral("journal.sqlite"));
    auto workplace = Workplace::open(options);
    QVERIFY(workplace);
    QCOMPARE((*workplace)->merchant.name, QStringLiteral("Fleet Store"));
}

void TestSettings::lockedSystemProfileCannotBeChangedOrRemoved()
{
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("profile.fleet/kind"), QStringLiteral("checkout"));
        sys.setValue(QStringLiteral("profile.fleet/base_url"), m_sandbox.url().toString());
        sys.setValue(QStringLiteral("locks/keys"), QStringLiteral("profile.*"));
    }
    open();
    auto *list = child<QListWidget>(m_dialog.get(), "profileList");
    QCOMPARE(listed(list), QStringList{QStringLiteral("fleet")});
    QCOMPARE(list->item(0)->text(), QStringLiteral("fleet (locked)"));
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("administrator")));
    auto *editor = m_dialog->profileEditor();
    QVERIFY(child<QLabel>(editor, "lockNote")->isVisible());
    QVERIFY(child<QLineEdit>(editor, "baseUrlEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "removeButton")->isEnabled());
    QVERIFY(!m_dialog->removeSelectedProfile());
    // Only the credentials can be entered, and they work.
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    QVERIFY(testProfile());
    QVERIFY(save());
    const ManagedSettings settings;
    QCOMPARE(settings.readProfile(QStringLiteral("fleet"))->token, kToken);
    QVERIFY(!QSettings(userFile(), QSettings::IniFormat)
                 .childGroups()
                 .contains(QStringLiteral("profile.fleet")));

    // profile.* locks new profiles too.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("mine"));
    type(child<QLineEdit>(editor, "baseUrlEdit"), m_sandbox.url().toString());
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    QVERIFY(!m_dialog->saveProfile());
    QVERIFY(m_dialog->profileMessage().contains(QStringLiteral("administrator")));
}

void TestSettings::credentialFileWarningIsShown()
{
    open();
    auto *warning = child<QLabel>(m_dialog.get(), "credentialWarning");
    QTRY_VERIFY(warning->isVisible()); // once the credential store has said where they go
    QVERIFY(warning->text().contains(QStringLiteral("readable only by your user account")));
    QVERIFY(
        warning->text().contains(m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json"))));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
