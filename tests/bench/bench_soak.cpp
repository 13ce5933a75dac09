// Soak: N sequential sales (default 10,000) through the whole flow — journal, HTTP job, parse,
// journal — against a paydesk-sandbox process. Reports resident memory after a warm-up and at
// the end; goal: growth under 5 MB. scripts/bench also runs a short soak built with ASan, whose
// LeakSanitizer fails the run on any leak. PAYDESK_SOAK_SALES changes N.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include "benchutil.h"
#include "payments/saleattempt.h"

using namespace paydesk;
using namespace paydesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sales = qEnvironmentVariableIsSet("PAYDESK_SOAK_SALES")
        ? qEnvironmentVariable("PAYDESK_SOAK_SALES").toInt()
        : 10000;
    const int warmup = qMin(200, sales / 10);

    QProcess sandbox;
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(10000))
        qFatal("paydesk-sandbox did not start");
    const QByteArray line = sandbox.readLine().trimmed();
    const QUrl base(QString::fromLatin1(line.mid(line.indexOf("http"))));

    QTemporaryDir dir;
    auto opened = JournalThread::open(dir.filePath(QStringLiteral("soak.sqlite")));
    if (!opened)
        qFatal("journal: %s", qPrintable(opened.error()));
    std::unique_ptr<JournalThread> journal = std::move(*opened);
    QNetworkAccessManager network;
    BackendProfile profile;
    profile.kind = BackendKind::Checkout;
    profile.baseUrl = base;
    CheckoutForm form;
    form.client = QStringLiteral("Soak");
    form.currency = QStringLiteral("mxn");
    form.items = {{QStringLiteral("COF-1"), QStringLiteral("Coffee"), 2, 3500}};

    double startMiB = 0;
    int paid = 0;
    QElapsedTimer clock;
    for (int i = 0; i < sales; ++i) {
        if (i == warmup) {
            startMiB = residentMemoryMiB();
            clock.start();
        }
        form.reference = QStringLiteral("SOAK-%1").arg(i);
        const auto sale = validateSale(form, profile);
        SaleAttempt attempt(journal.get(), &network, profile, *sale, {}, {});
        QEventLoop loop;
        QObject::connect(&attempt, &SaleAttempt::finished, &loop, &QEventLoop::quit);
        attempt.start();
        loop.exec();
        paid += attempt.state() == JournalState::Succeeded;
    }
    const double endMiB = residentMemoryMiB();
    const double perSale = double(clock.elapsed()) / qMax(1, sales - warmup);
    sandbox.kill();
    sandbox.waitForFinished();
    const QString label = QStringLiteral("soak, %1 sales (journal + HTTP + parse): ").arg(sales);
    row(label + QStringLiteral("paid"), QStringLiteral("%1 of %2").arg(paid).arg(sales), QString(),
        verdict(paid == sales));
    row(label + QStringLiteral("time per sale"), ms(perSale));
    row(label + QStringLiteral("memory after %1 / at end").arg(warmup),
        QStringLiteral("%1 / %2 MiB").arg(startMiB, 0, 'f', 1).arg(endMiB, 0, 'f', 1));
    const double growth = endMiB - startMiB;
    row(label + QStringLiteral("memory growth"),
        QString::number(growth, 'f', 2) + QStringLiteral(" MiB"), QStringLiteral("< 5 MB"),
        verdict(growth < 5 * 1e6 / (1 << 20)));
    return paid == sales ? 0 : 1;
}
