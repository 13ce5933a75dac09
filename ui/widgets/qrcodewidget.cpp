#include "qrcodewidget.h"

#include <QPainter>

namespace paydesk {

namespace {
constexpr int kQuiet = 4;
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_code = encodeQr(text);
    setToolTip(text);
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    if (m_code.isNull())
        return {0, 0};
    const int side = (m_code.size + 2 * kQuiet) * 3;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return sizeHint();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_code.isNull())
        return;
    QPainter painter(this);
    const int modules = m_code.size + 2 * kQuiet;
    const int unit = std::max(1, std::min(width(), height()) / modules);
    const int side = unit * modules;
    const QPoint origin((width() - side) / 2, (height() - side) / 2);
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    for (int y = 0; y < m_code.size; ++y)
        for (int x = 0; x < m_code.size; ++x)
            if (m_code.isDark(x, y))
                painter.fillRect(origin.x() + (x + kQuiet) * unit, origin.y() + (y + kQuiet) * unit,
                                 unit, unit, Qt::black);
}

} // namespace paydesk
