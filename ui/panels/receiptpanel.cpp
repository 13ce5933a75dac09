#include "receiptpanel.h"

#include <QDesktopServices>

#include "ui_receiptpanel.h"
#include "widgets/valuelabel.h"

namespace paydesk {

QUrl openableLink(const QString &url)
{
    const QUrl link(url.trimmed(), QUrl::TolerantMode);
    if (!link.isValid() || link.host().isEmpty()
        || (link.scheme() != u"https" && link.scheme() != u"http"))
        return {};
    return link;
}

ReceiptPanel::ReceiptPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ReceiptPanel)
{
    m_ui->setupUi(this);
    prepareValueLabel(m_ui->valueNumber);
    prepareValueLabel(m_ui->valueEmail);
    m_ui->valueUrl->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::TextSelectableByMouse);
    m_ui->valueUrl->setOpenExternalLinks(false);
    connect(m_ui->valueUrl, &QLabel::linkActivated, this, [this](const QString &) { openLink(); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &ReceiptPanel::openLink);
    clear();
}

ReceiptPanel::~ReceiptPanel()
{
    delete m_ui;
}

void ReceiptPanel::setReceipt(const Receipt &receipt)
{
    if (receipt.isEmpty()) {
        clear();
        return;
    }
    m_ui->emptyLabel->hide();
    m_ui->details->show();
    setValueText(m_ui->valueNumber, receipt.number);
    setValueText(m_ui->valueEmail, receipt.email);
    m_link = openableLink(receipt.url);
    if (m_link.isEmpty()) {
        m_ui->valueUrl->setTextFormat(Qt::PlainText);
        setValueText(m_ui->valueUrl, receipt.url);
    } else {
        m_ui->valueUrl->setTextFormat(Qt::RichText);
        setValueLink(m_ui->valueUrl, QString::fromUtf8(m_link.toEncoded()),
                     m_link.toDisplayString());
    }
    m_ui->valueUrl->setToolTip(receipt.url);
    m_ui->openButton->setEnabled(!m_link.isEmpty());
    m_ui->qrCode->setText(receipt.url);
    m_ui->qrCode->setVisible(!receipt.url.isEmpty());
    m_ui->qrCaption->setVisible(!receipt.url.isEmpty());
}

void ReceiptPanel::clear(const QString &why)
{
    m_link.clear();
    m_ui->details->hide();
    m_ui->emptyLabel->setText(why.isEmpty() ? tr("No receipt yet.") : why);
    m_ui->emptyLabel->show();
    m_ui->qrCode->setText(QString());
    m_ui->openButton->setEnabled(false);
}

bool ReceiptPanel::openLink()
{
    if (m_link.isEmpty())
        return false;
    return QDesktopServices::openUrl(m_link);
}

} // namespace paydesk
