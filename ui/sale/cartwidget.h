// The cart editor: a scanner field (a barcode scanner types the SKU and Enter), a catalogue
// completer, free amount lines, quantity and price editing, remove, and the total in the sale's
// currency formatted for the locale.
#pragma once

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QWidget>

#include "cartmodel.h"

namespace Ui {
class CartWidget;
}

namespace paydesk {

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
    void clear();

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
    void changeQuantity(int delta);

    Ui::CartWidget *m_ui;
    CartModel *m_model;
    const Catalogue *m_catalogue = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace paydesk
