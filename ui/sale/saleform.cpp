#include "saleform.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QLineEdit>
#include <QToolButton>

#include "cartwidget.h"
#include "core/clock.h"

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
    if (m_advancedToggle)
        for (const FieldIssue &issue : sale.error())
            if (m_advancedFields.contains(issue.field.section(u'[', 0, 0)))
                setAdvancedShown(true); // never a message behind a closed disclosure
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

QString newReference(const QString &terminal)
{
    // The terminal and the second; a second sale in the same second gets "-2", "-3"…, so two
    // quick sales on one till never share a reference (the support view's duplicate check
    // compares them).
    static QString last;
    static int sameSecond = 1;
    const QString time = Clock::nowLocal().toString(QStringLiteral("yyMMdd-HHmmss"));
    const QString prefix = terminal.simplified().replace(u' ', u'-').left(60);
    const QString base = (prefix.isEmpty() ? QStringLiteral("ORD") : prefix) + u'-' + time;
    sameSecond = base == last ? sameSecond + 1 : 1;
    last = base;
    return sameSecond == 1 ? base : base + u'-' + QString::number(sameSecond);
}

QString SaleForm::generatedReference() const
{
    if (m_generatedReference.isEmpty())
        m_generatedReference = newReference(m_terminal);
    return m_generatedReference;
}

QString SaleForm::chargeLabel() const
{
    const QString amount = amountText();
    return amount.isEmpty() ? tr("Charge") : tr("Charge %1").arg(amount);
}

QToolButton *SaleForm::makeAdvanced(QGridLayout *grid, int fromRow, const QStringList &fields,
                                    const QString &text)
{
    auto *details = new QWidget(grid->parentWidget());
    details->setObjectName(QStringLiteral("advancedDetails"));
    details->setAccessibleName(text);
    auto *inner = new QGridLayout(details);
    inner->setContentsMargins(0, 0, 0, 0);
    QList<std::tuple<QLayoutItem *, int, int, int, int>> moved;
    QWidget *before = nullptr; // the last input above the disclosure
    for (int i = grid->count() - 1; i >= 0; --i) {
        int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        if (row >= fromRow)
            moved.prepend({grid->takeAt(i), row - fromRow, column, rowSpan, columnSpan});
        else if (QWidget *w = grid->itemAt(i)->widget();
                 !before && w && (w->focusPolicy() & Qt::TabFocus))
            before = w;
    }
    QList<QWidget *> inputs;
    for (const auto &[item, row, column, rowSpan, columnSpan] : moved) {
        if (QWidget *w = item->widget()) {
            delete item;
            inner->addWidget(w, row, column, rowSpan, columnSpan); // now a child of details
            if (w->focusPolicy() & Qt::TabFocus)
                inputs << w;
        } else {
            inner->addItem(item, row, column, rowSpan, columnSpan);
        }
    }
    inner->setColumnStretch(1, 1);

    auto *toggle = new QToolButton(grid->parentWidget());
    toggle->setObjectName(QStringLiteral("advancedToggle"));
    toggle->setText(text);
    toggle->setAccessibleName(text);
    toggle->setToolTip(tr("Show or hide what the profile fills in (Space)"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    grid->addWidget(toggle, fromRow, 0, 1, 2);
    grid->addWidget(details, fromRow + 1, 0, 1, 2);
    m_advancedToggle = toggle;
    m_advanced = details;
    m_advancedFields = fields;
    connect(toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    details->hide();
    // Tab goes from the inputs above to the disclosure, then into it in reading order.
    if (before)
        setTabOrder(before, toggle);
    QWidget *previous = toggle;
    for (QWidget *input : std::as_const(inputs)) {
        setTabOrder(previous, input);
        previous = input;
    }
    return toggle;
}

void SaleForm::setAdvancedShown(bool shown)
{
    if (m_advancedToggle)
        m_advancedToggle->setChecked(shown);
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
