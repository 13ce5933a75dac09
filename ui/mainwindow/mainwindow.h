// The main window: the header (TRAINING badge, profile picker, terminal), the sale page, the
// menus with every action and its shortcut, and the status bar.
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace paydesk {

class SalePage;
class Session;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SalePage *salePage() const { return m_salePage; }
    QComboBox *profileCombo() const;
    QLabel *trainingBadge() const;
    /// Selects a profile by name (as the picker does); false when there is none.
    bool selectProfile(const QString &name);

private:
    void onProfileChosen(int index);
    void updateActions();
    void showShortcuts();
    void showAbout();

    Ui::MainWindow *m_ui;
    Session *m_session;
    SalePage *m_salePage;
};

} // namespace paydesk
