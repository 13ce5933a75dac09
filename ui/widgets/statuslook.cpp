#include "statuslook.h"

#include <algorithm>

#include <QCoreApplication>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

StatusLook intentStatusLook(const QString &status)
{
    if (status.isEmpty())
        return {Tone::Neutral, tr("No status")};
    if (status == u"succeeded")
        return {Tone::Success, tr("Succeeded")};
    if (status == u"requires_payment_method")
        return {Tone::Info, tr("Awaiting a payment method")};
    if (status == u"requires_confirmation")
        return {Tone::Info, tr("Awaiting confirmation")};
    if (status == u"requires_action")
        return {Tone::Info, tr("Awaiting the customer")};
    if (status == u"processing")
        return {Tone::Info, tr("Processing")};
    if (status == u"requires_capture")
        return {Tone::Info, tr("Authorised, to capture")};
    if (status == u"created" || status == u"initialized")
        return {Tone::Info, tr("Created")};
    if (status == u"canceled")
        return {Tone::Danger, tr("Canceled")};
    if (status == u"failed")
        return {Tone::Danger, tr("Failed")};
    return {Tone::Warning, tr("Unknown status: %1").arg(status)};
}

StatusLook chargeStatusLook(const QString &status)
{
    if (status.isEmpty())
        return {Tone::Neutral, tr("No status")};
    if (status == u"succeeded")
        return {Tone::Success, tr("Succeeded")};
    if (status == u"pending")
        return {Tone::Info, tr("Pending")};
    if (status == u"failed")
        return {Tone::Danger, tr("Failed")};
    return {Tone::Warning, tr("Unknown status: %1").arg(status)};
}

StatusLook journalStateLook(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return {Tone::Info, tr("Sending")};
    case JournalState::Created:
        return {Tone::Awaiting, tr("Created, not paid yet")};
    case JournalState::Succeeded:
        return {Tone::Success, tr("Paid")};
    case JournalState::Declined:
        return {Tone::Danger, tr("Declined")};
    case JournalState::Failed:
        return {Tone::Danger, tr("Not paid")};
    case JournalState::Unknown:
        return {Tone::Warning, tr("Check before trying again")};
    }
    return {};
}

QColor toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0x5f, 0x63, 0x68);
    case Tone::Info:
        return QColor(0x1f, 0x5f, 0xae);
    case Tone::Success:
        return QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning:
        return QColor(0xf2, 0xb7, 0x05);
    case Tone::Danger:
        return QColor(0xb3, 0x26, 0x1e);
    case Tone::Awaiting:
        return QColor(0x6b, 0x3f, 0xa0); // violet: white on it 7.4:1
    }
    return {};
}

QColor toneTint(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0xf2, 0xf2, 0xf2);
    case Tone::Info:
        return QColor(0xe4, 0xed, 0xf8);
    case Tone::Success:
        return QColor(0xe3, 0xf4, 0xe6);
    case Tone::Warning:
        return QColor(0xff, 0xf3, 0xcf);
    case Tone::Danger:
        return QColor(0xfc, 0xe8, 0xe6);
    case Tone::Awaiting:
        return QColor(0xf1, 0xea, 0xf9);
    }
    return {};
}

QColor toneInk(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0x2e, 0x30, 0x33);
    case Tone::Info:
        return QColor(0x15, 0x45, 0x82);
    case Tone::Success:
        return QColor(0x14, 0x4d, 0x22);
    case Tone::Warning:
        return QColor(0x4d, 0x38, 0x00);
    case Tone::Danger:
        return QColor(0x7f, 0x17, 0x12);
    case Tone::Awaiting:
        return QColor(0x46, 0x24, 0x72);
    }
    return {};
}

QColor toneForeground(Tone tone)
{
    // White on the dark tones, near-black on amber: all above WCAG AA contrast.
    return tone == Tone::Warning ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QColor toneListBackground(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0xee, 0xee, 0xee);
    case Tone::Info:
        return QColor(0xe4, 0xed, 0xf8);
    case Tone::Success:
        return QColor(0xe6, 0xf2, 0xe8);
    case Tone::Awaiting:
        return QColor(0xf1, 0xea, 0xf9);
    case Tone::Warning:
    case Tone::Danger:
        return toneBackground(tone);
    }
    return {};
}

QColor toneListForeground(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0x3c, 0x3f, 0x43); // 9:1 on its tint
    case Tone::Info:
        return QColor(0x15, 0x45, 0x82); // 8:1
    case Tone::Success:
        return QColor(0x1b, 0x5e, 0x2b); // 6.7:1
    case Tone::Awaiting:
        return QColor(0x46, 0x24, 0x72);
    case Tone::Warning:
    case Tone::Danger:
        return toneForeground(tone);
    }
    return {};
}

QString toneSymbol(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QStringLiteral("\u25cb"); // ○
    case Tone::Info:
        return QStringLiteral("\u25cf"); // ●
    case Tone::Success:
        return QStringLiteral("\u2714"); // ✔
    case Tone::Warning:
        return QStringLiteral("\u26a0"); // ⚠
    case Tone::Danger:
        return QStringLiteral("\u2716"); // ✖
    case Tone::Awaiting:
        return QStringLiteral("\u25d4"); // ◔: started, the customer finishes it
    }
    return {};
}

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QStringLiteral("neutral");
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Success:
        return QStringLiteral("success");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Danger:
        return QStringLiteral("danger");
    case Tone::Awaiting:
        return QStringLiteral("awaiting");
    }
    return {};
}

QString StatusLook::label() const
{
    return toneSymbol(tone) + u' ' + text;
}

int widestJournalStateLabel(const QFontMetrics &metrics)
{
    int widest = 0;
    for (JournalState state : allStates())
        widest = std::max(widest, metrics.horizontalAdvance(journalStateLook(state).label()));
    return widest;
}

} // namespace paydesk
