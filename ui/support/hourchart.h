// The day's paid sales per hour as 24 bars, painted (no chart library): counts are integers,
// scaled to pixels only here. Also paints into a printed report.
#pragma once

#include <QList>
#include <QWidget>

namespace paydesk {

class HourChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourChart)

public:
    explicit HourChart(QWidget *parent = nullptr);
    ~HourChart() override;

    void setCounts(const QList<qint64> &perHour);
    const QList<qint64> &counts() const { return m_counts; }
    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

    /// The scale's marks for a tallest bar of `top` sales: whole numbers from 0 to a round
    /// ceiling (1, 2, 5, 10, 20, 50…) at equal steps of a whole number, "0 1 2 3 4 5" or
    /// "0 5 10", never "0 2 5".
    static QList<qint64> scaleMarks(qint64 top);
    /// Paints the chart into `rect` of any device (the screen, a printer, an image).
    static void paintChart(QPainter &painter, const QRect &rect, const QList<qint64> &perHour,
                           const QFont &font, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_counts;
};

} // namespace paydesk
