// The main window: the header (TRAINING badge, profile picker, terminal), the sale page, the
// menus with every action and its shortcut, and the status bar.
#pragma once

#include <memory>

#include <QMainWindow>

class QComboBox;
class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace paydesk {

class CustomerDisplay;
class ForwarderThread;
class ReceiptPrinter;
class SalePage;
class Workplace;
class SupportPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Workplace *workplace, QWidget *parent = nullptr);
    ~MainWindow() override;

    SalePage *salePage() const { return m_salePage; }
    /// The support view (journal, inspect, end of day): Support menu, Ctrl+2..4, --support.
    /// Built when first shown: the cashier window does not pay for it.
    SupportPage *supportPage();
    QMenu *supportMenu() const { return m_supportMenu; }
    void showSale();
    /// 0: the journal, 1: inspect an answer, 2: end of day.
    void showSupport(int tab = 0);
    /// True when the support view is the page in front (else the sale).
    bool isSupportShown() const;
    QComboBox *profileCombo() const;
    QLabel *trainingBadge() const;
    /// Selects a profile by name (as the picker does); false when there is none.
    bool selectProfile(const QString &name);
    /// Uses the settings saved while the window runs: the terminal and operator (from the next
    /// sale), the merchant, the receipt printer and the customer display. Returns what still
    /// waits for the next start, in words (empty: nothing): the profiles when they changed.
    QString applySavedSettings(bool profilesChanged);
    /// The counter's receipt printer ([printer] url), shared by the sale page and the support
    /// view; null when none is configured (Ctrl+P then opens the print dialog).
    ReceiptPrinter *counterPrinter() const { return m_counterPrinter; }
    /// The window facing the customer ([customer_display] enabled=true); null when off.
    CustomerDisplay *customerDisplay() const { return m_customerDisplay.get(); }

private:
    void onProfileChosen(int index);
    void updateActions();
    void showShortcuts();
    void showAbout();
    void openCustomerDisplay();

    Ui::MainWindow *m_ui;
    Workplace *m_workplace;
    SalePage *m_salePage;
    SupportPage *m_supportPage;
    QMenu *m_supportMenu;
    ReceiptPrinter *m_counterPrinter = nullptr;
    std::unique_ptr<CustomerDisplay> m_customerDisplay; ///< a window of its own
    /// Forwards this till's journal to the store's ([journal] store=, --store), on a thread of
    /// its own; none without a store.
    std::unique_ptr<ForwarderThread> m_forwarder;
};

} // namespace paydesk
