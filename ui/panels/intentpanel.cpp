#include "intentpanel.h"

#include "core/datetext.h"
#include "ui_intentpanel.h"
#include "widgets/valuelabel.h"

namespace paydesk {

IntentPanel::IntentPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::IntentPanel)
{
    m_ui->setupUi(this);
    m_ui->valueRawStatus->setTextFormat(Qt::PlainText);
    m_ui->valueRawStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_ui->valueId, m_ui->valueAmount, m_ui->valueCreated, m_ui->valueMode,
                          m_ui->valueCustomer, m_ui->valueDescription, m_ui->valueSecret})
        prepareValueLabel(label);
    clear();
}

IntentPanel::~IntentPanel()
{
    delete m_ui;
}

void IntentPanel::setIntent(const Intent &intent, const QJsonObject &extra)
{
    setValueText(m_ui->valueId, intent.id);
    m_ui->statusBadge->setLook(intentStatusLook(intent.status));
    m_ui->valueRawStatus->setText(!intent.rawStatus.isEmpty() && intent.rawStatus != intent.status
                                      ? tr("(sent as %1)").arg(intent.rawStatus)
                                      : QString());
    setValueText(m_ui->valueAmount, intent.amount ? formatMoney(*intent.amount) : QString());
    setValueText(m_ui->valueCreated, formatDateTime(intent.created));
    QString mode;
    if (intent.livemode)
        mode = *intent.livemode ? tr("LIVE") : tr("TEST");
    else if (extra.value(QStringLiteral("test_mode")).isBool())
        mode = extra.value(QStringLiteral("test_mode")).toBool()
            ? tr("TEST (test publishable key)")
            : tr("LIVE (live publishable key)");
    setValueText(m_ui->valueMode, mode);
    setValueText(m_ui->valueCustomer, intent.customer);
    setValueText(m_ui->valueDescription, intent.description);
    setValueText(m_ui->valueSecret, intent.clientSecret); // masked by the parser
}

void IntentPanel::setStatusLook(const StatusLook &look)
{
    m_ui->statusBadge->setLook(look);
}

void IntentPanel::clear(const QString &why)
{
    for (QLabel *label : {m_ui->valueId, m_ui->valueAmount, m_ui->valueCreated, m_ui->valueMode,
                          m_ui->valueCustomer, m_ui->valueDescription, m_ui->valueSecret})
        setValueText(label, QString());
    m_ui->valueRawStatus->clear();
    m_ui->statusBadge->setLook(why.isEmpty() ? StatusLook{Tone::Neutral, tr("No intent yet")}
                                             : StatusLook{Tone::Warning, why});
}

} // namespace paydesk
