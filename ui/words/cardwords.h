// What the payment services' own words mean, in the cashier's language: card funding, a charge's
// outcome, its network status and risk level, the seller messages and decline reasons the app
// knows. A value the app does not know is shown as the service sent it.
#pragma once

#include <QString>

namespace paydesk {

/// "credit" → "Credit" (translated); else the value as sent.
QString fundingText(const QString &funding);
/// An outcome type: "authorized" → "Authorised"…
QString outcomeTypeText(const QString &type);
/// "approved_by_network" → "Approved by the card network"…
QString networkStatusText(const QString &status);
/// "normal", "elevated", "highest"…
QString riskLevelText(const QString &level);
/// A decline code ("generic_decline", "insufficient_funds"…) in plain words.
QString declineCodeText(const QString &code);
/// Why the card was declined, as the sale page tells the cashier ("There are not enough funds
/// on the card."); empty for a code the app does not know or one that only says "declined".
QString declineSentence(const QString &code);
/// A seller or failure message the app knows ("Payment complete.") translated; else as sent.
QString serviceMessageText(const QString &message);

/// `words` with the service's own `code` after it when they differ, for support behind Details:
/// "Approved by the card network (approved_by_network)".
QString withCode(const QString &words, const QString &code);

} // namespace paydesk
