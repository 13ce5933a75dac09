#include "salepage.h"

#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPrinter>

#include "common/outputdialogs.h"
#include "workplace/workplace.h"
#include "cartwidget.h"
#include "checkoutsaleform.h"
#include "dotssaleform.h"
#include "ochosaleform.h"
#include "offersaleform.h"
#include "panels/chargepanel.h"
#include "panels/receiptpanel.h"
#include "panels/recordview.h"
#include "payments/saleattempt.h"
#include "payments/verifier.h"
#include "ui_salepage.h"

namespace paydesk {

SalePage::SalePage(Workplace *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::SalePage)
    , m_session(session)
    , m_network(new QNetworkAccessManager(this))
{
    m_ui->setupUi(this);
    setFocusPolicy(Qt::ClickFocus); // holds the focus while sending, so a stray Enter does nothing
    const QList<SaleForm *> forms{new CheckoutSaleForm, new OfferSaleForm, new DotsSaleForm,
                                  new OchoSaleForm};
    for (SaleForm *form : forms) {
        form->setCatalogue(&m_session->catalogue);
        m_forms.insert(form->kind(), form);
        m_ui->formStack->addWidget(form);
        connect(form, &SaleForm::edited, this, &SalePage::updateChargeButton);
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
    setPhase(Phase::Editing);
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

bool SalePage::canChangeProfile() const
{
    return m_phase == Phase::Editing || m_phase == Phase::Done;
}

bool SalePage::canCharge() const
{
    return m_phase == Phase::Editing && m_profileProblem.isEmpty() && currentForm() != nullptr;
}

void SalePage::setProfile(const BackendProfile &profile)
{
    if (!canChangeProfile())
        return;
    const bool wasDone = m_phase == Phase::Done;
    m_profile = profile;
    SaleForm *form = currentForm();
    if (!form)
        return;
    form->setProfile(profile);
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
    if (wasDone)
        resetSale();
    else
        setPhase(Phase::Editing);
}

void SalePage::setPhase(Phase phase)
{
    m_phase = phase;
    const bool busy = phase == Phase::Sending || phase == Phase::Verifying;
    if (SaleForm *form = currentForm())
        form->setEnabled(phase == Phase::Editing);
    m_ui->progress->setVisible(busy);
    m_ui->cancelButton->setVisible(phase == Phase::Sending);
    m_ui->cancelButton->setEnabled(phase == Phase::Sending);
    m_ui->verifyButton->setVisible(phase == Phase::Unknown || phase == Phase::Verifying);
    m_ui->verifyButton->setEnabled(phase == Phase::Unknown);
    m_ui->printButton->setEnabled(hasReceipt());
    m_ui->pdfButton->setEnabled(hasReceipt());
    m_ui->newSaleButton->setEnabled(!busy);
    if (!busy && phase != Phase::Editing)
        m_ui->progressText->clear();
    updateChargeButton();
    Q_EMIT phaseChanged(phase);
}

void SalePage::updateChargeButton()
{
    SaleForm *form = currentForm();
    const QString amount = form ? form->amountText() : QString();
    m_ui->chargeButton->setText(amount.isEmpty() ? tr("Charge") : tr("Charge %1").arg(amount));
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
    m_verifier.reset();
    m_ui->recordView->clear();
    m_ui->outcomeFrame->hide();
    m_attempt = std::make_unique<SaleAttempt>(m_session->journal.get(), m_network, m_profile, *sale,
                                              m_session->context, JobOptions{});
    connect(m_attempt.get(), &SaleAttempt::sent, this, [this] {
        m_ui->progressText->setText(
            tr("Sent: waiting for the answer. Esc stops waiting (the sale must then be "
               "checked)."));
    });
    connect(m_attempt.get(), &SaleAttempt::finished, this, &SalePage::onAttemptFinished);
    m_ui->progressText->setText(tr("Sending to %1\u2026").arg(backendName(m_profile.kind)));
    setPhase(Phase::Sending);
    setFocus(Qt::OtherFocusReason);
    m_attempt->start();
}

void SalePage::cancel()
{
    if (m_phase == Phase::Sending && m_attempt)
        m_attempt->cancel();
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

void SalePage::showDone(const PaymentRecord &record, const QString &status, const QString &text)
{
    m_ui->recordView->setRecord(record);
    m_receipt = receiptFor(record, m_saleItems, m_saleReference, m_session->merchant.name,
                           m_session->merchant.address, m_session->training, status);
    const QString detail = tr("Journal entry %1 \u00b7 Idempotency-Key %2")
                               .arg(m_journalId)
                               .arg(m_attempt ? m_attempt->idempotencyKey() : QString());
    const JournalState state = record.intent.status == u"succeeded"
            || (record.latestCharge() && record.latestCharge()->status == u"succeeded")
        ? JournalState::Succeeded
        : JournalState::Created;
    showOutcome(journalStateLook(state), text,
                tr("Print the receipt (Ctrl+P) or save it as PDF (Ctrl+Shift+S); "
                   "New sale (Ctrl+N) starts the next one."),
                detail);
    setPhase(Phase::Done);
    m_ui->printButton->setFocus(Qt::OtherFocusReason);
}

void SalePage::onAttemptFinished()
{
    m_ui->progressText->clear();
    const JobResult &r = m_attempt->result();
    m_journalId = m_attempt->journalId();
    if (m_journalId == 0) {
        showOutcome({Tone::Danger, tr("Not sent")},
                    tr("The journal could not record the sale, so nothing was sent."),
                    tr("Call support. The sale can be charged once the journal works."),
                    m_attempt->journalError());
        setPhase(Phase::Editing);
        return;
    }
    QString journalWarning;
    if (!m_attempt->journalError().isEmpty())
        journalWarning = tr("\nWARNING: the outcome could not be journaled: %1")
                             .arg(m_attempt->journalError());
    const QString detailLine = tr("Journal entry %1 \u00b7 Idempotency-Key %2")
                                   .arg(m_journalId)
                                   .arg(m_attempt->idempotencyKey());
    const JournalState state = m_attempt->state();
    if ((state == JournalState::Succeeded || state == JournalState::Created) && r.record) {
        const PaymentRecord &record = *r.record;
        const QString amount
            = record.intent.amount ? formatMoney(*record.intent.amount) : QString();
        const QString card
            = record.latestCharge() ? cardText(record.latestCharge()->card) : QString();
        QString text;
        if (state == JournalState::Succeeded)
            text = card.isEmpty() ? tr("Paid: %1.").arg(amount)
                                  : tr("Paid: %1 by %2.").arg(amount, card);
        else
            text = tr("Payment intent %1 created for %2: the customer completes the payment.")
                       .arg(record.intent.id, amount.isEmpty() ? tr("the quote") : amount);
        if (r.replayed)
            text += u' ' + tr("(The payment service had answered this sale before.)");
        showDone(record, journalStateLook(state).text, text + journalWarning);
        return;
    }
    const BackendError error = r.error.value_or(BackendError{});
    const QString detail = detailLine + QStringLiteral("\n") + error.detail() + journalWarning;
    if (r.record)
        m_ui->recordView->setRecord(*r.record); // a decline carries the failed charge
    switch (state) {
    case JournalState::Declined:
        showOutcome(journalStateLook(state), error.cashierText(),
                    tr("No money was taken. Ask for another card, then charge again."), detail);
        setPhase(Phase::Editing);
        m_ui->chargeButton->setFocus(Qt::OtherFocusReason);
        return;
    case JournalState::Failed:
        showOutcome(journalStateLook(state), error.cashierText(),
                    error.reach == BackendError::Reach::NotSent
                        ? tr("Nothing reached the payment service. You can charge again.")
                        : tr("Nothing was charged. Correct what the message says, then charge "
                             "again."),
                    detail);
        setPhase(Phase::Editing);
        if (SaleForm *form = currentForm())
            form->firstInput()->setFocus(Qt::OtherFocusReason);
        return;
    default:
        break;
    }
    // Unknown (or an outcome the journal could not take): never a plain failure.
    if (!r.record)
        m_ui->recordView->clear(tr("No answer received"));
    showOutcome(journalStateLook(JournalState::Unknown), error.cashierText(),
                tr("Do not charge again yet: the customer may have paid. Press Verify "
                   "(Ctrl+Shift+V) to ask the payment service what became of this sale; if it "
                   "cannot tell, check the customer's card or banking app, or the backend's "
                   "back office, for journal entry %1.")
                    .arg(m_journalId),
                detail);
    setPhase(Phase::Unknown);
    m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
}

void SalePage::verify()
{
    if (!canVerify() || m_journalId == 0)
        return;
    m_verifier
        = std::make_unique<Verifier>(m_session->journal.get(), m_network, m_profile, m_journalId);
    connect(m_verifier.get(), &Verifier::finished, this, &SalePage::onVerified);
    m_ui->progressText->setText(
        tr("Asking the payment service about journal entry %1\u2026").arg(m_journalId));
    setPhase(Phase::Verifying);
    setFocus(Qt::OtherFocusReason);
    m_verifier->start();
}

void SalePage::onVerified()
{
    const VerifyResult v = m_verifier->result();
    m_ui->progressText->clear();
    const QString detail = tr("Journal entry %1 \u00b7 Idempotency-Key %2")
                               .arg(m_journalId)
                               .arg(m_attempt ? m_attempt->idempotencyKey() : QString())
        + (v.error.isEmpty() ? QString() : QStringLiteral("\n") + v.error);
    if (!v.definite) {
        showOutcome(journalStateLook(JournalState::Unknown),
                    tr("Still unknown: the payment service could not tell."),
                    v.explanation + u' '
                        + tr("You can verify again, or check as described before charging "
                             "again."),
                    detail);
        setPhase(Phase::Unknown);
        m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    switch (v.state) {
    case JournalState::Succeeded:
    case JournalState::Created:
        if (v.record) {
            const PaymentRecord &record = *v.record;
            const QString amount
                = record.intent.amount ? formatMoney(*record.intent.amount) : QString();
            const QString card
                = record.latestCharge() ? cardText(record.latestCharge()->card) : QString();
            showDone(record, journalStateLook(v.state).text,
                     v.state == JournalState::Created
                         ? tr("Verified: the payment intent exists (%1); the customer completes "
                              "the payment.")
                               .arg(record.intent.id)
                         : card.isEmpty()
                         ? tr("Verified: the payment went through, %1.").arg(amount)
                         : tr("Verified: the payment went through, %1 by %2.").arg(amount, card));
            m_ui->outcomeDetail->setText(m_ui->outcomeDetail->text() + u'\n' + v.explanation);
            return;
        }
        break;
    case JournalState::Declined:
        if (v.record)
            m_ui->recordView->setRecord(*v.record);
        showOutcome(journalStateLook(v.state), tr("Verified: %1").arg(v.explanation),
                    tr("No money was taken. Ask for another card, then charge again."), detail);
        setPhase(Phase::Editing);
        return;
    default:
        break;
    }
    showOutcome(journalStateLook(v.state), tr("Verified: %1").arg(v.explanation),
                tr("Nothing was charged. You can charge again."), detail);
    setPhase(Phase::Editing);
}

void SalePage::resetSale()
{
    m_attempt.reset();
    m_verifier.reset();
    m_receipt.reset();
    m_saleItems.clear();
    m_saleReference.clear();
    m_journalId = 0;
    if (SaleForm *form = currentForm())
        form->clearSale();
    m_ui->recordView->clear();
    m_ui->outcomeFrame->hide();
    m_ui->progressText->clear();
    setPhase(Phase::Editing);
}

void SalePage::newSale()
{
    if (m_phase == Phase::Sending || m_phase == Phase::Verifying)
        return;
    if (m_phase == Phase::Unknown) {
        const auto answer = QMessageBox::question(
            this, tr("Leave this sale unverified?"),
            tr("The outcome of journal entry %1 is still unknown: the customer may have paid. "
               "Support can verify it later from the journal.\n\nStart a new sale anyway?")
                .arg(m_journalId),
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
    if (!m_receipt)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    openPrintDialog(this, *m_printer, tr("Print receipt"), receiptFileName(),
                    [this, receipt = *m_receipt] {
                        paydesk::printReceipt(*m_printer, receipt);
                        Q_EMIT message(tr("Receipt sent to the printer."));
                    });
}

QString SalePage::receiptFileName() const
{
    const QString base = !m_receipt          ? QStringLiteral("receipt")
        : m_receipt->receiptNumber.isEmpty() ? m_receipt->intentId
                                             : m_receipt->receiptNumber;
    return QStringLiteral("receipt-%1.pdf").arg(base);
}

void SalePage::saveReceiptPdf()
{
    if (!m_receipt)
        return;
    openSaveDialog(this, tr("Save receipt as PDF"), tr("PDF files (*.pdf)"), receiptFileName(),
                   [this](const QString &path) { writeReceiptPdf(path); });
}

bool SalePage::writeReceiptPdf(const QString &path)
{
    if (!m_receipt)
        return false;
    const auto saved = paydesk::saveReceiptPdf(path, *m_receipt);
    if (!saved) {
        QMessageBox::warning(this, tr("Receipt not saved"), saved.error());
        return false;
    }
    Q_EMIT message(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SalePage::openReceiptLink()
{
    m_ui->recordView->receiptPanel()->openLink();
}

} // namespace paydesk
