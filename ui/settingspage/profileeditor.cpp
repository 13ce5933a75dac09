#include "profileeditor.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>

#include "backends/backendspec.h"
#include "core/currency.h"
#include "formmessage.h"
#include "ui_profileeditor.h"

namespace paydesk {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfileEditor)
    , m_network(new QNetworkAccessManager(this))
{
    m_ui->setupUi(this);
    m_ui->lockNote->hide();
    for (const BackendSpec *spec : backendSpecs())
        m_ui->kindCombo->addItem(backendTitle(spec->kind), backendName(spec->kind));
    m_ui->tokenEdit->setAccessibleName(tr("API token"));
    m_ui->apiKeyEdit->setAccessibleName(tr("API key"));
    m_ui->testResult->setAccessibleName(tr("Connection test result"));
    // Every payable ISO 4217 currency by code and name; typing "MXN" finds the peso.
    for (const CurrencyChoice &c : currencyChoices(QLocale().language()))
        m_ui->currencyCombo->addItem(c.name.isEmpty() ? c.code.toUpper()
                                                      : tr("%1 — %2").arg(c.code.toUpper(), c.name),
                                     c.code);
    m_ui->currencyCombo->setAccessibleName(tr("Currency"));

    // What the till fills in by itself (profile keys walk_in_client, payment_methods,
    // dots_user_id, ocho_iss).
    m_walkInEdit = addTillRow(QStringLiteral("walkInEdit"), tr("&Walk-in client:"), tr("Walk-in"));
    m_paymentMethodsEdit = addTillRow(QStringLiteral("paymentMethodsEdit"), tr("&Payment methods:"),
                                      tr("e.g. card, cash"));
    m_dotsUserEdit
        = addTillRow(QStringLiteral("dotsUserEdit"), tr("Dots &user id:"), tr("UUID (optional)"));
    m_ochoIssEdit
        = addTillRow(QStringLiteral("ochoIssEdit"), tr("Store &DID:"), tr("did:plc:… (optional)"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        onEdited();
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->tokenEdit, m_ui->clientIdEdit,
                            m_ui->apiKeyEdit, m_ui->caFileEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::onEdited);
    connect(m_ui->currencyCombo, &QComboBox::activated, this, &ProfileEditor::onEdited);
    connect(m_ui->caFileButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trusted CA certificates"), m_ui->caFileEdit->text(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
            onEdited();
        }
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    setProfile(BackendProfile{});
    m_ui->nameEdit->clear();
}

ProfileEditor::~ProfileEditor()
{
    delete m_ui;
}

QLineEdit *ProfileEditor::addTillRow(const QString &objectName, const QString &label,
                                     const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_ui->form->addRow(caption, edit);
    connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::onEdited);
    return edit;
}

void ProfileEditor::setProfile(const BackendProfile &profile)
{
    m_base = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->kindCombo->setCurrentIndex(
        std::max(0, m_ui->kindCombo->findData(backendName(profile.kind))));
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->tokenEdit->setText(profile.token);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->apiKeyEdit->setText(profile.apiKey);
    setCurrency(profile.currency);
    m_ui->caFileEdit->setText(profile.caFile);
    m_walkInEdit->setText(profile.walkInClient);
    m_paymentMethodsEdit->setText(profile.paymentMethods.join(QStringLiteral(", ")));
    m_dotsUserEdit->setText(profile.dotsUserId);
    m_ochoIssEdit->setText(profile.ochoIss);
    updateKind();
    m_report.reset();
    showFormMessage(m_ui->testResult, {}, FormMessage::Plain);
    m_edited = false;
}

void ProfileEditor::setCurrency(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    int index = m_ui->currencyCombo->findData(lower.isEmpty() ? QStringLiteral("usd") : lower);
    if (index < 0) { // a code this chooser does not list: kept as it was, never replaced
        m_ui->currencyCombo->addItem(lower.toUpper(), lower);
        index = m_ui->currencyCombo->count() - 1;
    }
    m_ui->currencyCombo->setCurrentIndex(index);
}

BackendProfile ProfileEditor::profile() const
{
    BackendProfile p = m_base;
    p.name = m_ui->nameEdit->text().trimmed();
    const BackendSpec &spec = chosenSpec();
    p.kind = spec.kind;
    p.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    const bool clientKey = spec.credentials == BackendSpec::Credentials::ClientIdAndKey;
    p.token = clientKey ? QString() : m_ui->tokenEdit->text();
    p.clientId = clientKey ? m_ui->clientIdEdit->text().trimmed() : QString();
    p.apiKey = clientKey ? m_ui->apiKeyEdit->text() : QString();
    p.currency = m_ui->currencyCombo->currentData().toString();
    if (p.currency.isEmpty())
        p.currency = QStringLiteral("usd");
    p.caFile = m_ui->caFileEdit->text().trimmed();
    p.walkInClient = m_walkInEdit->text().trimmed();
    const QStringList methods = m_paymentMethodsEdit->text().split(u',', Qt::SkipEmptyParts);
    if (methods.join(u',') != m_base.paymentMethods.join(u',')) {
        p.paymentMethods.clear();
        for (const QString &method : methods)
            if (!method.trimmed().isEmpty() && !p.paymentMethods.contains(method.trimmed()))
                p.paymentMethods << method.trimmed();
        if (p.paymentMethods.isEmpty() != m_base.paymentMethods.isEmpty())
            p.paymentMethodEditable = p.paymentMethods.isEmpty(); // the default for a list
    }
    const auto tillDefault = [&spec](const char *key, QLineEdit *edit) {
        return spec.tillDefaults.contains(QLatin1String(key)) ? edit->text().trimmed() : QString();
    };
    p.dotsUserId = tillDefault("dots_user_id", m_dotsUserEdit);
    p.ochoIss = tillDefault("ocho_iss", m_ochoIssEdit);
    return p;
}

void ProfileEditor::setLocked(bool locked, const QString &systemFile)
{
    showFormMessage(m_ui->lockNote,
                    locked ? tr("This profile is set by your administrator in %1: only its "
                                "credentials can be entered here.")
                                 .arg(lockSource(systemFile))
                           : QString(),
                    FormMessage::Locked);
    m_locked = locked;
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->caFileEdit, m_walkInEdit,
                            m_paymentMethodsEdit, m_dotsUserEdit, m_ochoIssEdit})
        edit->setReadOnly(locked);
    m_ui->kindCombo->setEnabled(!locked);
    m_ui->currencyCombo->setEnabled(!locked);
    m_ui->caFileButton->setEnabled(!locked);
}

void ProfileEditor::setNameEditable(bool editable)
{
    m_ui->nameEdit->setReadOnly(!editable || m_locked);
}

QString ProfileEditor::problem() const
{
    const BackendProfile p = profile();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!validName.match(p.name).hasMatch())
        return tr("Give the profile a name of letters, digits, - or _.");
    if (p.baseUrl.isEmpty() || !p.baseUrl.isValid() || p.baseUrl.host().isEmpty())
        return tr("Give the backend's base URL, e.g. https://pay.example.com.");
    if (const QString url = checkBaseUrl(p.baseUrl); !url.isEmpty())
        return url;
    // The credential rule is the backend's own (the connection test asks the same).
    const BackendSpec &spec = backendSpec(p.kind);
    const bool missing = spec.credentials == BackendSpec::Credentials::ClientIdAndKey
        ? p.clientId.isEmpty() || p.apiKey.isEmpty()
        : p.token.isEmpty();
    if (missing && spec.needsCredentials(p))
        return tr(spec.missingCredentials);
    // The till's defaults (a UUID, a DID, lengths), as reading the profile checks them.
    BackendProfile till = p;
    till.caFile.clear(); // the connection test says what is wrong with a CA file
    if (const QString values = checkProfileValues(till, false); !values.isEmpty())
        return values;
    return {};
}

const BackendSpec &ProfileEditor::chosenSpec() const
{
    const auto kind = backendFromName(m_ui->kindCombo->currentData().toString());
    const BackendSpec *spec = kind ? findBackendSpec(*kind) : nullptr;
    return spec ? *spec : *backendSpecs().constFirst();
}

void ProfileEditor::updateKind()
{
    const BackendSpec &spec = chosenSpec();
    const bool clientKey = spec.credentials == BackendSpec::Credentials::ClientIdAndKey;
    m_ui->tokenLabel->setVisible(!clientKey);
    m_ui->tokenEdit->setVisible(!clientKey);
    m_ui->clientIdLabel->setVisible(clientKey);
    m_ui->clientIdEdit->setVisible(clientKey);
    m_ui->apiKeyLabel->setVisible(clientKey);
    m_ui->apiKeyEdit->setVisible(clientKey);
    m_ui->tokenEdit->setPlaceholderText(
        spec.credentials == BackendSpec::Credentials::OptionalToken ? tr("optional") : QString());
    const std::pair<QLineEdit *, const char *> rows[] = {{m_walkInEdit, "walk_in_client"},
                                                         {m_paymentMethodsEdit, "payment_methods"},
                                                         {m_dotsUserEdit, "dots_user_id"},
                                                         {m_ochoIssEdit, "ocho_iss"}};
    for (const auto &[edit, key] : rows) {
        const bool shown = spec.tillDefaults.contains(QLatin1String(key));
        edit->setVisible(shown);
        if (QWidget *caption = m_ui->form->labelForField(edit))
            caption->setVisible(shown);
    }
}

void ProfileEditor::onEdited()
{
    m_edited = true;
    m_report.reset();
    if (!isTesting())
        showFormMessage(m_ui->testResult, {}, FormMessage::Plain);
    Q_EMIT changed();
}

bool ProfileEditor::isTesting() const
{
    return m_test && m_test->isRunning();
}

void ProfileEditor::testConnection()
{
    if (isTesting())
        return;
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        showFormMessage(m_ui->testResult, wrong, FormMessage::Error);
        m_report.reset();
        Q_EMIT tested(false);
        return;
    }
    delete m_test;
    // A fresh network access manager per test: a cached connection (or TLS session) from the
    // previous test must not decide this one (a CA file just added, another host).
    delete m_network;
    m_network = new QNetworkAccessManager(this);
    m_test = new ConnectionTest(m_network, profile(), this);
    m_ui->testButton->setEnabled(false);
    showFormMessage(m_ui->testResult, tr("Testing…"), FormMessage::Progress);
    connect(m_test, &ConnectionTest::finished, this, [this] {
        m_ui->testButton->setEnabled(true);
        m_report = m_test->report();
        // The three checks, one line each, with what to do; the summary is the wizard's.
        m_ui->testResult->setStyleSheet({});
        m_ui->testResult->setProperty(
            "message", m_report->ok() ? QStringLiteral("success") : QStringLiteral("error"));
        m_ui->testResult->setTextFormat(Qt::RichText);
        m_ui->testResult->setText(connectionChecksText(*m_report));
        m_ui->testResult->setVisible(true);
        m_ui->testResult->setToolTip(m_report->detail);
        Q_EMIT tested(m_report->ok());
    });
    m_test->start();
}

} // namespace paydesk
