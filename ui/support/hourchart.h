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

    /// Paints the chart into `rect` of any device (the screen, a printer, an image).
    static void paintChart(QPainter &painter, const QRect &rect, const QList<qint64> &perHour,
                           const QFont &font, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_counts;
};

} // namespace paydesk
