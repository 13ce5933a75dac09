// Checkout's answer: a Stripe PaymentIntent in `data` whose `amount` is in major units, beside
// a message and a transaction_status.
#pragma once

#include "core/parseresult.h"

namespace paydesk {

/// Checkout's answer to a create → PaymentRecord.
ParseResult parseCheckout(const QJsonObject &answer, const ParseContext &context = {});
/// Whether `answer` carries Checkout's own fields (shape detection: app/backends/answers.h).
bool isCheckoutAnswer(const QJsonObject &answer);

} // namespace paydesk
