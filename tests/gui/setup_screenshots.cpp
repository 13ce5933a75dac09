// paydesk_setup_screenshots OUTDIR: the first-run setup (in English and in Spanish), the settings
// page with a setting locked by the system-wide file, the cashier window in Spanish (amounts in
// the Spanish form) and its support view (journal, end of day) in Spanish, saved as PNGs
// (scripts/screenshots runs it under Xvfb). Not a test: a camera. A home of its own; credentials go
// to the user-only file.
#include <cstdio>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "camera.h"
#include "guiharness.h"
#include "sandbox/sandboxserver.h"
#include "settingspage/profileeditor.h"
#include "settingspage/settingsdialog.h"
#include "setup/setupwizard.h"
#include "support/journalpage.h"
#include "support/reportpage.h"
#include "support/supportpage.h"
#include "widgetinput.h"

using namespace paydesk;
namespace camera = paydesk::test::camera;
using camera::shoot;
using paydesk::test::child;
using paydesk::test::Harness;
using paydesk::test::type;

namespace {

void setLanguage(const QString &language, QTranslator &translator, QTranslator &qt)
{
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qt);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language != u"en") {
        // The locale's own file by its whole name first (paydesk_es_MX), as paydesk loads it.
        if (!translator.load(QStringLiteral("paydesk_") + locale.name(), QStringLiteral(":/i18n"))
            && !translator.load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
            qFatal("no translation for %s", qPrintable(language));
        QCoreApplication::installTranslator(&translator);
        // Qt's own buttons (Next, Cancel…), as installTranslations() does in paydesk.
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
}

void wizard(const QUrl &url, const QString &token, const QString &suffix)
{
    SetupWizard wizard{QString()};
    wizard.resize(680, 520);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        ++camera::failures;
    ProfileEditor *editor = wizard.profileEditor();
    child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("tienda"));
    auto *kind = child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("checkout")));
    child<QLineEdit>(editor, "baseUrlEdit")->setText(url.toString());
    child<QLineEdit>(editor, "tokenEdit")->setText(token);
    auto *currency = child<QComboBox>(editor, "currencyCombo");
    currency->setCurrentIndex(currency->findData(QStringLiteral("eur")));
    shoot(&wizard, QStringLiteral("20-setup-backend") + suffix);
    QSignalSpy tested(editor, &ProfileEditor::tested);
    wizard.next();
    if (!tested.wait(10000))
        ++camera::failures;
    shoot(&wizard, QStringLiteral("21-setup-test") + suffix);
    wizard.next();
    child<QLineEdit>(&wizard, "merchantNameEdit")->setText(QStringLiteral("Café Luna"));
    child<QPlainTextEdit>(&wizard, "merchantAddressEdit")
        ->setPlainText(QStringLiteral("Calle Mayor 3\n28013 Madrid"));
    child<QLineEdit>(&wizard, "terminalNameEdit")->setText(QStringLiteral("caja-1"));
    shoot(&wizard, QStringLiteral("22-setup-receipt") + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString home = Harness::isolatedHome();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home + QStringLiteral("/xdg")));
    qputenv("PAYDESK_CREDENTIALS", "file");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk-setup-screenshots"));
    camera::start(argc, argv);
    QTranslator translator;
    QTranslator qt;

    SandboxOptions options;
    options.token = QStringLiteral("screenshot-token");
    SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("the sandbox cannot listen");

    setLanguage(QStringLiteral("en"), translator, qt);
    wizard(sandbox.url(), options.token, QString());
    for (const QString &language :
         {QStringLiteral("es"), QStringLiteral("es_MX"), QStringLiteral("fr")}) {
        setLanguage(language, translator, qt);
        wizard(sandbox.url(), options.token, u'-' + language);
    }

    // The settings page of a managed install: the merchant is locked by the system-wide file.
    {
        QDir().mkpath(home + QStringLiteral("/xdg/Paydesk"));
        QSettings system(home + QStringLiteral("/xdg/Paydesk/paydesk.conf"), QSettings::IniFormat);
        system.setValue(QStringLiteral("receipt/merchant_name"),
                        QStringLiteral("Cadena Luna S.L."));
        system.setValue(QStringLiteral("receipt/merchant_address"),
                        QStringLiteral("Gran Vía 1\n28013 Madrid"));
        system.setValue(QStringLiteral("locks/keys"), QStringLiteral("receipt"));
    }
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es"),
                                    QStringLiteral("es_MX"), QStringLiteral("fr")}) {
        setLanguage(language, translator, qt);
        SettingsDialog dialog{QString()};
        dialog.resize(720, 500);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            ++camera::failures;
        const QString suffix = language == u"en" ? QString() : u'-' + language;
        shoot(&dialog, QStringLiteral("23-settings-profiles") + suffix);
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
        shoot(&dialog, QStringLiteral("24-settings-locked-receipt") + suffix);
    }

    // The cashier window in Spanish and French (training mode), with a cart: amounts in the
    // language's form.
    for (const QString &language :
         {QStringLiteral("es"), QStringLiteral("es_MX"), QStringLiteral("fr")}) {
        const QString suffix = u'-' + language;
        Harness h; // sets English: the language after it
        setLanguage(language, translator, qt);
        if (!h.open({{QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Luna")}}))
            qFatal("the window did not open");
        // For the support view below: a few hundred training entries before this sale.
        if (!h.journal()->seedDemo(400, 2024))
            ++camera::failures;
        h.scan(QStringLiteral("COF-1"));
        h.scan(QStringLiteral("COF-1"));
        h.scan(QStringLiteral("PAN-1"));
        Harness::type(h.edit(QStringLiteral("freeAmountInput")), QStringLiteral("1234,50"));
        QTest::keyClick(h.edit(QStringLiteral("freeAmountInput")), Qt::Key_Return);
        Harness::type(h.edit(QStringLiteral("inputClient")), QStringLiteral("Ana Lopez"));
        Harness::type(h.edit(QStringLiteral("inputReference")), QStringLiteral("PED-2041"));
        shoot(h.window.get(), QStringLiteral("25-window") + suffix);
        QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
        if (!h.waitIdle())
            ++camera::failures;
        shoot(h.window.get(), QStringLiteral("26-window-paid") + suffix);

        // The support view: that sale, the newest entry, selected.
        QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
        const auto ids = h.journal()->ids({});
        if (!ids || ids->isEmpty()
            || !h.window->supportPage()->journalPage()->selectEntry(ids->constFirst()))
            ++camera::failures;
        // The journal answers on its own thread: shot once its answers are in.
        if (!QTest::qWaitFor([&h] { return !h.window->supportPage()->journalPage()->isBusy(); },
                             20000))
            ++camera::failures;
        shoot(h.window.get(), QStringLiteral("27-support-journal") + suffix);
        QTest::keyClick(h.window.get(), Qt::Key_4, Qt::ControlModifier);
        if (!QTest::qWaitFor([&h] { return !h.window->supportPage()->reportPage()->isLoading(); },
                             20000))
            ++camera::failures;
        shoot(h.window.get(), QStringLiteral("28-support-end-of-day") + suffix);
    }
    return camera::exitCode();
}
