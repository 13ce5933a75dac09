// The Settings menu of the main window (Settings…, Set Up a Backend…), and the translations
// that follow the system locale. Kept apart from the main window's own menus.
#pragma once

#include <QString>

class QCoreApplication;
class QMainWindow;

namespace paydesk {

/// Adds "&Settings" before the Help menu: Settings… (Ctrl+,) opens the settings page, Set Up a
/// Backend… the first-run setup. `configOption` is --config as given.
void addSettingsMenu(QMainWindow *window, const QString &configOption);

/// Loads Paydesk's and Qt's own translations for the system locale (QLocale::system(), or
/// LANGUAGE/LC_ALL/LANG) and makes that locale the default, so amounts and dates follow it.
/// Returns the language loaded ("es", "fr"), or an empty string for English.
QString installTranslations(QCoreApplication &app);

} // namespace paydesk
