#include "ochosaleform.h"

#include "cartwidget.h"
#include "ui_ochosaleform.h"

namespace paydesk {

OchoSaleForm::OchoSaleForm(QWidget *parent)
    : SaleForm(parent)
    , m_ui(new Ui::OchoSaleForm)
{
    m_ui->setupUi(this);
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
    auto sale = validateSale(form, profile());
    if (issues.isEmpty())
        return sale ? sale : unexpected(cartAmountIssues(m_ui->cart, sale.error()));
    if (!sale)
        for (const FieldIssue &issue : sale.error())
            if (issue.field != u"amount")
                issues.append(issue);
    return unexpected(issues);
}

QList<CartItem> OchoSaleForm::receiptItems() const
{
    const auto items = m_ui->cart->model()->items();
    return items ? *items : QList<CartItem>{};
}

QWidget *OchoSaleForm::firstInput() const
{
    return m_ui->cart->scanInput();
}

CartWidget *OchoSaleForm::cart() const
{
    return m_ui->cart;
}

QString OchoSaleForm::amountText() const
{
    const auto total = m_ui->cart->model()->total();
    return total && *total > 0 ? formatMoney(*total, m_ui->cart->currency()) : QString();
}

} // namespace paydesk
