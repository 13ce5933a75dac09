#include "devicesform.h"

#include <QGuiApplication>
#include <QScreen>

#include "devices/escposreceipt.h"
#include "devices/printjob.h"
#include "settings/managedsettings.h"
#include "ui_devicesform.h"

namespace paydesk {

DevicesForm::DevicesForm(ManagedSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DevicesForm)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    const auto text = [this](const char *key) {
        return m_settings->value(QString::fromLatin1(key)).toString().trimmed();
    };
    m_ui->printerUrlEdit->setText(text("printer/url"));
    m_ui->printerWidthCombo->addItem(tr("80 mm (48 columns)"), QStringLiteral("80"));
    m_ui->printerWidthCombo->addItem(tr("58 mm (32 columns)"), QStringLiteral("58"));
    m_ui->printerWidthCombo->setCurrentIndex(text("printer/width_mm") == u"58" ? 1 : 0);
    const std::pair<CodePage, const char *> pages[]
        = {{CodePage::Cp858, QT_TR_NOOP("CP858: Western Europe with the euro sign")},
           {CodePage::Cp850, QT_TR_NOOP("CP850: Western Europe")},
           {CodePage::Cp437, QT_TR_NOOP("CP437: USA")},
           {CodePage::Wpc1252, QT_TR_NOOP("CP1252: Windows Latin-1")}};
    for (const auto &[page, words] : pages)
        m_ui->printerCodePageCombo->addItem(tr(words), codePageName(page));
    const auto page = codePageFromName(text("printer/codepage"));
    m_ui->printerCodePageCombo->setCurrentIndex(std::max(
        0, m_ui->printerCodePageCombo->findData(codePageName(page.value_or(CodePage::Cp858)))));
    connect(m_ui->testPrinterButton, &QPushButton::clicked, this, &DevicesForm::testPrinter);

    m_ui->customerDisplayCheck->setChecked(
        m_settings->value(QStringLiteral("customer_display/enabled"), false).toBool());
    // The screens of this computer, by the name the setting keeps.
    m_ui->customerScreenCombo->addItem(tr("Any screen but the main one"), QString());
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QRect g = screen->geometry();
        QString label = tr("%1 (%2 \u00d7 %3)").arg(screen->name()).arg(g.width()).arg(g.height());
        if (screen == QGuiApplication::primaryScreen())
            label = tr("%1, the main screen").arg(label);
        m_ui->customerScreenCombo->addItem(label, screen->name());
    }
    const QString chosen = text("customer_display/screen");
    if (!chosen.isEmpty() && m_ui->customerScreenCombo->findData(chosen) < 0)
        m_ui->customerScreenCombo->addItem(tr("%1 (not connected now)").arg(chosen), chosen);
    m_ui->customerScreenCombo->setCurrentIndex(
        std::max(0, m_ui->customerScreenCombo->findData(chosen)));

    const std::pair<QWidget *, const char *> fields[]
        = {{m_ui->printerUrlEdit, "printer/url"},
           {m_ui->printerWidthCombo, "printer/width_mm"},
           {m_ui->printerCodePageCombo, "printer/codepage"},
           {m_ui->customerDisplayCheck, "customer_display/enabled"},
           {m_ui->customerScreenCombo, "customer_display/screen"}};
    for (const auto &[field, key] : fields)
        lockField(field, QString::fromLatin1(key));
    // The screen matters only with the display on.
    const bool screenLocked = m_settings->isLocked(QStringLiteral("customer_display/screen"));
    m_ui->customerScreenCombo->setEnabled(m_ui->customerDisplayCheck->isChecked() && !screenLocked);
    connect(m_ui->customerDisplayCheck, &QCheckBox::toggled, this, [this, screenLocked](bool on) {
        m_ui->customerScreenCombo->setEnabled(on && !screenLocked);
    });
}

DevicesForm::~DevicesForm()
{
    delete m_ui;
}

void DevicesForm::lockField(QWidget *field, const QString &key)
{
    const bool locked = m_settings->isLocked(key);
    m_anyLocked = m_anyLocked || locked;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(locked);
    else
        field->setEnabled(!locked);
    field->setProperty("locked", locked);
    if (locked) {
        field->setToolTip(tr("Set by your administrator: it cannot be changed here."));
        field->setStyleSheet(QStringLiteral("background: palette(window);"));
    }
}

void DevicesForm::save()
{
    const bool hasPrinter = !m_ui->printerUrlEdit->text().trimmed().isEmpty();
    const bool displayWasOn
        = m_settings->value(QStringLiteral("customer_display/enabled"), false).toBool();
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("printer/url"), m_ui->printerUrlEdit->text().trimmed()},
        // Without a printer its width and code page mean nothing: not kept.
        {QStringLiteral("printer/width_mm"),
         hasPrinter ? m_ui->printerWidthCombo->currentData().toString() : QString()},
        {QStringLiteral("printer/codepage"),
         hasPrinter ? m_ui->printerCodePageCombo->currentData().toString() : QString()},
        // Off is the default: written only to turn off what another file turns on.
        {QStringLiteral("customer_display/enabled"),
         m_ui->customerDisplayCheck->isChecked() ? QStringLiteral("true")
             : displayWasOn                      ? QStringLiteral("false")
                                                 : QString()},
        {QStringLiteral("customer_display/screen"),
         m_ui->customerScreenCombo->currentData().toString()}};
    for (const auto &[key, value] : values) {
        if (m_settings->isLocked(key))
            continue;
        if (value.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, value);
    }
}

QString DevicesForm::printerStatus() const
{
    return m_ui->printerStatus->text();
}

void DevicesForm::testPrinter()
{
    if (m_printerTest)
        return;
    const QString url = m_ui->printerUrlEdit->text().trimmed();
    if (url.isEmpty()) {
        m_ui->printerStatus->setText(
            tr("Enter the printer's address first. Without one, Ctrl+P opens the print dialog."));
        return;
    }
    const auto config
        = printerConfigFrom(url, m_ui->printerWidthCombo->currentData().toString(),
                            m_ui->printerCodePageCombo->currentData().toString(),
                            m_settings->value(QStringLiteral("printer/timeout_ms")).toString());
    if (!config) {
        m_ui->printerStatus->setText(config.error());
        return;
    }
    const EscPosLayout layout{config->columns(), config->codePage};
    m_printerTest = new PrintJob(config->address, escPosTestSlip(layout, tr("Paydesk test slip")),
                                 config->timeout, this);
    m_ui->testPrinterButton->setEnabled(false);
    m_ui->printerStatus->setText(tr("Printing a test slip\u2026"));
    connect(m_printerTest, &PrintJob::finished, this, [this, job = m_printerTest.data()] {
        job->deleteLater();
        m_ui->testPrinterButton->setEnabled(true);
        const PrintResult &result = job->result();
        m_ui->printerStatus->setText(
            result.printed ? tr("Printed: check the slip (the accented letters and the euro "
                                "sign as your printer shows them). %1")
                                 .arg(result.paperLow ? tr("The paper is running low.") : QString())
                                 .trimmed()
                           : result.sentence());
    });
    m_printerTest->start();
}

} // namespace paydesk
