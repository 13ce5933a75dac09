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
}

void OchoSaleForm::clearSale()
{
    m_ui->cart->clear();
    m_ui->inputIss->clear();
    m_ui->inputId->setText(newReference());
    clearIssues();
}

Expected<Sale, FieldIssues> OchoSaleForm::readSale() const
{
    OchoForm form;
    FieldIssues issues;
    form.amount = cartAmountText(m_ui->cart, issues);
    form.currency = m_ui->cart->currency();
    form.iss = m_ui->inputIss->text();
    form.id = m_ui->inputId->text();
    return withCartAmount(issues, validateSale(form, profile()));
}

} // namespace paydesk
