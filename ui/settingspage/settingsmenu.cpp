#include "settingsmenu.h"

#include <QAction>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

#include "settingsdialog.h"
#include "setup/setupwizard.h"

namespace paydesk {

void addSettingsMenu(QMainWindow *window, const QString &configOption, ApplySettings apply)
{
    auto *menu
        = new QMenu(QCoreApplication::translate("paydesk::SettingsMenu", "Se&ttings"), window);
    menu->setObjectName(QStringLiteral("menuSettings"));
    QAction *settings
        = menu->addAction(QCoreApplication::translate("paydesk::SettingsMenu", "&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                              ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                              : QKeySequence(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *setup = menu->addAction(
        QCoreApplication::translate("paydesk::SettingsMenu", "Set &Up a Backend…"));
    setup->setObjectName(QStringLiteral("actionSetup"));

    // Saved: the window uses what it can at once; what waits for the next start is said
    // (a dialog only then; else a line in the status bar).
    const auto saved = [window, apply](bool profilesChanged) {
        const QString later = apply ? apply(profilesChanged) : QString();
        const QString done
            = QCoreApplication::translate("paydesk::SettingsMenu", "The settings are saved.");
        if (later.isEmpty()) {
            window->statusBar()->showMessage(
                done + u' '
                    + QCoreApplication::translate("paydesk::SettingsMenu",
                                                  "They are in use from now on."),
                15000);
            return;
        }
        QMessageBox::information(
            window, QCoreApplication::translate("paydesk::SettingsMenu", "Settings saved"),
            done + u' ' + later);
    };
    QObject::connect(settings, &QAction::triggered, window, [window, configOption, saved] {
        SettingsDialog dialog(configOption, window);
        if (dialog.exec() == QDialog::Accepted)
            saved(dialog.profilesChanged());
    });
    QObject::connect(setup, &QAction::triggered, window, [window, configOption, saved] {
        SetupWizard wizard(configOption, window);
        if (wizard.exec() == QDialog::Accepted)
            saved(true); // the setup writes a backend profile
    });

    // Before the Help menu, when there is one.
    QAction *before = nullptr;
    const QList<QAction *> top = window->menuBar()->actions();
    for (QAction *action : top)
        if (action->menu() && action->menu()->objectName() == u"menuHelp")
            before = action;
    window->menuBar()->insertMenu(before, menu);
}

QLocale counterLocale(const QLocale &system, const QString &configured, const QString &currency)
{
    if (!configured.trimmed().isEmpty())
        return QLocale(configured.trimmed());
    if (system.language() == QLocale::Spanish
        && (system.territory() == QLocale::Mexico
            || currency.compare(u"mxn", Qt::CaseInsensitive) == 0))
        return QLocale(QLocale::Spanish, QLocale::Mexico);
    return system;
}

QString installTranslations(QCoreApplication &app)
{
    return installTranslations(app, QLocale::system());
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // What an earlier call installed goes: one language at a time.
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("paydesk_translator"),
                                                            Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(locale);
    auto *paydesk = new QTranslator(&app);
    paydesk->setObjectName(QStringLiteral("paydesk_translator"));
    QString language;
    // paydesk_es_MX, else paydesk_es (QTranslator tries the locale's names in turn).
    // The locale's own file by its whole name first: Qt 6.4's lookup by QLocale settles on
    // paydesk_es for es_MX.
    if (paydesk->load(QStringLiteral("paydesk_") + locale.name(), QStringLiteral(":/i18n"))
        || paydesk->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(paydesk);
        language = paydesk->language();
    } else {
        delete paydesk;
    }
    // Qt's own strings (standard buttons, dialogs), from qt6-translations-l10n when installed.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("paydesk_translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace paydesk
