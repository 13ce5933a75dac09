// Verifying an attempt whose outcome is unknown: ask the backend what became of it.
//  - Dots: retrieve the intent by id, or find it in the list by the key carried in its metadata;
//  - the sandbox (a loopback base URL) for the others: its lookup by Idempotency-Key;
//  - the others cannot be asked: the entry says what the cashier must check.
// A definite answer updates the journal entry; any answer adds a "verify" event to its timeline.
#pragma once

#include <memory>

#include <QObject>

#include "backends/jobs.h"
#include "journal/journal.h"
#include "saleattempt.h"

namespace paydesk {

struct VerifyResult
{
    bool definite = false;
    JournalState state = JournalState::Unknown;
    QString explanation; ///< what was found, or what the cashier must check
    std::optional<PaymentRecord> record;
    QString error; ///< the journal or the entry could not be used
};

class Verifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)

public:
    Verifier(Journal *journal, QNetworkAccessManager *network, BackendProfile profile,
             qint64 entryId, JobOptions options = {}, QObject *parent = nullptr);
    ~Verifier() override;

    void start();
    const VerifyResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void conclude(VerifyResult result);
    void onLookup();
    void onDotsRetrieve();
    void onDotsList();

    Journal *m_journal;
    QNetworkAccessManager *m_network;
    BackendProfile m_profile;
    qint64 m_id;
    JobOptions m_options;
    JournalEntry m_entry;
    std::unique_ptr<HttpJob> m_job;
    VerifyResult m_result;
};

} // namespace paydesk
