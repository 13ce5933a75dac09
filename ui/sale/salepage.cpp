#include "salepage.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStyle>
#include <QStyleOptionButton>
#include <QToolButton>

#include "backends/backendspec.h"
#include "cartwidget.h"
#include "checkoutsaleform.h"
#include "core/clock.h"
#include "dotssaleform.h"
#include "ochosaleform.h"
#include "offersaleform.h"
#include "panels/chargepanel.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "receiptdocument/receiptactions.h"
#include "ui_salepage.h"
#include "widgets/outputdialogs.h"
#include "widgets/statusbadge.h"
#include "words/cardwords.h"
#include "workplace/workplace.h"

namespace paydesk {
namespace {

/// The card as a cashier reads it back to the customer: "Visa ••••4242".
QString shortCardText(const PaymentRecord &record)
{
    const Charge *charge = record.latestCharge();
    if (!charge || !charge->card || charge->card->last4.isEmpty())
        return {};
    QString brand = charge->card->brand;
    if (!brand.isEmpty())
        brand[0] = brand[0].toUpper();
    return (brand.isEmpty() ? SalePage::tr("Card") : brand)
        + QStringLiteral(" \u2022\u2022\u2022\u2022") + charge->card->last4;
}

/// Why a card was declined, in plain words and once: the decline code when it is a known one,
/// else the service's message unless it only repeats that the card was declined.
QString declineReason(const BackendError &error, const std::optional<PaymentRecord> &record)
{
    QStringList codes{error.name};
    QString message = error.message;
    if (record) {
        if (const Charge *charge = record->latestCharge()) {
            codes << charge->failureCode;
            if (charge->outcome)
                codes << charge->outcome->reason;
            if (message.isEmpty())
                message = charge->failureMessage;
        }
    }
    // The decline codes' words are cardwords.cpp's (one table for the sale page and the
    // details).
    for (const QString &code : std::as_const(codes))
        if (const QString sentence = declineSentence(code); !sentence.isEmpty())
            return sentence;
    if (!message.isEmpty() && !message.contains(u"declined", Qt::CaseInsensitive))
        return SalePage::tr("The bank declined the card: %1").arg(serviceMessageText(message));
    return SalePage::tr("The bank declined the card without giving a reason.");
}

/// The payment link a created sale's answer gives the customer, if any.
QString paymentLink(const PaymentRecord &record)
{
    if (!record.receipt.url.isEmpty())
        return record.receipt.url;
    for (const char *key : {"payment_url", "checkout_url", "redirect_url", "hosted_url", "url"}) {
        const QString url = record.extra.value(QLatin1String(key)).toString();
        if (url.startsWith(u"https://") || url.startsWith(u"http://"))
            return url;
    }
    return {};
}

/// The Charge place in the colour of the sale's state: the primary blue while it charges, the
/// declined red when it tries another card, green when it starts the next sale after a paid
/// one, violet after a created one, amber-tinted and locked while the sale must be checked,
/// neutral while sending.
void setChargeLook(QAbstractButton *button, std::optional<Tone> tone)
{
    if (!tone) {
        setPrimaryLook(button);
        return;
    }
    const QColor bg = *tone == Tone::Neutral || *tone == Tone::Warning ? toneTint(*tone)
                                                                       : toneBackground(*tone);
    const QColor fg
        = *tone == Tone::Neutral || *tone == Tone::Warning ? toneInk(*tone) : toneForeground(*tone);
    button->setStyleSheet(
        QStringLiteral("QPushButton, QPushButton:disabled { background-color: %1; color: %2;"
                       " border: 2px solid %3; border-radius: 6px; padding: 6px 8px; }"
                       "QPushButton:focus { border: 3px solid #000000; }")
            .arg(bg.name(), fg.name(), toneBackground(*tone).darker(130).name()));
}

/// A palette whose greyed-out texts stay readable (WCAG AA, 4.5:1) on the window and the fields.
QPalette counterPalette(QPalette palette)
{
    const QColor greyed(0x59, 0x59, 0x59); // 6:1 on #efefef, 7:1 on white
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, greyed);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, Qt::white);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x64, 0x64, 0x64));
        palette.setColor(group, QPalette::Link, QColor(0x0b, 0x4f, 0x9c));
    }
    return palette;
}

} // namespace

SalePage::SalePage(Workplace *workplace, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::SalePage)
    , m_workplace(workplace)
    , m_network(new QNetworkAccessManager(this))
    , m_sale(new SaleController(workplace->journal.get(), m_network, workplace->context, this))
    , m_receiptActions(new ReceiptActions(this, [this] { return m_receipt; }))
{
    // Type read at arm's length, and greyed-out texts that stay readable; set before the
    // children exist so every font below is scaled from it.
    QFont base = font();
    base.setPointSizeF(std::max(base.pointSizeF() * 1.2, 12.0));
    setFont(base);
    setPalette(counterPalette(palette()));
    m_ui->setupUi(this);
    setFocusPolicy(Qt::ClickFocus); // holds the focus while sending, so a stray Enter does nothing
    const QList<SaleForm *> forms{new CheckoutSaleForm, new OfferSaleForm, new DotsSaleForm,
                                  new OchoSaleForm};
    for (SaleForm *form : forms) {
        form->setCatalogue(&m_workplace->catalogue);
        form->setTerminal(m_workplace->context.terminal);
        m_forms.insert(form->backend(), form);
        m_ui->formStack->addWidget(form);
        connect(form, &SaleForm::edited, this, &SalePage::updateChargeButton);
        connect(form, &SaleForm::edited, this, &SalePage::saleEdited);
        connect(form, &SaleForm::edited, m_ui->chargeNote, &QWidget::hide);
    }
    QFont title = m_ui->formTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->formTitle->setFont(title);
    styleMessageLabel(m_ui->profileProblem);

    // The total, the largest text on the screen, and Charge right under it: the same place,
    // the same size in every phase.
    QFont caption = base;
    caption.setPointSizeF(base.pointSizeF() * 1.4);
    m_ui->saleTotalCaption->setFont(caption);
    QFont total = base;
    total.setPointSizeF(base.pointSizeF() * 2.6);
    total.setBold(true);
    m_ui->saleTotal->setFont(total);
    m_ui->saleTotal->setFixedHeight(QFontMetrics(total).height() + 8);
    QFont charge = base;
    charge.setPointSizeF(base.pointSizeF() * 1.5);
    charge.setBold(true);
    m_ui->chargeButton->setFont(charge);
    setPrimaryLook(m_ui->chargeButton);
    m_ui->chargeButton->setFixedHeight(std::max(64, QFontMetrics(charge).height() + 28));
    m_ui->chargeButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->chargeButton->installEventFilter(this);
    styleMessageLabel(m_ui->chargeNote);
    m_ui->outcomeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCounterLook(m_ui->printAgainButton);
    m_ui->rightLayout->setSpacing(12);
    m_ui->rightLayout->setStretchFactor(m_ui->resultScroll, 10);
    // On a short screen (768 px) with Details open, the details scroll and give way first: the
    // outcome's words above them keep all their lines.
    m_ui->resultScroll->setMinimumHeight(QFontMetrics(font()).height() * 2);
    m_ui->resultScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_ui->rightLayout->setStretch(m_ui->rightLayout->count() - 1, 1);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({640, 640});

    // Details on demand: the intent, charge and receipt as the service sent them (Ctrl+D).
    auto *details = new QAction(tr("Details"), this);
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    details->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(details);
    connect(details, &QAction::triggered, this, [this] {
        if (m_ui->detailsButton->isVisible())
            m_ui->detailsButton->toggle();
    });
    connect(m_ui->detailsButton, &QToolButton::toggled, this, &SalePage::setDetailsShown);
    m_ui->detailsButton->hide();

    OutcomeView *outcome = m_ui->outcomeView;
    connect(m_ui->chargeButton, &QPushButton::clicked, this, [this] {
        // Paid or created: the Charge place starts the next sale.
        if (m_sale->phase() == Phase::Paid || m_sale->phase() == Phase::Created)
            newSale();
        else
            this->charge();
    });
    // Controls that cannot be used now look it: flat, dashed, their text still readable
    // (#595959 on #e4e4e4 is 5.7:1). Sideways no more padding than the native face has, so a
    // label that fits an enabled button still fits it disabled.
    m_ui->formStack->setStyleSheet(QStringLiteral(
        "QPushButton:disabled, QToolButton:disabled { background-color: #e4e4e4;"
        " color: #595959; border: 1px dashed #9a9a9a; border-radius: 4px; padding: 4px 1px; }"
        "QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled, QGroupBox:disabled,"
        " QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled,"
        " QAbstractItemView:disabled"
        " { color: #595959; }"));
    connect(outcome->cancelButton(), &QPushButton::clicked, this, &SalePage::cancel);
    connect(outcome->verifyButton(), &QPushButton::clicked, this, &SalePage::verify);
    connect(outcome->confirmButton(), &QPushButton::clicked, this, [this] {
        if (const QString why = m_sale->confirm(); !why.isEmpty())
            Q_EMIT message(tr("Not confirmed: %1 Nothing was sent.").arg(why));
    });
    connect(outcome->printButton(), &QPushButton::clicked, this, &SalePage::printReceipt);
    connect(outcome->pdfButton(), &QPushButton::clicked, this, &SalePage::saveReceiptPdf);
    connect(outcome->newSaleButton(), &QPushButton::clicked, this, &SalePage::newSale);
    connect(m_sale, &SaleController::phaseChanged, this, &SalePage::onPhaseChanged);
    connect(this, &SalePage::saleEdited, this, &SalePage::publishCustomerView);
    connect(this, &SalePage::phaseChanged, this, &SalePage::publishCustomerView);
    connect(m_sale, &SaleController::sent, this, [this] {
        m_sentAt = Clock::nowLocal();
        m_waitStatus = tr("Sent: waiting for the answer. Esc stops waiting (the sale must then "
                          "be checked).");
        m_ui->outcomeView->setWaitStatus(m_waitStatus);
    });
    // The journal answers on its own thread: while it is slow, say so (and what it does).
    connect(m_sale, &SaleController::waitingForJournal, this,
            [this](const QString &what, qint64 waitedMs) {
                if (what.isEmpty()) {
                    m_ui->outcomeView->setWaitStatus(m_waitStatus);
                    return;
                }
                m_ui->outcomeView->setWaitStatus(
                    m_sale->isWritingToJournal()
                        ? tr("Waiting for the journal database (%1), %2 s. Nothing is sent "
                             "before the sale is written; Esc gives up.")
                              .arg(what)
                              .arg(waitedMs / 1000)
                        : tr("Waiting for the journal database (%1), %2 s.")
                              .arg(what)
                              .arg(waitedMs / 1000));
            });
    connect(m_ui->printAgainButton, &QPushButton::clicked, this, &SalePage::printAgain);
    connect(m_receiptActions, &ReceiptActions::message, this, &SalePage::message);
    connect(m_receiptActions, &ReceiptActions::printerStatusChanged, this,
            &SalePage::updatePrintStatus);
    updatePrintStatus();
    onPhaseChanged(Phase::Editing);
}

SalePage::~SalePage()
{
    delete m_ui;
}

SaleForm *SalePage::currentForm() const
{
    return form(m_profile.kind);
}

RecordView *SalePage::recordView() const
{
    return m_ui->recordView;
}

OutcomeView *SalePage::outcomeView() const
{
    return m_ui->outcomeView;
}

bool SalePage::detailsShown() const
{
    return m_ui->detailsButton->isChecked();
}

void SalePage::setDetailsShown(bool shown)
{
    if (m_ui->detailsButton->isChecked() != shown) {
        m_ui->detailsButton->setChecked(shown); // comes back here through toggled
        return;
    }
    m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->resultScroll->setVisible(shown);
}

QString SalePage::saleTitle() const
{
    if (const BackendSpec *spec = findBackendSpec(m_profile.kind))
        return tr(spec->saleTitle);
    return tr("Sale");
}

void SalePage::setProfile(const BackendProfile &profile)
{
    if (!canChangeProfile())
        return;
    m_profile = profile;
    m_sale->setProfile(profile);
    SaleForm *form = currentForm();
    if (!form)
        return;
    form->setProfile(profile);
    Q_EMIT saleEdited();
    // Only the shown form counts for the size: the others would make the page scroll.
    for (SaleForm *other : std::as_const(m_forms))
        other->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_ui->formStack->setCurrentWidget(form);
    m_ui->formTitle->setText(saleTitle());
    m_profileProblem = checkBaseUrl(profile.baseUrl);
    m_ui->profileProblem->setText(
        m_profileProblem.isEmpty() ? QString()
                                   : QStringLiteral("\u26a0 ")
                + tr("Profile \"%1\" cannot send: %2").arg(profile.name, m_profileProblem));
    m_ui->profileProblem->setVisible(!m_profileProblem.isEmpty());
    // A settled sale is over: the next one starts on the new profile.
    if (m_sale->phase() != Phase::Editing)
        resetSale();
    updateChargeButton();
}

void SalePage::onPhaseChanged(Phase phase)
{
    const Phase was = m_shown;
    m_shown = phase;
    const bool busy = m_sale->isBusy();
    if (SaleForm *form = currentForm())
        form->setEnabled(!busy && (m_sale->canCharge() || phase == Phase::Editing));
    OutcomeView *outcome = m_ui->outcomeView;
    outcome->setCancelVisible(phase == Phase::Sending);
    outcome->verifyButton()->setEnabled(m_sale->canVerify());
    outcome->confirmButton()->setVisible(m_sale->canConfirm());
    outcome->newSaleButton()->setEnabled(!busy);
    if (phase == Phase::Sending)
        showSending(tr("Waiting for the payment service\u2026"));
    else if (phase == Phase::Verifying)
        showSending(tr("Asking the payment service what became of this sale\u2026"));
    updateChargeButton(); // before the outcome, which may give it the focus
    if (was == Phase::Sending && !busy)
        showAttemptOutcome();
    else if (was == Phase::Verifying && !busy)
        showVerification();
    if (phase == Phase::Editing) {
        outcome->hide();
        m_ui->detailsButton->hide();
        setDetailsShown(false);
    } else {
        m_ui->detailsButton->show();
    }
    outcome->printButton()->setEnabled(hasReceipt());
    outcome->pdfButton()->setEnabled(hasReceipt());
    Q_EMIT phaseChanged(phase);
}

bool SalePage::canCharge() const
{
    return m_sale->canCharge() && m_profileProblem.isEmpty() && currentForm() != nullptr;
}

void SalePage::updateChargeButton()
{
    SaleForm *form = currentForm();
    const QString amount = form ? form->amountText() : QString();
    const QString shown = amount.isEmpty() ? m_answeredAmount : amount;
    CartWidget *cart = form ? form->cart() : nullptr;
    const bool emptyCart = cart && cart->model()->rowCount() == 0;
    // An empty cart totals zero, in the till's currency (not a dash, not a black bar).
    m_ui->saleTotal->setText(emptyCart && shown.isEmpty() ? formatMoney(0, cart->currency())
                                 : shown.isEmpty()        ? QStringLiteral("\u2014")
                                                          : shown);
    m_ui->saleTotal->setAccessibleName(tr("Total %1").arg(m_ui->saleTotal->text()));
    const char *pricedBy = backendSpec(m_profile.kind).pricedCaption;
    m_ui->saleTotalCaption->setText(shown.isEmpty() && pricedBy ? tr(pricedBy) : tr("Total"));
    QString text;
    QString shortText; // without the amount, already shown in the total above
    std::optional<Tone> tone;
    bool enabled = canCharge() && !emptyCart;
    switch (m_sale->phase()) {
    case Phase::Declined:
        text = amount.isEmpty() ? tr("Try another card") : tr("Try another card: %1").arg(amount);
        shortText = tr("Try another card");
        tone = Tone::Danger;
        break;
    case Phase::Paid:
        text = tr("New sale (Ctrl+N)");
        tone = Tone::Success;
        enabled = true;
        break;
    case Phase::Created:
        text = tr("New sale (Ctrl+N)");
        tone = Tone::Awaiting;
        enabled = true;
        break;
    case Phase::Sending:
    case Phase::Verifying:
        text = m_sale->phase() == Phase::Sending ? tr("Sending\u2026") : tr("Verifying\u2026");
        tone = Tone::Neutral;
        break;
    case Phase::Unknown:
        text = tr("Locked: verify first");
        tone = Tone::Warning;
        break;
    case Phase::Editing:
    case Phase::NotCharged:
        text = form ? form->chargeLabel() : tr("Charge"); // Offer names its quote
        break;
    }
    if (tone != m_chargeTone || m_ui->chargeButton->styleSheet().isEmpty()) {
        m_chargeTone = tone;
        setChargeLook(m_ui->chargeButton, tone);
    }
    m_chargeShortText = shortText;
    m_ui->chargeButton->setAccessibleName(text);
    m_ui->chargeButton->setEnabled(enabled);
    fitChargeText();
}

void SalePage::fitChargeText()
{
    // On a narrow counter screen, in a long language ("Essayer une autre carte : 300,02 MXN"),
    // the words stay whole and the amount goes: the total just above says it.
    QPushButton *button = m_ui->chargeButton;
    const QString text = button->accessibleName();
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = text;
    const int room
        = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
    const bool fits = QFontMetrics(button->font()).horizontalAdvance(text) <= room;
    button->setText(fits || m_chargeShortText.isEmpty() ? text : m_chargeShortText);
}

bool SalePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->chargeButton && event->type() == QEvent::Resize)
        fitChargeText();
    return QWidget::eventFilter(watched, event);
}

void SalePage::charge()
{
    if (!canCharge())
        return; // sending, paid, unknown: the same sale is never sent twice
    SaleForm *form = currentForm();
    const auto sale = form->validate();
    if (!sale) {
        m_ui->chargeNote->setText(tr("Nothing was sent: correct the fields marked in red."));
        m_ui->chargeNote->show();
        return;
    }
    m_ui->chargeNote->hide();
    m_sentAmount = form->amountText();
    m_sentAt = Clock::nowLocal();
    m_saleItems = form->receiptItems();
    m_saleReference = saleReference(*sale);
    m_answeredAmount.clear();
    m_receipt.reset();
    m_ui->recordView->clear();
    m_ui->outcomeDetail->clear();
    setFocus(Qt::OtherFocusReason);
    m_sale->charge(*sale);
}

void SalePage::cancel()
{
    m_sale->cancel();
}

void SalePage::showSending(const QString &what)
{
    const bool sending = m_sale->phase() == Phase::Sending;
    m_ui->outcomeView->showPage(OutcomeView::Page::Sending,
                                {Tone::Neutral, sending ? tr("Sending") : tr("Verifying")}, what,
                                sending ? tr("Keep the card at hand. Do not charge again.")
                                        : tr("The sale is not charged again: this only asks."));
    m_waitStatus = sending ? tr("Sending the sale\u2026") : tr("Asking about this sale\u2026");
    m_ui->outcomeView->setWaitStatus(m_waitStatus);
    m_ui->outcomeView->show();
}

void SalePage::showOutcome(OutcomeView::Page page, const StatusLook &look, const QString &text,
                           const QString &help, const QString &detail)
{
    m_ui->outcomeView->showPage(page, look, text, help);
    m_ui->outcomeDetail->setText(detail);
    m_ui->outcomeDetail->setVisible(!detail.isEmpty());
    m_ui->outcomeView->show();
    Q_EMIT message(text.section(u'\n', 0, 0));
}

QString SalePage::journalLine() const
{
    return tr("Journal entry %1 \u00b7 Idempotency-Key %2")
        .arg(m_sale->journalId())
        .arg(m_sale->idempotencyKey());
}

void SalePage::publishCustomerView()
{
    CustomerView view;
    if (m_sale->phase() == Phase::Paid && receipt()) {
        // Once paid, the receipt's lines and amount (the backend's amount wins, as on paper).
        const TillReceipt &r = *receipt();
        view.items = r.items;
        view.currency = r.currency;
        view.totalMinor = r.totalMinor;
        view.receiptUrl = r.receiptUrl;
        view.receiptReady = true;
    } else if (SaleForm *form = currentForm()) {
        view.items = form->receiptItems();
        const CartWidget *cart = form->cart();
        view.currency = cart ? cart->currency() : QString();
        if (cart && !view.items.isEmpty())
            view.totalMinor = cart->model()->total();
    }
    m_sale->setCustomerView(view);
}

void SalePage::setContext(const AttemptContext &context)
{
    m_sale->setContext(context);
    for (SaleForm *form : std::as_const(m_forms))
        form->setTerminal(context.terminal);
}

void SalePage::setCounterPrinter(ReceiptPrinter *printer)
{
    m_receiptActions->setCounterPrinter(printer);
    updatePrintStatus();
}

void SalePage::updatePrintStatus()
{
    const QAction *again = m_receiptActions->printAgainAction();
    const QString status = m_receiptActions->printerStatus();
    OutcomeView *outcome = m_ui->outcomeView;
    // On the paid panel a failure is said once, there, and its one print button prints again.
    const bool inPanel = again->isVisible() && m_sale->phase() == Phase::Paid;
    outcome->setPrintProblem(inPanel ? tr("The receipt printer could not print: %1").arg(status)
                                     : QString());
    if (m_sale->phase() == Phase::Paid && outcome->page() == OutcomeView::Page::Paid)
        outcome->setHelp(inPanel ? tr("Check the printer's paper and cable, then Print again.")
                                 : m_paidNote);
    m_ui->printAgainButton->setVisible(again->isVisible() && !inPanel);
    m_ui->printAgainButton->setEnabled(again->isEnabled());
    m_ui->printStatus->setText(status.isEmpty() ? QString()
                                                : tr("Receipt printer: %1").arg(status));
    m_ui->printStatus->setVisible(!status.isEmpty() && !inPanel);
    // A receipt kept after a failed print is not to be missed (#a00018: 7:1 on the window).
    m_ui->printStatus->setStyleSheet(
        again->isVisible() ? QStringLiteral("color: #a00018; font-weight: bold;") : QString());
}

void SalePage::showDone(const PaymentRecord &record, const QString &headline, const QString &note,
                        const QString &detail)
{
    m_ui->recordView->setRecord(record);
    const bool paid = m_sale->phase() == Phase::Paid;
    const StatusLook look = journalStateLook(m_sale->state());
    m_receipt = m_workplace->tillReceipt(record, m_saleItems, m_saleReference, look.text);
    const QString amount = record.intent.amount ? formatMoney(*record.intent.amount) : QString();
    SaleForm *form = currentForm();
    if (form && form->amountText().isEmpty())
        m_answeredAmount = amount; // priced by the service (Offer): its price is the total
    updateChargeButton();
    OutcomeView *outcome = m_ui->outcomeView;
    if (paid) {
        outcome->setPaid(amount, shortCardText(record), record.receipt.url);
        m_paidNote = note.isEmpty() ? tr("Enter prints the receipt; New sale (Ctrl+N) starts the "
                                         "next one.")
                                    : note;
        showOutcome(OutcomeView::Page::Paid, look, headline, m_paidNote, detail);
        outcome->printButton()->setEnabled(true);
        outcome->pdfButton()->setEnabled(true);
        outcome->printButton()->setFocus(Qt::OtherFocusReason);
        updatePrintStatus();
        return;
    }
    const QString link = paymentLink(record);
    const char *priceSet = backendSpec(m_profile.kind).pricedAmount;
    outcome->setCreated(amount.isEmpty() ? QString()
                            : priceSet   ? tr(priceSet).arg(amount)
                                         : tr("To pay: %1").arg(amount),
                        link);
    QString help = link.isEmpty()
        ? tr("The customer completes the payment on their own phone or computer; the journal "
             "shows the sale as paid once they have.")
        : tr("The customer opens the payment link (or scans the QR code) and pays there.");
    if (!note.isEmpty())
        help += u'\n' + note;
    showOutcome(OutcomeView::Page::Created, look, headline, help, detail);
    outcome->newSaleButton()->setFocus(Qt::OtherFocusReason);
}

void SalePage::showAttemptOutcome()
{
    if (m_sale->journalId() == 0) {
        showOutcome(OutcomeView::Page::NotCharged, {Tone::Danger, tr("Not sent")},
                    tr("The journal could not record the sale, so nothing was sent."),
                    tr("Call support. The sale can be charged once the journal works."),
                    m_sale->journalError());
        return;
    }
    QString journalWarning;
    if (!m_sale->journalError().isEmpty())
        journalWarning
            = tr("WARNING: the outcome could not be journaled: %1").arg(m_sale->journalError());
    const Phase phase = m_sale->phase();
    const QString replayed = m_sale->replayed()
        ? tr("(The payment service had answered this sale before.)")
        : QString();
    if (phase == Phase::Paid || phase == Phase::Created) {
        const PaymentRecord &record = *m_sale->record();
        QStringList note;
        if (!replayed.isEmpty())
            note << replayed;
        if (!journalWarning.isEmpty())
            note << journalWarning;
        showDone(record,
                 phase == Phase::Paid ? tr("Paid")
                                      : tr("Created: the customer completes the payment"),
                 note.join(u'\n'),
                 journalLine() + (journalWarning.isEmpty() ? QString() : u'\n' + journalWarning));
        return;
    }
    const BackendError error = m_sale->error().value_or(BackendError{});
    const QString detail = journalLine() + QStringLiteral("\n") + error.detail()
        + (journalWarning.isEmpty() ? QString() : u'\n' + journalWarning);
    if (m_sale->record())
        m_ui->recordView->setRecord(*m_sale->record()); // a decline carries the failed charge
    switch (phase) {
    case Phase::Declined:
        showOutcome(OutcomeView::Page::Declined, journalStateLook(JournalState::Declined),
                    declineReason(error, m_sale->record()),
                    tr("No money was taken. Ask the customer for another card, then press Try "
                       "another card (Ctrl+Enter).")
                        + (journalWarning.isEmpty() ? QString() : u'\n' + journalWarning),
                    detail);
        m_ui->chargeButton->setFocus(Qt::OtherFocusReason);
        return;
    case Phase::NotCharged:
        showOutcome(OutcomeView::Page::NotCharged, journalStateLook(JournalState::Failed),
                    error.cashierText(),
                    error.reach == BackendError::Reach::NotSent
                        ? tr("Nothing reached the payment service. You can charge again.")
                        : tr("Nothing was charged. Correct what the message says, then charge "
                             "again."),
                    detail);
        if (SaleForm *form = currentForm())
            form->firstInput()->setFocus(Qt::OtherFocusReason);
        return;
    default:
        break;
    }
    // Unknown: never a plain failure, and nothing that reads as "not charged".
    if (!m_sale->record())
        m_ui->recordView->clearUnknown(tr("No answer received"));
    showOutcome(OutcomeView::Page::Unknown, journalStateLook(JournalState::Unknown),
                tr("The payment may have gone through."),
                error.cashierText() + u'\n'
                    + tr("Do not charge again yet. Press Verify (Ctrl+Shift+V) to ask the "
                         "payment service.")
                    + u'\n' + customerCheckText()
                    + (journalWarning.isEmpty() ? QString() : u'\n' + journalWarning),
                detail);
    m_ui->outcomeView->verifyButton()->setFocus(Qt::OtherFocusReason);
}

QString SalePage::customerCheckText() const
{
    // What the customer finds in their banking app: the amount, the time, the card.
    QString card;
    if (const auto &record = m_sale->record())
        if (const Charge *charge = record->latestCharge())
            if (charge->card && !charge->card->last4.isEmpty())
                card = charge->card->last4;
    const QString time = QLocale().toString(m_sentAt.time(), QLocale::ShortFormat);
    const QString amount = m_sentAmount.isEmpty() ? m_answeredAmount : m_sentAmount;
    return card.isEmpty()
        ? tr("If it cannot tell, ask the customer to look in their banking app for a payment "
             "of %1 at %2.")
              .arg(amount, time)
        : tr("If it cannot tell, ask the customer to look in their banking app for a payment "
             "of %1 at %2 with the card ending %3.")
              .arg(amount, time, card);
}

void SalePage::verify()
{
    if (!m_sale->canVerify())
        return;
    setFocus(Qt::OtherFocusReason);
    m_sale->verify();
}

void SalePage::showVerification()
{
    const VerifyResult v = m_sale->verification().value_or(VerifyResult{});
    const QString detail = journalLine() + u'\n' + v.explanation
        + (v.error.isEmpty() ? QString() : QStringLiteral("\n") + v.error);
    switch (m_sale->phase()) {
    case Phase::Paid:
    case Phase::Created:
        showDone(*m_sale->record(),
                 m_sale->phase() == Phase::Created
                     ? tr("Verified: created, the customer completes the payment")
                     : tr("Verified: paid"),
                 QString(), detail);
        return;
    case Phase::Declined:
        if (m_sale->record())
            m_ui->recordView->setRecord(*m_sale->record());
        showOutcome(OutcomeView::Page::Declined, journalStateLook(JournalState::Declined),
                    tr("Verified: %1").arg(v.explanation),
                    tr("No money was taken. Ask the customer for another card, then press Try "
                       "another card (Ctrl+Enter)."),
                    detail);
        m_ui->chargeButton->setFocus(Qt::OtherFocusReason);
        return;
    case Phase::NotCharged:
        showOutcome(OutcomeView::Page::NotCharged, journalStateLook(JournalState::Failed),
                    tr("Verified: %1").arg(v.explanation),
                    tr("Nothing was charged. You can charge again."), detail);
        return;
    default:
        break;
    }
    showOutcome(OutcomeView::Page::Unknown, journalStateLook(JournalState::Unknown),
                tr("Still unknown: the payment service could not tell."),
                tr("You can verify again. Do not charge again before it is checked.") + u'\n'
                    + customerCheckText(),
                detail);
    m_ui->outcomeView->verifyButton()->setFocus(Qt::OtherFocusReason);
}

void SalePage::resetSale()
{
    if (!m_sale->reset())
        return;
    m_receipt.reset();
    m_saleItems.clear();
    m_saleReference.clear();
    m_answeredAmount.clear();
    m_sentAmount.clear();
    m_paidNote.clear();
    if (SaleForm *form = currentForm())
        form->clearSale();
    m_ui->recordView->clear();
    m_ui->outcomeDetail->clear();
    m_ui->outcomeView->hide();
    m_ui->chargeNote->hide();
    m_receiptActions->clearPrinterStatus();
    updateChargeButton();
    Q_EMIT saleEdited();
}

void SalePage::newSale()
{
    if (m_sale->isBusy())
        return;
    if (m_sale->newSaleNeedsConfirmation()) {
        QMessageBox box(QMessageBox::Warning, tr("Leave this sale unchecked?"),
                        tr("Nobody knows yet whether this sale of %1 was charged: the customer "
                           "may have paid.")
                            .arg(m_sentAmount),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("leaveUnknownBox"));
        box.setInformativeText(
            tr("If you start a new sale, this one stays in the journal as \"Check before "
               "trying again\" and support can verify it later (Support \u25b8 Journal). Do not "
               "charge the customer again before it is checked."));
        QPushButton *leave = box.addButton(tr("Start a new sale"), QMessageBox::AcceptRole);
        QPushButton *stay = box.addButton(tr("Stay and verify"), QMessageBox::RejectRole);
        box.setDefaultButton(stay);
        box.setEscapeButton(stay);
        box.exec();
        if (box.clickedButton() != leave)
            return;
    }
    resetSale();
    Q_EMIT message(QString());
    focusScanner();
}

void SalePage::focusScanner()
{
    SaleForm *form = currentForm();
    if (!form || !form->isEnabled())
        return;
    form->firstInput()->setFocus(Qt::ShortcutFocusReason);
}

void SalePage::focusFreeAmount()
{
    SaleForm *form = currentForm();
    if (form && form->isEnabled() && form->cart())
        form->cart()->freeAmountInput()->setFocus(Qt::ShortcutFocusReason);
}

void SalePage::printReceipt()
{
    // After a failed print the panel's one print button prints what was kept.
    if (m_receiptActions->printAgainAction()->isVisible()) {
        m_receiptActions->printAgain();
        return;
    }
    m_receiptActions->print(tr("Print receipt"));
}

void SalePage::printReceiptWithDialog()
{
    m_receiptActions->printWithDialog(tr("Print receipt"));
}

void SalePage::printAgain()
{
    m_receiptActions->printAgain();
}

void SalePage::saveReceiptPdf()
{
    m_receiptActions->savePdf();
}

bool SalePage::writeReceiptPdf(const QString &path)
{
    return m_receiptActions->writePdf(path);
}

void SalePage::openReceiptLink()
{
    m_ui->recordView->receiptPanel()->openLink();
}

} // namespace paydesk
