// paydesk_support_screenshots OUTDIR: the support view of a real training window on a journal
// of a few hundred seeded entries and some real sales (one charged twice, one declined, one
// whose answer was lost), and a few sales of another till for the end of day; one PNG per view,
// in English, Mexican Spanish and French, at 1280×800 and 1024×768 ("-es_MX", "-1024x768" in
// the name). Run by scripts/screenshots under Xvfb. A camera.
#include <QDir>
#include <QTabWidget>
#include <QTableView>

#include "camera.h"
#include "guiharness.h"
#include "language.h"
#include "support/entrydetail.h"
#include "support/journalpage.h"
#include "support/journaltablemodel.h"
#include "support/reportpage.h"
#include "support/supportpage.h"
#include "trainingsale.h"

using namespace paydesk;
namespace camera = paydesk::test::camera;
using camera::shoot;
using paydesk::test::Harness;
using paydesk::test::Language;
using paydesk::test::sellTraining;

namespace {

/// A sale of another till (not training): it counts in the end of day.
bool otherTill(Journal &journal, const QString &key, JournalState state, qint64 minor)
{
    NewAttempt n;
    n.terminal = QStringLiteral("counter-2");
    n.operatorName = QStringLiteral("luis");
    n.profile = QStringLiteral("tienda");
    n.idempotencyKey = key;
    n.sale = QJsonObject{{QStringLiteral("reference"), key}};
    n.amount = Money{minor, QStringLiteral("mxn")};
    n.reference = key;
    const auto id = journal.begin(n);
    if (!id)
        return false;
    AttemptOutcome outcome;
    outcome.state = state;
    outcome.httpStatus = 200;
    return bool(journal.record(*id, JournalState::Pending, outcome));
}

void supportViews(const QString &language, QSize size)
{
    Language lang(language);
    Harness h;
    lang.again(); // the harness sets English
    if (!h.open({{QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Paydesk")}})) {
        camera::check(false, "the window opens");
        return;
    }
    h.window->resize(size);
    camera::check(QTest::qWaitFor([&h, size] { return h.window->size() == size; }),
                  "window resized");
    const QString suffix = lang.suffix()
        + (size == QSize(1280, 800)
               ? QString()
               : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height()));
    if (!h.journal()->seedDemo(400, 2024))
        ++camera::failures;
    int n = 0;
    for (const JournalState state :
         {JournalState::Succeeded, JournalState::Succeeded, JournalState::Declined,
          JournalState::Succeeded, JournalState::Created, JournalState::Succeeded,
          JournalState::Succeeded, JournalState::Succeeded}) {
        ++n;
        camera::check(
            otherTill(*h.journal(), QStringLiteral("EOD-%1").arg(n), state, 4500 + 250 * n),
            "a sale of another till written");
    }
    const QList<CartItem> coffee{{QStringLiteral("COF-1"), QStringLiteral("Café de olla"), 2, 3500},
                                 {QStringLiteral("PAN-1"), QStringLiteral("Pan dulce"), 1, 2200}};
    sellTraining(h, QStringLiteral("ORD-2039"),
                 {{QStringLiteral("TOR-1"), QStringLiteral("Torta"), 1, 8900}});
    const qint64 first = sellTraining(h, QStringLiteral("ORD-2041"), coffee);
    sellTraining(h, QStringLiteral("ORD-2042"),
                 {{QStringLiteral("X"), QStringLiteral("Regalo"), 1, 30002}});
    const qint64 lost = sellTraining(h, QStringLiteral("ORD-2043"),
                                     {{QStringLiteral("TOR-1"), QStringLiteral("Torta"), 2, 8900}},
                                     QStringLiteral("drop"));
    const qint64 twice = sellTraining(h, QStringLiteral("ORD-2041"), coffee); // charged twice
    camera::check(first && lost && twice, "training sales made");

    MainWindow *window = h.window.get();
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    JournalPage *journal = window->supportPage()->journalPage();
    // The journal answers on its own thread: each view is shot once its answers are in.
    const auto settle = [journal] {
        camera::check(QTest::qWaitFor([journal] { return !journal->isBusy(); }, 20000),
                      "the journal answered");
    };
    journal->selectEntry(twice);
    settle();
    // The duplicate flags of the rows shown are asked for as they are painted.
    journal->table()->viewport()->repaint();
    settle();
    shoot(window, QStringLiteral("13-support-journal") + suffix);

    journal->selectEntry(first);
    settle();
    EntryDetail *detail = journal->detail();
    detail->tabs()->setCurrentIndex(2); // request and answer
    shoot(window, QStringLiteral("14-support-detail-json") + suffix);

    journal->selectEntry(lost);
    settle();
    detail->tabs()->setCurrentIndex(1); // the timeline
    shoot(window, QStringLiteral("15-support-unknown-timeline") + suffix);

    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    camera::check(
        QTest::qWaitFor([window] { return !window->supportPage()->reportPage()->isLoading(); },
                        20000),
        "the end-of-day report computed");
    shoot(window, QStringLiteral("16-support-end-of-day") + suffix);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk-screenshots"));
    camera::start(argc, argv);
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("es_MX"), QStringLiteral("fr")})
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)})
            supportViews(language, size);
    return camera::exitCode();
}
