// The payment intent of a record: id, status (colour and text), amount, created, mode.
#pragma once

#include <QJsonObject>
#include <QWidget>

#include "core/paymentrecord.h"
#include "widgets/statuslook.h"

namespace Ui {
class IntentPanel;
}

namespace paydesk {

class IntentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntentPanel)

public:
    explicit IntentPanel(QWidget *parent = nullptr);
    ~IntentPanel() override;

    /// `extra` tells Ocho's mode (its publishable key), which has no livemode.
    void setIntent(const Intent &intent, const QJsonObject &extra = {});
    /// `why` replaces "No intent yet" (shown as a warning then).
    void clear(const QString &why = {});
    /// Replaces the badge of the intent's status (a declined card: not "Awaiting a payment
    /// method").
    void setStatusLook(const StatusLook &look);

private:
    Ui::IntentPanel *m_ui;
};

} // namespace paydesk
