// The HTML receipt a customer opens from a Checkout charge's receipt_url.
#pragma once

#include "api.h"

namespace paydesk::sandbox {

struct ChargeRecord;

/// The receipt of `charge`, or a 404 page if it is null.
Answer receiptPage(const ChargeRecord *charge);

} // namespace paydesk::sandbox
