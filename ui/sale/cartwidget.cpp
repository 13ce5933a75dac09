#include "cartwidget.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include "fieldmessages.h"
#include "quickkeys.h"
#include "scancatcher.h"
#include "ui_cartwidget.h"

namespace paydesk {
namespace {

constexpr int kSkuRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

/// Matches SKU or name anywhere, and puts the SKU in the field.
class ProductCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(kSkuRole).toString();
    }
};

/// Quantities from 1 to CartModel::kMaxQuantity.
class QuantityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != CartModel::QuantityColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, int(CartModel::kMaxQuantity));
        spin->setAccessibleName(QCoreApplication::translate("paydesk::CartWidget", "Quantity"));
        return spin;
    }
};

} // namespace

CartWidget::CartWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CartWidget)
    , m_model(new CartModel(this))
{
    m_ui->setupUi(this);
    m_ui->cartView->setModel(m_model);
    m_ui->cartView->setItemDelegate(new QuantityDelegate(m_ui->cartView));
    // F2 or a double click edits a cell; other typing goes to the scanner field (eventFilter).
    m_ui->cartView->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
    m_ui->cartView->verticalHeader()->hide();
    QHeaderView *header = m_ui->cartView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CartModel::NameColumn, QHeaderView::Stretch);
    m_ui->cartView->installEventFilter(this);
    for (QLabel *label : {m_ui->scanMessage, m_ui->freeMessage, m_ui->cartMessage})
        styleMessageLabel(label);

    auto *completer = new ProductCompleter(m_ui->scanInput);
    completer->setCompletionRole(kSearchRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    m_completer = completer;
    m_ui->scanInput->setCompleter(completer);

    connect(m_ui->scanInput, &QLineEdit::returnPressed, this,
            [this] { addSku(m_ui->scanInput->text()); });
    connect(m_ui->addSkuButton, &QPushButton::clicked, this,
            [this] { addSku(m_ui->scanInput->text()); });
    connect(m_ui->scanInput, &QLineEdit::textEdited, this, [this] {
        FieldMessages::markInvalid(m_ui->scanInput, QString());
        m_ui->scanMessage->hide();
    });
    connect(m_ui->freeNameInput, &QLineEdit::returnPressed, m_ui->freeAmountInput,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->freeAmountInput, &QLineEdit::returnPressed, this,
            [this] { addFreeAmount(m_ui->freeNameInput->text(), m_ui->freeAmountInput->text()); });
    connect(m_ui->addAmountButton, &QPushButton::clicked, this,
            [this] { addFreeAmount(m_ui->freeNameInput->text(), m_ui->freeAmountInput->text()); });
    connect(m_ui->freeAmountInput, &QLineEdit::textEdited, this, [this] {
        FieldMessages::markInvalid(m_ui->freeAmountInput, QString());
        m_ui->freeMessage->hide();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CartWidget::removeSelectedLine);

    // The quick keys, under the scanner field.
    m_quickKeys = new QuickKeys(this);
    m_ui->cartLayout->insertWidget(m_ui->cartLayout->indexOf(m_ui->scanMessage) + 1, m_quickKeys);
    connect(m_quickKeys, &QuickKeys::chosen, this, &CartWidget::addProduct);

    // Quantity − / + beside Remove line: touch keys, as the − and + keys do the same.
    m_lessButton = new QPushButton(QStringLiteral("−"), this);
    m_lessButton->setObjectName(QStringLiteral("lessButton"));
    m_lessButton->setAccessibleName(tr("One less"));
    m_lessButton->setToolTip(tr("One less of the selected line (−)"));
    m_moreButton = new QPushButton(QStringLiteral("+"), this);
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_moreButton->setAccessibleName(tr("One more"));
    m_moreButton->setToolTip(tr("One more of the selected line (+)"));
    int at = m_ui->totalLayout->indexOf(m_ui->removeButton);
    for (QPushButton *button : {m_lessButton, m_moreButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumWidth(button->sizeHint().height() * 2);
        m_ui->totalLayout->insertWidget(++at, button);
    }
    connect(m_lessButton, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    connect(m_moreButton, &QPushButton::clicked, this, [this] { changeQuantity(+1); });
    connect(m_ui->cartView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CartWidget::updateQuantityButtons);
    m_ui->scanInput->installEventFilter(this);

    // A scan lands in the cart wherever the focus is.
    m_scans = new ScanCatcher(this, [this](const QString &code) {
        return m_catalogue && m_catalogue->find(code, m_model->currency()).has_value();
    });
    m_scans->setOwnField(m_ui->scanInput);
    connect(m_scans, &ScanCatcher::scanned, this, [this](const QString &code) {
        if (const auto product
            = m_catalogue ? m_catalogue->find(code, m_model->currency()) : std::nullopt)
            addProduct(*product);
    });
    connect(m_model, &CartModel::totalChanged, this, &CartWidget::updateTotal);
    updateTotal();
}

CartWidget::~CartWidget()
{
    delete m_ui;
}

QLineEdit *CartWidget::scanInput() const
{
    return m_ui->scanInput;
}

QLineEdit *CartWidget::freeAmountInput() const
{
    return m_ui->freeAmountInput;
}

QTableView *CartWidget::view() const
{
    return m_ui->cartView;
}

QLabel *CartWidget::messageLabel() const
{
    return m_ui->cartMessage;
}

void CartWidget::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    updateCompleter();
}

void CartWidget::setCurrency(const QString &currency)
{
    m_model->setCurrency(currency);
    m_ui->freeAmountInput->setPlaceholderText(tr("Amount in %1").arg(currency.toUpper()));
    updateCompleter();
    updateTotal();
}

void CartWidget::updateCompleter()
{
    m_quickKeys->setProducts(m_catalogue ? m_catalogue->favourites(m_model->currency())
                                         : QList<Product>{});
    auto *items = new QStandardItemModel;
    if (m_catalogue) {
        for (const Product &p : m_catalogue->products(m_model->currency())) {
            auto *row = new QStandardItem(
                QStringLiteral("%1 \u2014 %2 \u2014 %3")
                    .arg(p.sku, p.name, formatMoney(p.unitPriceMinor, p.currency)));
            row->setData(p.sku, kSkuRole);
            row->setData(QString(p.sku + u' ' + p.name), kSearchRole);
            items->appendRow(row);
        }
    }
    // The completer deletes the model it owns when it gets a new one.
    items->setParent(m_completer);
    m_completer->setModel(items);
}

bool CartWidget::addSku(const QString &sku)
{
    const QString code = sku.trimmed();
    if (code.isEmpty())
        return false;
    const auto product = m_catalogue ? m_catalogue->find(code, m_model->currency()) : std::nullopt;
    if (!product) {
        const QString message = tr("No product with SKU \"%1\" in the %2 catalogue. Check the "
                                   "code, or add the price as a free amount.")
                                    .arg(code, m_model->currency().toUpper());
        m_ui->scanMessage->setText(QStringLiteral("\u26a0 ") + message);
        m_ui->scanMessage->show();
        FieldMessages::markInvalid(m_ui->scanInput, message);
        m_ui->scanInput->selectAll(); // the next scan replaces it; nothing typed is lost
        return false;
    }
    const int row = m_model->addProduct(*product);
    m_ui->cartView->selectRow(row);
    m_ui->scanInput->clear();
    m_ui->scanMessage->hide();
    FieldMessages::markInvalid(m_ui->scanInput, QString());
    return true;
}

void CartWidget::addProduct(const Product &product)
{
    const int row = m_model->addProduct(product);
    m_ui->cartView->selectRow(row);
}

bool CartWidget::addFreeAmount(const QString &name, const QString &amount)
{
    auto minor = parseAmount(amount, m_model->currency(), QLocale());
    QString problem;
    if (!minor)
        problem = minor.error().message;
    else if (*minor == 0)
        problem = tr("Enter an amount more than zero.");
    if (!problem.isEmpty()) {
        m_ui->freeMessage->setText(QStringLiteral("\u26a0 ") + problem);
        m_ui->freeMessage->show();
        FieldMessages::markInvalid(m_ui->freeAmountInput, problem);
        return false;
    }
    const int row = m_model->addAmount(name, *minor);
    m_ui->cartView->selectRow(row);
    m_ui->freeNameInput->clear();
    m_ui->freeAmountInput->clear();
    m_ui->freeMessage->hide();
    FieldMessages::markInvalid(m_ui->freeAmountInput, QString());
    return true;
}

void CartWidget::removeSelectedLine()
{
    const QModelIndex current = m_ui->cartView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_model->removeLine(row);
    if (m_model->rowCount() > 0)
        m_ui->cartView->selectRow(std::min(row, m_model->rowCount() - 1));
}

void CartWidget::changeQuantity(int delta)
{
    const QModelIndex current = m_ui->cartView->currentIndex();
    if (!current.isValid())
        return;
    const CartLine &line = m_model->lines().at(current.row());
    if (line.quantity + delta >= 1)
        m_model->setQuantity(current.row(), line.quantity + delta);
}

void CartWidget::updateQuantityButtons()
{
    const QModelIndex current = m_ui->cartView->currentIndex();
    const qint64 quantity
        = current.isValid() ? m_model->lines().at(current.row()).quantity : qint64(0);
    m_lessButton->setEnabled(quantity > 1);
    m_moreButton->setEnabled(current.isValid() && quantity < CartModel::kMaxQuantity);
}

void CartWidget::clear()
{
    m_model->clear();
    m_ui->scanInput->clear();
    m_ui->freeNameInput->clear();
    m_ui->freeAmountInput->clear();
    for (QLabel *label : {m_ui->scanMessage, m_ui->freeMessage, m_ui->cartMessage})
        label->hide();
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->scanInput), static_cast<QWidget *>(m_ui->freeAmountInput),
          static_cast<QWidget *>(m_ui->cartView)})
        FieldMessages::markInvalid(input, QString());
}

QString CartWidget::totalText() const
{
    if (m_model->isEmpty())
        return {};
    const auto total = m_model->total();
    return total ? toDecimalString(*total, m_model->currency()) : QStringLiteral("?");
}

void CartWidget::updateTotal()
{
    m_ui->removeButton->setEnabled(!m_model->isEmpty());
    m_ui->cartView->resizeColumnToContents(CartModel::SkuColumn);
    // Any change answers an earlier complaint about the cart: hide it until the next check.
    m_ui->cartMessage->hide();
    FieldMessages::markInvalid(m_ui->cartView, QString());
    updateQuantityButtons();
    Q_EMIT changed();
}

bool CartWidget::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor gets the keys, not the view.
    if (watched == m_ui->cartView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            removeSelectedLine();
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            changeQuantity(+1);
            return true;
        case Qt::Key_Minus:
            changeQuantity(-1);
            return true;
        default:
            break;
        }
        // Typing in the cart searches: the key goes to the scanner field (F2 edits a cell).
        const QString text = key->text();
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_ui->scanInput->setFocus(Qt::OtherFocusReason);
            m_ui->scanInput->end(false);
            m_ui->scanInput->insert(text);
            Q_EMIT m_ui->scanInput->textEdited(m_ui->scanInput->text());
            return true;
        }
    }
    // In the empty scanner field, + and − change the line just added.
    if (watched == m_ui->scanInput && event->type() == QEvent::KeyPress
        && m_ui->scanInput->text().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus) {
            changeQuantity(key->key() == Qt::Key_Plus ? +1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paydesk
