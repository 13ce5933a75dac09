#include "saleform.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>

#include "cartwidget.h"

namespace paydesk {

SaleForm::SaleForm(QWidget *parent)
    : QWidget(parent)
{ }

SaleForm::~SaleForm() = default;

void SaleForm::setProfile(const BackendProfile &profile)
{
    m_profile = profile;
    m_messages.clear();
    applyProfile();
}

Expected<Sale, FieldIssues> SaleForm::validate()
{
    auto sale = readSale();
    if (sale) {
        m_messages.clear();
        return sale;
    }
    QWidget *first = m_messages.show(sale.error());
    if (first && !(first->focusPolicy() & Qt::TabFocus)) {
        // A group of inputs (e.g. the quote's products): its first one.
        const QList<QWidget *> inputs = first->findChildren<QWidget *>();
        for (QWidget *input : inputs)
            if ((input->focusPolicy() & Qt::TabFocus) && input->isVisibleTo(first)) {
                first = input;
                break;
            }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return sale;
}

void SaleForm::addField(const QString &field, QWidget *input, QLabel *message)
{
    m_messages.add(field, input, message);
    const auto clearField = [this, field] {
        m_messages.clear(field);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textEdited, this, clearField);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, clearField);
    else if (auto *button = qobject_cast<QAbstractButton *>(input))
        connect(button, &QAbstractButton::toggled, this, clearField);
}

QString cartAmountText(const CartWidget *cart, FieldIssues &issues)
{
    const auto items = cart->model()->items();
    if (!items) {
        issues += items.error();
        return {};
    }
    if (items->isEmpty())
        return {};
    Cart sum(cart->currency());
    for (const CartItem &item : *items)
        sum.add(item);
    const auto total = sum.total();
    if (!total) {
        issues.append({QStringLiteral("items"), total.error().message});
        return {};
    }
    return toDecimalString(*total, cart->currency());
}

FieldIssues cartAmountIssues(const CartWidget *cart, FieldIssues issues)
{
    if (!cart->model()->isEmpty())
        return issues;
    for (FieldIssue &issue : issues)
        if (issue.field == u"amount")
            issue.message = QCoreApplication::translate(
                "paydesk::SaleForm", "The cart is empty: scan a product or add an amount.");
    return issues;
}

QString newReference()
{
    return QStringLiteral("ORD-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyMMdd-HHmmss"));
}

QList<CartItem> SaleForm::receiptItems() const
{
    if (!m_cart)
        return {};
    const auto items = m_cart->model()->items();
    return items ? *items : QList<CartItem>{};
}

QWidget *SaleForm::firstInput() const
{
    return m_cart ? m_cart->scanInput() : nullptr;
}

QString SaleForm::amountText() const
{
    if (!m_cart)
        return {};
    const auto total = m_cart->model()->total();
    return total && *total > 0 ? formatMoney(*total, m_cart->currency()) : QString();
}

Expected<Sale, FieldIssues> SaleForm::withCartAmount(FieldIssues amountIssues,
                                                     Expected<Sale, FieldIssues> sale) const
{
    if (amountIssues.isEmpty())
        return sale ? sale : unexpected(cartAmountIssues(m_cart, sale.error()));
    if (!sale)
        for (const FieldIssue &issue : sale.error())
            if (issue.field != u"amount")
                amountIssues.append(issue);
    return unexpected(amountIssues);
}

} // namespace paydesk
