// What the journal's topic tests (tst_journal_*) share: a fresh journal for each test function,
// on SQLite (default) or PostgreSQL (PAYDESK_TEST_POSTGRES=1 under pg_virtualenv), the test's own
// connection to check it and the sale flow's journal thread, the in-process sandbox, and a sale
// attempted or verified to its end. A test class derives from JournalFixture and calls
// checkServer(), setUp() and tearDown() from its initTestCase(), init() and cleanup().
#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "journalstore.h"
#include "payments/saleattempt.h"
#include "payments/verifier.h"
#include "sandbox/sandboxserver.h"

Q_DECLARE_METATYPE(paydesk::BackendKind)
Q_DECLARE_METATYPE(paydesk::JournalState)

namespace paydesk::test {

/// A profile of `kind` at `url` with the sandbox's test credentials (secrets the journal must
/// never hold).
inline BackendProfile profileFor(BackendKind kind, const QUrl &url)
{
    BackendProfile p;
    p.name = QStringLiteral("test-") + backendName(kind);
    p.kind = kind;
    p.baseUrl = url;
    p.token = QStringLiteral("tok-SECRET-journal-1");
    p.clientId = QStringLiteral("client-journal");
    p.apiKey = QStringLiteral("key-SECRET-journal-2");
    p.timeoutMs = 2000;
    p.sandbox = url.isValid(); // the test's backend is the sandbox: its lookup may settle a sale
    return p;
}

/// A valid sale of `kind` for `minor` units (Checkout's in MXN, Dots' in USD).
inline Sale saleFor(BackendKind kind, qint64 minor = 1250,
                    const QString &reference = QStringLiteral("REF-1"))
{
    const BackendProfile p = profileFor(kind, QUrl());
    const QString amount = toDecimalString(minor, u"usd");
    Expected<Sale, FieldIssues> sale = unexpected(FieldIssues{});
    switch (kind) {
    case BackendKind::Ocho:
        sale = validateSale(
            OchoForm{QStringLiteral("did:plc:journal"), amount, QString(), reference}, p);
        break;
    case BackendKind::Offer:
        sale = validateSale(OfferForm{QStringLiteral("10311080"), {QStringLiteral("core")}}, p);
        break;
    case BackendKind::Dots: {
        DotsForm form;
        form.amount = amount;
        form.description = reference;
        sale = validateSale(form, p);
        break;
    }
    default: {
        CheckoutForm form;
        form.client = QStringLiteral("Ana");
        form.reference = reference;
        form.currency = QStringLiteral("mxn");
        form.items = {{QStringLiteral("X"), QStringLiteral("Thing"), 1, minor}};
        sale = validateSale(form, p);
    }
    }
    if (!sale)
        qFatal("invalid test sale");
    return *sale;
}

class JournalFixture
{
protected:
    struct Attempted
    {
        qint64 id;
        JournalState state;
        JobResult result;
    };

    /// The PostgreSQL pass needs pg_virtualenv's server.
    void checkServer()
    {
        if (kPostgres)
            QVERIFY2(qEnvironmentVariableIsSet("PGHOST"),
                     "PostgreSQL pass without a server: run it under pg_virtualenv, as ctest does");
    }

    /// A new, empty journal for the test, both connections to it, and a sandbox.
    void setUp()
    {
        m_trainingTill = false;
        m_location = freshLocation();
        auto journal = Journal::open(m_location);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
        m_journal = std::move(*journal);
        auto thread = JournalThread::open(m_location);
        QVERIFY2(thread, qPrintable(thread ? QString() : thread.error()));
        m_thread = std::move(*thread);
        SandboxOptions options;
        options.token = QStringLiteral("tok-SECRET-journal-1");
        options.clientId = QStringLiteral("client-journal");
        options.apiKey = QStringLiteral("key-SECRET-journal-2");
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen(0));
    }

    void tearDown()
    {
        m_thread.reset();
        m_journal.reset();
        m_sandbox.reset();
    }

    QString freshLocation()
    {
        return freshJournalLocation(m_dir.path(), QStringLiteral("journal_%1").arg(++m_counter));
    }

    /// Sells `sale` through the sale flow on `journal` to its end (from till-7, by maria);
    /// `resume` re-sends that entry. Fatal when it never finishes or the journal fails.
    Attempted attempt(JournalThread &journal, const BackendProfile &profile, const Sale &sale,
                      JobOptions options = {}, qint64 resume = 0)
    {
        AttemptContext context;
        context.terminal = QStringLiteral("till-7");
        context.operatorName = QStringLiteral("maria");
        context.training = m_trainingTill;
        SaleAttempt a(&journal, &m_network, profile, sale, context, options);
        if (resume > 0)
            a.resumeEntry(resume);
        QSignalSpy finished(&a, &SaleAttempt::finished);
        a.start();
        if (!finished.wait(20000))
            qFatal("attempt never finished");
        if (!a.journalError().isEmpty())
            qFatal("journal error: %s", qPrintable(a.journalError()));
        return {a.journalId(), a.state(), a.result()};
    }

    /// Time passing for entry `id`, as the journal's clock sees it: its deadline and its
    /// timeline moved `ms` into the past.
    void backdate(qint64 id, qint64 ms) const
    {
        execSql(m_location,
                QStringLiteral("UPDATE entries SET deadline_at = deadline_at - %1 "
                               "WHERE id = %2")
                    .arg(ms)
                    .arg(id));
        execSql(
            m_location,
            QStringLiteral("UPDATE events SET at = at - %1 WHERE entry_id = %2").arg(ms).arg(id));
    }

    /// Verifies entry `id` to its end; fatal when finished() does not come.
    VerifyResult verify(JournalThread &journal, const BackendProfile &profile, qint64 id)
    {
        Verifier verifier(&journal, &m_network, profile, id);
        QSignalSpy done(&verifier, &Verifier::finished);
        verifier.start();
        if (!done.wait(10000))
            qFatal("verify never finished");
        return verifier.result();
    }

    QTemporaryDir m_dir;
    bool m_trainingTill = false; ///< attempt() sells on a till in training mode
    int m_counter = 0;
    QString m_location;
    std::unique_ptr<Journal> m_journal; ///< the test's own connection: what it checks
    std::unique_ptr<JournalThread> m_thread; ///< the sale flow's journal, on its own thread
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
};

} // namespace paydesk::test
