#include "resend.h"

#include "core/redaction.h"

namespace paydesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydesk::Resend", text);
}

} // namespace

bool isSameSale(const JournalEntry &entry, const Sale &sale)
{
    return entry.request.value(QStringLiteral("sale")).toObject() == redactJson(saleToJson(sale));
}

ResendDecision decideResend(const std::optional<JournalEntry> &earlier, const Sale &sale,
                            const BackendProfile &profile)
{
    using Action = ResendDecision::Action;
    if (!earlier)
        return {Action::SendNew, {}};
    const JournalEntry &e = *earlier;
    if (!isSameSale(e, sale))
        return {Action::Refuse,
                tr("key %1 belongs to journal entry %2 (%3), a different sale: one key names one "
                   "sale, give this sale a new key.")
                    .arg(e.idempotencyKey)
                    .arg(e.id)
                    .arg(stateName(e.state))};
    switch (e.state) {
    case JournalState::Created:
    case JournalState::Succeeded:
    case JournalState::Declined:
        return {Action::PrintSettled, {}};
    case JournalState::Pending:
        return {Action::Refuse,
                tr("journal entry %1 (key %2) is pending: another attempt may be "
                   "sending it now.")
                    .arg(e.id)
                    .arg(e.idempotencyKey)};
    case JournalState::Unknown:
        if (!profile.honoursIdempotencyKey)
            return {Action::Refuse,
                    tr("journal entry %1 (key %2) is unknown and this backend does not promise "
                       "to replay a repeated key: verify it first with 'paydeskctl journal "
                       "verify %1'.")
                        .arg(e.id)
                        .arg(e.idempotencyKey)};
        break;
    case JournalState::Failed:
        break;
    }
    // Sent again only where it went: a replay is promised by that backend, under that key, and
    // proof that it never arrived is about that backend only.
    const QString here = profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (profile.name != e.profile || !sameDestination(profile.baseUrl, QUrl(e.baseUrl)))
        return {Action::Refuse,
                tr("journal entry %1 (key %2) was sent with profile \"%3\" to %4; a re-send goes "
                   "only there, not with profile \"%5\" to %6.")
                    .arg(e.id)
                    .arg(e.idempotencyKey, e.profile, e.baseUrl, profile.name, here)};
    return {Action::Resume, {}};
}

} // namespace paydesk
