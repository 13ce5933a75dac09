// paydeskctl journal …, run as real processes on a real journal filled by real sales.
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace paydesk::test;

class TestCliJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.reset(); }
    void listJson();
    void listFilters_data();
    void listFilters();
    void showTimeline();
    void exportCsv();
    void reportMatchesTheSales();
    void reportLeavesTrainingApart();
    void verifySettlesAnUnknownSale();
    void verifyAtAnotherSandboxProvesNothing();
    void seedDemoIsMarkedAsTraining();
    void badArguments_data();
    void badArguments();

private:
    Run ctl(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_JOURNAL"), m_journal);
        return runProcess(QStringLiteral(PAYDESKCTL), args, env);
    }
    Run sale(const QString &reference, const QString &item, const SandboxProcess &sandbox) const
    {
        return ctl({QStringLiteral("create"), QStringLiteral("--backend"),
                    QStringLiteral("checkout"), QStringLiteral("--base-url"), sandbox.urlText(),
                    QStringLiteral("--client"), QStringLiteral("Ana"),
                    QStringLiteral("--reference"), reference, QStringLiteral("--currency"),
                    QStringLiteral("mxn"), QStringLiteral("--item"), item,
                    QStringLiteral("--json")});
    }

    QTemporaryDir m_dir;
    QString m_journal;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_paidIntent;
};

void TestCliJournal::initTestCase()
{
    m_journal = m_dir.filePath(QStringLiteral("cli-journal.sqlite"));
    m_sandbox = std::make_unique<SandboxProcess>();
    const Run paid = sale(QStringLiteral("J-PAID"), QStringLiteral("A:Coffee:2:35.00"), *m_sandbox);
    QCOMPARE(paid.exitCode, 0);
    m_paidIntent
        = paid.json()[QStringLiteral("intent")].toObject()[QStringLiteral("id")].toString();
    QCOMPARE(sale(QStringLiteral("J-DECL"), QStringLiteral("B:Tea:1:3.02"), *m_sandbox).exitCode,
             3);
    QCOMPARE(sale(QStringLiteral("J-PAID2"), QStringLiteral("C:Cake:1:40.00"), *m_sandbox).exitCode,
             0);
}

void TestCliJournal::listJson()
{
    const Run run
        = ctl({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0)[QStringLiteral("reference")].toString(),
             QStringLiteral("J-PAID2")); // newest
    QCOMPARE(entries.at(1)[QStringLiteral("state")].toString(), QStringLiteral("declined"));
    QCOMPARE(entries.at(2)[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(entries.at(2)[QStringLiteral("intent_id")].toString(), m_paidIntent);
    QCOMPARE(entries.at(2)[QStringLiteral("amount")][QStringLiteral("minor")].toInteger(), 7000);
    QCOMPARE(entries.at(2)[QStringLiteral("card")][QStringLiteral("last4")].toString(),
             QStringLiteral("4242"));
}

void TestCliJournal::listFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QStringList>("references");
    QTest::addRow("state") << QStringList{QStringLiteral("--state"), QStringLiteral("succeeded")}
                           << QStringList{QStringLiteral("J-PAID2"), QStringLiteral("J-PAID")};
    QTest::addRow("search reference")
        << QStringList{QStringLiteral("--search"), QStringLiteral("J-DECL")}
        << QStringList{QStringLiteral("J-DECL")};
    QTest::addRow("search last4") << QStringList{
        QStringLiteral("--search"), QStringLiteral("4242"), QStringLiteral("--limit"),
        QStringLiteral("2")} << QStringList{QStringLiteral("J-PAID2"), QStringLiteral("J-DECL")};
    QTest::addRow("backend none") << QStringList{QStringLiteral("--backend"),
                                                 QStringLiteral("dots")}
                                  << QStringList{};
    QTest::addRow("today") << QStringList{QStringLiteral("--from"),
                                          QDate::currentDate().toString(Qt::ISODate),
                                          QStringLiteral("--to"),
                                          QDate::currentDate().toString(Qt::ISODate),
                                          QStringLiteral("--state"),
                                          QStringLiteral("declined")}
                           << QStringList{QStringLiteral("J-DECL")};
    QTest::addRow("yesterday") << QStringList{QStringLiteral("--to"),
                                              QDate::currentDate().addDays(-1).toString(
                                                  Qt::ISODate)}
                               << QStringList{};
    QTest::addRow("amount range") << QStringList{
        QStringLiteral("--min-amount"), QStringLiteral("4000"), QStringLiteral("--max-amount"),
        QStringLiteral("7000")} << QStringList{QStringLiteral("J-PAID2"), QStringLiteral("J-PAID")};
}

void TestCliJournal::listFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(QStringList, references);
    const Run run = ctl(
        QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")}
        + filter);
    QCOMPARE(run.exitCode, 0);
    QStringList got;
    for (const QJsonValue e : QJsonDocument::fromJson(run.out).array())
        got << e[QStringLiteral("reference")].toString();
    QCOMPARE(got, references);
}

void TestCliJournal::showTimeline()
{
    const Run list
        = ctl({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
               QStringLiteral("--search"), QStringLiteral("J-DECL")});
    const QString id = QString::number(
        QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("id")].toInteger());
    const Run text = ctl({QStringLiteral("journal"), QStringLiteral("show"), id});
    QCOMPARE(text.exitCode, 0);
    for (const char *part : {"DECLINED", "J-DECL", "Timeline:", "pending", "outcome",
                             "declined | HTTP 402", "issuer_declined"})
        QVERIFY2(text.out.contains(part), part);
    const Run json
        = ctl({QStringLiteral("journal"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject e = json.json();
    QCOMPARE(e[QStringLiteral("events")].toArray().size(), 2);
    QCOMPARE(e[QStringLiteral("request")][QStringLiteral("sale")][QStringLiteral("reference")]
                 .toString(),
             QStringLiteral("J-DECL"));
    QCOMPARE(
        e[QStringLiteral("request")][QStringLiteral("http")][QStringLiteral("method")].toString(),
        QStringLiteral("POST"));
    QCOMPARE(e[QStringLiteral("record")][QStringLiteral("charges")][0][QStringLiteral("status")]
                 .toString(),
             QStringLiteral("failed"));
}

void TestCliJournal::exportCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    const Run run
        = ctl({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--csv"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("Exported 3 entries"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("id,created_at,"));
    QVERIFY(lines.at(1).contains(",succeeded,70.00,mxn,"));
    QVERIFY(lines.at(2).contains(",declined,3.02,mxn,"));
    // Only this user may read it, from its first byte.
    QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
}

void TestCliJournal::reportMatchesTheSales()
{
    const Run run
        = ctl({QStringLiteral("journal"), QStringLiteral("report"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject r = run.json();
    const QJsonObject paid = r[QStringLiteral("by_state")][QStringLiteral("succeeded")].toObject();
    QCOMPARE(paid[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(paid[QStringLiteral("total_minor")][QStringLiteral("mxn")].toInteger(), 7000 + 4000);
    QCOMPARE(
        r[QStringLiteral("by_state")][QStringLiteral("declined")][QStringLiteral("count")].toInt(),
        1);
    const Run text = ctl({QStringLiteral("journal"), QStringLiteral("report")});
    QVERIFY(text.out.contains("Takings by currency:"));
    QVERIFY(text.out.contains("110.00"));
}

// A sale on a till in training mode (terminal/training in the config) moved no money: the end
// of day shows the same figures as before, and the training sale on a line of its own.
void TestCliJournal::reportLeavesTrainingApart()
{
    const Run before
        = ctl({QStringLiteral("journal"), QStringLiteral("report"), QStringLiteral("--json")});
    QCOMPARE(before.exitCode, 0);
    const QString config = m_dir.filePath(QStringLiteral("training.ini"));
    {
        QSettings ini(config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("terminal/training"), true);
    }
    const Run training = ctl(
        {QStringLiteral("create"), QStringLiteral("--config"), config, QStringLiteral("--backend"),
         QStringLiteral("checkout"), QStringLiteral("--base-url"), m_sandbox->urlText(),
         QStringLiteral("--client"), QStringLiteral("Ana"), QStringLiteral("--reference"),
         QStringLiteral("J-TRAIN"), QStringLiteral("--currency"), QStringLiteral("mxn"),
         QStringLiteral("--item"), QStringLiteral("T:Practice:1:50.00"), QStringLiteral("--json")});
    QCOMPARE(training.exitCode, 0);
    QCOMPARE(training.json()[QStringLiteral("intent")][QStringLiteral("status")].toString(),
             QStringLiteral("succeeded"));

    const Run after
        = ctl({QStringLiteral("journal"), QStringLiteral("report"), QStringLiteral("--json")});
    QCOMPARE(after.exitCode, 0);
    QJsonObject figures = after.json();
    QCOMPARE(figures.take(QStringLiteral("training_not_counted")).toInteger(),
             before.json()[QStringLiteral("training_not_counted")].toInteger() + 1);
    QJsonObject old = before.json();
    old.remove(QStringLiteral("training_not_counted"));
    QCOMPARE(figures, old); // 110.00 paid, as before the training sale
    const Run text = ctl({QStringLiteral("journal"), QStringLiteral("report")});
    QVERIFY2(text.out.contains("\ntraining/demo: 1, not counted\n"), text.out.constData());
    QVERIFY(text.out.contains("110.00"));
    QVERIFY(!text.out.contains("160.00"));
}

void TestCliJournal::verifySettlesAnUnknownSale()
{
    SandboxProcess dropping({QStringLiteral("--fault"), QStringLiteral("drop")});
    const Run lost = sale(QStringLiteral("J-LOST"), QStringLiteral("D:Bread:1:12.00"), dropping);
    QCOMPARE(lost.exitCode, 4);
    const QString id = QString::number(lost.json()[QStringLiteral("journal_id")].toInteger());
    QCOMPARE(lost.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    // Without being told that this backend is the sandbox, its answers prove nothing.
    const Run unsure
        = ctl({QStringLiteral("journal"), QStringLiteral("verify"), id, QStringLiteral("--json")});
    QCOMPARE(unsure.exitCode, 4);
    QCOMPARE(unsure.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QVERIFY(!unsure.json()[QStringLiteral("definite")].toBool());
    const Run verify = ctl({QStringLiteral("journal"), QStringLiteral("verify"), id,
                            QStringLiteral("--sandbox"), QStringLiteral("--json")});
    QCOMPARE(verify.exitCode, 0);
    QCOMPARE(verify.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QVERIFY(verify.json()[QStringLiteral("definite")].toBool());
    const Run list
        = ctl({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
               QStringLiteral("--search"), QStringLiteral("J-LOST")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("state")].toString(),
             QStringLiteral("succeeded"));
}

void TestCliJournal::verifyAtAnotherSandboxProvesNothing()
{
    // The sale went to one backend, which took it and never answered. Another sandbox, named
    // by hand, has never heard of its key: that proves nothing about this sale.
    SandboxProcess dropping({QStringLiteral("--fault"), QStringLiteral("drop")});
    const Run lost = sale(QStringLiteral("J-AWAY"), QStringLiteral("E:Jam:1:9.00"), dropping);
    QCOMPARE(lost.exitCode, 4);
    const QString id = QString::number(lost.json()[QStringLiteral("journal_id")].toInteger());
    const Run away
        = ctl({QStringLiteral("journal"), QStringLiteral("verify"), id, QStringLiteral("--sandbox"),
               QStringLiteral("--base-url"), m_sandbox->urlText(), QStringLiteral("--json")});
    QCOMPARE(away.exitCode, 4);
    QCOMPARE(away.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QVERIFY(!away.json()[QStringLiteral("definite")].toBool());
    QVERIFY2(away.json()[QStringLiteral("explanation")].toString().contains(dropping.urlText()),
             away.out.constData());
    const Run show
        = ctl({QStringLiteral("journal"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.json()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    // Asked where it went, the sandbox's own record settles it: it was paid.
    const Run home = ctl({QStringLiteral("journal"), QStringLiteral("verify"), id,
                          QStringLiteral("--sandbox"), QStringLiteral("--json")});
    QCOMPARE(home.exitCode, 0);
    QCOMPARE(home.json()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
}

void TestCliJournal::seedDemoIsMarkedAsTraining()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), dir.filePath(QStringLiteral("demo.sqlite")));
    const Run seed = runProcess(QStringLiteral(PAYDESKCTL),
                                {QStringLiteral("journal"), QStringLiteral("seed-demo"),
                                 QStringLiteral("--count"), QStringLiteral("250")},
                                env);
    QCOMPARE(seed.exitCode, 0);
    const Run list
        = runProcess(QStringLiteral(PAYDESKCTL),
                     {QStringLiteral("--journal"), dir.filePath(QStringLiteral("demo.sqlite")),
                      QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--limit"), QStringLiteral("300")});
    const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(entries.size(), 250);
    for (const QJsonValue e : entries) {
        QVERIFY(e[QStringLiteral("training")].toBool());
        QCOMPARE(e[QStringLiteral("terminal")].toString(), QStringLiteral("DEMO"));
    }
}

void TestCliJournal::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no subcommand") << QStringList{QStringLiteral("journal")} << "Usage: paydeskctl";
    QTest::addRow("bad state") << QStringList{QStringLiteral("journal"), QStringLiteral("list"),
                                              QStringLiteral("--state"), QStringLiteral("paid")}
                               << "--state must be";
    QTest::addRow("bad date") << QStringList{QStringLiteral("journal"), QStringLiteral("list"),
                                             QStringLiteral("--from"), QStringLiteral("yesterday")}
                              << "--from takes YYYY-MM-DD";
    QTest::addRow("no such entry")
        << QStringList{QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("999")}
        << "there is no entry 999";
    QTest::addRow("export without file")
        << QStringList{QStringLiteral("journal"), QStringLiteral("export")} << "give --csv FILE";
    QTest::addRow("unreachable store")
        << QStringList{QStringLiteral("--journal"),
                       QStringLiteral("postgresql://u:pw-SECRET-9@127.0.0.1:9/x"),
                       QStringLiteral("journal"), QStringLiteral("list")}
        << "cannot be opened";
}

void TestCliJournal::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = ctl(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.err.contains("pw-SECRET-9")); // a store's password is never printed
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
