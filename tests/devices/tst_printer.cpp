// Printing to a receipt printer: a fake ESC/POS printer on loopback TCP (written here) records
// the bytes and answers DLE EOT as the test chooses; the receipt is read back from the bytes.
// Also a USB line-printer device (a file here), a raw CUPS queue (a stand-in `lp`), printers
// that cannot be reached or never answer (ended by the deadline, the receipt kept queued), and
// the caller's event loop, which keeps running all along.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "devices/escposreceipt.h"
#include "devices/printjob.h"
#include "devices/receiptprinter.h"
#include "escposdecoder.h"
#include "fakeprinter.h"

using namespace paydesk;
using paydesk::test::decodeEscPos;
using paydesk::test::FakePrinter;
using paydesk::test::Paper;

class TestPrinter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void config_data();
    void config();
    void dleEotAnswers_data();
    void dleEotAnswers();
    void printsWhenReady();
    void notReadyIsSaidAndNothingPrinted_data();
    void notReadyIsSaidAndNothingPrinted();
    void closedPortEndsAtOnceAndKeepsTheReceipt();
    void silentPrinterEndsByTheDeadline();
    void printAgainAfterPaperIsLoaded();
    void statusCheckPrintsNothing();
    void usbDeviceFile();
    void missingDeviceIsNotCreated();
    void cupsQueue();
    void cupsQueueRefuses();

private:
    static TillReceipt receipt(const QString &number);
    static PrinterConfig config(const QString &url, int timeoutMs = 3000);
    QTemporaryDir m_dir;
};

namespace {

/// Counts the caller's event loop turns while a job runs: proof that nothing blocked it.
class Heartbeat
{
public:
    Heartbeat()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++beats; });
        m_timer.start(20);
    }
    int beats = 0;

private:
    QTimer m_timer;
};

} // namespace

TillReceipt TestPrinter::receipt(const QString &number)
{
    TillReceipt r;
    r.merchantName = QStringLiteral("Café Luna");
    r.merchantTaxId = QStringLiteral("CAF010203AB1");
    r.currency = QStringLiteral("mxn");
    r.items = {{QStringLiteral("COF-1"), QStringLiteral("Café de olla"), 2, 4500}};
    r.taxRates = {{QStringLiteral("COF-1"), 1600}};
    r.taxName = QStringLiteral("IVA");
    r.totalMinor = 9000;
    r.cardBrand = QStringLiteral("visa");
    r.last4 = QStringLiteral("4242");
    r.date = QDateTime(QDate(2026, 3, 1), QTime(14, 5, 9));
    r.receiptNumber = number;
    r.receiptUrl = QStringLiteral("https://pay.example/r/") + number;
    return r;
}

PrinterConfig TestPrinter::config(const QString &url, int timeoutMs)
{
    auto c = printerConfigFrom(url, QStringLiteral("58"), QStringLiteral("cp858"),
                               QString::number(timeoutMs));
    if (!c)
        qFatal("%s", qPrintable(c.error()));
    return *c;
}

void TestPrinter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestPrinter::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("normalised"); // empty: refused
    QTest::addRow("tcp") << QStringLiteral("tcp://192.0.2.10:9100")
                         << QStringLiteral("tcp://192.0.2.10:9100");
    QTest::addRow("tcp default port")
        << QStringLiteral("tcp://printer.local") << QStringLiteral("tcp://printer.local:9100");
    QTest::addRow("tcp ipv6") << QStringLiteral("tcp://[::1]:9101")
                              << QStringLiteral("tcp://[::1]:9101");
    QTest::addRow("usb device") << QStringLiteral("file:/dev/usb/lp0")
                                << QStringLiteral("file:/dev/usb/lp0");
    QTest::addRow("file url") << QStringLiteral("file:///dev/usb/lp1")
                              << QStringLiteral("file:/dev/usb/lp1");
    QTest::addRow("cups") << QStringLiteral("cups:Receipts_80")
                          << QStringLiteral("cups:Receipts_80");
    QTest::addRow("relative file") << QStringLiteral("file:lp0") << QString();
    QTest::addRow("cups empty") << QStringLiteral("cups:") << QString();
    QTest::addRow("cups option injection") << QStringLiteral("cups:-oraw") << QString();
    QTest::addRow("cups space") << QStringLiteral("cups:my printer") << QString();
    QTest::addRow("tcp with credentials") << QStringLiteral("tcp://u:p@host:9100") << QString();
    QTest::addRow("tcp with path") << QStringLiteral("tcp://host:9100/x") << QString();
    QTest::addRow("tcp bad port") << QStringLiteral("tcp://host:99999") << QString();
    QTest::addRow("http") << QStringLiteral("http://host:9100") << QString();
    QTest::addRow("bare host") << QStringLiteral("192.0.2.10") << QString();
}

void TestPrinter::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, normalised);
    const auto address = parsePrinterUrl(url);
    if (normalised.isEmpty()) {
        QVERIFY(!address);
        QVERIFY2(address.error().contains(QStringLiteral("tcp://HOST:9100")),
                 qPrintable(address.error()));
    } else {
        QVERIFY2(address, qPrintable(address ? QString() : address.error()));
        QCOMPARE(address->toString(), normalised);
    }
}

void TestPrinter::config_data()
{
    QTest::addColumn<QString>("width");
    QTest::addColumn<QString>("codepage");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::addRow("defaults") << QString() << QString() << QString() << QString();
    QTest::addRow("58") << QStringLiteral("58") << QStringLiteral("cp437") << QStringLiteral("5000")
                        << QString();
    QTest::addRow("width 76") << QStringLiteral("76") << QString() << QString()
                              << QStringLiteral("width_mm");
    QTest::addRow("utf-8") << QString() << QStringLiteral("utf-8") << QString()
                           << QStringLiteral("codepage");
    QTest::addRow("timeout 0") << QString() << QString() << QStringLiteral("0")
                               << QStringLiteral("timeout_ms");
}

void TestPrinter::config()
{
    QFETCH(QString, width);
    QFETCH(QString, codepage);
    QFETCH(QString, timeout);
    QFETCH(QString, problem);
    const auto c = printerConfigFrom(QStringLiteral("tcp://127.0.0.1"), width, codepage, timeout);
    if (problem.isEmpty()) {
        QVERIFY(c);
        QCOMPARE(c->columns(), width == u"58" ? 32 : 48);
    } else {
        QVERIFY(!c);
        QVERIFY2(c.error().contains(problem), qPrintable(c.error()));
    }
    const auto none = printerConfigFrom(QString(), {}, {}, {});
    QVERIFY(!none);
    QVERIFY(none.error().contains(QStringLiteral("[printer] url")));
}

void TestPrinter::dleEotAnswers_data()
{
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("n2");
    QTest::addColumn<int>("n4");
    QTest::addColumn<PrinterStatus>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("paperLow");
    QTest::addRow("ready") << 0x12 << 0x12 << 0x12 << PrinterStatus::Ready
                           << QStringLiteral("ready") << false;
    QTest::addRow("paper low, still ready")
        << 0x12 << 0x12 << 0x1e << PrinterStatus::Ready << QStringLiteral("ready") << true;
    QTest::addRow("paper out") << 0x1a << 0x32 << 0x72 << PrinterStatus::PaperOut
                               << QStringLiteral("out of paper") << false;
    QTest::addRow("paper out, sensor only") << 0x12 << 0x12 << 0x72 << PrinterStatus::PaperOut
                                            << QStringLiteral("out of paper") << false;
    QTest::addRow("cover open") << 0x1a << 0x16 << 0x12 << PrinterStatus::CoverOpen
                                << QStringLiteral("cover open") << false;
    QTest::addRow("error") << 0x1a << 0x52 << 0x12 << PrinterStatus::Error
                           << QStringLiteral("printer error") << false;
    QTest::addRow("offline") << 0x1a << 0x12 << 0x12 << PrinterStatus::Offline
                             << QStringLiteral("offline") << false;
    QTest::addRow("not an ESC/POS answer")
        << 0x41 << 0x12 << 0x12 << PrinterStatus::Error << QStringLiteral("printer error") << false;
}

void TestPrinter::dleEotAnswers()
{
    QFETCH(int, n1);
    QFETCH(int, n2);
    QFETCH(int, n4);
    QFETCH(PrinterStatus, status);
    QFETCH(QString, words);
    QFETCH(bool, paperLow);
    bool low = !paperLow;
    QCOMPARE(statusFromDleEot(quint8(n1), quint8(n2), quint8(n4), &low), status);
    QCOMPARE(printerStatusWords(status), words);
    QCOMPARE(low, paperLow);
}

void TestPrinter::printsWhenReady()
{
    FakePrinter printer(FakePrinter::Mode::Ready);
    ReceiptPrinter queue(config(printer.url()));
    QSignalSpy printed(&queue, &ReceiptPrinter::printed);
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("1000-0042")));
    QVERIFY(queue.isBusy()); // print() returned before anything was sent
    QCOMPARE(printer.received().size(), 0);
    QTRY_COMPARE(printed.size() + failed.size(), 1);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(queue.queuedCount(), 0);
    QVERIFY(queue.lastResult().printed);
    QCOMPARE(queue.lastResult().sentence(), QStringLiteral("Printed."));

    QTRY_VERIFY(decodeEscPos(printer.received()).endsWithCut); // every byte arrived
    const QByteArray bytes = printer.received();
    // The status was asked first: DLE EOT 1, 2, 4, then the receipt from ESC @.
    QVERIFY(bytes.startsWith(QByteArray("\x10\x04\x01\x10\x04\x02\x10\x04\x04\x1b@", 11)));
    const Paper paper = decodeEscPos(bytes);
    QVERIFY2(paper.unknown.isEmpty(), qPrintable(paper.unknown.join(u'\n')));
    QCOMPARE(paper.statusRequests, 3);
    QCOMPARE(paper.codePageNumber, 19); // cp858
    QVERIFY(paper.columnsUsed() <= 32); // 58 mm
    for (const QString &text :
         {QStringLiteral("Café Luna"), QStringLiteral("Tax ID: CAF010203AB1"),
          QStringLiteral("Café de olla"), QStringLiteral("IVA 16 %: MXN 12.41"),
          QStringLiteral("Visa **** 4242"), QStringLiteral("Receipt number: 1000-0042")})
        QVERIFY2(paper.find(text), qPrintable(text + u'\n' + paper.texts().join(u'\n')));
    QCOMPARE(paper.qrs.size(), 1);
    QCOMPARE(paper.qrs.first().payload, QByteArray("https://pay.example/r/1000-0042"));
    QCOMPARE(paper.cuts, 1);
}

void TestPrinter::notReadyIsSaidAndNothingPrinted_data()
{
    QTest::addColumn<FakePrinter::Mode>("mode");
    QTest::addColumn<PrinterStatus>("status");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("paper out") << FakePrinter::Mode::PaperOut << PrinterStatus::PaperOut
                               << QStringLiteral("The printer is not ready: out of paper.");
    QTest::addRow("cover open") << FakePrinter::Mode::CoverOpen << PrinterStatus::CoverOpen
                                << QStringLiteral("The printer is not ready: cover open.");
    QTest::addRow("offline") << FakePrinter::Mode::Offline << PrinterStatus::Offline
                             << QStringLiteral("The printer is not ready: offline.");
}

void TestPrinter::notReadyIsSaidAndNothingPrinted()
{
    QFETCH(FakePrinter::Mode, mode);
    QFETCH(PrinterStatus, status);
    QFETCH(QString, sentence);
    FakePrinter printer(mode);
    ReceiptPrinter queue(config(printer.url()));
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("1")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), sentence);
    QCOMPARE(queue.lastResult().status, status);
    QCOMPARE(queue.queuedCount(), 1);
    QCOMPARE(queue.queued().first().receiptNumber, QStringLiteral("1"));
    // Only the three status requests reached the printer: no receipt text, no cut.
    QTest::qWait(100);
    const Paper paper = decodeEscPos(printer.received());
    QCOMPARE(paper.statusRequests, 3);
    QVERIFY(paper.lines.isEmpty());
    QCOMPARE(paper.cuts, 0);
}

void TestPrinter::closedPortEndsAtOnceAndKeepsTheReceipt()
{
    quint16 port = 0;
    {
        FakePrinter gone;
        port = gone.port();
    } // closed: nothing listens there any more
    ReceiptPrinter queue(config(QStringLiteral("tcp://127.0.0.1:%1").arg(port), 5000));
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("7")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 6000);
    QCOMPARE(queue.lastResult().status, PrinterStatus::Unreachable);
    QVERIFY2(
        failed.first().at(1).toString().startsWith(QStringLiteral("The printer cannot be reached")),
        qPrintable(failed.first().at(1).toString()));
    QCOMPARE(queue.queuedCount(), 1);
}

void TestPrinter::silentPrinterEndsByTheDeadline()
{
    FakePrinter printer(FakePrinter::Mode::Silent);
    const int deadlineMs = 800;
    ReceiptPrinter queue(config(printer.url(), deadlineMs));
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    queue.print(receipt(QStringLiteral("8")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, deadlineMs + 5000);
    // Ended by the deadline (not sooner: the printer was connected and simply said nothing).
    QVERIFY2(clock.elapsed() >= deadlineMs - 50, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(queue.lastResult().status, PrinterStatus::NoAnswer);
    QCOMPARE(failed.first().at(1).toString(),
             QStringLiteral("The printer did not answer in time (no answer within 800 ms)."));
    QCOMPARE(queue.queuedCount(), 1);
    QCOMPARE(printer.connections(), 1);
    QCOMPARE(decodeEscPos(printer.received()).lines.size(), 0); // nothing printed blind
    // The caller's loop ran throughout (a 20 ms heartbeat over about 800 ms).
    QVERIFY2(heartbeat.beats >= 10, qPrintable(QString::number(heartbeat.beats)));
}

void TestPrinter::printAgainAfterPaperIsLoaded()
{
    FakePrinter printer(FakePrinter::Mode::PaperOut);
    ReceiptPrinter queue(config(printer.url()));
    QSignalSpy printed(&queue, &ReceiptPrinter::printed);
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("A-1")));
    QTRY_COMPARE(failed.size(), 1);
    // A second sale while the printer is out of paper: queued behind the first, not attempted.
    queue.print(receipt(QStringLiteral("A-2")));
    QCOMPARE(queue.queuedCount(), 2);
    QVERIFY(!queue.isBusy());
    QCOMPARE(printer.connections(), 1);

    printer.setMode(FakePrinter::Mode::Ready); // paper loaded
    queue.printAgain();
    QTRY_COMPARE(printed.size(), 2);
    QCOMPARE(queue.queuedCount(), 0);
    QCOMPARE(printed.at(0).at(0).value<TillReceipt>().receiptNumber, QStringLiteral("A-1"));
    QCOMPARE(printed.at(1).at(0).value<TillReceipt>().receiptNumber, QStringLiteral("A-2"));
    QTRY_VERIFY(decodeEscPos(printer.receivedOn(2)).endsWithCut);
    // In order on paper, each cut.
    const Paper first = decodeEscPos(printer.receivedOn(1));
    const Paper second = decodeEscPos(printer.receivedOn(2));
    QVERIFY(first.find(QStringLiteral("Receipt number: A-1")));
    QVERIFY(second.find(QStringLiteral("Receipt number: A-2")));
    QCOMPARE(first.cuts + second.cuts, 2);
}

void TestPrinter::statusCheckPrintsNothing()
{
    FakePrinter printer(FakePrinter::Mode::CoverOpen);
    ReceiptPrinter queue(config(printer.url()));
    QSignalSpy known(&queue, &ReceiptPrinter::statusKnown);
    queue.checkStatus();
    QTRY_COMPARE(known.size(), 1);
    QCOMPARE(known.first().at(0).value<PrinterStatus>(), PrinterStatus::CoverOpen);
    QCOMPARE(known.first().at(1).toString(),
             QStringLiteral("The printer is not ready: cover open."));
    printer.setMode(FakePrinter::Mode::Ready);
    queue.checkStatus();
    QTRY_COMPARE(known.size(), 2);
    QCOMPARE(known.at(1).at(1).toString(), QStringLiteral("ready"));
    QTest::qWait(50);
    QCOMPARE(decodeEscPos(printer.received()).lines.size(), 0);
    // A device: opened to see it is there, nothing written, its status not asked.
    const QString path = m_dir.filePath(QStringLiteral("lp-status"));
    {
        QFile device(path);
        QVERIFY(device.open(QIODevice::WriteOnly));
    }
    ReceiptPrinter usb(config(QStringLiteral("file:") + path));
    QSignalSpy usbKnown(&usb, &ReceiptPrinter::statusKnown);
    usb.checkStatus();
    QTRY_COMPARE(usbKnown.size(), 1);
    QCOMPARE(usbKnown.first().at(1).toString(), QStringLiteral("status not asked"));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestPrinter::usbDeviceFile()
{
    const QString path = m_dir.filePath(QStringLiteral("lp0"));
    {
        QFile device(path);
        QVERIFY(device.open(QIODevice::WriteOnly));
    }
    ReceiptPrinter queue(config(QStringLiteral("file:") + path));
    QSignalSpy printed(&queue, &ReceiptPrinter::printed);
    queue.print(receipt(QStringLiteral("U-1")));
    QTRY_COMPARE(printed.size(), 1);
    QFile device(path);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const Paper paper = decodeEscPos(device.readAll());
    QVERIFY(paper.unknown.isEmpty());
    QCOMPARE(paper.statusRequests, 0); // a device written directly is not asked
    QVERIFY(paper.find(QStringLiteral("Receipt number: U-1")));
    QCOMPARE(paper.qrs.first().payload, QByteArray("https://pay.example/r/U-1"));
    QVERIFY(paper.endsWithCut);
}

void TestPrinter::missingDeviceIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("usb/lp9"));
    ReceiptPrinter queue(config(QStringLiteral("file:") + path));
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("U-2")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("No such file")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(queue.queuedCount(), 1);
}

namespace {

/// A stand-in `lp` first on PATH: it records its arguments and what it reads.
QString installFakeLp(const QString &dir, int exitCode, const QString &message)
{
    const QString script = dir + QStringLiteral("/lp");
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QStringLiteral("#!/bin/sh\n"
                           "printf '%s\\n' \"$@\" > \"%1/lp.args\"\n"
                           "cat > \"%1/lp.data\"\n"
                           "[ -n '%2' ] && echo '%2' >&2\n"
                           "exit %3\n")
                .arg(dir, message)
                .arg(exitCode)
                .toUtf8());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", dir.toLocal8Bit() + ':' + qgetenv("PATH"));
    return script;
}

} // namespace

void TestPrinter::cupsQueue()
{
    QTemporaryDir bin;
    QVERIFY(!installFakeLp(bin.path(), 0, QString()).isEmpty());
    const QByteArray path = qgetenv("PATH");
    ReceiptPrinter queue(config(QStringLiteral("cups:Receipts_80")));
    QSignalSpy printed(&queue, &ReceiptPrinter::printed);
    queue.print(receipt(QStringLiteral("C-1")));
    QTRY_COMPARE(printed.size(), 1);
    QFile args(bin.filePath(QStringLiteral("lp.args")));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("-d\nReceipts_80\n-o\nraw\n"));
    QFile data(bin.filePath(QStringLiteral("lp.data")));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const Paper paper = decodeEscPos(data.readAll());
    QVERIFY(paper.find(QStringLiteral("Receipt number: C-1")));
    QVERIFY(paper.endsWithCut);
    qputenv("PATH", path.mid(path.indexOf(':') + 1));
}

void TestPrinter::cupsQueueRefuses()
{
    QTemporaryDir bin;
    QVERIFY(
        !installFakeLp(bin.path(), 1, QStringLiteral("lp: The printer or class does not exist."))
             .isEmpty());
    const QByteArray path = qgetenv("PATH");
    ReceiptPrinter queue(config(QStringLiteral("cups:Nope")));
    QSignalSpy failed(&queue, &ReceiptPrinter::failed);
    queue.print(receipt(QStringLiteral("C-2")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(),
             QStringLiteral("The printer cannot be reached (lp: The printer or class does not "
                            "exist.)."));
    QCOMPARE(queue.queuedCount(), 1);
    qputenv("PATH", path.mid(path.indexOf(':') + 1));
}

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
