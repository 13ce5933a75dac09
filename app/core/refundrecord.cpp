#include "refundrecord.h"

namespace paydesk {

const QStringList &refundReasons()
{
    static const QStringList reasons{QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
                                     QStringLiteral("requested_by_customer"),
                                     QStringLiteral("expired_uncaptured_charge"),
                                     QStringLiteral("partial_capture")};
    return reasons;
}

} // namespace paydesk
