// Potential duplicates: two sales that look like one sale charged twice. A query over the journal
// through its public API (JournalQuery + Journal::list), so the window and the CLI share it.
#pragma once

#include <chrono>

#include "journal.h"

namespace paydesk {

/// The window within which two look-alike sales are flagged.
inline constexpr std::chrono::milliseconds kDuplicateWindow = std::chrono::minutes(10);

/// True for the states in which money may have moved or an intent exists (pending, created,
/// succeeded, unknown); a declined or failed attempt took nothing and is never a duplicate.
bool mayBeCharged(JournalState state);

/// The other entries that look like `entry` charged again: the same amount and currency, and
/// the same reference or the same card last4, created within `window` of it, both in a state
/// where money may have moved. Newest first; empty for an entry without an amount.
Expected<QList<JournalEntry>, QString>
potentialDuplicates(const Journal &journal, const JournalEntry &entry,
                    std::chrono::milliseconds window = kDuplicateWindow);

/// One line for support: "Possible double charge: entry 12 (same amount and reference, 2 min
/// earlier)". Empty when `others` is empty.
QString duplicateSummary(const JournalEntry &entry, const QList<JournalEntry> &others);

} // namespace paydesk
