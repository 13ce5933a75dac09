// Ocho's answer: the intent's client secret, the customer's keys; no amount (the request's).
#pragma once

#include "core/parseresult.h"

namespace paydesk {

/// Ocho's answer to a create → PaymentRecord.
ParseResult parseOcho(const QJsonObject &answer, const ParseContext &context = {});
/// Whether `answer` carries Ocho's own fields (shape detection: app/backends/answers.h).
bool isOchoAnswer(const QJsonObject &answer);

} // namespace paydesk
