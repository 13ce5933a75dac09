// The cart editor: a scanner field (a barcode scanner types the SKU and Enter) with the
// catalogue's matches shown as the cashier types, the quick keys (the catalogue's favourites,
// Alt+1 …), a scan caught wherever the focus is (ScanCatcher), free amount lines, quantity
// + / − (buttons and keys) and price editing, remove, and the total in the sale's currency
// formatted for the locale.
#pragma once

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QWidget>

#include "cartmodel.h"

namespace Ui {
class CartWidget;
}

namespace paydesk {

class QuickKeys;
class ScanCatcher;

class CartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartWidget)

public:
    explicit CartWidget(QWidget *parent = nullptr);
    ~CartWidget() override;

    void setCatalogue(const Catalogue *catalogue);
    void setCurrency(const QString &currency);
    QString currency() const { return m_model->currency(); }

    CartModel *model() const { return m_model; }
    QLineEdit *scanInput() const;
    QLineEdit *freeAmountInput() const;
    QTableView *view() const;
    /// Where the form's validation shows the cart's issues.
    QLabel *messageLabel() const;

    /// Adds the catalogue product with this SKU; otherwise says why beside the field.
    bool addSku(const QString &sku);
    /// Adds a free amount typed by the cashier; otherwise says why beside the field.
    bool addFreeAmount(const QString &name, const QString &amount);
    void removeSelectedLine();
    /// One more (+1) or one less (−1) of the selected line; never below one.
    void changeQuantity(int delta);
    void clear();

    QuickKeys *quickKeys() const { return m_quickKeys; }

    /// The total as the plain decimal a form field would hold ("70.00"), or the empty string
    /// for an empty cart (so validation says "enter an amount").
    QString totalText() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCompleter();
    void updateTotal();
    void updateQuantityButtons();
    /// Adds one of the product (a quick key, a scan caught elsewhere): the scanner field keeps
    /// what is typed in it.
    void addProduct(const Product &product);

    Ui::CartWidget *m_ui;
    CartModel *m_model;
    const Catalogue *m_catalogue = nullptr;
    QCompleter *m_completer = nullptr;
    QuickKeys *m_quickKeys = nullptr;
    ScanCatcher *m_scans = nullptr;
    QPushButton *m_lessButton = nullptr;
    QPushButton *m_moreButton = nullptr;
};

} // namespace paydesk
