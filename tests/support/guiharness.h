// A real Paydesk window for GUI tests and screenshots: training mode (the in-process sandbox on
// a loopback port), a SQLite journal and an empty config in a temporary folder; never the
// user's own files.
#pragma once

#include <memory>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow/mainwindow.h"
#include "panels/recordview.h"
#include "sale/cartmodel.h"
#include "sale/cartwidget.h"
#include "sale/saleform.h"
#include "sale/salepage.h"
#include "support/jsontreemodel.h"
#include "workplace/workplace.h"

namespace paydesk::test {

class Harness
{
public:
    Harness()
    {
        isolatedHome();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    /// A home folder of the test process's own, set once: whatever Qt writes on its own (the
    /// file dialog's history, a PDF suggested in Documents) stays out of the user's home. No
    /// print server either, so no real printer can be reached.
    static QString isolatedHome()
    {
        static QTemporaryDir home;
        static const bool done = [] {
            qputenv("HOME", QFile::encodeName(home.path()));
            for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                     "XDG_STATE_HOME", "PAYDESK_JOURNAL"})
                qunsetenv(name);
            qputenv("CUPS_SERVER", "/nonexistent/paydesk-test-cups.sock");
            return true;
        }();
        Q_UNUSED(done);
        return home.path();
    }

    /// Opens a window in training mode. `settings` are written to the config first (e.g. the
    /// merchant); a config without profiles means training mode.
    bool open(const QList<QPair<QString, QVariant>> &settings = {})
    {
        if (!dir.isValid())
            return false;
        const QString config = dir.filePath(QStringLiteral("paydesk.ini"));
        {
            QSettings ini(config, QSettings::IniFormat);
            ini.setValue(QStringLiteral("terminal/name"), QStringLiteral("counter-1"));
            ini.setValue(QStringLiteral("terminal/operator"), QStringLiteral("ana"));
            for (const auto &[key, value] : settings)
                ini.setValue(key, value);
        }
        WorkplaceOptions options;
        options.config = config;
        options.journal = journalLocation.isEmpty() ? dir.filePath(QStringLiteral("journal.sqlite"))
                                                    : journalLocation;
        auto opened = Workplace::open(options);
        if (!opened) {
            qWarning("Workplace::open: %s", qPrintable(opened.error()));
            return false;
        }
        workplace = std::move(*opened);
        window = std::make_unique<MainWindow>(workplace.get());
        testModels();
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowExposed(window.get())
            && QTest::qWaitForWindowActive(window.get());
    }

    SalePage *page() const { return window->salePage(); }
    QStringList testedModelNames; ///< item models of ours under Qt's model tester

    /// Puts the item models of ours in the window that are not yet watched under Qt's model
    /// tester, for as long as the model lives: a broken contract (rows, indexes, signals) fails
    /// the running test. Called at open, and by a test once a page that makes models is shown.
    void testModels()
    {
        for (QAbstractItemModel *model : window->findChildren<QAbstractItemModel *>()) {
            // The journal's table fetches rows on demand, and Qt 6.4's tester calls fetchMore()
            // after every change it checks: under it, the table would fetch the whole journal
            // page after page, and the tests would not see the table a support agent sees. That
            // model is checked on its own (tst_support's journalTableModelPassesTheModelTester).
            if (!qobject_cast<CartModel *>(model) && !qobject_cast<JsonTreeModel *>(model))
                continue;
            if (model->findChild<QAbstractItemModelTester *>())
                continue;
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
            testedModelNames << QString::fromLatin1(model->metaObject()->className());
        }
    }
    SandboxServer *sandbox() const
    {
        const auto *local = dynamic_cast<const LocalTrainingSandbox *>(workplace->sandbox.get());
        return local ? local->server() : nullptr;
    }
    /// The journal as a test reads and seeds it: a connection of the test's own, on the test's
    /// thread, to the journal the window writes on its journal thread.
    Journal *journal() const
    {
        if (!m_journal) {
            auto opened = Journal::open(workplace->journalPlace);
            if (!opened)
                qFatal("the test's journal connection: %s", qPrintable(opened.error()));
            m_journal = std::move(*opened);
        }
        return m_journal.get();
    }
    SaleForm *form() const { return page()->currentForm(); }
    CartWidget *cart() const { return form()->cart(); }

    /// The widget of that name in the form shown (each backend has its own form), else in
    /// the window.
    template<typename T> T *find(const QString &name) const
    {
        if (T *inForm = form()->findChild<T *>(name))
            return inForm;
        return window->findChild<T *>(name);
    }
    QLineEdit *edit(const QString &name) const { return find<QLineEdit>(name); }
    QAbstractButton *button(const QString &name) const { return find<QAbstractButton>(name); }
    QLabel *label(const QString &name) const { return find<QLabel>(name); }

    qint64 journalCount() const
    {
        const auto n = journal()->count({});
        return n ? *n : -1;
    }

    /// Types into a line edit as a person would (replacing what is there).
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    /// Where a key goes: an open popup (the catalogue completer) takes the keys, as it would
    /// from a keyboard; else the focused widget.
    QWidget *keyTarget() const
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *focused = QApplication::focusWidget())
            return focused;
        return window.get();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(keyTarget(), key, modifiers);
        reactivate();
    }
    /// The offscreen platform leaves a closed popup (the completer) as the active window, where
    /// a window manager would give the activation back: do what the window manager does.
    void reactivate() const
    {
        QCoreApplication::processEvents(); // the platform's own (de)activation events first
        if (QApplication::activePopupWidget() || QApplication::activeModalWidget()
            || QApplication::activeWindow() == window.get() || !window->isVisible())
            return;
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window could not be activated again");
    }
    void keys(const QString &text) const
    {
        for (const QChar c : text)
            QTest::keyClicks(keyTarget(), QString(c));
    }

    /// Scans a SKU: the scanner types it and Enter.
    void scan(const QString &sku) const
    {
        cart()->scanInput()->setFocus();
        keys(sku);
        key(Qt::Key_Return);
    }

    bool selectProfile(const QString &name) const { return window->selectProfile(name); }

    /// Waits until the page has left Sending / Verifying.
    bool waitIdle(int timeoutMs = 20000) const
    {
        return QTest::qWaitFor(
            [this] {
                const auto p = page()->phase();
                return p != SalePage::Phase::Sending && p != SalePage::Phase::Verifying;
            },
            timeoutMs);
    }

    QTemporaryDir dir{isolatedHome() + QStringLiteral("/till-XXXXXX")};
    QString journalLocation; ///< where the journal is; empty: a file in dir

private:
    mutable std::unique_ptr<Journal> m_journal;

public:
    std::unique_ptr<Workplace> workplace;
    std::unique_ptr<MainWindow> window;
};

} // namespace paydesk::test
