// The Stripe answer shape: a bare PaymentIntent or Charge, as a Stripe export holds them. A shape,
// not a backend (nothing is sent to Stripe): Offer's and Checkout's answers carry a PaymentIntent,
// which their parsers read with readStripeIntent.
#pragma once

#include "core/parseresult.h"

namespace paydesk {

struct AnswerReader;

ParseResult parseStripeIntent(const QJsonObject &answer);
ParseResult parseStripeCharge(const QJsonObject &answer);

/// How the Stripe shape is recognised and read (answers.h asks it after the backends').
const AnswerReader &stripeAnswers();

/// A PaymentIntent object into `record`: its id, status, currency, dates, customer, masked
/// secret and charges (the latest one's receipt); `amount` in minor units.
void readStripeIntent(JsonFields &f, PaymentRecord &record);
/// The same but for `amount`, which the caller reads its own way; returns the currency.
QString readStripeIntentFields(JsonFields &f, PaymentRecord &record);
} // namespace paydesk
