// Offer's answer: a status ("1" or 1 is a success, anything else a refusal) and a Stripe
// PaymentIntent in `response.payment_intent`.
#pragma once

#include "core/parseresult.h"

namespace paydesk {

/// Offer's answer to a create → PaymentRecord.
ParseResult parseOffer(const QJsonObject &answer, const ParseContext &context = {});
/// Whether `answer` carries Offer's own fields (shape detection: app/backends/answers.h).
bool isOfferAnswer(const QJsonObject &answer);

} // namespace paydesk
