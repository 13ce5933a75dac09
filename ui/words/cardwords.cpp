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

namespace {

/// The decline codes the app knows: their words (context "paydesk", for the details) and the
/// sale page's sentence for the cashier (context "paydesk::SalePage"; null for a plain "declined",
/// which says no more than the decline itself).
struct DeclineCode
{
    const char *code;
    const char *words;
    const char *sentence;
};

constexpr DeclineCode kDeclineCodes[] = {
    {"generic_decline", QT_TRANSLATE_NOOP("paydesk", "Declined by the bank"), nullptr},
    {"card_declined", QT_TRANSLATE_NOOP("paydesk", "Declined by the bank"), nullptr},
    {"do_not_honor", QT_TRANSLATE_NOOP("paydesk", "Declined by the bank"), nullptr},
    {"insufficient_funds", QT_TRANSLATE_NOOP("paydesk", "Not enough funds"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "There are not enough funds on the card.")},
    {"expired_card", QT_TRANSLATE_NOOP("paydesk", "Card expired"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The card has expired.")},
    {"incorrect_cvc", QT_TRANSLATE_NOOP("paydesk", "Wrong security code"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The security code (CVC) was wrong.")},
    {"invalid_cvc", QT_TRANSLATE_NOOP("paydesk", "Wrong security code"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The security code (CVC) was wrong.")},
    {"incorrect_number", QT_TRANSLATE_NOOP("paydesk", "Wrong card number"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The card number was wrong.")},
    {"invalid_number", QT_TRANSLATE_NOOP("paydesk", "Wrong card number"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The card number was wrong.")},
    {"processing_error", QT_TRANSLATE_NOOP("paydesk", "Processing error at the bank"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The bank could not process the card just now.")},
    {"lost_card", QT_TRANSLATE_NOOP("paydesk", "Card reported lost or stolen"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The bank declined the card: %1")},
    {"stolen_card", QT_TRANSLATE_NOOP("paydesk", "Card reported lost or stolen"),
     QT_TRANSLATE_NOOP("paydesk::SalePage", "The bank declined the card: %1")},
};

const DeclineCode *findDeclineCode(const QString &code)
{
    for (const DeclineCode &known : kDeclineCodes)
        if (code == QLatin1String(known.code))
            return &known;
    return nullptr;
}

} // namespace

QString declineCodeText(const QString &code)
{
    const DeclineCode *known = findDeclineCode(code);
    return known ? tr(known->words) : code;
}

QString declineSentence(const QString &code)
{
    const DeclineCode *known = findDeclineCode(code);
    if (!known || !known->sentence)
        return {};
    // A sentence with %1 takes the code's words ("The bank declined the card: Card reported
    // lost or stolen").
    const QString sentence = QCoreApplication::translate("paydesk::SalePage", known->sentence);
    return sentence.contains(QLatin1String("%1")) ? sentence.arg(tr(known->words)) : sentence;
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
