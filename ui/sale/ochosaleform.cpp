#include "ochosaleform.h"

#include "cartwidget.h"
#include "ui_ochosaleform.h"

namespace paydesk {

OchoSaleForm::OchoSaleForm(QWidget *parent)
    : SaleForm(parent)
    , m_ui(new Ui::OchoSaleForm)
{
    m_ui->setupUi(this);
    setCart(m_ui->cart);
    fieldMessages().setFallback(m_ui->generalMessage);
    addField(QStringLiteral("items"), m_ui->cart->view(), m_ui->cart->messageLabel());
    addField(QStringLiteral("amount"), m_ui->cart->view(), m_ui->cart->messageLabel());
    addField(QStringLiteral("iss"), m_ui->inputIss, m_ui->messageIss);
    addField(QStringLiteral("id"), m_ui->inputId, m_ui->messageId);
    connect(m_ui->cart, &CartWidget::changed, this, &SaleForm::edited);
    // The DID comes from the profile (ocho_iss), the transaction id is generated: both behind
    // "Advanced", open when the profile gives no DID.
    makeAdvanced(m_ui->ochoLayout, 0, {QStringLiteral("iss"), QStringLiteral("id")},
                 tr("Advanced: customer DID, transaction id"));
    setFocusProxy(m_ui->cart->scanInput());
    clearSale();
}

OchoSaleForm::~OchoSaleForm()
{
    delete m_ui;
}

void OchoSaleForm::setCatalogue(const Catalogue *catalogue)
{
    m_ui->cart->setCatalogue(catalogue);
}

void OchoSaleForm::applyProfile()
{
    m_ui->cart->setCurrency(profile().currency); // Ocho's API has no currency: the profile's
    m_ui->inputIss->setText(profile().ochoIss);
    setAdvancedShown(profile().ochoIss.isEmpty());
}

void OchoSaleForm::clearSale()
{
    m_ui->cart->clear();
    m_ui->inputIss->setText(profile().ochoIss);
    m_ui->inputId->clear();
    clearGeneratedReference();
    setAdvancedShown(profile().ochoIss.isEmpty());
    clearIssues();
}

Expected<Sale, FieldIssues> OchoSaleForm::readSale() const
{
    OchoForm form;
    FieldIssues issues;
    form.amount = cartAmountText(m_ui->cart, issues);
    form.currency = m_ui->cart->currency();
    form.iss = m_ui->inputIss->text();
    form.id
        = m_ui->inputId->text().trimmed().isEmpty() ? generatedReference() : m_ui->inputId->text();
    return withCartAmount(issues, validateSale(form, profile()));
}

} // namespace paydesk
