// The till's quick keys: a grid of the catalogue's favourites, each a big button that adds one
// of the product to the cart, with its keyboard shortcut (Alt+1 … Alt+9) shown on the key.
#pragma once

#include <QList>
#include <QWidget>

#include "workplace/catalogue.h"

class QGridLayout;
class QPushButton;

namespace paydesk {

class QuickKeys final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickKeys)

public:
    static constexpr int kColumns = 4;

    explicit QuickKeys(QWidget *parent = nullptr);
    ~QuickKeys() override;

    /// The favourites, as Catalogue::favourites gives them (with their keys). None: hidden.
    void setProducts(const QList<Product> &favourites);
    const QList<QPushButton *> &buttons() const { return m_buttons; }
    /// The shortcut of quick key `key` (1 … kMaxQuickKeys).
    static QKeySequence shortcutFor(int key);

Q_SIGNALS:
    void chosen(const paydesk::Product &product);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The key's face for its width: the name (elided, whole in the tooltip), then the price and
    /// the shortcut (the shortcut left off when the two do not fit side by side).
    static void fitFace(QPushButton *button);

    QGridLayout *m_grid;
    QList<QPushButton *> m_buttons;
};

} // namespace paydesk
