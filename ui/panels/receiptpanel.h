// The receipt of a record: number, email, the link (opened in the browser) and its QR code.
#pragma once

#include <QUrl>
#include <QWidget>

#include "core/paymentrecord.h"

namespace Ui {
class ReceiptPanel;
}

namespace paydesk {

class ReceiptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptPanel)

public:
    explicit ReceiptPanel(QWidget *parent = nullptr);
    ~ReceiptPanel() override;

    void setReceipt(const Receipt &receipt);
    /// Empty: "No receipt yet.", or `why` when there is more to say (an unknown outcome).
    void clear(const QString &why = {});

    /// The receipt link when it is one a browser may open (http or https), else empty.
    QUrl link() const { return m_link; }

public Q_SLOTS:
    /// Opens the link with QDesktopServices; false when there is none.
    bool openLink();

private:
    Ui::ReceiptPanel *m_ui;
    QUrl m_link;
};

/// The receipt URL as a link a browser may open: http(s) only, never file: or javascript:.
QUrl openableLink(const QString &url);

} // namespace paydesk
