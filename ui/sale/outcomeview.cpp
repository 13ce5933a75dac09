#include "outcomeview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/qrcodewidget.h"
#include "widgets/statusbadge.h"

namespace paydesk {
namespace {

void scaleFont(QWidget *widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QLabel *textLabel(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *button(const QString &name, const QString &text, const QString &toolTip,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    setCounterLook(b);
    return b;
}

} // namespace

void setPrimaryLook(QAbstractButton *button)
{
    // White on #1a5fb4 is 6.4:1, on the hover blue 4.8:1; greyed, #3d3d3d on #d0d0d0 is 7:1.
    button->setStyleSheet(QStringLiteral(
        "QPushButton { background-color: #1a5fb4; color: #ffffff; border: 1px solid #0f3d75;"
        " border-radius: 6px; padding: 6px 18px; }"
        "QPushButton:hover { background-color: #1c71d8; }"
        "QPushButton:pressed { background-color: #0f3d75; }"
        "QPushButton:focus { border: 3px solid #000000; }"
        "QPushButton:disabled { background-color: #d0d0d0; color: #3d3d3d;"
        " border: 1px solid #a0a0a0; }"));
}

void setCounterLook(QAbstractButton *button, int minimumHeight)
{
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setMinimumHeight(minimumHeight);
}

OutcomeView::OutcomeView(QWidget *parent)
    : QFrame(parent)
    , m_badge(new StatusBadge(this))
    , m_headline(textLabel(QStringLiteral("outcomeText"), tr("Outcome message"), this))
    , m_help(textLabel(QStringLiteral("outcomeHelp"), tr("What to do next"), this))
    , m_stack(new QWidget(this))
    , m_newSale(button(QStringLiteral("newSaleButton"), tr("New sale"),
                       tr("Start the next sale with an empty cart (Ctrl+N)"), this))
{
    setObjectName(QStringLiteral("outcomeFrame"));
    setAccessibleName(tr("Outcome of the sale"));
    setFrameShape(QFrame::StyledPanel);
    m_badge->setObjectName(QStringLiteral("outcomeBadge"));
    m_badge->setAccessibleName(tr("Outcome"));
    scaleFont(m_badge, 1.15, true);
    scaleFont(m_headline, 1.5, true);
    scaleFont(m_help, 1.1, false);
    m_stack->setObjectName(QStringLiteral("outcomeStack"));

    m_pages[int(Page::Sending)] = sendingPage();
    m_pages[int(Page::Paid)] = paidPage();
    m_pages[int(Page::Declined)] = new QWidget;
    m_pages[int(Page::Unknown)] = unknownPage();
    m_pages[int(Page::Created)] = createdPage();
    m_pages[int(Page::NotCharged)] = new QWidget;
    // Only the shown page takes room (a stack would keep the tallest page's height).
    auto *pages = new QVBoxLayout(m_stack);
    pages->setContentsMargins(0, 0, 0, 0);
    for (QWidget *page : m_pages) {
        page->setParent(m_stack);
        page->hide();
        pages->addWidget(page);
    }

    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_badge);
    badgeRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(badgeRow);
    layout->addWidget(m_headline);
    layout->addWidget(m_help);
    layout->addWidget(m_stack);
    auto *newSaleRow = new QHBoxLayout;
    newSaleRow->addStretch();
    newSaleRow->addWidget(m_newSale);
    layout->addLayout(newSaleRow);
    m_newSale->setMinimumWidth(200);
}

QWidget *OutcomeView::sendingPage()
{
    auto *page = new QWidget;
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Sending"));
    m_waitStatus = textLabel(QStringLiteral("progressText"), tr("Progress"), page);
    // Esc only stops waiting: the sale is not called off (it may still go through), so the
    // button says what it does.
    m_cancel = button(QStringLiteral("cancelButton"), tr("Stop waiting (Esc)"),
                      tr("Stop waiting for the answer; the sale must then be checked (Esc)"), page);
    m_cancel->setAccessibleName(tr("Stop waiting"));
    m_cancel->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_waitStatus);
    auto *row = new QHBoxLayout;
    row->addWidget(m_cancel);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *OutcomeView::paidPage()
{
    auto *page = new QWidget;
    m_paidAmount = textLabel(QStringLiteral("paidAmount"), tr("Amount paid"), page);
    scaleFont(m_paidAmount, 2.2, true);
    m_paidCard = textLabel(QStringLiteral("paidCard"), tr("Card"), page);
    scaleFont(m_paidCard, 1.4, false);
    m_print = button(QStringLiteral("printButton"), tr("Print receipt"),
                     tr("Print the customer receipt (Ctrl+P)"), page);
    m_print->setAccessibleName(tr("Print receipt"));
    m_print->setAutoDefault(true); // Enter on it prints
    m_print->setDefault(true);
    setPrimaryLook(m_print);
    setCounterLook(m_print, 56);
    m_pdf = button(QStringLiteral("pdfButton"), tr("Save as PDF\u2026"),
                   tr("Save the customer receipt as a PDF file (Ctrl+Shift+S)"), page);
    m_pdf->setAccessibleName(tr("Save receipt as PDF"));
    m_qrButton = button(QStringLiteral("qrButton"), tr("Show QR for the phone"),
                        tr("Show the receipt's link as a QR code the customer scans"), page);
    m_qrButton->setCheckable(true);
    m_receiptQr = new QrCodeWidget(page);
    m_receiptQr->setObjectName(QStringLiteral("customerQr"));
    m_receiptQr->setAccessibleName(tr("Receipt QR code for the customer's phone"));
    m_qrCaption = textLabel(QStringLiteral("customerQrCaption"), tr("QR code caption"), page);
    m_qrCaption->setText(tr("The customer scans this to open the receipt on a phone."));
    m_receiptQr->hide();
    m_qrCaption->hide();
    m_printProblem = textLabel(QStringLiteral("printProblem"), tr("Receipt printer"), page);
    m_printProblem->hide();
    connect(m_qrButton, &QPushButton::toggled, this, [this](bool on) {
        m_receiptQr->setVisible(on);
        m_qrCaption->setVisible(on);
    });

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_print, 0, 0, 1, 2);
    buttons->addWidget(m_pdf, 1, 0);
    buttons->addWidget(m_qrButton, 1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_paidAmount);
    layout->addWidget(m_paidCard);
    layout->addSpacing(6);
    layout->addWidget(m_printProblem);
    layout->addLayout(buttons);
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_receiptQr);
    qrRow->addWidget(m_qrCaption, 1);
    layout->addLayout(qrRow);
    layout->addStretch();
    return page;
}

QWidget *OutcomeView::unknownPage()
{
    auto *page = new QWidget;
    m_verify = button(QStringLiteral("verifyButton"), tr("Verify with the payment service"),
                      tr("Ask the payment service what became of this sale (Ctrl+Shift+V)"), page);
    m_verify->setAccessibleName(tr("Verify"));
    m_verify->setAutoDefault(true);
    setPrimaryLook(m_verify);
    setCounterLook(m_verify, 56);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verify);
    layout->addStretch();
    return page;
}

QWidget *OutcomeView::createdPage()
{
    auto *page = new QWidget;
    m_createdPrice
        = textLabel(QStringLiteral("createdPrice"), tr("Price set by the service"), page);
    scaleFont(m_createdPrice, 1.6, true);
    m_createdLink = textLabel(QStringLiteral("paymentLink"), tr("Payment link"), page);
    m_createdLink->setTextFormat(Qt::RichText);
    m_createdLink->setOpenExternalLinks(true);
    m_createdLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_paymentQr = new QrCodeWidget(page);
    m_paymentQr->setObjectName(QStringLiteral("paymentQr"));
    m_paymentQr->setAccessibleName(tr("Payment link QR code"));
    m_confirm = button(QStringLiteral("confirmButton"), tr("Confirm payment"),
                       tr("Confirm the intent with the customer's payment method: the "
                          "customer is charged"),
                       page);
    m_confirm->setAccessibleName(tr("Confirm payment"));
    m_confirm->setAutoDefault(true);
    setPrimaryLook(m_confirm);
    setCounterLook(m_confirm, 56);
    m_confirm->hide();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_createdPrice);
    layout->addWidget(m_createdLink);
    layout->addWidget(m_paymentQr, 0, Qt::AlignLeft);
    layout->addWidget(m_confirm, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void OutcomeView::showPage(Page page, const StatusLook &look, const QString &headline,
                           const QString &help)
{
    m_page = page;
    m_badge->setLook(look);
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    for (QWidget *p : m_pages)
        p->setVisible(p == m_pages[int(page)]);
    // Paid and created: the Charge place above becomes New sale, so it is not here twice.
    m_newSale->setVisible(page != Page::Sending && page != Page::Paid && page != Page::Created);
    if (page != Page::Paid)
        m_qrButton->setChecked(false);
    m_tone = look.tone;
    // The whole area takes the state's colour, readable from across the counter: a tint of the
    // tone, framed in the tone, the words in its dark ink.
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 4px solid %3;"
                                 " border-radius: 8px; }"
                                 " QFrame#%1 QLabel { color: %4; }")
                      .arg(objectName(), toneTint(look.tone).name(),
                           toneBackground(look.tone).name(), toneInk(look.tone).name()));
    setProperty("tone", toneName(look.tone));
}

void OutcomeView::setPrintProblem(const QString &problem)
{
    const bool failed = !problem.isEmpty();
    m_printProblem->setText(failed ? QStringLiteral("\u26a0 ") + problem : QString());
    m_printProblem->setVisible(failed);
    // One print button: after a failure it prints what was kept.
    m_print->setText(failed ? tr("Print again") : tr("Print receipt"));
    m_print->setAccessibleName(m_print->text());
}

void OutcomeView::setWaitStatus(const QString &text)
{
    m_waitStatus->setText(text);
    m_waitStatus->setVisible(!text.isEmpty());
}

void OutcomeView::setCancelVisible(bool visible)
{
    m_cancel->setVisible(visible);
    m_cancel->setEnabled(visible);
}

void OutcomeView::setPaid(const QString &amount, const QString &card, const QString &receiptLink)
{
    m_paidAmount->setText(amount);
    m_paidAmount->setVisible(!amount.isEmpty());
    m_paidCard->setText(card);
    m_paidCard->setVisible(!card.isEmpty());
    m_receiptQr->setText(receiptLink);
    m_qrButton->setChecked(false);
    m_qrButton->setVisible(!m_receiptQr->code().isNull());
}

void OutcomeView::setCreated(const QString &price, const QString &link)
{
    m_createdPrice->setText(price);
    m_createdPrice->setVisible(!price.isEmpty());
    m_createdLink->setText(link.isEmpty() ? QString()
                                          : tr("Payment link: <a href=\"%1\">%2</a>")
                                                .arg(link.toHtmlEscaped(), link.toHtmlEscaped()));
    m_createdLink->setVisible(!link.isEmpty());
    m_paymentQr->setText(link);
    m_paymentQr->setVisible(!m_paymentQr->code().isNull());
}

QString OutcomeView::headline() const
{
    return m_headline->text();
}

void OutcomeView::setHelp(const QString &help)
{
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
}

QString OutcomeView::printProblem() const
{
    return m_printProblem->isHidden() ? QString() : m_printProblem->text();
}

QString OutcomeView::help() const
{
    return m_help->text();
}

} // namespace paydesk
