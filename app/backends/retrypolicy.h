// When may a sale be sent again? One answer for the whole program (docs/retries.md).
#pragma once

#include "backenderror.h"
#include "profile.h"

namespace paydesk {

enum class RetryAdvice
{
    Automatically, ///< nothing reached the backend: the attempt re-sends by itself, same key
    WithSameKey, ///< unknown, but the backend replays a repeated key: re-send only with it
    AfterVerify, ///< unknown, and no replay is promised: verify first, never re-send blindly
    Never, ///< a definite answer, or a setup problem: a new sale, or fix the setup
};

RetryAdvice retryAdvice(const BackendError &error, const BackendProfile &profile);
QString retryAdviceName(RetryAdvice advice);

/// How many automatic re-sends an attempt makes at most, and how long it waits before each.
inline constexpr int kMaxAutomaticRetries = 2;
inline constexpr int kAutomaticRetryDelayMs = 500;

} // namespace paydesk
