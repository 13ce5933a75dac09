// What every backend's sale (app/backends/<kind>/sale.cpp) shares: the checks of its validation
// (an amount field, a UUID, a length; each adds a FieldIssue in the cashier's words) and how an
// amount is written to the journal.
#pragma once

#include <optional>

#include "sale.h"

namespace paydesk {

/// Reads an amount field in `currency`; on error adds an issue (against "currency" when the
/// currency is unknown) and returns nullopt.
std::optional<qint64> amountField(const QString &field, const QString &text,
                                  const QString &currency, FieldIssues &issues);
/// An issue when `value` is given and is not a UUID.
void checkUuid(const QString &field, const QString &label, const QString &value,
               FieldIssues &issues);
/// An issue when `value` (trimmed) is shorter than `min` or longer than `max` characters.
void checkLength(const QString &field, const QString &label, const QString &value, int min, int max,
                 FieldIssues &issues);

/// The currency rule of a backend whose sale is in the profile's currency (unless the sale
/// names another): the profile's, as the profile list shows it ("MXN").
QString profileCurrencyText(const BackendProfile &profile);

/// {"minor": …, "currency": …}
QJsonObject moneyJson(const Money &money);

} // namespace paydesk
