#include "quickkeys.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionButton>

#include "core/money.h"

namespace paydesk {

QuickKeys::QuickKeys(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("quickKeys"));
    setAccessibleName(tr("Quick keys"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    hide();
}

QuickKeys::~QuickKeys() = default;

QKeySequence QuickKeys::shortcutFor(int key)
{
    return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + key));
}

void QuickKeys::setProducts(const QList<Product> &favourites)
{
    qDeleteAll(m_buttons); // their shortcuts go with them
    m_buttons.clear();
    for (const Product &product : favourites) {
        const QString price = formatMoney(product.unitPriceMinor, product.currency);
        const QString keys = product.key > 0
            ? shortcutFor(product.key).toString(QKeySequence::NativeText)
            : QString();
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("quickKey_") + product.sku);
        button->setProperty("paydesk_name", product.name);
        // The till's own currency goes without saying on its keys: the amount alone leaves room
        // for the shortcut beside it.
        const QString amount = formatAmount(product.unitPriceMinor, product.currency);
        button->setProperty("paydesk_price", amount);
        button->setProperty("paydesk_keys", keys);
        button->setText(product.name + u'\n' + amount);
        button->installEventFilter(this);
        button->setAccessibleName(keys.isEmpty()
                                      ? tr("Add %1, %2").arg(product.name, price)
                                      : tr("Add %1, %2 (%3)").arg(product.name, price, keys));
        button->setToolTip(keys.isEmpty()
                               ? tr("Adds one %1 to the cart").arg(product.name)
                               : tr("Adds one %1 to the cart (%2)").arg(product.name, keys));
        // A touch key: the keyboard reaches it by its shortcut, the focus stays where it is.
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(48);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        const int n = int(m_buttons.size());
        m_grid->addWidget(button, n / kColumns, n % kColumns);
        connect(button, &QPushButton::clicked, this, [this, product] { Q_EMIT chosen(product); });
        if (product.key > 0) {
            // Active only while the key is shown (the cart of the backend in use, not paid).
            auto *shortcut = new QShortcut(shortcutFor(product.key), button);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
        }
        m_buttons.append(button);
    }
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, 1);
    setVisible(!m_buttons.isEmpty());
}

bool QuickKeys::eventFilter(QObject *watched, QEvent *event)
{
    // Disabled (while a sale is sent or done), a key takes the page's flat disabled face,
    // whose padding leaves less room: fitted again then.
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange
        || event->type() == QEvent::EnabledChange || event->type() == QEvent::StyleChange)
        if (auto *button = qobject_cast<QPushButton *>(watched))
            fitFace(button);
    return QWidget::eventFilter(watched, event);
}

void QuickKeys::fitFace(QPushButton *button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    const int width
        = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
    const QFontMetrics metrics(button->font());
    const QString name = button->property("paydesk_name").toString();
    const QString price = button->property("paydesk_price").toString();
    const QString keys = button->property("paydesk_keys").toString();
    QString second = price;
    const QString withKeys = price + QStringLiteral(" \u00b7 ") + keys;
    if (!keys.isEmpty() && metrics.horizontalAdvance(withKeys) <= width)
        second = withKeys;
    const QString text = metrics.elidedText(name, Qt::ElideRight, width) + u'\n'
        + metrics.elidedText(second, Qt::ElideRight, width);
    if (button->text() != text)
        button->setText(text);
}

} // namespace paydesk
