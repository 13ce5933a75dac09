#include "checkoutsaleform.h"

#include <QLineEdit>

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
    m_ui->inputClient->setPlaceholderText(walkInClient());
    // The payment methods: a choice of the profile's, typed only where the profile allows.
    QComboBox *methods = m_ui->inputPaymentMethod;
    methods->clear();
    methods->setEditable(profile().paymentMethodEditable);
    // Known methods in the cashier's language; the profile's own word is what is sent.
    for (const QString &method : profile().paymentMethods)
        methods->addItem(paymentMethodText(method), method);
    if (QLineEdit *edit = methods->lineEdit()) {
        edit->setMaxLength(50);
        edit->setPlaceholderText(tr("Optional, e.g. card"));
        edit->setAccessibleName(tr("Payment method"));
        connect(edit, &QLineEdit::textEdited, this,
                [this] { fieldMessages().clear(QStringLiteral("payment_method")); });
    }
    methods->setToolTip(profile().paymentMethodEditable
                            ? tr("Optional: choose or type a payment method, at most 50 "
                                 "characters")
                            : tr("The payment methods of the profile"));
    methods->setCurrentIndex(profile().paymentMethods.isEmpty() ? -1 : 0);
}

QString CheckoutSaleForm::paymentMethodText(const QString &method)
{
    const QString m = method.trimmed().toLower();
    if (m == u"card")
        return tr("Card");
    if (m == u"cash")
        return tr("Cash");
    if (m == u"transfer" || m == u"bank_transfer")
        return tr("Bank transfer");
    if (m == u"voucher")
        return tr("Voucher");
    return method;
}

QString CheckoutSaleForm::walkInClient() const
{
    return profile().walkInClient.isEmpty() ? tr("Walk-in") : profile().walkInClient;
}

void CheckoutSaleForm::clearSale()
{
    m_ui->cart->clear();
    m_ui->inputClient->clear();
    m_ui->inputReference->clear();
    clearGeneratedReference();
    m_ui->inputPaymentMethod->setCurrentIndex(profile().paymentMethods.isEmpty() ? -1 : 0);
    if (m_ui->inputPaymentMethod->isEditable())
        m_ui->inputPaymentMethod->setEditText(
            m_ui->inputPaymentMethod->itemText(m_ui->inputPaymentMethod->currentIndex()));
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
    // Nothing typed: the walk-in client of the profile, a reference of the terminal and time.
    form.client = m_ui->inputClient->text().trimmed().isEmpty() ? walkInClient()
                                                                : m_ui->inputClient->text();
    form.reference = m_ui->inputReference->text().trimmed().isEmpty()
        ? generatedReference()
        : m_ui->inputReference->text();
    form.currency = m_ui->cart->currency();
    const QComboBox *methods = m_ui->inputPaymentMethod;
    const int chosen = methods->currentIndex();
    form.paymentMethod = chosen >= 0 && methods->currentText() == methods->itemText(chosen)
        ? methods->itemData(chosen).toString()
        : methods->currentText();
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
