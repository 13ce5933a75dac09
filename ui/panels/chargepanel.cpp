#include "chargepanel.h"

#include <QRegularExpression>

#include "ui_chargepanel.h"
#include "widgets/valuelabel.h"
#include "words/cardwords.h"

namespace paydesk {

QString cardText(const std::optional<Card> &card)
{
    if (!card || (card->brand.isEmpty() && card->last4.isEmpty()))
        return {};
    QString brand = card->brand;
    if (!brand.isEmpty())
        brand[0] = brand[0].toUpper();
    return (brand.isEmpty() ? ChargePanel::tr("Card") : brand)
        + QStringLiteral(" \u2022\u2022\u2022\u2022 ")
        + (card->last4.isEmpty() ? noValue() : card->last4);
}

ChargePanel::ChargePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ChargePanel)
{
    m_ui->setupUi(this);
    for (QLabel *label :
         {m_ui->valueId, m_ui->valueAmount, m_ui->valueCard, m_ui->valueExpiry, m_ui->valueFunding,
          m_ui->valueCountry, m_ui->valueOutcome, m_ui->valueNetworkStatus, m_ui->valueRisk,
          m_ui->valueSellerMessage, m_ui->valueBalance, m_ui->valueFailure})
        prepareValueLabel(label);
    clear();
}

ChargePanel::~ChargePanel()
{
    delete m_ui;
}

void ChargePanel::setRecord(const PaymentRecord &record)
{
    const Charge *charge = record.latestCharge();
    if (!charge && !record.charges.isEmpty())
        charge = &record.charges.constLast();
    setCharge(charge, record.charges.size());
}

void ChargePanel::setCharge(const Charge *charge, qsizetype count)
{
    if (!charge) {
        clear();
        return;
    }
    m_ui->emptyLabel->hide();
    m_ui->details->show();
    m_ui->countLabel->setVisible(count > 1);
    m_ui->countLabel->setText(tr("%1 charges: showing the latest.").arg(count));

    setValueText(m_ui->valueId, charge->id);
    m_ui->statusBadge->setLook(chargeStatusLook(charge->status));
    setValueText(m_ui->valueAmount, charge->amount ? formatMoney(*charge->amount) : QString());
    setValueText(m_ui->valueCard, cardText(charge->card));
    const Card card = charge->card.value_or(Card{});
    setValueText(
        m_ui->valueExpiry,
        card.expMonth && card.expYear
            ? QStringLiteral("%1/%2").arg(*card.expMonth, 2, 10, QChar(u'0')).arg(*card.expYear)
            : QString());
    // The service's words in the cashier's language; its own codes kept beside them for support.
    setValueText(m_ui->valueFunding, fundingText(card.funding));
    setValueText(m_ui->valueCountry, card.country);
    // The service's words in the cashier's language; its own codes only in the tooltip, for
    // support (never "(authorized)" beside the words).
    const Outcome outcome = charge->outcome.value_or(Outcome{});
    const QString type = outcomeTypeText(outcome.type);
    setValueText(m_ui->valueOutcome,
                 outcome.reason.isEmpty() ? type
                                          : tr("%1 (reason: %2)")
                                                .arg(type.isEmpty() ? noValue() : type,
                                                     declineCodeText(outcome.reason)));
    m_ui->valueOutcome->setToolTip(QStringList{outcome.type, outcome.reason}
                                       .filter(QRegularExpression(QStringLiteral(".")))
                                       .join(QStringLiteral(", ")));
    setValueText(m_ui->valueNetworkStatus, networkStatusText(outcome.networkStatus));
    m_ui->valueNetworkStatus->setToolTip(outcome.networkStatus);
    QString risk = riskLevelText(outcome.riskLevel);
    if (outcome.riskScore)
        risk = tr("%1, score %2").arg(risk.isEmpty() ? noValue() : risk).arg(*outcome.riskScore);
    setValueText(m_ui->valueRisk, risk);
    setValueText(m_ui->valueSellerMessage, serviceMessageText(outcome.sellerMessage));
    m_ui->valueSellerMessage->setToolTip(outcome.sellerMessage); // as the service sent it
    setValueText(m_ui->valueBalance, charge->balanceTransaction);
    QString failure;
    const QString failureMessage = serviceMessageText(charge->failureMessage);
    if (!charge->failureCode.isEmpty() || !failureMessage.isEmpty())
        failure = charge->failureCode.isEmpty() ? failureMessage
            : failureMessage.isEmpty()          ? declineCodeText(charge->failureCode)
                                                : failureMessage;
    m_ui->valueFailure->setToolTip(QStringList{charge->failureMessage, charge->failureCode}
                                       .filter(QRegularExpression(QStringLiteral(".")))
                                       .join(QStringLiteral(" \u00b7 ")));
    setValueText(m_ui->valueFailure, failure);
}

void ChargePanel::clear(const QString &why)
{
    m_ui->details->hide();
    m_ui->countLabel->hide();
    m_ui->emptyLabel->setText(why.isEmpty() ? tr("No charge yet.") : why);
    m_ui->emptyLabel->show();
    m_ui->statusBadge->clearLook();
}

} // namespace paydesk
