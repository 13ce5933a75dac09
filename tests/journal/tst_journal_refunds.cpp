// Refunds in the journal, on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under
// pg_virtualenv): what is left to refund decided in the transaction that writes a refund, an
// unknown refund blocking the next one until verified, a refund that never arrived settled by two
// looks, and the end of day's refunds and net.
#include <QTest>

#include "journal/duplicates.h"
#include "journalfixture.h"

using namespace paydesk;
using namespace paydesk::test;

class TestJournalRefunds final : public QObject, private JournalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { checkServer(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refundsOfASale();
    void refundThatNeverArrivedNeedsTwoLooks();
};

void TestJournalRefunds::refundsOfASale()
{
    // A paid Dots sale of 50.00, refunded through the sandbox over HTTP, on this journal
    // (SQLite, or PostgreSQL in the _postgres pass).
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    DotsSale paid;
    paid.amount = Money{5000, QStringLiteral("usd")};
    paid.confirm = true;
    paid.paymentMethodId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    const Attempted sale = attempt(*m_thread, dots, paid);
    QCOMPARE(sale.state, JournalState::Succeeded);
    const JournalEntry entry = *m_journal->entry(sale.id);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 5000);

    struct Refunded
    {
        qint64 id;
        JournalState state;
        QString journalError;
    };
    const auto refund = [&](qint64 minor) {
        AttemptContext context;
        context.terminal = QStringLiteral("support-1");
        SaleAttempt a(
            m_thread.get(), &m_network, dots,
            refundOperation(entry,
                            RefundOrder{entry.intentId, Money{minor, QStringLiteral("usd")},
                                        QStringLiteral("duplicate")}),
            context, JobOptions{});
        QSignalSpy finished(&a, &SaleAttempt::finished);
        a.start();
        if (!finished.wait(20000))
            qFatal("refund never finished");
        return Refunded{a.journalId(), a.state(), a.journalError()};
    };

    // More than was taken: refused with the figures, no entry written, nothing sent.
    const Refunded over = refund(5001);
    QCOMPARE(over.id, 0);
    QVERIFY2(over.journalError.contains(QStringLiteral("so at most")),
             qPrintable(over.journalError));
    JournalQuery refunds;
    refunds.kind = EntryKind::RefundEntry;
    refunds.parentId = sale.id;
    QCOMPARE(*m_journal->count(refunds), 0);

    // An answer that never comes: unknown, and it blocks any other refund of the sale.
    m_sandbox->setFault(*Fault::parse(QStringLiteral("drop")));
    const Refunded lost = refund(1200);
    m_sandbox->setFault(Fault{});
    QVERIFY(lost.id > 0);
    QCOMPARE(lost.state, JournalState::Unknown);
    const JournalEntry lostEntry = *m_journal->entry(lost.id);
    QCOMPARE(lostEntry.kind, EntryKind::RefundEntry);
    QCOMPARE(lostEntry.parentId, sale.id);
    QCOMPARE(lostEntry.intentId, entry.intentId);
    QVERIFY(lostEntry.idempotencyKey != entry.idempotencyKey);
    QCOMPARE(m_journal->refundable(sale.id)->openMinor, 1200);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 3800);
    const Refunded blocked = refund(100);
    QCOMPARE(blocked.id, 0);
    QVERIFY2(blocked.journalError.contains(QStringLiteral("verify it")),
             qPrintable(blocked.journalError));

    // Verify: the complete refunds list holds it (the sandbox did it before dropping the
    // connection): succeeded, with the backend's refund id.
    const VerifyResult verified = verify(*m_thread, dots, lost.id);
    QVERIFY2(verified.definite, qPrintable(verified.explanation));
    QCOMPARE(verified.state, JournalState::Succeeded);
    QVERIFY(!m_journal->entry(lost.id)->remoteId.isEmpty());
    QCOMPARE(m_journal->refundable(sale.id)->refundedMinor, 1200);

    // The same amount again is a refund of its own; then the rest; then nothing is left.
    QCOMPARE(refund(1200).state, JournalState::Succeeded);
    QCOMPARE(refund(2600).state, JournalState::Succeeded);
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 0);
    QCOMPARE(refund(1).id, 0);
    QCOMPARE(*m_journal->count(refunds), 3);
    QCOMPARE(m_journal->entry(sale.id)->state, JournalState::Succeeded); // the sale stays paid
    // Two refunds of the same amount and reference are no double charge, nor is the sale.
    QVERIFY(potentialDuplicates(*m_journal, *m_journal->entry(lost.id))->isEmpty());
    QVERIFY(potentialDuplicates(*m_journal, *m_journal->entry(sale.id))->isEmpty());

    // End of day: the takings, the refunds, and the net.
    const QJsonObject day = m_journal->report(QDate::currentDate())->toJson();
    QCOMPARE(day[QStringLiteral("takings_by_currency")][QStringLiteral("usd")]
                [QStringLiteral("total_minor")][QStringLiteral("usd")]
                    .toInteger(),
             5000);
    QCOMPARE(
        day[QStringLiteral("refunds_by_currency")][QStringLiteral("usd")][QStringLiteral("count")]
            .toInteger(),
        3);
    QCOMPARE(day[QStringLiteral("refunds_by_currency")][QStringLiteral("usd")]
                [QStringLiteral("total_minor")][QStringLiteral("usd")]
                    .toInteger(),
             5000);
    QCOMPARE(day[QStringLiteral("net_minor")][QStringLiteral("usd")].toInteger(), 0);
}

void TestJournalRefunds::refundThatNeverArrivedNeedsTwoLooks()
{
    const BackendProfile dots = profileFor(BackendKind::Dots, m_sandbox->url());
    DotsSale paid;
    paid.amount = Money{3000, QStringLiteral("usd")};
    paid.confirm = true;
    paid.paymentMethodId = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    const Attempted sale = attempt(*m_thread, dots, paid);
    const JournalEntry entry = *m_journal->entry(sale.id);
    // A gateway's 503: the backend never saw the refund, but the till cannot know that.
    m_sandbox->setFault(*Fault::parse(QStringLiteral("status=503")));
    SaleAttempt a(
        m_thread.get(), &m_network, dots,
        refundOperation(entry, RefundOrder{entry.intentId, Money{1000, QStringLiteral("usd")}, {}}),
        AttemptContext{}, JobOptions{});
    QSignalSpy finished(&a, &SaleAttempt::finished);
    a.start();
    QVERIFY(finished.wait(20000));
    m_sandbox->setFault(Fault{});
    QCOMPARE(a.state(), JournalState::Unknown);
    const qint64 id = a.journalId();

    // The complete list has no such refund, but it may still be on its way: too early.
    VerifyResult r = verify(*m_thread, dots, id);
    QVERIFY(!r.definite);
    QVERIFY2(r.explanation.contains(QStringLiteral("Too early")), qPrintable(r.explanation));
    // Past the deadline and the settle period: a first look, then a second one that far apart.
    backdate(id, 60000);
    r = verify(*m_thread, dots, id);
    QVERIFY(!r.definite);
    QVERIFY2(r.explanation.contains(QStringLiteral("One more look")), qPrintable(r.explanation));
    QCOMPARE(m_journal->entry(id)->state, JournalState::Unknown);
    QCOMPARE(m_journal->refundable(sale.id)->openRefundId, id); // still blocks another refund
    backdate(id, 60000);
    r = verify(*m_thread, dots, id);
    QVERIFY2(r.definite, qPrintable(r.explanation));
    QCOMPARE(r.state, JournalState::Failed);
    QVERIFY(r.proof.contains(QStringLiteral("the whole refunds list")));
    // Nothing was refunded: all of it is left, and nothing blocks a new refund.
    QCOMPARE(m_journal->refundable(sale.id)->leftMinor(), 3000);
    QCOMPARE(m_journal->refundable(sale.id)->openRefundId, 0);
}

QTEST_GUILESS_MAIN(TestJournalRefunds)
#include "tst_journal_refunds.moc"
