// The sale controller (app/payments/salecontroller.h) without a widget: each phase a sale goes
// through against the real sandbox on loopback, what may be done in each, and that nothing is
// ever sent twice.
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "backendtest.h"
#include "payments/salecontroller.h"
#include "sandbox/fault.h"

using namespace paydesk;
using namespace paydesk::test;
using Phase = SaleController::Phase;

Q_DECLARE_METATYPE(paydesk::SaleController::Phase)

class TestSaleController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paidThenTheNextSale();
    void createdIsNotPaid();
    void declinedMayTryAnotherCard();
    void unknownWaitsForVerify();
    void neverArrivedMayBeChargedAgain();
    void notJournaledIsNotSent();

private:
    /// Charges `sale` and waits until the controller settles; the phases it went through.
    QList<Phase> chargeAndWait(const Sale &sale);
    BackendProfile profile(BackendKind kind) const;

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<JournalThread> m_journal;
    /// What the journal holds now (read on the journal's thread).
    std::optional<JournalEntry> stored(qint64 id) const
    {
        auto read = m_journal->wait([id](const Journal &j) { return j.entry(id); });
        return read ? std::optional<JournalEntry>(std::move(*read)) : std::nullopt;
    }
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<SaleController> m_sale;
};

void TestSaleController::init()
{
    auto journal = JournalThread::open(m_dir.filePath(QStringLiteral("sale-%1.sqlite").arg(++m_n)));
    QVERIFY(journal);
    m_journal = std::move(*journal);
    m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
    QVERIFY(m_sandbox->listen(0));
    AttemptContext context;
    context.terminal = QStringLiteral("till-3");
    m_sale = std::make_unique<SaleController>(m_journal.get(), &m_network, context);
    m_sale->setProfile(profile(BackendKind::Checkout));
}

void TestSaleController::cleanup()
{
    m_sale.reset();
    m_sandbox.reset();
    m_journal.reset();
}

BackendProfile TestSaleController::profile(BackendKind kind) const
{
    BackendProfile p = profileFor(kind, m_sandbox->url());
    p.sandbox = true; // its lookup by key may settle a sale
    p.timeoutMs = 3000;
    return p;
}

QList<Phase> TestSaleController::chargeAndWait(const Sale &sale)
{
    QSignalSpy phases(m_sale.get(), &SaleController::phaseChanged);
    if (!m_sale->charge(sale))
        return {};
    if (!QTest::qWaitFor([&] { return !m_sale->isBusy(); }, 20000))
        qFatal("the sale never settled");
    QList<Phase> out;
    for (const QList<QVariant> &args : phases)
        out << args.at(0).value<Phase>();
    return out;
}

void TestSaleController::paidThenTheNextSale()
{
    QVERIFY(m_sale->canCharge());
    const Sale sale = saleFor(BackendKind::Checkout);
    QCOMPARE(chargeAndWait(sale), (QList<Phase>{Phase::Sending, Phase::Paid}));
    QCOMPARE(m_sale->state(), JournalState::Succeeded);
    QVERIFY(m_sale->record());
    QCOMPARE(m_sale->record()->latestCharge()->card->last4, QStringLiteral("4242"));
    QVERIFY(m_sale->journalId() > 0);
    QCOMPARE(stored(m_sale->journalId())->state, JournalState::Succeeded);
    // Paid: the same sale is never charged again, and the profile may change for the next.
    QVERIFY(!m_sale->canCharge());
    QVERIFY(!m_sale->charge(sale));
    QVERIFY(!m_sale->canVerify());
    QVERIFY(m_sale->canChangeProfile());
    QVERIFY(!m_sale->newSaleNeedsConfirmation());
    QCOMPARE(m_sandbox->intentCount(), 1);
    QVERIFY(m_sale->reset());
    QCOMPARE(m_sale->phase(), Phase::Editing);
    QCOMPARE(m_sale->journalId(), 0);
    QVERIFY(m_sale->canCharge());
}

void TestSaleController::createdIsNotPaid()
{
    m_sale->setProfile(profile(BackendKind::Offer));
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Offer)),
             (QList<Phase>{Phase::Sending, Phase::Created}));
    QCOMPARE(m_sale->state(), JournalState::Created);
    QVERIFY(!m_sale->record()->intent.id.isEmpty());
    QVERIFY(!m_sale->canCharge());
}

void TestSaleController::declinedMayTryAnotherCard()
{
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Checkout, 30002)), // the sandbox declines .02
             (QList<Phase>{Phase::Sending, Phase::Declined}));
    QCOMPARE(m_sale->state(), JournalState::Declined);
    QVERIFY(m_sale->error());
    QCOMPARE(m_sale->error()->kind, BackendError::Kind::Declined);
    QCOMPARE(m_sale->retryAdvice(), RetryAdvice::Never);
    // Another card is a new attempt, under a new key.
    const QString firstKey = m_sale->idempotencyKey();
    QVERIFY(m_sale->canCharge());
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Checkout)),
             (QList<Phase>{Phase::Sending, Phase::Paid}));
    QVERIFY(m_sale->idempotencyKey() != firstKey);
}

void TestSaleController::unknownWaitsForVerify()
{
    m_sandbox->setFault(*Fault::parse(u"drop")); // processed, then the answer is lost
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Checkout)),
             (QList<Phase>{Phase::Sending, Phase::Unknown}));
    QCOMPARE(m_sale->state(), JournalState::Unknown);
    QCOMPARE(m_sale->retryAdvice(), RetryAdvice::AfterVerify);
    // Nothing may be sent, and nothing changed, before it is checked.
    QVERIFY(!m_sale->canCharge());
    QVERIFY(!m_sale->charge(saleFor(BackendKind::Checkout)));
    QVERIFY(!m_sale->canChangeProfile());
    QVERIFY(m_sale->newSaleNeedsConfirmation());
    QVERIFY(m_sale->canVerify());

    m_sandbox->setFault(Fault{});
    QSignalSpy phases(m_sale.get(), &SaleController::phaseChanged);
    m_sale->verify();
    QCOMPARE(m_sale->phase(), Phase::Verifying);
    QTRY_COMPARE_WITH_TIMEOUT(m_sale->phase(), Phase::Paid, 10000);
    QCOMPARE(phases.size(), 2);
    QVERIFY(m_sale->verification() && m_sale->verification()->definite);
    QCOMPARE(m_sale->record()->latestCharge()->card->last4, QStringLiteral("4242"));
    QCOMPARE(stored(m_sale->journalId())->state, JournalState::Succeeded);
    QCOMPARE(m_sandbox->intentCount(), 1); // verified, not charged again
}

void TestSaleController::neverArrivedMayBeChargedAgain()
{
    BackendProfile nobody = profile(BackendKind::Checkout);
    nobody.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
    m_sale->setProfile(nobody);
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Checkout)),
             (QList<Phase>{Phase::Sending, Phase::NotCharged}));
    QCOMPARE(m_sale->state(), JournalState::Failed);
    QCOMPARE(m_sale->error()->reach, BackendError::Reach::NotSent);
    QCOMPARE(m_sale->automaticRetries(), kMaxAutomaticRetries);
    QVERIFY(m_sale->canCharge());
    QVERIFY(m_sale->canChangeProfile());
}

void TestSaleController::notJournaledIsNotSent()
{
    // The journal cannot take the entry (its tables are gone: a damaged file): nothing is sent.
    const QString location = m_dir.filePath(QStringLiteral("sale-%1.sqlite").arg(m_n));
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(location);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE events")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE entries")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(chargeAndWait(saleFor(BackendKind::Checkout)),
             (QList<Phase>{Phase::Sending, Phase::NotCharged}));
    QCOMPARE(m_sale->journalId(), 0);
    QVERIFY(!m_sale->journalError().isEmpty());
    QCOMPARE(m_sandbox->intentCount(), 0);
    QVERIFY(m_sale->canCharge()); // once the journal works again
}

QTEST_GUILESS_MAIN(TestSaleController)
#include "tst_salecontroller.moc"
