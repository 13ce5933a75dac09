#include "mainwindow.h"

#include <climits>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include "backends/backendspec.h"
#include "customerdisplay/customerdisplay.h"
#include "customerdisplay/customerdisplayfeed.h"
#include "devices/receiptprinter.h"
#include "journal/forwarderthread.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "receiptdocument/receiptactions.h"
#include "sale/salepage.h"
#include "support/journalpage.h"
#include "support/supportpage.h"
#include "ui_mainwindow.h"
#include "workplace/workplace.h"

namespace paydesk {

namespace {

/// A journal file in the user's home as "~/…", as people write it.
QString shortLocation(const QString &where)
{
    const QString home = QDir::homePath();
    return where.startsWith(home + u'/') ? u'~' + where.mid(home.size()) : where;
}

} // namespace

MainWindow::MainWindow(Workplace *workplace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_workplace(workplace)
    , m_salePage(new SalePage(workplace, this))
    , m_supportPage(nullptr)
    , m_supportMenu(nullptr)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/paydesk/icons/paydesk.svg")));
    m_ui->pages->addWidget(m_salePage);

    // The support view: a page of its own, by menu and keyboard (the sale's actions are off there).
    m_supportMenu = new QMenu(tr("S&upport"), this);
    m_supportMenu->setObjectName(QStringLiteral("menuSupport"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_supportMenu);
    const std::pair<const char *, int> supportActions[]
        = {{QT_TR_NOOP("&Sale (the cashier page)"), -1},
           {QT_TR_NOOP("&Journal: find a sale"), 0},
           {QT_TR_NOOP("&Inspect an answer"), 1},
           {QT_TR_NOOP("&End of day"), 2}};
    for (const auto &[text, tab] : supportActions) {
        QAction *action = m_supportMenu->addAction(tr(text));
        action->setObjectName(tab < 0 ? QStringLiteral("actionShowSale")
                                      : QStringLiteral("actionSupport%1").arg(tab));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_2 + tab)));
        connect(action, &QAction::triggered, this, [this, tab = tab] {
            if (tab < 0)
                showSale();
            else
                showSupport(tab);
        });
    }

    // The header: a TRAINING badge nobody can miss, the profile picker, the terminal.
    m_ui->trainingBadge->setVisible(workplace->training);
    m_ui->trainingBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #bf360c; color: white; font-weight: bold;"
                       " padding: 4px 12px; border-radius: 4px; }"));
    QFont badge = m_ui->trainingBadge->font();
    badge.setPointSizeF(badge.pointSizeF() * 1.2);
    m_ui->trainingBadge->setFont(badge);
    m_ui->headerBar->setAutoFillBackground(true);
    m_ui->terminalLabel->setText(
        tr("Terminal %1 \u00b7 %2")
            .arg(workplace->context.terminal, workplace->context.operatorName));
    for (const BackendProfile &p : std::as_const(workplace->profiles)) {
        const QString currency = backendSpec(p.kind).profileCurrency(p);
        QString text = workplace->training
            ? tr("%1 (training)").arg(backendTitle(p.kind))
            : QStringLiteral("%1 \u2014 %2").arg(p.name, backendTitle(p.kind));
        if (!currency.isEmpty())
            text += QStringLiteral(", ") + currency;
        m_ui->profileCombo->addItem(text, p.name);
    }
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onProfileChosen);

    auto *journalLabel = new QLabel(this);
    journalLabel->setObjectName(QStringLiteral("journalLabel"));
    journalLabel->setAccessibleName(tr("Journal"));
    journalLabel->setText(
        tr("Journal: %1").arg(shortLocation(workplace->journal->displayLocation())));
    journalLabel->setToolTip(workplace->journal->displayLocation());
    statusBar()->addPermanentWidget(journalLabel);
    // The journal answers on its own thread: while it is slow the window goes on, and says
    // what it waits for (a sale is still not sent before its entry is written).
    connect(
        workplace->journal.get(), &JournalThread::waiting, journalLabel,
        [journalLabel, location = workplace->journal->displayLocation()](const QString &what,
                                                                         qint64 waitedMs) {
            if (what.isEmpty()) {
                journalLabel->setText(tr("Journal: %1").arg(shortLocation(location)));
                journalLabel->setStyleSheet(QString());
                return;
            }
            journalLabel->setText(
                tr("Waiting for the journal database: %1… %2 s").arg(what).arg(waitedMs / 1000));
            // Dark amber on pale yellow: 7:1, readable at a glance.
            journalLabel->setStyleSheet(
                QStringLiteral("QLabel { color: #5c3c00; background: #fff4ce; padding: 0 6px; }"));
        });
    if (!workplace->storePlace.isEmpty()) {
        // The store's copy: forwarded on a thread of its own; a sale never waits for it.
        auto *storeLabel = new QLabel(this);
        storeLabel->setObjectName(QStringLiteral("storeLabel"));
        storeLabel->setAccessibleName(tr("Store journal"));
        storeLabel->setText(tr("Store journal: connecting…"));
        statusBar()->addPermanentWidget(storeLabel);
        m_forwarder
            = std::make_unique<ForwarderThread>(workplace->journalPlace, workplace->storePlace,
                                                15000, nullptr, workplace->context.terminal);
        connect(m_forwarder.get(), &ForwarderThread::forwarded, storeLabel,
                [storeLabel](const ForwardStatus &status) {
                    storeLabel->setToolTip(status.problem);
                    if (status.reachable) {
                        storeLabel->setText(tr("Store journal: up to date"));
                        storeLabel->setStyleSheet(QString());
                        return;
                    }
                    storeLabel->setText(tr("Store journal unreachable: %n sales kept on this "
                                           "till, sent on when it returns",
                                           nullptr, int(qMin<qint64>(status.waiting, INT_MAX))));
                    storeLabel->setStyleSheet(QStringLiteral(
                        "QLabel { color: #5c3c00; background: #fff4ce; padding: 0 6px; }"));
                });
        // A sale that leaves or ends goes to the store at once, not at the next turn: the
        // store's support view and `journal watch` see it within a second.
        connect(m_salePage->controller(), &SaleController::phaseChanged, this,
                [this](SaleController::Phase phase) {
                    if (phase != SaleController::Phase::Editing
                        && phase != SaleController::Phase::Verifying)
                        m_forwarder->forwardNow();
                });
    }
    if (workplace->sandbox)
        statusBar()->showMessage(tr("Training mode: the sandbox answers at %1; no real money "
                                    "moves.")
                                     .arg(workplace->sandbox->url().toString()));
    if (!workplace->problems.isEmpty()) {
        journalLabel->setToolTip(workplace->problems.join(u'\n'));
        statusBar()->showMessage(QStringLiteral("\u26a0 ") + workplace->problems.join(u' '));
    }

    // Actions: one place for every shortcut, shown in the menus and the tooltips.
    m_ui->actionCharge->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionQuit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q)});
    connect(m_ui->actionCharge, &QAction::triggered, m_salePage, &SalePage::charge);
    connect(m_ui->actionCancel, &QAction::triggered, m_salePage, &SalePage::cancel);
    connect(m_ui->actionVerify, &QAction::triggered, m_salePage, &SalePage::verify);
    connect(m_ui->actionNewSale, &QAction::triggered, m_salePage, &SalePage::newSale);
    connect(m_ui->actionScan, &QAction::triggered, m_salePage, &SalePage::focusScanner);
    connect(m_ui->actionFreeAmount, &QAction::triggered, m_salePage, &SalePage::focusFreeAmount);
    connect(m_ui->actionProfile, &QAction::triggered, this, [this] {
        if (m_ui->profileCombo->isEnabled())
            m_ui->profileCombo->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPrint, &QAction::triggered, m_salePage, &SalePage::printReceipt);
    connect(m_ui->actionPrintDialog, &QAction::triggered, m_salePage,
            &SalePage::printReceiptWithDialog);
    // The counter's printer: one queue for the till, the sale page's and the support view's.
    if (workplace->printer) {
        m_counterPrinter = new ReceiptPrinter(*workplace->printer, this);
        m_salePage->setCounterPrinter(m_counterPrinter);
        m_ui->actionPrint->setToolTip(tr("Print the customer receipt on the counter's printer"));
    }
    QAction *printAgain = m_salePage->receiptActions()->printAgainAction();
    m_ui->menuReceipt->insertAction(m_ui->actionSavePdf, printAgain);
    connect(m_ui->actionSavePdf, &QAction::triggered, m_salePage, &SalePage::saveReceiptPdf);
    connect(m_ui->actionOpenReceipt, &QAction::triggered, m_salePage, &SalePage::openReceiptLink);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // Each tooltip ends with the shortcut, and the page's buttons say the same as the actions.
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &key : shortcuts)
            keys << key.toString(QKeySequence::NativeText);
        QString tip = action->toolTip();
        if (const qsizetype paren = tip.lastIndexOf(QStringLiteral(" (")); paren > 0)
            tip.truncate(paren);
        action->setToolTip(tip + QStringLiteral(" (") + keys.join(QStringLiteral(", ")) + u')');
    }
    const std::pair<QAction *, const char *> buttons[]
        = {{m_ui->actionCharge, "chargeButton"},   {m_ui->actionCancel, "cancelButton"},
           {m_ui->actionVerify, "verifyButton"},   {m_ui->actionPrint, "printButton"},
           {m_ui->actionSavePdf, "pdfButton"},     {m_ui->actionNewSale, "newSaleButton"},
           {m_ui->actionOpenReceipt, "openButton"}};
    for (const auto &[action, name] : buttons)
        if (auto *button = m_salePage->findChild<QAbstractButton *>(QString::fromLatin1(name)))
            button->setToolTip(action->toolTip());
    connect(m_salePage, &SalePage::phaseChanged, this, &MainWindow::updateActions);
    connect(m_salePage, &SalePage::message, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });

    const int initial = m_ui->profileCombo->findData(workplace->initialProfile);
    m_ui->profileCombo->setCurrentIndex(std::max(initial, 0));
    onProfileChosen(m_ui->profileCombo->currentIndex());
    if (workplace->customerDisplay.enabled)
        openCustomerDisplay();
    m_salePage->focusScanner();
}

QString MainWindow::applySavedSettings(bool profilesChanged)
{
    const QStringList problems = m_workplace->reloadSettings();
    const AttemptContext &context = m_workplace->context;
    m_ui->terminalLabel->setText(
        tr("Terminal %1 \u00b7 %2").arg(context.terminal, context.operatorName));
    m_salePage->setContext(context);

    // The counter's printer, when it changed (an unchanged one keeps its queue and Print
    // again): a receipt being printed finishes on the old one.
    const bool samePrinter = m_counterPrinter
        ? m_workplace->printer && m_counterPrinter->config() == *m_workplace->printer
        : !m_workplace->printer;
    if (!samePrinter) {
        ReceiptPrinter *old = m_counterPrinter;
        m_counterPrinter
            = m_workplace->printer ? new ReceiptPrinter(*m_workplace->printer, this) : nullptr;
        m_salePage->setCounterPrinter(m_counterPrinter);
        if (m_supportPage)
            m_supportPage->journalPage()->setCounterPrinter(m_counterPrinter);
        if (old && !old->isBusy() && old->queuedCount() == 0)
            old->deleteLater();
        // The tooltip ends with its shortcut, as every action's does.
        m_ui->actionPrint->setToolTip(
            (m_counterPrinter ? tr("Print the customer receipt on the counter's printer")
                              : tr("Print the customer receipt"))
            + QStringLiteral(" (")
            + m_ui->actionPrint->shortcut().toString(QKeySequence::NativeText) + u')');
    }

    // The customer display: opened, moved or closed as the settings say.
    if (!m_workplace->customerDisplay.enabled) {
        m_customerDisplay.reset();
    } else if (!m_customerDisplay) {
        openCustomerDisplay();
    } else {
        m_customerDisplay->setMerchantName(m_workplace->merchant.name);
        m_customerDisplay->showOnCustomerScreen(m_workplace->customerDisplay.screen);
    }

    QStringList later;
    if (!problems.isEmpty())
        later << QStringLiteral("\u26a0 ") + problems.join(u' ');
    if (profilesChanged)
        later << tr("The backend profiles are used from the next start of Paydesk.");
    return later.join(u' ');
}

void MainWindow::openCustomerDisplay()
{
    m_customerDisplay = std::make_unique<CustomerDisplay>();
    // The cashier's window decides when Paydesk ends, not the customer's.
    m_customerDisplay->setAttribute(Qt::WA_QuitOnClose, false);
    m_customerDisplay->setMerchantName(m_workplace->merchant.name);
    m_customerDisplay->setTraining(m_workplace->training);
    new CustomerDisplayFeed(m_salePage->controller(), m_customerDisplay.get(),
                            m_customerDisplay.get());
    m_customerDisplay->showOnCustomerScreen(m_workplace->customerDisplay.screen);
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::showSale()
{
    m_ui->pages->setCurrentWidget(m_salePage);
    updateActions();
    m_salePage->focusScanner();
}

SupportPage *MainWindow::supportPage()
{
    if (!m_supportPage) {
        m_supportPage = new SupportPage(m_workplace, this);
        m_supportPage->journalPage()->setCounterPrinter(m_counterPrinter);
        m_ui->pages->addWidget(m_supportPage);
        connect(m_supportPage, &SupportPage::message, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
    }
    return m_supportPage;
}

void MainWindow::showSupport(int tab)
{
    m_ui->pages->setCurrentWidget(supportPage());
    updateActions();
    m_supportPage->showTab(static_cast<SupportPage::Tab>(std::clamp(tab, 0, 2)));
}

bool MainWindow::isSupportShown() const
{
    return m_supportPage && m_ui->pages->currentWidget() == m_supportPage;
}

QComboBox *MainWindow::profileCombo() const
{
    return m_ui->profileCombo;
}

QLabel *MainWindow::trainingBadge() const
{
    return m_ui->trainingBadge;
}

bool MainWindow::selectProfile(const QString &name)
{
    const int index = m_ui->profileCombo->findData(name);
    if (index < 0)
        return false;
    m_ui->profileCombo->setCurrentIndex(index);
    return m_salePage->profile().name == name;
}

void MainWindow::onProfileChosen(int index)
{
    const BackendProfile *profile
        = m_workplace->findProfile(m_ui->profileCombo->itemData(index).toString());
    if (!profile)
        return;
    m_salePage->setProfile(*profile);
    updateActions();
}

void MainWindow::updateActions()
{
    SalePage *page = m_salePage;
    const bool onSale = m_ui->pages->currentWidget() == m_salePage;
    m_ui->actionCharge->setEnabled(onSale && page->canCharge());
    m_ui->actionCancel->setEnabled(onSale && page->canCancel());
    m_ui->actionVerify->setEnabled(onSale && page->canVerify());
    m_ui->actionNewSale->setEnabled(onSale && page->phase() != SalePage::Phase::Sending
                                    && page->phase() != SalePage::Phase::Verifying);
    m_ui->actionPrint->setEnabled(onSale && page->hasReceipt());
    m_ui->actionPrintDialog->setEnabled(onSale && page->hasReceipt());
    m_ui->actionSavePdf->setEnabled(onSale && page->hasReceipt());
    m_ui->actionOpenReceipt->setEnabled(onSale
                                        && !page->recordView()->receiptPanel()->link().isEmpty());
    m_ui->profileCombo->setEnabled(page->canChangeProfile());
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table cellpadding=\"3\">");
    const QList<QMenu *> menus{m_ui->menuSale, m_ui->menuReceipt, m_supportMenu, m_ui->menuHelp};
    for (const QMenu *menu : menus) {
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->shortcut().isEmpty())
                continue;
            QStringList keys;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &key : shortcuts)
                keys << key.toString(QKeySequence::NativeText);
            text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(),
                             action->text().remove(u'&').toHtmlEscaped());
        }
    }
    text += QStringLiteral("<tr><td><b>Enter</b></td><td>%1</td></tr>")
                .arg(tr("in the scanner field: add the product of the SKU").toHtmlEscaped());
    text += QStringLiteral("<tr><td><b>+ / \u2212 / Delete</b></td><td>%1</td></tr>")
                .arg(tr("in the cart: change the quantity, remove the line").toHtmlEscaped());
    text += QStringLiteral("<tr><td><b>Alt+P</b></td><td>%1</td></tr>")
                .arg(tr("the profile picker").toHtmlEscaped());
    text += QStringLiteral(
                "<tr><td><b>Ctrl+F, F5, Ctrl+E, Ctrl+End</b></td><td>%1</td></tr></table>")
                .arg(tr("in the journal: search, reload, export CSV, the oldest entry")
                         .toHtmlEscaped());
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"), text, QMessageBox::Close,
                    this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Paydesk"),
                       tr("Paydesk %1\nA counter-side payment client for payment-intent "
                          "backends.\nJournal: %2")
                           .arg(QStringLiteral(PAYDESK_VERSION),
                                shortLocation(m_workplace->journal->displayLocation())));
}

} // namespace paydesk
