// A sale given a key that the journal already holds: what may be done with it, decided here
// for every program (docs/retries.md, docs/architecture.md's "decided in one place"):
//  - another sale under the key: refused (one key names one sale);
//  - created, paid or declined: its outcome is printed from the journal, nothing is sent;
//  - pending: refused (another attempt may be sending it now);
//  - unknown: re-sent under its key only to a backend that replays a repeated key, else
//    refused until it is verified;
//  - failed: re-sent under its key (it provably never arrived);
// and a re-send goes only where the first send went: the same profile and base URL.
#pragma once

#include <optional>

#include <QCoreApplication>

#include "backends/profile.h"
#include "backends/sale.h"
#include "journal/journalentry.h"

namespace paydesk {

struct ResendDecision
{
    enum class Action
    {
        SendNew, ///< the key is new: a new entry, sent once
        PrintSettled, ///< settled: its outcome from the journal, nothing sent
        Resume, ///< re-sent under its key, in its entry
        Refuse, ///< nothing sent; `reason` says why and what to do
    };
    Action action = Action::SendNew;
    QString reason;
};

/// What may be done with `sale`, to be sent with `profile`, given the journal's entry for its
/// key (none: a new key).
ResendDecision decideResend(const std::optional<JournalEntry> &earlier, const Sale &sale,
                            const BackendProfile &profile);

/// Whether `sale` is the sale journaled in `entry`: the journal keeps the sale as redacted
/// saleToJson (backend, amounts, ids, items…), so the new sale is redacted the same way and the
/// two must be equal field for field.
bool isSameSale(const JournalEntry &entry, const Sale &sale);

} // namespace paydesk
