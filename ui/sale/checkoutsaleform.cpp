#include "checkoutsaleform.h"

#include "cartwidget.h"
#include "ui_checkoutsaleform.h"

namespace paydesk {

CheckoutSaleForm::CheckoutSaleForm(QWidget *parent)
    : SaleForm(parent)
    , m_ui(new Ui::CheckoutSaleForm)
{
    m_ui->setupUi(this);
    setCart(m_ui->cart);
    fieldMessages().setFallback(m_ui->generalMessage);
    addField(QStringLiteral("items"), m_ui->cart->view(), m_ui->cart->messageLabel());
    addField(QStringLiteral("client"), m_ui->inputClient, m_ui->messageClient);
    addField(QStringLiteral("reference"), m_ui->inputReference, m_ui->messageReference);
    addField(QStringLiteral("payment_method"), m_ui->inputPaymentMethod,
             m_ui->messagePaymentMethod);
    connect(m_ui->billingToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->billingDetails->setVisible(shown);
        m_ui->billingToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->cart, &CartWidget::changed, this, &SaleForm::edited);
    setFocusProxy(m_ui->cart->scanInput());
    clearSale();
}

CheckoutSaleForm::~CheckoutSaleForm()
{
    delete m_ui;
}

void CheckoutSaleForm::setCatalogue(const Catalogue *catalogue)
{
    m_ui->cart->setCatalogue(catalogue);
}

void CheckoutSaleForm::applyProfile()
{
    m_ui->cart->setCurrency(profile().currency);
}

void CheckoutSaleForm::clearSale()
{
    m_ui->cart->clear();
    m_ui->inputClient->setText(tr("Walk-in"));
    m_ui->inputReference->setText(newReference());
    m_ui->inputPaymentMethod->clear();
    m_ui->inputOneclick->setChecked(false);
    for (QLineEdit *edit :
         {m_ui->inputBillingName, m_ui->inputBillingEmail, m_ui->inputBillingPhone,
          m_ui->inputBillingLine1, m_ui->inputBillingCity, m_ui->inputBillingPostalCode,
          m_ui->inputBillingState, m_ui->inputBillingCountry})
        edit->clear();
    m_ui->billingToggle->setChecked(false);
    clearIssues();
}

Expected<Sale, FieldIssues> CheckoutSaleForm::readSale() const
{
    CheckoutForm form;
    form.client = m_ui->inputClient->text();
    form.reference = m_ui->inputReference->text();
    form.currency = m_ui->cart->currency();
    form.paymentMethod = m_ui->inputPaymentMethod->text();
    form.oneclick = m_ui->inputOneclick->isChecked();
    const std::pair<const char *, QLineEdit *> billing[] = {
        {"name", m_ui->inputBillingName},   {"email", m_ui->inputBillingEmail},
        {"phone", m_ui->inputBillingPhone}, {"line1", m_ui->inputBillingLine1},
        {"city", m_ui->inputBillingCity},   {"postal_code", m_ui->inputBillingPostalCode},
        {"state", m_ui->inputBillingState}, {"country", m_ui->inputBillingCountry},
    };
    for (const auto &[key, edit] : billing)
        if (!edit->text().trimmed().isEmpty())
            form.billingAddress.insert(QLatin1String(key), edit->text().trimmed());
    FieldIssues issues;
    if (const auto items = m_ui->cart->model()->items())
        form.items = *items;
    else
        issues = items.error();
    auto sale = validateSale(form, profile());
    if (issues.isEmpty())
        return sale;
    if (!sale) // the cart's own lines say more than its echo in validateSale
        for (const FieldIssue &issue : sale.error())
            if (!issue.field.startsWith(QStringLiteral("items")))
                issues.append(issue);
    return unexpected(issues);
}

} // namespace paydesk
