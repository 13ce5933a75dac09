// paydeskctl's exit codes, documented in the README and `paydeskctl --help`.
#pragma once

namespace paydesk::cli {

enum ExitCode : int
{
    Ok = 0, ///< read, created or paid
    Internal = 1, ///< a bug or an environment failure (cannot write output…)
    Invalid = 2, ///< invalid input or configuration; nothing was sent
    Refused = 3, ///< the backend answered with a definite refusal (4xx, decline…)
    NoAnswer = 4, ///< no usable answer: the outcome may be unknown, verify before retrying
};

} // namespace paydesk::cli
