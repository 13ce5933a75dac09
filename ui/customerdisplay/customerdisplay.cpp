#include "customerdisplay.h"

#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include "core/money.h"
#include "widgets/qrcodewidget.h"
#include "widgets/statuslook.h"

namespace paydesk {
namespace {

// Every label here shows the sale's own words (product names, the merchant) as they are: plain
// text, so a product named "<b>" or "<img src=…>" is shown literally, never as rich text.
QLabel *largeLabel(QWidget *parent, qreal scale, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

CustomerDisplay::CustomerDisplay(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_merchant(largeLabel(this, 2.2, true))
    , m_training(largeLabel(this, 1.6, true))
    , m_linesScroll(new QScrollArea(this))
    , m_linesBox(new QWidget)
    , m_lines(new QGridLayout(m_linesBox))
    , m_totalCaption(largeLabel(this, 3.0, true))
    , m_total(largeLabel(this, 3.6, true))
    , m_outcome(largeLabel(this, 3.6, true))
    , m_qr(new QrCodeWidget(this))
    , m_qrCaption(largeLabel(this, 1.8))
{
    setObjectName(QStringLiteral("customerDisplay"));
    m_merchant->setAlignment(Qt::AlignCenter);
    m_training->setAlignment(Qt::AlignCenter);
    m_training->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_training->hide();
    m_outcome->setAlignment(Qt::AlignCenter);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    // Big enough to scan from the other side of the counter.
    m_qr->setMinimumSize(280, 280);
    // A long sale scrolls; the line just scanned is always in view.
    m_linesScroll->setWidget(m_linesBox);
    m_linesScroll->setWidgetResizable(true);
    m_linesScroll->setFrameShape(QFrame::NoFrame);
    m_linesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_linesScroll->setFocusPolicy(Qt::NoFocus);
    m_lines->setAlignment(Qt::AlignTop);
    m_lines->setVerticalSpacing(8);

    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_totalCaption);
    totalRow->addStretch();
    totalRow->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_merchant);
    layout->addWidget(m_training);
    // The lines take what room is left; the outcome and the QR code come under them, and the
    // total stays at the bottom edge, the same place in every state.
    layout->addWidget(m_linesScroll, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_qrCaption);
    layout->addLayout(totalRow);
    m_lines->setColumnStretch(1, 1);
    resize(1024, 768);
    retranslate();
    clear();
}

CustomerDisplay::~CustomerDisplay() = default;

void CustomerDisplay::setMerchantName(const QString &name)
{
    m_merchant->setText(name);
    m_merchant->setVisible(!name.isEmpty());
}

void CustomerDisplay::setTraining(bool training)
{
    m_training->setVisible(training);
}

void CustomerDisplay::setSale(const QList<CartItem> &items, const QString &currency,
                              std::optional<qint64> totalMinor)
{
    m_items = items;
    m_currency = currency;
    m_totalMinor = totalMinor;
    rebuildLines();
}

void CustomerDisplay::setOutcome(Outcome outcome, const QString &receiptUrl)
{
    m_outcomeState = outcome;
    const bool showQr = outcome == Outcome::Paid && !receiptUrl.isEmpty();
    m_qr->setText(showQr ? receiptUrl : QString());
    m_qr->setVisible(showQr && !m_qr->code().isNull());
    m_qrCaption->setVisible(m_qr->isVisibleTo(this));
    retranslate();
}

void CustomerDisplay::clear()
{
    m_items.clear();
    m_totalMinor.reset();
    rebuildLines();
    setOutcome(Outcome::None);
}

QScreen *CustomerDisplay::customerScreen(const QList<QScreen *> &screens, QScreen *primary,
                                         const QString &name)
{
    if (!name.isEmpty())
        for (QScreen *screen : screens)
            if (screen && screen->name() == name)
                return screen == primary ? nullptr : screen;
    for (QScreen *screen : screens)
        if (screen && screen != primary)
            return screen;
    return nullptr;
}

void CustomerDisplay::showOnCustomerScreen(const QString &screenName)
{
    QScreen *screen
        = customerScreen(QGuiApplication::screens(), QGuiApplication::primaryScreen(), screenName);
    if (!screen) {
        show();
        return;
    }
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

QStringList CustomerDisplay::lineTexts() const
{
    QStringList out;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_lines->columnCount(); ++column)
            if (QLayoutItem *item = m_lines->itemAtPosition(row, column))
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    cells << label->text();
        if (!cells.isEmpty())
            out << cells.join(u' ');
    }
    return out;
}

QString CustomerDisplay::totalText() const
{
    return m_total->text();
}

QString CustomerDisplay::outcomeText() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

bool CustomerDisplay::isQrShown() const
{
    return m_qr->isVisibleTo(this);
}

QString CustomerDisplay::qrText() const
{
    return isQrShown() ? m_qr->text() : QString();
}

void CustomerDisplay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildLines();
    }
    QWidget::changeEvent(event);
}

void CustomerDisplay::retranslate()
{
    setWindowTitle(tr("Customer display"));
    m_training->setText(tr("TRAINING \u2014 NOT A REAL PAYMENT"));
    m_totalCaption->setText(tr("Total"));
    m_qrCaption->setText(tr("Scan for your receipt"));
    QString outcome;
    Tone tone = Tone::Neutral;
    switch (m_outcomeState) {
    case Outcome::None:
        break;
    case Outcome::PleaseWait:
        outcome = tr("Please wait\u2026");
        tone = Tone::Neutral;
        break;
    case Outcome::Paid:
        outcome = tr("Paid \u2014 thank you!");
        tone = Tone::Success;
        break;
    case Outcome::Declined:
        outcome = tr("Declined");
        tone = Tone::Danger;
        break;
    case Outcome::NotCompleted:
        outcome = tr("Payment not completed");
        tone = Tone::Danger;
        break;
    }
    m_outcome->setText(outcome);
    // The counter's colours: the tone's tint, framed in the tone, the words in its ink.
    m_outcome->setStyleSheet(
        outcome.isEmpty()
            ? QString()
            : QStringLiteral("QLabel { background: %1; color: %2; border: 4px solid %3;"
                             " border-radius: 8px; padding: 8px; }")
                  .arg(toneTint(tone).name(), toneInk(tone).name(), toneBackground(tone).name()));
    m_outcome->setProperty("tone", toneName(tone));
    m_outcome->setVisible(!outcome.isEmpty());
}

void CustomerDisplay::rebuildLines()
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    int row = 0;
    for (const CartItem &item : std::as_const(m_items)) {
        auto *quantity = largeLabel(m_linesBox, 2.0);
        auto *name = largeLabel(m_linesBox, 2.0);
        auto *amount = largeLabel(m_linesBox, 2.0);
        // The unit price beside the quantity: what the customer checks against the shelf.
        quantity->setText(QStringLiteral("%1 \u00d7 %2")
                              .arg(locale.toString(item.quantity),
                                   item.unitPriceMinor > 0
                                       ? formatAmount(item.unitPriceMinor, m_currency, locale)
                                       : QStringLiteral("\u2014")));
        for (QLabel *cell : {quantity, name, amount}) {
            // Read from a step back: at least 32 px type.
            QFont font = cell->font();
            if (QFontInfo(font).pixelSize() < 32)
                font.setPixelSize(32);
            cell->setFont(font);
        }
        name->setText(item.name);
        name->setWordWrap(true);
        const auto line = Cart::lineTotal(item);
        amount->setText(item.unitPriceMinor > 0 && line ? formatMoney(*line, m_currency, locale)
                                                        : QString());
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->addWidget(quantity, row, 0);
        m_lines->addWidget(name, row, 1);
        m_lines->addWidget(amount, row, 2);
        ++row;
    }
    QTimer::singleShot(0, this, [this] {
        m_linesScroll->verticalScrollBar()->setValue(m_linesScroll->verticalScrollBar()->maximum());
    });
    m_total->setText(m_totalMinor ? formatMoney(*m_totalMinor, m_currency, locale) : QString());
    m_totalCaption->setVisible(m_totalMinor.has_value());
    m_total->setVisible(m_totalMinor.has_value());
}

} // namespace paydesk
