#include "dotssaleform.h"

#include "cartwidget.h"
#include "ui_dotssaleform.h"

namespace paydesk {

DotsSaleForm::DotsSaleForm(QWidget *parent)
    : SaleForm(parent)
    , m_ui(new Ui::DotsSaleForm)
{
    m_ui->setupUi(this);
    setCart(m_ui->cart);
    fieldMessages().setFallback(m_ui->generalMessage);
    addField(QStringLiteral("items"), m_ui->cart->view(), m_ui->cart->messageLabel());
    addField(QStringLiteral("amount"), m_ui->cart->view(), m_ui->cart->messageLabel());
    addField(QStringLiteral("description"), m_ui->inputDescription, m_ui->messageDescription);
    addField(QStringLiteral("user_id"), m_ui->inputUserId, m_ui->messageUserId);
    addField(QStringLiteral("customer_id"), m_ui->inputCustomerId, m_ui->messageCustomerId);
    addField(QStringLiteral("payment_method_id"), m_ui->inputPaymentMethodId,
             m_ui->messagePaymentMethodId);
    addField(QStringLiteral("destination_user_id"), m_ui->inputDestinationUserId,
             m_ui->messageDestinationUserId);
    addField(QStringLiteral("application_fee"), m_ui->inputApplicationFee,
             m_ui->messageApplicationFee);
    addField(QStringLiteral("setup_future_usage"), m_ui->inputSetupFutureUsage,
             m_ui->messageSetupFutureUsage);
    connect(m_ui->cart, &CartWidget::changed, this, &SaleForm::edited);
    // The store's identifiers come from the profile: behind "Advanced", with the fee and the
    // confirmation, out of the cashier's way.
    makeAdvanced(m_ui->dotsLayout, 2,
                 {QStringLiteral("user_id"), QStringLiteral("customer_id"),
                  QStringLiteral("payment_method_id"), QStringLiteral("destination_user_id"),
                  QStringLiteral("application_fee"), QStringLiteral("setup_future_usage"),
                  QStringLiteral("confirm")},
                 tr("Advanced: identifiers, fee, confirmation"));
    setFocusProxy(m_ui->cart->scanInput());
    clearSale();
}

DotsSaleForm::~DotsSaleForm()
{
    delete m_ui;
}

void DotsSaleForm::setCatalogue(const Catalogue *catalogue)
{
    m_ui->cart->setCatalogue(catalogue);
}

void DotsSaleForm::applyProfile()
{
    m_ui->cart->setCurrency(QStringLiteral("usd")); // Dots accepts only USD
    fillIdentifiers();
}

void DotsSaleForm::fillIdentifiers()
{
    m_ui->inputUserId->setText(profile().dotsUserId);
    m_ui->inputCustomerId->setText(profile().dotsCustomerId);
    m_ui->inputPaymentMethodId->setText(profile().dotsPaymentMethodId);
    m_ui->inputDestinationUserId->setText(profile().dotsDestinationUserId);
}

void DotsSaleForm::clearSale()
{
    m_ui->cart->clear();
    for (QLineEdit *edit : {m_ui->inputDescription, m_ui->inputApplicationFee})
        edit->clear();
    fillIdentifiers();
    setAdvancedShown(false);
    m_ui->inputSetupFutureUsage->setCurrentIndex(0);
    m_ui->inputConfirm->setChecked(false);
    clearIssues();
}

Expected<Sale, FieldIssues> DotsSaleForm::readSale() const
{
    DotsForm form;
    FieldIssues issues;
    form.amount = cartAmountText(m_ui->cart, issues);
    form.currency = QStringLiteral("usd");
    form.description = m_ui->inputDescription->text();
    form.userId = m_ui->inputUserId->text();
    form.customerId = m_ui->inputCustomerId->text();
    form.paymentMethodId = m_ui->inputPaymentMethodId->text();
    form.destinationUserId = m_ui->inputDestinationUserId->text();
    // The fee is typed in the locale's form, as the cart's amounts are; what the locale cannot
    // read is refused with the locale's message, never read again in another form ("1.50" in
    // Spanish (Spain) is neither 1.50 nor 150).
    FieldIssues feeIssues;
    if (const QString typed = m_ui->inputApplicationFee->text(); !typed.trimmed().isEmpty()) {
        if (const auto fee = parseAmount(typed, u"usd", QLocale()))
            form.applicationFee = toDecimalString(*fee, u"usd");
        else
            feeIssues.append({QStringLiteral("application_fee"), fee.error().message});
    }
    // The first choice, "(none)", sends no setup_future_usage.
    form.setupFutureUsage = m_ui->inputSetupFutureUsage->currentIndex() > 0
        ? m_ui->inputSetupFutureUsage->currentText()
        : QString();
    form.confirm = m_ui->inputConfirm->isChecked();
    auto sale = withCartAmount(issues, validateSale(form, profile()));
    if (feeIssues.isEmpty())
        return sale;
    FieldIssues all = sale ? FieldIssues() : sale.error();
    all += feeIssues;
    return unexpected(all);
}

} // namespace paydesk
