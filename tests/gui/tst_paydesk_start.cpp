// `paydesk` as a person starts it: on an empty home (no config, no profile) it opens the
// training window on the sale, or on the journal with --support; --version needs no display; a
// profile that does not exist is refused.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPaydeskStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHomeShowsTheTrainingWindow_data();
    void emptyHomeShowsTheTrainingWindow();
    void version();
    void unknownProfileIsRefused();

private:
    /// A process environment with `home` as the only home: no XDG folder of the real user.
    static QProcessEnvironment emptyHome(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "PAYDESK_JOURNAL", "PAYDESK_TOKEN"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
};

void TestPaydeskStart::emptyHomeShowsTheTrainingWindow_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("view");
    QTest::addRow("the sale") << QStringList() << QStringLiteral("sale");
    QTest::addRow("--support: the journal")
        << QStringList{QStringLiteral("--support")} << QStringLiteral("support");
}

void TestPaydeskStart::emptyHomeShowsTheTrainingWindow()
{
    QFETCH(QStringList, options);
    QFETCH(QString, view);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess paydesk;
    paydesk.setProcessEnvironment(emptyHome(home.path()));
    paydesk.start(QStringLiteral(PAYDESK_BINARY), options << QStringLiteral("--quit-after-shown"));
    QVERIFY(paydesk.waitForFinished(30000));
    const QString out = QString::fromUtf8(paydesk.readAllStandardOutput());
    QVERIFY2(paydesk.exitStatus() == QProcess::NormalExit && paydesk.exitCode() == 0,
             qPrintable(QString::fromUtf8(paydesk.readAllStandardError())));
    QVERIFY2(out.startsWith(QStringLiteral("paydesk: shown \"Paydesk\" training=1 "
                                           "profile=training-checkout view=%1 ")
                                .arg(view)),
             qPrintable(out));
    // Its journal went into that home's data folder, nowhere else.
    QDirIterator journals(home.filePath(QStringLiteral(".local/share/Paydesk")),
                          {QStringLiteral("journal.sqlite")}, QDir::Files,
                          QDirIterator::Subdirectories);
    QVERIFY(journals.hasNext());
}

void TestPaydeskStart::version()
{
    QProcess paydesk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    paydesk.setProcessEnvironment(env);
    paydesk.start(QStringLiteral(PAYDESK_BINARY), {QStringLiteral("--version")});
    QVERIFY(paydesk.waitForFinished(10000));
    QCOMPARE(paydesk.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(paydesk.readAllStandardOutput()).trimmed(),
             QStringLiteral("paydesk " PAYDESK_VERSION));
}

void TestPaydeskStart::unknownProfileIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess paydesk;
    paydesk.setProcessEnvironment(emptyHome(home.path()));
    paydesk.start(QStringLiteral(PAYDESK_BINARY),
                  {QStringLiteral("--quit-after-shown"), QStringLiteral("--profile"),
                   QStringLiteral("shop"), QStringLiteral("--journal"),
                   home.filePath(QStringLiteral("j.sqlite"))});
    QVERIFY(paydesk.waitForFinished(30000));
    QCOMPARE(paydesk.exitCode(), 1);
    QVERIFY(QString::fromUtf8(paydesk.readAllStandardError())
                .contains(QStringLiteral("There is no profile \"shop\"")));
    QVERIFY(paydesk.readAllStandardOutput().isEmpty()); // no window was shown
}

QTEST_GUILESS_MAIN(TestPaydeskStart)
#include "tst_paydesk_start.moc"
