// Dots' answer: a payment intent of its own (a UUID id, amount in minor units, metadata).
#pragma once

#include "core/parseresult.h"
#include "core/refundrecord.h"

namespace paydesk {

/// A Dots payment intent (a create's answer, a retrieve's, an item of the list) → PaymentRecord.
ParseResult parseDots(const QJsonObject &answer, const ParseContext &context = {});
/// Whether `answer` carries Dots' own fields (shape detection: app/backends/answers.h).
bool isDotsAnswer(const QJsonObject &answer);
/// One refund object of Dots (POST/GET /v2/refunds, an item of the list). `id` is required; the
/// rest may be absent, null or of its type.
Expected<RefundRecord, QString> parseDotsRefund(const QJsonObject &answer);

} // namespace paydesk
