// The first-run setup driven offscreen as a cashier or installer would: kind, URL, credentials,
// the connection test against the real in-process sandbox (good and wrong credentials, an
// untrusted and a trusted TLS certificate), receipt and terminal, save; then what was saved is
// what paydesk reads (profiles, credentials in the user-only file with mode 0600, never in the
// INI file). A home of its own: HOME and the XDG folders are a temporary folder.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "sandbox/sandboxserver.h"
#include "settings/managedsettings.h"
#include "settingspage/profileeditor.h"
#include "setup/setupwizard.h"
#include "testhome.h"
#include "widgetinput.h"
#include "workplace/workplace.h"

using namespace paydesk;
using paydesk::test::child;
using paydesk::test::type;

namespace {

const QString kToken = QStringLiteral("setup-token-5be1");

QString tlsFile(const char *name)
{
    return QStringLiteral(PAYDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

SandboxOptions withToken()
{
    SandboxOptions options;
    options.token = kToken;
    return options;
}

} // namespace

class TestSetup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_wizard.reset(); }
    void goodCredentialsAreTestedAndSaved();
    void wrongCredentialsKeepTheWizardOnTheTestPage();
    void offerBodyTokenIsNotChecked();
    void untrustedThenTrustedTls();
    void dotsAsksForClientIdAndKey();
    void missingFieldsAreNamed();
    void lockedSystemProfileAsksOnlyForCredentials();
    void aFailedSaveKeepsTheWizardOpen();
    void setupWantedOnlyOnAManagedInstall();

private:
    QString userFile() const { return paydesk::test::userConfigFile(*m_home); }
    QString systemFile() const { return paydesk::test::systemConfigFile(*m_home); }
    void openWizard()
    {
        m_wizard = std::make_unique<SetupWizard>(QString());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QTRY_VERIFY(!m_wizard->isReading()); // a configured profile's credentials
        QVERIFY(m_wizard->profileEditor()->isEnabled());
    }
    void fillBackend(const QString &kind, const QUrl &url, const QString &token)
    {
        auto *editor = m_wizard->profileEditor();
        auto *combo = child<QComboBox>(editor, "kindCombo");
        combo->setCurrentIndex(combo->findData(kind));
        type(child<QLineEdit>(editor, "baseUrlEdit"), url.toString());
        if (kind != u"dots")
            type(child<QLineEdit>(editor, "tokenEdit"), token);
    }
    /// Next on the backend page; waits for the test on the test page to finish.
    /// The test page's checks as a person reads them: one line each (and what to do).
    QStringList checkLines() const
    {
        QTextDocument document;
        document.setHtml(child<QLabel>(m_wizard.get(), "testDetail")->text());
        return document.toPlainText().split(u'\n', Qt::SkipEmptyParts);
    }
    void nextToTest()
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::BackendPage));
        QSignalSpy tested(m_wizard->profileEditor(), &ProfileEditor::tested);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::TestPage));
        QVERIFY(tested.wait(10000));
    }

    SandboxServer m_sandbox{withToken()};
    std::unique_ptr<SandboxServer> m_tlsSandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SetupWizard> m_wizard;
};

void TestSetup::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const char *name : {"PAYDESK_TOKEN", "PAYDESK_CLIENT_ID", "PAYDESK_API_KEY",
                             "PAYDESK_SYSTEM_CONFIG", "PAYDESK_JOURNAL"})
        qunsetenv(name);
    qputenv("PAYDESK_CREDENTIALS", "file"); // never the user's own keyring
    QVERIFY(m_sandbox.listen());
    SandboxOptions tls = withToken();
    tls.tlsCertificateFile = tlsFile("server.pem");
    tls.tlsKeyFile = tlsFile("server.key");
    m_tlsSandbox = std::make_unique<SandboxServer>(tls);
    QVERIFY(m_tlsSandbox->listen());
    QCOMPARE(m_tlsSandbox->url().scheme(), QStringLiteral("https"));
}

void TestSetup::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(paydesk::test::pointHomeAt(*m_home));
    QCOMPARE(userSettingsFile(), userFile());
}

void TestSetup::goodCredentialsAreTestedAndSaved()
{
    openWizard();
    type(child<QLineEdit>(m_wizard->profileEditor(), "nameEdit"), QStringLiteral("shop"));
    fillBackend(QStringLiteral("checkout"), m_sandbox.url(), kToken);
    nextToTest();
    QVERIFY2(m_wizard->testStatus().contains(QStringLiteral("accepted the credentials")),
             qPrintable(m_wizard->testStatus()));
    // Where the installer is, and the three checks as three lines, each passed.
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Step 2 of 3: Connection test"));
    QCOMPARE(checkLines(),
             (QStringList{QStringLiteral("✔ The backend answered at this address."),
                          QStringLiteral("✔ No certificate to check (http:// on "
                                         "this computer)."),
                          QStringLiteral("✔ The backend accepted the credentials.")}));
    QCOMPARE(child<QLabel>(m_wizard.get(), "testStatus")->property("message").toString(),
             QStringLiteral("success"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CounterPage));
    type(child<QLineEdit>(m_wizard.get(), "merchantNameEdit"), QStringLiteral("Café Luna"));
    child<QPlainTextEdit>(m_wizard.get(), "merchantAddressEdit")
        ->setPlainText(QStringLiteral("3 Calle Mayor\nMadrid"));
    type(child<QLineEdit>(m_wizard.get(), "terminalNameEdit"), QStringLiteral("counter-7"));
    QSignalSpy saved(m_wizard.get(), &SetupWizard::saved);
    m_wizard->accept();
    // Finish waits for the credential store without blocking: disabled, the page says so.
    QVERIFY(m_wizard->isSaving());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!child<QLabel>(m_wizard.get(), "saveMessage")->text().isEmpty());
    m_wizard->accept(); // a second Finish meanwhile changes nothing
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

    // The INI file has the profile but no secret; the credential file has it, mode 0600.
    QFile ini(userFile());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("[profile.shop]"));
    QVERIFY(!text.contains(kToken.toUtf8()));
    const QString credentials = m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json"));
    QCOMPARE(QFile::permissions(credentials),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    // What paydesk reads at the next start: not training, the profile with its token.
    WorkplaceOptions options;
    options.journal = m_home->filePath(QStringLiteral("journal.sqlite"));
    auto workplace = Workplace::open(options);
    QVERIFY2(workplace, workplace ? "" : qPrintable(workplace.error()));
    QVERIFY(!(*workplace)->training);
    QCOMPARE((*workplace)->profiles.size(), 1);
    QCOMPARE((*workplace)->profiles.first().token, kToken);
    QCOMPARE((*workplace)->merchant.name, QStringLiteral("Café Luna"));
    QCOMPARE((*workplace)->merchant.address, QStringLiteral("3 Calle Mayor\nMadrid"));
    QCOMPARE((*workplace)->context.terminal, QStringLiteral("counter-7"));
    QVERIFY(!setupWanted(QString()));

    // Opened again, the setup starts from the saved profile, its token read from the store.
    openWizard();
    QCOMPARE(child<QLineEdit>(m_wizard->profileEditor(), "nameEdit")->text(),
             QStringLiteral("shop"));
    QVERIFY(child<QLineEdit>(m_wizard->profileEditor(), "tokenEdit")->text() == kToken);
}

void TestSetup::wrongCredentialsKeepTheWizardOnTheTestPage()
{
    openWizard();
    fillBackend(QStringLiteral("checkout"), m_sandbox.url(), QStringLiteral("wrong-token"));
    nextToTest();
    QVERIFY2(m_wizard->testStatus().contains(QStringLiteral("refused the credentials")),
             qPrintable(m_wizard->testStatus()));
    // Reached, no certificate, and the credentials refused, with what to do about it.
    const QStringList lines = checkLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("✔")));
    QCOMPARE(lines.at(2), QStringLiteral("✘ The backend refused the credentials."));
    QVERIFY2(lines.at(3).contains(QStringLiteral("dashboard")), qPrintable(lines.at(3)));
    QCOMPARE(child<QLabel>(m_wizard.get(), "testStatus")->property("message").toString(),
             QStringLiteral("error"));
    m_wizard->next(); // refused: stays
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TestPage));

    // Back, correct the token, test again: on.
    m_wizard->back();
    fillBackend(QStringLiteral("checkout"), m_sandbox.url(), kToken);
    nextToTest();
    QVERIFY(m_wizard->profileEditor()->lastReport()->ok());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CounterPage));
}

void TestSetup::offerBodyTokenIsNotChecked()
{
    // Offer reads its token from a sale's body, and the test sends no sale: the backend is found,
    // and the page says the token was not checked (rather than "accepted" or "refused").
    openWizard();
    fillBackend(QStringLiteral("offer"), m_sandbox.url(), QStringLiteral("wrong-token"));
    nextToTest();
    const auto report = m_wizard->profileEditor()->lastReport();
    QVERIFY(report->ok());
    QVERIFY(!report->credentialsAccepted);
    QVERIFY2(m_wizard->testStatus().contains(QStringLiteral("not checked")),
             qPrintable(m_wizard->testStatus()));
    QCOMPARE(m_sandbox.intentCount(), 0);
}

void TestSetup::untrustedThenTrustedTls()
{
    openWizard();
    fillBackend(QStringLiteral("checkout"), m_tlsSandbox->url(), kToken);
    nextToTest();
    QVERIFY2(m_wizard->testStatus().contains(QStringLiteral("certificate is not trusted")),
             qPrintable(m_wizard->testStatus()));
    QCOMPARE(m_wizard->profileEditor()->lastReport()->outcome, ConnectionReport::Outcome::Tls);
    QVERIFY2(checkLines().contains(QStringLiteral("✘ The backend's certificate is not trusted.")),
             qPrintable(checkLines().join(u'\n')));

    // "Save without a successful test" lets an installer go on; but first, trust the CA.
    m_wizard->back();
    type(child<QLineEdit>(m_wizard->profileEditor(), "caFileEdit"), tlsFile("ca.pem"));
    nextToTest();
    QVERIFY2(m_wizard->profileEditor()->lastReport()->ok(), qPrintable(m_wizard->testStatus()));
    QCOMPARE(m_wizard->profileEditor()->lastReport()->tlsTrusted, std::optional<bool>(true));
}

void TestSetup::dotsAsksForClientIdAndKey()
{
    m_sandbox.setCredentials({}, QStringLiteral("cid-1"), QStringLiteral("ak-secret-2"));
    openWizard();
    auto *editor = m_wizard->profileEditor();
    fillBackend(QStringLiteral("dots"), m_sandbox.url(), {});
    QVERIFY(!child<QLineEdit>(editor, "tokenEdit")->isVisible());
    QVERIFY(child<QLineEdit>(editor, "apiKeyEdit")->isVisible());
    type(child<QLineEdit>(editor, "clientIdEdit"), QStringLiteral("cid-1"));
    type(child<QLineEdit>(editor, "apiKeyEdit"), QStringLiteral("wrong"));
    nextToTest();
    QCOMPARE(editor->lastReport()->outcome, ConnectionReport::Outcome::CredentialsRefused);
    m_wizard->back();
    type(child<QLineEdit>(editor, "apiKeyEdit"), QStringLiteral("ak-secret-2"));
    nextToTest();
    QVERIFY(editor->lastReport()->ok());
    m_sandbox.setCredentials(kToken, {}, {});
}

void TestSetup::missingFieldsAreNamed()
{
    openWizard();
    auto *editor = m_wizard->profileEditor();
    type(child<QLineEdit>(editor, "baseUrlEdit"), QStringLiteral("http://pay.example.com"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::BackendPage)); // plain http to a remote host
    QVERIFY(!child<QLabel>(editor, "testResult")->text().isEmpty());
    // Credentials in the URL: refused with a clear message, the backend never asked.
    QUrl withUser = m_sandbox.url();
    withUser.setUserName(QStringLiteral("till"));
    withUser.setPassword(QStringLiteral("pw-in-url"));
    type(child<QLineEdit>(editor, "baseUrlEdit"), withUser.toString());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::BackendPage));
    QVERIFY2(child<QLabel>(editor, "testResult")
                 ->text()
                 .contains(QStringLiteral("must not hold credentials")),
             qPrintable(child<QLabel>(editor, "testResult")->text()));
    QVERIFY(!editor->lastReport() || !editor->lastReport()->reachable);
    type(child<QLineEdit>(editor, "baseUrlEdit"), m_sandbox.url().toString());
    child<QLineEdit>(editor, "tokenEdit")->clear();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::BackendPage));
    auto *result = child<QLabel>(editor, "testResult");
    QCOMPARE(result->text(), QStringLiteral("\u26a0 This backend needs an API token."));
    QCOMPARE(result->property("message").toString(), QStringLiteral("error"));
}

void TestSetup::lockedSystemProfileAsksOnlyForCredentials()
{
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("profile.fleet/kind"), QStringLiteral("checkout"));
        sys.setValue(QStringLiteral("profile.fleet/base_url"), m_sandbox.url().toString());
        sys.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Fleet Store"));
        sys.setValue(QStringLiteral("locks/keys"),
                     QStringList{QStringLiteral("profile.fleet"), QStringLiteral("receipt")});
    }
    QVERIFY(setupWanted(QString()));
    QVERIFY(!setupWanted(userFile())); // never with --config
    openWizard();
    auto *editor = m_wizard->profileEditor();
    QVERIFY(child<QLabel>(editor, "lockNote")->isVisible());
    QVERIFY(child<QLineEdit>(editor, "baseUrlEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(editor, "kindCombo")->isEnabled());
    QVERIFY(!child<QLineEdit>(editor, "tokenEdit")->isReadOnly());
    type(child<QLineEdit>(editor, "tokenEdit"), kToken);
    nextToTest();
    QVERIFY(editor->lastReport()->ok());
    m_wizard->next();
    auto *merchant = child<QLineEdit>(m_wizard.get(), "merchantNameEdit");
    QCOMPARE(merchant->text(), QStringLiteral("Fleet Store"));
    QVERIFY(!merchant->isEnabled());
    m_wizard->accept();
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));

    // The user's file gained no profile (the system's is locked) and the setup is done.
    const QSettings user(userFile(), QSettings::IniFormat);
    QVERIFY(!user.childGroups().contains(QStringLiteral("profile.fleet")));
    QVERIFY(user.value(QStringLiteral("setup/completed")).toBool());
    QVERIFY(!setupWanted(QString()));
    const ManagedSettings settings;
    auto fleet = settings.readProfile(QStringLiteral("fleet"));
    QVERIFY(fleet);
    QCOMPARE(fleet->token, kToken);
    QCOMPARE(fleet->baseUrl, m_sandbox.url());
}

void TestSetup::setupWantedOnlyOnAManagedInstall()
{
    QVERIFY(!setupWanted(QString())); // no system file: training mode, no wizard
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Fleet"));
    }
    QVERIFY(!setupWanted(QString())); // a system file without a profile
    {
        QSettings sys(systemFile(), QSettings::IniFormat);
        sys.setValue(QStringLiteral("setup/required"), true);
    }
    QVERIFY(setupWanted(QString()));
}

void TestSetup::aFailedSaveKeepsTheWizardOpen()
{
    // The credential file cannot be written (a folder stands in its place).
    const QString credentials = m_home->filePath(QStringLiteral("cfg/Paydesk/credentials.json"));
    QVERIFY(QDir().mkpath(credentials));
    openWizard();
    type(child<QLineEdit>(m_wizard->profileEditor(), "nameEdit"), QStringLiteral("shop"));
    fillBackend(QStringLiteral("checkout"), m_sandbox.url(), kToken);
    nextToTest();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CounterPage));
    QSignalSpy saved(m_wizard.get(), &SetupWizard::saved);
    m_wizard->accept();
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.first().first().toBool());

    // Still open, saying why in words; Finish again; the token still in the form.
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
    const QString said = child<QLabel>(m_wizard.get(), "saveMessage")->text();
    QVERIFY2(said.contains(QStringLiteral("cannot be saved")), qPrintable(said));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QLineEdit>(m_wizard->profileEditor(), "tokenEdit")->text() == kToken);
    QVERIFY(!QSettings(userFile(), QSettings::IniFormat)
                 .childGroups()
                 .contains(QStringLiteral("profile.shop")));

    // Once the file can be written, Finish saves.
    QVERIFY(QDir(credentials).removeRecursively());
    m_wizard->accept();
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(ManagedSettings().readProfile(QStringLiteral("shop"))->token, kToken);
}

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
