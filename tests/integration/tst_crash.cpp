// Crash safety: a real `paydeskctl create` is killed with SIGKILL at a sweep of moments — before
// the request leaves, while it waits, just after the answer, during the journal write — and
// afterwards the journal must be consistent with what the backend really did:
//  - nothing stays pending once its process is gone (the next open says unknown);
//  - every sale the backend saw is in the journal (write-ahead: never lost);
//  - no sale is shown as paid that the backend did not take;
//  - verifying settles every unknown sale to exactly what the backend did;
//  - the SQLite file passes its integrity check.
#include <csignal>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"
#include "payments/verifier.h"

using namespace paydesk;
using namespace paydesk::test;

class TestCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killAtEveryMoment();
};

void TestCrash::killAtEveryMoment()
{
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("crash.sqlite"));
    SandboxProcess quick;
    SandboxProcess slow({QStringLiteral("--fault"), QStringLiteral("delay=400")});

    struct Run
    {
        QString key;
        int delayMs;
        bool exited; ///< finished on its own before the kill
    };
    QList<Run> runs;
    const QList<int> delays{0, 3, 8, 15, 25, 40, 60, 90, 130, 200, 300, 450, 600};
    int n = 0;
    for (const SandboxProcess *sandbox : {&quick, &slow}) {
        for (int delay : delays) {
            const QString key = QStringLiteral("crash-%1").arg(++n);
            QProcess ctl;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PAYDESK_JOURNAL"), journalPath);
            ctl.setProcessEnvironment(env);
            ctl.start(QStringLiteral(PAYDESKCTL),
                      {QStringLiteral("create"), QStringLiteral("--backend"),
                       QStringLiteral("checkout"), QStringLiteral("--base-url"), sandbox->urlText(),
                       QStringLiteral("--client"), QStringLiteral("Ana"),
                       QStringLiteral("--reference"), key, QStringLiteral("--idempotency-key"), key,
                       QStringLiteral("--item"), QStringLiteral("A:a:1:10")});
            QVERIFY(ctl.waitForStarted());
            QTest::qWait(delay);
            const bool exited = ctl.state() == QProcess::NotRunning;
            if (!exited) {
                ::kill(static_cast<pid_t>(ctl.processId()), SIGKILL);
                QVERIFY(ctl.waitForFinished(10000));
            }
            runs.append({key, delay, exited});
        }
    }

    auto journal = Journal::open(journalPath); // the next process to open it
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    auto thread = JournalThread::open(journalPath); // the verify's, as the programs use it
    QVERIFY2(thread, qPrintable(thread ? QString() : thread.error()));
    int killedBeforeJournal = 0, unknown = 0, succeeded = 0;
    QNetworkAccessManager network;
    for (const Run &run : std::as_const(runs)) {
        const SandboxProcess &sandbox = run.key.mid(6).toInt() <= delays.size() ? quick : slow;
        const int seen = sandbox.get(QStringLiteral("/sandbox/attempts/") + run.key).first;
        const auto entry = (*journal)->entryByKey(run.key);
        if (!entry) {
            // Killed before the pending entry was committed: then nothing may have been sent.
            QVERIFY2(
                seen == 404,
                qPrintable(run.key + QStringLiteral(": the backend saw a sale the journal lost")));
            ++killedBeforeJournal;
            continue;
        }
        QVERIFY2(entry->state != JournalState::Pending,
                 qPrintable(run.key + QStringLiteral(" stayed pending after its process died")));
        if (entry->state == JournalState::Succeeded) {
            QVERIFY2(seen == 200,
                     qPrintable(run.key
                                + QStringLiteral(": shown as paid, but the backend has no sale")));
            ++succeeded;
        }
        if (entry->state == JournalState::Unknown) {
            ++unknown;
            BackendProfile profile;
            profile.kind = BackendKind::Checkout;
            profile.sandbox = true; // its lookup by key is the proof
            Verifier verify(thread->get(), &network, profile, entry->id);
            QSignalSpy done(&verify, &Verifier::finished);
            verify.start();
            QVERIFY(done.wait(10000));
            QVERIFY(verify.result().definite);
            QCOMPARE(verify.result().state,
                     seen == 200 ? JournalState::Succeeded : JournalState::Failed);
        }
    }
    // The sweep really reached the moments it is meant to: some killed before the journal was
    // written, some in flight (unknown), some after the answer was journaled.
    qInfo("%d killed before journaling, %d unknown, %d journaled as paid, of %lld runs",
          killedBeforeJournal, unknown, succeeded, qlonglong(runs.size()));
    QVERIFY(unknown > 0);
    QVERIFY(succeeded > 0);

    QSqlDatabase check
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
    check.setDatabaseName(journalPath);
    QVERIFY(check.open());
    QSqlQuery q(check);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
