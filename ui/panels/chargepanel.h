// One charge of a record: card, outcome, risk, failure. Shows the latest charge (the one the
// receipt belongs to) and says how many there are.
#pragma once

#include <QWidget>

#include "core/paymentrecord.h"

namespace Ui {
class ChargePanel;
}

namespace paydesk {

class ChargePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChargePanel)

public:
    explicit ChargePanel(QWidget *parent = nullptr);
    ~ChargePanel() override;

    void setRecord(const PaymentRecord &record);
    /// `charge` may be null (no charge yet); `count` is how many charges the record has.
    void setCharge(const Charge *charge, qsizetype count = 1);
    /// Empty: "No charge yet.", or `why` when there is more to say (an unknown outcome).
    void clear(const QString &why = {});

private:
    Ui::ChargePanel *m_ui;
};

/// "Visa •••• 4242", or an empty string when the card is unknown.
QString cardText(const std::optional<Card> &card);

} // namespace paydesk
