#include "cardwords.h"

#include <QCoreApplication>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

} // namespace

QString fundingText(const QString &funding)
{
    if (funding == u"credit")
        return tr("Credit");
    if (funding == u"debit")
        return tr("Debit");
    if (funding == u"prepaid")
        return tr("Prepaid");
    if (funding == u"unknown")
        return tr("Unknown");
    return funding;
}

QString outcomeTypeText(const QString &type)
{
    if (type == u"authorized")
        return tr("Authorised");
    if (type == u"manual_review")
        return tr("Held for review");
    if (type == u"issuer_declined")
        return tr("Declined by the bank");
    if (type == u"blocked")
        return tr("Blocked as risky");
    if (type == u"invalid")
        return tr("Not valid");
    return type;
}

QString networkStatusText(const QString &status)
{
    if (status == u"approved_by_network")
        return tr("Approved by the card network");
    if (status == u"declined_by_network")
        return tr("Declined by the card network");
    if (status == u"not_sent_to_network")
        return tr("Not sent to the card network");
    if (status == u"reversed_after_approval")
        return tr("Reversed after approval");
    return status;
}

QString riskLevelText(const QString &level)
{
    if (level == u"normal")
        return tr("Normal");
    if (level == u"elevated")
        return tr("Elevated");
    if (level == u"highest")
        return tr("Highest");
    if (level == u"not_assessed")
        return tr("Not assessed");
    if (level == u"unknown")
        return tr("Unknown");
    return level;
}

QString declineCodeText(const QString &code)
{
    if (code == u"generic_decline" || code == u"card_declined" || code == u"do_not_honor")
        return tr("Declined by the bank");
    if (code == u"insufficient_funds")
        return tr("Not enough funds");
    if (code == u"expired_card")
        return tr("Card expired");
    if (code == u"incorrect_cvc" || code == u"invalid_cvc")
        return tr("Wrong security code");
    if (code == u"incorrect_number" || code == u"invalid_number")
        return tr("Wrong card number");
    if (code == u"processing_error")
        return tr("Processing error at the bank");
    if (code == u"lost_card" || code == u"stolen_card")
        return tr("Card reported lost or stolen");
    return code;
}

QString serviceMessageText(const QString &message)
{
    if (message == u"Payment complete.")
        return tr("Payment complete.");
    if (message == u"The bank did not return any further details with this decline.")
        return tr("The bank did not return any further details with this decline.");
    if (message == u"Your card was declined.")
        return tr("The card was declined.");
    if (message == u"Your card has insufficient funds.")
        return tr("There are not enough funds on the card.");
    if (message == u"Your card has expired.")
        return tr("The card has expired.");
    if (message == u"Your card's security code is incorrect.")
        return tr("The security code (CVC) was wrong.");
    if (message == u"Success")
        return tr("Success");
    return message;
}

QString withCode(const QString &words, const QString &code)
{
    if (code.isEmpty() || words == code)
        return words;
    return QStringLiteral("%1 (%2)").arg(words, code);
}

} // namespace paydesk
