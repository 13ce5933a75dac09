// The Settings menu of the main window (Settings…, Set Up a Backend…), and the translations
// that follow the system locale. Kept apart from the main window's own menus.
#pragma once

#include <functional>

#include <QLocale>
#include <QString>

class QCoreApplication;
class QMainWindow;

namespace paydesk {

/// What the window does with settings saved while it runs (MainWindow::applySavedSettings):
/// given whether the profiles changed, it uses what it can at once and says what waits for
/// the next start.
using ApplySettings = std::function<QString(bool profilesChanged)>;

/// Adds "&Settings" before the Help menu: Settings… (Ctrl+,) opens the settings page, Set Up a
/// Backend… the first-run setup. `configOption` is --config as given.
void addSettingsMenu(QMainWindow *window, const QString &configOption, ApplySettings apply);

/// Loads Paydesk's and Qt's own translations for the system locale (QLocale::system(), or
/// LANGUAGE/LC_ALL/LANG) and makes that locale the default, so amounts and dates follow it.
/// Returns the language loaded ("es", "fr"), or an empty string for English.
QString installTranslations(QCoreApplication &app);
/// The same for `locale`, replacing what was installed before (the counter's locale, known once
/// the settings and the profile are read).
QString installTranslations(QCoreApplication &app, const QLocale &locale);

/// The counter's locale: `configured` when set (`[locale] name=es_MX` in the config); else
/// Spanish for Mexico when the system speaks Spanish and is in Mexico or the till's currency is
/// MXN (`currency`, lower-case ISO 4217); else the system's locale. Spanish (Spain) or another
/// Spanish keeps its own forms.
QLocale counterLocale(const QLocale &system, const QString &configured, const QString &currency);

} // namespace paydesk
