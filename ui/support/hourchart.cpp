#include "hourchart.h"

#include <QPainter>

#include "panels/statuslook.h"

namespace paydesk {

HourChart::HourChart(QWidget *parent)
    : QWidget(parent)
    , m_counts(24, 0)
{
    setAccessibleName(tr("Paid sales per hour"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

HourChart::~HourChart() = default;

void HourChart::setCounts(const QList<qint64> &perHour)
{
    m_counts = perHour;
    m_counts.resize(24, 0);
    QStringList parts;
    for (int h = 0; h < 24; ++h)
        if (m_counts.at(h) > 0)
            parts << tr("%1:00 %2").arg(h, 2, 10, QChar(u'0')).arg(m_counts.at(h));
    setAccessibleDescription(parts.isEmpty() ? tr("No paid sale this day")
                                             : parts.join(QStringLiteral(", ")));
    setToolTip(accessibleDescription());
    update();
}

void HourChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, rect(), m_counts, font(), palette());
}

void HourChart::paintChart(QPainter &painter, const QRect &rect, const QList<qint64> &perHour,
                           const QFont &font, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(font);
    const QFontMetrics fm(font, painter.device());
    const int line = fm.height();
    qint64 top = 0;
    for (qint64 n : perHour)
        top = std::max(top, n);
    // A round ceiling for the scale: 1, 2, 5, 10, 20, 50…
    const qint64 ceiling = [top] {
        for (qint64 step = 1;; step *= 10)
            for (const qint64 m : {1, 2, 5})
                if (m * step >= top)
                    return m * step;
    }();
    const QString topText = QString::number(ceiling);
    const int left = rect.left() + fm.horizontalAdvance(topText) + line / 2;
    // Rows: the title, the count over the tallest bar, the plot, the hours, the axis title.
    const QRect plot(left, rect.top() + 2 * line, rect.right() - left - line / 2,
                     rect.height() - 4 * line);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt::AlignCenter,
                     tr("Paid sales per hour"));
    if (plot.width() < 24 || plot.height() < 10) {
        painter.restore();
        return;
    }
    // Scale lines at 0, half and the ceiling.
    QPen grid(palette.color(QPalette::Mid));
    grid.setStyle(Qt::DotLine);
    for (const qint64 v : {qint64(0), ceiling / 2, ceiling}) {
        if (v == ceiling / 2 && ceiling < 2)
            continue; // a scale of 1 has no half
        const int y = plot.bottom() - int(qint64(plot.height()) * v / ceiling);
        painter.setPen(grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRect(rect.left(), y - line / 2, left - rect.left() - line / 4, line),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    const int slot = plot.width() / 24;
    const int bar = std::max(2, slot * 2 / 3);
    const QColor fill = toneBackground(Tone::Success);
    for (int h = 0; h < 24; ++h) {
        const qint64 n = h < perHour.size() ? perHour.at(h) : 0;
        const int x = plot.left() + h * slot + (slot - bar) / 2;
        const int height = int(qint64(plot.height()) * n / ceiling);
        if (n > 0) {
            painter.fillRect(QRect(x, plot.bottom() - height + 1, bar, height), fill);
            painter.drawText(QRect(x - slot, plot.bottom() - height - line, bar + 2 * slot, line),
                             Qt::AlignHCenter | Qt::AlignBottom, QString::number(n));
        }
        if (h % 2 == 0 || slot > fm.horizontalAdvance(QStringLiteral("00")) + 4)
            painter.drawText(QRect(x - slot, plot.bottom() + 2, bar + 2 * slot, line),
                             Qt::AlignHCenter | Qt::AlignTop,
                             QStringLiteral("%1").arg(h, 2, 10, QChar(u'0')));
    }
    painter.drawText(QRect(rect.left(), rect.bottom() - line, rect.width(), line), Qt::AlignCenter,
                     tr("hour of the day"));
    painter.restore();
}

} // namespace paydesk
