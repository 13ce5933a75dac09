#include "salepage.h"

#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include "cartwidget.h"
#include "checkoutsaleform.h"
#include "common/outputdialogs.h"
#include "dotssaleform.h"
#include "ochosaleform.h"
#include "offersaleform.h"
#include "panels/chargepanel.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "receipt/receiptactions.h"
#include "ui_salepage.h"
#include "workplace/workplace.h"

namespace paydesk {

SalePage::SalePage(Workplace *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::SalePage)
    , m_session(session)
    , m_network(new QNetworkAccessManager(this))
    , m_sale(new SaleController(session->journal.get(), m_network, session->context, this))
    , m_receiptActions(new ReceiptActions(this, [this] { return m_receipt; }))
{
    m_ui->setupUi(this);
    setFocusPolicy(Qt::ClickFocus); // holds the focus while sending, so a stray Enter does nothing
    const QList<SaleForm *> forms{new CheckoutSaleForm, new OfferSaleForm, new DotsSaleForm,
                                  new OchoSaleForm};
    for (SaleForm *form : forms) {
        form->setCatalogue(&m_session->catalogue);
        form->setTerminal(m_session->context.terminal);
        m_forms.insert(form->kind(), form);
        m_ui->formStack->addWidget(form);
        connect(form, &SaleForm::edited, this, &SalePage::updateChargeButton);
        connect(form, &SaleForm::edited, this, &SalePage::saleEdited);
    }
    QFont title = m_ui->formTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->formTitle->setFont(title);
    m_ui->resultTitle->setFont(title);
    QFont charge = m_ui->chargeButton->font();
    charge.setPointSizeF(charge.pointSizeF() * 1.25);
    charge.setBold(true);
    m_ui->chargeButton->setFont(charge);
    styleMessageLabel(m_ui->profileProblem);
    QFont outcome = m_ui->outcomeText->font();
    outcome.setBold(true);
    outcome.setPointSizeF(outcome.pointSizeF() * 1.1);
    m_ui->outcomeText->setFont(outcome);
    m_ui->outcomeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verify = m_ui->verifyButton->font();
    verify.setBold(true);
    m_ui->verifyButton->setFont(verify);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({640, 640});

    connect(m_ui->chargeButton, &QPushButton::clicked, this, &SalePage::charge);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SalePage::cancel);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &SalePage::verify);
    connect(m_ui->printButton, &QPushButton::clicked, this, &SalePage::printReceipt);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &SalePage::saveReceiptPdf);
    connect(m_ui->newSaleButton, &QPushButton::clicked, this, &SalePage::newSale);
    connect(m_sale, &SaleController::phaseChanged, this, &SalePage::onPhaseChanged);
    connect(m_sale, &SaleController::sent, this, [this] {
        m_ui->progressText->setText(
            tr("Sent: waiting for the answer. Esc stops waiting (the sale must then be "
               "checked)."));
    });
    connect(m_ui->printAgainButton, &QPushButton::clicked, this, &SalePage::printAgain);
    connect(m_receiptActions, &ReceiptActions::message, this, &SalePage::message);
    connect(m_receiptActions, &ReceiptActions::printerStatusChanged, this,
            &SalePage::updatePrintStatus);
    m_ui->printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->printButton->setAutoDefault(true); // Enter prints: the focus lands there once paid
    updatePrintStatus();
    onPhaseChanged(Phase::Editing);
}

SalePage::~SalePage()
{
    delete m_ui;
}

SaleForm *SalePage::currentForm() const
{
    return m_forms.value(m_profile.kind);
}

RecordView *SalePage::recordView() const
{
    return m_ui->recordView;
}

QString SalePage::saleTitle() const
{
    switch (m_profile.kind) {
    case BackendKind::Checkout:
        return tr("Checkout sale");
    case BackendKind::Offer:
        return tr("Offer insurance quote");
    case BackendKind::Dots:
        return tr("Dots payment");
    case BackendKind::Ocho:
        return tr("Ocho payment");
    case BackendKind::Stripe:
        break;
    }
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
    m_ui->progress->setVisible(busy);
    m_ui->cancelButton->setVisible(phase == Phase::Sending);
    m_ui->cancelButton->setEnabled(phase == Phase::Sending);
    m_ui->verifyButton->setVisible(phase == Phase::Unknown || phase == Phase::Verifying);
    m_ui->verifyButton->setEnabled(m_sale->canVerify());
    m_ui->newSaleButton->setEnabled(!busy);
    if (!busy)
        m_ui->progressText->clear();
    updateChargeButton(); // before the outcome, which may give it the focus
    if (was == Phase::Sending && !busy)
        showAttemptOutcome();
    else if (was == Phase::Verifying && !busy)
        showVerification();
    m_ui->printButton->setEnabled(hasReceipt());
    m_ui->pdfButton->setEnabled(hasReceipt());
    Q_EMIT phaseChanged(phase);
}

bool SalePage::canCharge() const
{
    return m_sale->canCharge() && m_profileProblem.isEmpty() && currentForm() != nullptr;
}

void SalePage::updateChargeButton()
{
    SaleForm *form = currentForm();
    m_ui->chargeButton->setText(form ? form->chargeLabel() : tr("Charge"));
    m_ui->chargeButton->setAccessibleName(m_ui->chargeButton->text());
    m_ui->chargeButton->setEnabled(canCharge());
}

void SalePage::charge()
{
    if (!canCharge())
        return; // sending, paid, unknown: the same sale is never sent twice
    SaleForm *form = currentForm();
    const auto sale = form->validate();
    if (!sale) {
        m_ui->progressText->setText(tr("Nothing was sent: correct the fields marked in red."));
        return;
    }
    m_saleItems = form->receiptItems();
    m_saleReference = saleReference(*sale);
    m_receipt.reset();
    m_ui->recordView->clear();
    m_ui->outcomeFrame->hide();
    m_ui->progressText->setText(tr("Sending to %1\u2026").arg(backendName(m_profile.kind)));
    setFocus(Qt::OtherFocusReason);
    m_sale->charge(*sale);
}

void SalePage::cancel()
{
    m_sale->cancel();
}

void SalePage::showOutcome(const StatusLook &look, const QString &text, const QString &help,
                           const QString &detail)
{
    m_ui->outcomeBadge->setLook(look);
    m_ui->outcomeText->setText(text);
    m_ui->outcomeHelp->setText(help);
    m_ui->outcomeHelp->setVisible(!help.isEmpty());
    m_ui->outcomeDetail->setText(detail);
    m_ui->outcomeDetail->setVisible(!detail.isEmpty());
    const QColor border = toneBackground(look.tone);
    m_ui->outcomeFrame->setStyleSheet(
        QStringLiteral("QFrame#outcomeFrame { border: 2px solid %1; border-radius: 6px; }")
            .arg(border.name()));
    m_ui->outcomeFrame->show();
    Q_EMIT message(text.section(u'\n', 0, 0));
}

QString SalePage::journalLine() const
{
    return tr("Journal entry %1 \u00b7 Idempotency-Key %2")
        .arg(m_sale->journalId())
        .arg(m_sale->idempotencyKey());
}

void SalePage::setCounterPrinter(ReceiptPrinter *printer)
{
    m_receiptActions->setCounterPrinter(printer);
    updatePrintStatus();
}

void SalePage::updatePrintStatus()
{
    const QAction *again = m_receiptActions->printAgainAction();
    m_ui->printAgainButton->setVisible(again->isVisible());
    m_ui->printAgainButton->setEnabled(again->isEnabled());
    const QString status = m_receiptActions->printerStatus();
    m_ui->printStatus->setText(status.isEmpty() ? QString()
                                                : tr("Receipt printer: %1").arg(status));
    m_ui->printStatus->setVisible(!status.isEmpty());
    // A receipt kept after a failed print is not to be missed.
    m_ui->printStatus->setStyleSheet(again->isVisible() ? QStringLiteral("color: #b00020;")
                                                        : QString());
}

void SalePage::showDone(const PaymentRecord &record, const QString &status, const QString &text)
{
    m_ui->recordView->setRecord(record);
    m_receipt = m_session->tillReceipt(record, m_saleItems, m_saleReference, status);
    showOutcome(journalStateLook(m_sale->state()), text,
                tr("Print the receipt (Ctrl+P) or save it as PDF (Ctrl+Shift+S); "
                   "New sale (Ctrl+N) starts the next one."),
                journalLine());
    m_ui->printButton->setEnabled(true);
    m_ui->pdfButton->setEnabled(true);
    m_ui->printButton->setFocus(Qt::OtherFocusReason);
}

void SalePage::showAttemptOutcome()
{
    if (m_sale->journalId() == 0) {
        showOutcome({Tone::Danger, tr("Not sent")},
                    tr("The journal could not record the sale, so nothing was sent."),
                    tr("Call support. The sale can be charged once the journal works."),
                    m_sale->journalError());
        return;
    }
    QString journalWarning;
    if (!m_sale->journalError().isEmpty())
        journalWarning
            = tr("\nWARNING: the outcome could not be journaled: %1").arg(m_sale->journalError());
    const Phase phase = m_sale->phase();
    if (phase == Phase::Paid || phase == Phase::Created) {
        const PaymentRecord &record = *m_sale->record();
        const QString amount
            = record.intent.amount ? formatMoney(*record.intent.amount) : QString();
        const QString card
            = record.latestCharge() ? cardText(record.latestCharge()->card) : QString();
        QString text;
        if (phase == Phase::Paid)
            text = card.isEmpty() ? tr("Paid: %1.").arg(amount)
                                  : tr("Paid: %1 by %2.").arg(amount, card);
        else
            text = tr("Payment intent %1 created for %2: the customer completes the payment.")
                       .arg(record.intent.id, amount.isEmpty() ? tr("the quote") : amount);
        if (m_sale->replayed())
            text += u' ' + tr("(The payment service had answered this sale before.)");
        showDone(record, journalStateLook(m_sale->state()).text, text + journalWarning);
        return;
    }
    const BackendError error = m_sale->error().value_or(BackendError{});
    const QString detail = journalLine() + QStringLiteral("\n") + error.detail() + journalWarning;
    if (m_sale->record())
        m_ui->recordView->setRecord(*m_sale->record()); // a decline carries the failed charge
    switch (phase) {
    case Phase::Declined:
        showOutcome(journalStateLook(JournalState::Declined), error.cashierText(),
                    tr("No money was taken. Ask for another card, then charge again."), detail);
        m_ui->chargeButton->setFocus(Qt::OtherFocusReason);
        return;
    case Phase::NotCharged:
        showOutcome(journalStateLook(JournalState::Failed), error.cashierText(),
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
    // Unknown: never a plain failure.
    if (!m_sale->record())
        m_ui->recordView->clearUnknown(tr("No answer received"));
    showOutcome(journalStateLook(JournalState::Unknown), error.cashierText(),
                tr("Do not charge again yet: the customer may have paid. Press Verify "
                   "(Ctrl+Shift+V) to ask the payment service what became of this sale; if it "
                   "cannot tell, check the customer's card or banking app, or the backend's "
                   "back office, for journal entry %1.")
                    .arg(m_sale->journalId()),
                detail);
    m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
}

void SalePage::verify()
{
    if (!m_sale->canVerify())
        return;
    m_ui->progressText->setText(
        tr("Asking the payment service about journal entry %1\u2026").arg(m_sale->journalId()));
    setFocus(Qt::OtherFocusReason);
    m_sale->verify();
}

void SalePage::showVerification()
{
    const VerifyResult v = m_sale->verification().value_or(VerifyResult{});
    const QString detail
        = journalLine() + (v.error.isEmpty() ? QString() : QStringLiteral("\n") + v.error);
    switch (m_sale->phase()) {
    case Phase::Paid:
    case Phase::Created: {
        const PaymentRecord &record = *m_sale->record();
        const QString amount
            = record.intent.amount ? formatMoney(*record.intent.amount) : QString();
        const QString card
            = record.latestCharge() ? cardText(record.latestCharge()->card) : QString();
        showDone(record, journalStateLook(m_sale->state()).text,
                 m_sale->phase() == Phase::Created
                     ? tr("Verified: the payment intent exists (%1); the customer completes "
                          "the payment.")
                           .arg(record.intent.id)
                     : card.isEmpty()
                     ? tr("Verified: the payment went through, %1.").arg(amount)
                     : tr("Verified: the payment went through, %1 by %2.").arg(amount, card));
        m_ui->outcomeDetail->setText(m_ui->outcomeDetail->text() + u'\n' + v.explanation);
        return;
    }
    case Phase::Declined:
        if (m_sale->record())
            m_ui->recordView->setRecord(*m_sale->record());
        showOutcome(journalStateLook(JournalState::Declined), tr("Verified: %1").arg(v.explanation),
                    tr("No money was taken. Ask for another card, then charge again."), detail);
        return;
    case Phase::NotCharged:
        showOutcome(journalStateLook(JournalState::Failed), tr("Verified: %1").arg(v.explanation),
                    tr("Nothing was charged. You can charge again."), detail);
        return;
    default:
        break;
    }
    showOutcome(journalStateLook(JournalState::Unknown),
                tr("Still unknown: the payment service could not tell."),
                v.explanation + u' '
                    + tr("You can verify again, or check as described before charging again."),
                detail);
    m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
}

void SalePage::resetSale()
{
    if (!m_sale->reset())
        return;
    m_receipt.reset();
    m_saleItems.clear();
    m_saleReference.clear();
    if (SaleForm *form = currentForm())
        form->clearSale();
    m_ui->recordView->clear();
    m_ui->outcomeFrame->hide();
    m_ui->progressText->clear();
    m_receiptActions->clearPrinterStatus();
    Q_EMIT saleEdited();
}

void SalePage::newSale()
{
    if (m_sale->isBusy())
        return;
    if (m_sale->newSaleNeedsConfirmation()) {
        const auto answer = QMessageBox::question(
            this, tr("Leave this sale unverified?"),
            tr("The outcome of journal entry %1 is still unknown: the customer may have paid. "
               "Support can verify it later from the journal.\n\nStart a new sale anyway?")
                .arg(m_sale->journalId()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
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
