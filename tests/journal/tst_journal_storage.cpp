// The journal's storage, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under
// pg_virtualenv): opened, migrated from its first schema and kept, refused when a newer Paydesk
// wrote it, private from the first byte, many programs opening a fresh journal at once, and no
// secret stored.
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "journalfixture.h"

using namespace paydesk;
using namespace paydesk::test;

class TestJournalStorage final : public QObject, private JournalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { checkServer(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void opensMigratesAndKeeps();
    void migratesAnOlderJournal();
    void privacy();
    void manyProgramsOpenAFreshJournal();
    void noSecretIsStored();
};

void TestJournalStorage::opensMigratesAndKeeps()
{
    QCOMPARE(m_journal->schemaVersion(), 8);
    const Attempted a = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                saleFor(BackendKind::Checkout));
    m_thread.reset();
    m_journal.reset();
    auto reopened = Journal::open(m_location);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), 8);
    const auto e = (*reopened)->entry(a.id);
    QVERIFY(e);
    QCOMPARE(e->state, JournalState::Succeeded);
    QCOMPARE(e->terminal, QStringLiteral("till-7"));
    QCOMPARE(e->operatorName, QStringLiteral("maria"));
    QCOMPARE(e->client, QStringLiteral("Ana")); // the support list shows it, the search finds it
    JournalQuery byClient;
    byClient.search = QStringLiteral("Ana");
    QCOMPARE((*reopened)->list(byClient)->size(), 1);
}

void TestJournalStorage::migratesAnOlderJournal()
{
    // A journal at schema 1 (as the first release wrote it) is brought to the current schema,
    // its entries kept.
    const Attempted a = attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
                                saleFor(BackendKind::Checkout));
    m_thread.reset();
    m_journal.reset();
    // Newest first: schema 8 (the store's verdicts' index), 7 (the tills' state, the store's
    // notifications), 6 (refunds), then 5 (global ids), 4, 3.
    execSql(m_location, QStringLiteral("DROP INDEX entries_verdicts"));
    if (kPostgres)
        execSql(m_location, QStringLiteral("DROP STATISTICS entries_states"));
    execSql(m_location, QStringLiteral("DROP TABLE tills"));
    if (kPostgres)
        for (const char *sql :
             {"DROP TRIGGER entries_written ON entries", "DROP TRIGGER entries_changed ON entries",
              "DROP FUNCTION paydesk_entry_changed()", "DROP FUNCTION paydesk_till_changed()"})
            execSql(m_location, QLatin1String(sql));
    execSql(m_location, QStringLiteral("DROP INDEX entries_parent"));
    execSql(m_location, QStringLiteral("DROP INDEX entries_remote"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN kind"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN parent_id"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN remote_id"));
    for (const char *sql :
         {"DROP INDEX entries_gid", "DROP INDEX entries_origin", "DROP INDEX events_gid",
          "ALTER TABLE entries DROP COLUMN gid", "ALTER TABLE entries DROP COLUMN origin",
          "ALTER TABLE entries DROP COLUMN forwarded_state", "ALTER TABLE events DROP COLUMN gid",
          "DELETE FROM journal_meta WHERE key = 'journal_id'"})
        execSql(m_location, QLatin1String(sql));
    execSql(m_location, QStringLiteral("DROP INDEX entries_client"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN client"));
    execSql(m_location, QStringLiteral("DROP INDEX entries_amount"));
    execSql(m_location, QStringLiteral("ALTER TABLE entries DROP COLUMN sale_amount_minor"));
    execSql(m_location,
            QStringLiteral("UPDATE journal_meta SET value = '1' WHERE key = 'schema_version'"));
    auto reopened = Journal::open(m_location);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
    QCOMPARE((*reopened)->schemaVersion(), 8);
    QCOMPARE((*reopened)->entry(a.id)->state, JournalState::Succeeded);
    // Schema 6: every entry written before is a sale, with nothing refunded yet.
    QCOMPARE((*reopened)->entry(a.id)->kind, EntryKind::SaleEntry);
    QCOMPARE((*reopened)->refundable(a.id)->leftMinor(), (*reopened)->entry(a.id)->amount->minor);
    // Schema 4 finds an older entry's client in the sale it kept.
    QCOMPARE((*reopened)->entry(a.id)->client, QStringLiteral("Ana"));
    // An entry from before schema 3 has no sale amount of its own: it differs from nothing.
    QVERIFY((*reopened)->report(QDate::currentDate())->amountDifferences.isEmpty());
    // A journal from a newer Paydesk is refused, not damaged.
    (*reopened).reset();
    execSql(m_location,
            QStringLiteral("UPDATE journal_meta SET value = '99' WHERE key = 'schema_version'"));
    const auto newer = Journal::open(m_location);
    QVERIFY(!newer);
    QVERIFY(newer.error().contains(QStringLiteral("newer Paydesk")));
}

void TestJournalStorage::privacy()
{
    if (kPostgres) {
        // The store's password never shows in what Paydesk says about the journal.
        QVERIFY(!m_journal->displayLocation().contains(qEnvironmentVariable("PGPASSWORD")));
        QVERIFY(m_journal->displayLocation().contains(QStringLiteral(":****@")));
        return;
    }
    // Private from the first byte, whatever the umask: the folder 0700, the journal, its -wal and
    // -shm 0600, created so (never wider, then tightened).
    m_thread.reset();
    m_journal.reset();
    const QString folder = m_dir.filePath(QStringLiteral("private/Paydesk"));
    const QString location = folder + QStringLiteral("/journal.sqlite");
    const mode_t previous = ::umask(0);
    auto journal = Journal::open(location);
    ::umask(previous);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    QCOMPARE(QFileInfo(folder).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("private"))).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    m_location = location;
    m_journal = std::move(*journal);
    auto thread = JournalThread::open(location);
    QVERIFY(thread);
    m_thread = std::move(*thread);
    attempt(*m_thread, profileFor(BackendKind::Checkout, m_sandbox->url()),
            saleFor(BackendKind::Checkout));
    QVERIFY(QFile::exists(m_location + QStringLiteral("-wal")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(m_location + suffix))
            continue;
        QCOMPARE(QFile::permissions(m_location + suffix) & 0x0777 /* user/group/other bits */,
                 QFile::permissions(m_location + suffix)
                     & (QFileDevice::ReadUser | QFileDevice::WriteUser));
        QCOMPARE(QFile::permissions(m_location + suffix)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
}

void TestJournalStorage::manyProgramsOpenAFreshJournal()
{
    // Eight paydeskctl start together on a journal nobody opened yet: they migrate it, and each
    // sells (none is refused with "database is locked").
    const QString fresh = freshLocation();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_JOURNAL"), fresh);
    env.insert(QStringLiteral("PAYDESK_TOKEN"), QStringLiteral("tok-SECRET-journal-1"));
    std::vector<std::unique_ptr<QProcess>> tills;
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PAYDESKCTL),
                 {QStringLiteral("create"), QStringLiteral("--backend"), QStringLiteral("checkout"),
                  QStringLiteral("--base-url"), m_sandbox->url().toString(),
                  QStringLiteral("--client"), QStringLiteral("Ana"), QStringLiteral("--reference"),
                  QStringLiteral("MANY-%1").arg(i), QStringLiteral("--item"),
                  QStringLiteral("A:a:1:10")});
        tills.push_back(std::move(p));
    }
    // The sandbox runs in this process: serve it while the tills sell.
    for (auto &p : tills) {
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 qPrintable(QString::fromUtf8(p->readAllStandardError())));
    }
    auto journal = Journal::open(fresh);
    QVERIFY(journal);
    JournalQuery paid;
    paid.state = JournalState::Succeeded;
    QCOMPARE(*(*journal)->count(paid), 8);
    QCOMPARE(m_sandbox->intentCount(), 8);
}

void TestJournalStorage::noSecretIsStored()
{
    // Sales on every backend with known credentials; the answers carry client secrets,
    // ephemeral keys and customer-session secrets.
    for (BackendKind kind :
         {BackendKind::Ocho, BackendKind::Offer, BackendKind::Dots, BackendKind::Checkout})
        attempt(*m_thread, profileFor(kind, m_sandbox->url()), saleFor(kind));
    BackendProfile header = profileFor(BackendKind::Offer, m_sandbox->url());
    header.offerTokenPlacement = BackendProfile::TokenPlacement::Header;
    attempt(*m_thread, header, saleFor(BackendKind::Offer));
    m_thread.reset();
    m_journal.reset(); // flush and close
    const QByteArray bytes = storedBytes(m_location);
    QVERIFY(bytes.contains("pi_")); // the journal does hold the sales…
    for (const char *secret : {"tok-SECRET-journal-1", "key-SECRET-journal-2",
                               "Y2xpZW50LWpvdXJuYWw6a2V5LVNFQ1JFVC1qb3VybmFsLTI=" /* Basic */})
        QVERIFY2(!bytes.contains(secret), secret);
    // …and no secret part of a client secret, ephemeral key or customer session.
    static const QRegularExpression unmasked(
        QStringLiteral("(_secret_|ek_test_|ek_live_|cuss_secret_)(?!\\*\\*\\*\\*)[A-Za-z0-9]"));
    const QRegularExpressionMatch m = unmasked.match(QString::fromLatin1(bytes));
    QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0)));
}

QTEST_GUILESS_MAIN(TestJournalStorage)
#include "tst_journal_storage.moc"
