#include "hourchart.h"

#include <QPainter>

#include "widgets/statuslook.h"

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

QList<qint64> HourChart::scaleMarks(qint64 top)
{
    // A round ceiling: 1, 2, 5, 10, 20, 50…
    qint64 ceiling = 1;
    for (qint64 step = 1; ceiling < top; step *= 10)
        for (const qint64 m : {1, 2, 5})
            if (ceiling < top)
                ceiling = m * step;
    // Steps of 1 up to 5; above, the ceiling in 2 (10 → 0 5 10) or 5 parts (50 → 0 10 … 50).
    const qint64 step = ceiling <= 5                ? 1
        : QString::number(ceiling).startsWith(u'5') ? ceiling / 5
                                                    : ceiling / 2;
    QList<qint64> marks;
    for (qint64 v = 0; v <= ceiling; v += step)
        marks.append(v);
    return marks;
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
    const QList<qint64> marks = scaleMarks(top);
    const qint64 ceiling = marks.constLast();
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
    // A scale line at each mark, labelled with its whole number.
    QPen grid(palette.color(QPalette::Mid));
    grid.setStyle(Qt::DotLine);
    for (const qint64 v : marks) {
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
