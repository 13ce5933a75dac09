// Shows the QR code of a text (a receipt link) at a whole number of pixels per module, so
// phones read it from the screen.
#pragma once

#include <QWidget>

#include "qrcode.h"

namespace paydesk {

class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    const QrCode &code() const { return m_code; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QrCode m_code;
};

} // namespace paydesk
