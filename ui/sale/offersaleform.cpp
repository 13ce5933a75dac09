#include "offersaleform.h"

#include <QCheckBox>

#include "ui_offersaleform.h"

namespace paydesk {

OfferSaleForm::OfferSaleForm(QWidget *parent)
    : SaleForm(parent)
    , m_ui(new Ui::OfferSaleForm)
{
    m_ui->setupUi(this);
    fieldMessages().setFallback(m_ui->generalMessage);
    addField(QStringLiteral("offer_oid"), m_ui->inputOfferOid, m_ui->messageOfferOid);
    addField(QStringLiteral("products"), m_ui->productsBox, m_ui->messageProducts);
    // The Charge button names the quote: Offer prices it, there is no amount before the answer.
    connect(m_ui->inputOfferOid, &QLineEdit::textChanged, this, &SaleForm::edited);
    setFocusProxy(m_ui->inputOfferOid);
    clearSale();
}

QString OfferSaleForm::chargeLabel() const
{
    const QString oid = m_ui->inputOfferOid->text().trimmed();
    return oid.isEmpty() ? tr("Charge the quote") : tr("Charge quote %1").arg(oid);
}

OfferSaleForm::~OfferSaleForm()
{
    delete m_ui;
}

void OfferSaleForm::applyProfile()
{
    const QList<QCheckBox *> old = m_ui->productsBox->findChildren<QCheckBox *>();
    for (QCheckBox *box : old)
        delete box;
    QWidget *previous = m_ui->inputOfferOid;
    for (const ProductOption &option : profile().offerProducts) {
        auto *box = new QCheckBox(option.label, m_ui->productsBox);
        box->setObjectName(QStringLiteral("product_") + option.code);
        box->setProperty("code", option.code);
        box->setAccessibleName(tr("Product: %1").arg(option.label));
        box->setToolTip(tr("Product code %1").arg(option.code));
        m_ui->productsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            fieldMessages().clear(QStringLiteral("products"));
            Q_EMIT edited();
        });
        setTabOrder(previous, box);
        previous = box;
    }
}

void OfferSaleForm::clearSale()
{
    m_ui->inputOfferOid->clear();
    const QList<QCheckBox *> boxes = m_ui->productsBox->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes)
        box->setChecked(false);
    clearIssues();
}

Expected<Sale, FieldIssues> OfferSaleForm::readSale() const
{
    OfferForm form;
    form.offerOid = m_ui->inputOfferOid->text();
    const QList<QCheckBox *> boxes = m_ui->productsBox->findChildren<QCheckBox *>();
    for (const QCheckBox *box : boxes)
        if (box->isChecked())
            form.products << box->property("code").toString();
    return validateSale(form, profile());
}

QList<CartItem> OfferSaleForm::receiptItems() const
{
    // The quote's products, priced by Offer as one amount: they are listed without a price.
    QList<CartItem> items;
    const QList<QCheckBox *> boxes = m_ui->productsBox->findChildren<QCheckBox *>();
    for (const QCheckBox *box : boxes)
        if (box->isChecked())
            items.append({box->property("code").toString(), box->text(), 1, 0});
    return items;
}

QWidget *OfferSaleForm::firstInput() const
{
    return m_ui->inputOfferOid;
}

} // namespace paydesk
