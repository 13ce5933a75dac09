// The readable summary of a PaymentRecord that `paydeskctl inspect/create` print.
#pragma once

#include <QLocale>
#include <QString>

#include "core/paymentrecord.h"

namespace paydesk::cli {

QString summaryText(const PaymentRecord &record, const QLocale &locale = QLocale());

} // namespace paydesk::cli
