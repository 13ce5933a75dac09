// paydeskctl journal reprint ID [--printer URL]: a journaled sale's receipt printed on a fake
// ESC/POS printer on loopback TCP, read back from the bytes it received; the exit codes a script
// reads (0 printed, 4 printer not ready or unreachable, 2 bad id or URL).
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>

#include "cliprocess.h"
#include "escposdecoder.h"
#include "fakeprinter.h"

using namespace paydesk;
using namespace paydesk::test;

class TestCliReprint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsOnTheConfiguredPrinter();
    void printerOptionWinsOverTheConfig();
    void notReadyExitsFour_data();
    void notReadyExitsFour();
    void unreachableExitsFour();
    void badArguments_data();
    void badArguments();

private:
    /// paydeskctl run without blocking this test's event loop (the fake printer lives in it).
    Run ctl(const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_journal);
        process.setProcessEnvironment(env);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(PAYDESKCTL), args);
        if (!done.wait(60000))
            qFatal("paydeskctl did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QString writeConfig(const QString &name, const QString &printerUrl) const
    {
        const QString path = m_dir.filePath(name);
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("receipt/merchant_name"), QStringLiteral("Café Luna"));
        ini.setValue(QStringLiteral("receipt/merchant_tax_id"), QStringLiteral("CAF010203AB1"));
        ini.setValue(QStringLiteral("receipt/tax_name"), QStringLiteral("IVA"));
        ini.setValue(QStringLiteral("catalogue/file"), m_dir.filePath(QStringLiteral("cat.json")));
        if (!printerUrl.isEmpty()) {
            ini.setValue(QStringLiteral("printer/url"), printerUrl);
            ini.setValue(QStringLiteral("printer/width_mm"), 58);
            ini.setValue(QStringLiteral("printer/codepage"), QStringLiteral("cp850"));
            ini.setValue(QStringLiteral("printer/timeout_ms"), 3000);
        }
        ini.sync();
        return path;
    }
    QStringList reprint(const QString &config, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("journal"), QStringLiteral("reprint"),
                           QString::number(m_paidId), QStringLiteral("--config"), config}
        + more;
    }

    QTemporaryDir m_dir;
    QString m_journal;
    qint64 m_paidId = 0, m_declinedId = 0;
    QString m_receiptUrl;
};

void TestCliReprint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_journal = m_dir.filePath(QStringLiteral("reprint.sqlite"));
    QFile catalogue(m_dir.filePath(QStringLiteral("cat.json")));
    QVERIFY(catalogue.open(QIODevice::WriteOnly));
    catalogue.write(R"([{"sku": "COF-2", "name": "Café de olla", "unit_price": 4500,
                         "currency": "mxn", "tax_rate": "16"}])");
    catalogue.close();

    SandboxProcess sandbox;
    const auto sale = [&](const QString &reference, const QString &item) {
        return ctl({QStringLiteral("create"), QStringLiteral("--backend"),
                    QStringLiteral("checkout"), QStringLiteral("--base-url"), sandbox.urlText(),
                    QStringLiteral("--client"), QStringLiteral("Ana"),
                    QStringLiteral("--reference"), reference, QStringLiteral("--currency"),
                    QStringLiteral("mxn"), QStringLiteral("--item"), item});
    };
    QCOMPARE(sale(QStringLiteral("R-PAID"), QStringLiteral("COF-2:Café de olla:2:45.00")).exitCode,
             0);
    QCOMPARE(sale(QStringLiteral("R-DECL"), QStringLiteral("B:Tea:1:3.02")).exitCode, 3);
    const Run list
        = ctl({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), 2);
    m_declinedId = entries.at(0)[QStringLiteral("id")].toInteger();
    m_paidId = entries.at(1)[QStringLiteral("id")].toInteger();
    QCOMPARE(entries.at(1)[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    m_receiptUrl = entries.at(1)[QStringLiteral("receipt")][QStringLiteral("url")].toString();
    QVERIFY(!m_receiptUrl.isEmpty());
}

void TestCliReprint::printsOnTheConfiguredPrinter()
{
    FakePrinter printer;
    const Run run = ctl(reprint(writeConfig(QStringLiteral("ok.ini"), printer.url())));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(
        QString::fromUtf8(run.out),
        QStringLiteral("Receipt of entry %1 printed on %2.\n").arg(m_paidId).arg(printer.url()));
    QTRY_VERIFY(decodeEscPos(printer.received()).endsWithCut);
    const Paper paper = decodeEscPos(printer.received());
    QVERIFY2(paper.unknown.isEmpty(), qPrintable(paper.unknown.join(u'\n')));
    QCOMPARE(paper.statusRequests, 3);
    QCOMPARE(paper.codePageNumber, 2); // cp850
    QVERIFY(paper.columnsUsed() <= 32); // 58 mm
    // 2 × 45.00 = 90.00 at 16 %: 90.00 × 16 / 116 = 12.41.
    for (const QString &text :
         {QStringLiteral("Café Luna"), QStringLiteral("Tax ID: CAF010203AB1"),
          QStringLiteral("Café de olla"), QStringLiteral("IVA 16 %:"), QStringLiteral("12.41"),
          QStringLiteral("90.00"), QStringLiteral("Reference: R-PAID"),
          QStringLiteral("Visa **** 4242"), QStringLiteral("Paid (copy)")})
        QVERIFY2(paper.find(text), qPrintable(text + u'\n' + paper.texts().join(u'\n')));
    QVERIFY(!paper.find(QStringLiteral("TRAINING"))); // a real sale, not a training one
    QVERIFY(paper.find(QStringLiteral("Total"))->bold);
    QCOMPARE(paper.qrs.size(), 1);
    QCOMPARE(paper.qrs.first().payload, m_receiptUrl.toUtf8());
    QCOMPARE(paper.cuts, 1);
}

void TestCliReprint::printerOptionWinsOverTheConfig()
{
    FakePrinter configured, chosen;
    const Run run = ctl(reprint(writeConfig(QStringLiteral("two.ini"), configured.url()),
                                {QStringLiteral("--printer"), chosen.url()}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_VERIFY(decodeEscPos(chosen.received()).endsWithCut);
    QCOMPARE(configured.connections(), 0);
    // Without [printer] in the config at all, --printer alone is enough.
    FakePrinter alone;
    const Run bare = ctl(reprint(writeConfig(QStringLiteral("bare.ini"), QString()),
                                 {QStringLiteral("--printer"), alone.url()}));
    QVERIFY2(bare.exitCode == 0, bare.err.constData());
}

void TestCliReprint::notReadyExitsFour_data()
{
    QTest::addColumn<FakePrinter::Mode>("mode");
    QTest::addColumn<QString>("words");
    QTest::addRow("paper out") << FakePrinter::Mode::PaperOut
                               << QStringLiteral("The printer is not ready: out of paper.");
    QTest::addRow("cover open") << FakePrinter::Mode::CoverOpen
                                << QStringLiteral("The printer is not ready: cover open.");
    QTest::addRow("silent") << FakePrinter::Mode::Silent
                            << QStringLiteral("The printer did not answer in time");
}

void TestCliReprint::notReadyExitsFour()
{
    QFETCH(FakePrinter::Mode, mode);
    QFETCH(QString, words);
    FakePrinter printer(mode);
    const Run run = ctl(reprint(writeConfig(QStringLiteral("nr.ini"), printer.url())));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QString::fromUtf8(run.err).contains(words), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(decodeEscPos(printer.received()).lines.size(), 0);
}

void TestCliReprint::unreachableExitsFour()
{
    quint16 port = 0;
    {
        FakePrinter gone;
        port = gone.port();
    }
    const Run run = ctl(reprint(
        writeConfig(QStringLiteral("gone.ini"), QStringLiteral("tcp://127.0.0.1:%1").arg(port))));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("The printer cannot be reached (Connection refused)"),
             run.err.constData());
}

void TestCliReprint::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no such entry")
        << QStringList{QStringLiteral("999")} << QStringLiteral("there is no entry 999");
    QTest::addRow("not a number") << QStringList{QStringLiteral("abc")}
                                  << QStringLiteral("there is no entry abc");
    QTest::addRow("no id") << QStringList{} << QStringLiteral("give one entry id");
    QTest::addRow("declined") << QStringList{QStringLiteral("DECLINED")}
                              << QStringLiteral("is declined, not paid");
    QTest::addRow("bad url") << QStringList{QStringLiteral("PAID"), QStringLiteral("--printer"),
                                            QStringLiteral("http://printer:9100")}
                             << QStringLiteral("tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE");
    QTest::addRow("no printer") << QStringList{QStringLiteral("PAID")}
                                << QStringLiteral("No receipt printer is configured");
}

void TestCliReprint::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString &a : args) {
        if (a == u"PAID")
            a = QString::number(m_paidId);
        else if (a == u"DECLINED")
            a = QString::number(m_declinedId);
    }
    const Run run = ctl(QStringList{QStringLiteral("journal"), QStringLiteral("reprint"),
                                    QStringLiteral("--config"),
                                    writeConfig(QStringLiteral("none.ini"), QString())}
                        + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliReprint)
#include "tst_cli_reprint.moc"
