// The readable summary of a PaymentRecord that `paydeskctl inspect/create` print.
#pragma once

#include "core/paymentrecord.h"

#include <QLocale>
#include <QString>

namespace paydesk::cli {

QString summaryText(const PaymentRecord &record, const QLocale &locale = QLocale());

} // namespace paydesk::cli
