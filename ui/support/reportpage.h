// End of day: one day's counts and totals by state, currency and backend (Journal::report, the
// figures of `paydeskctl journal report`), the paid sales per hour, printed or saved as PDF.
#pragma once

#include <memory>

#include <QDate>
#include <QJsonObject>
#include <QWidget>

#include "latestrequest.h"

class QPrinter;
class QTextDocument;
class QTreeWidget;

namespace Ui {
class ReportPage;
}

namespace paydesk {

class HourChart;
class Workplace;

/// The report as a document for print and PDF (tables and the chart).
void buildReportDocument(QTextDocument &document, const QJsonObject &report,
                         const QString &merchantName, bool training);

class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(Workplace *workplace, QWidget *parent = nullptr);
    ~ReportPage() override;

    QDate day() const;
    /// The report shown (JournalReport::toJson(), as `journal report --json` prints it); empty
    /// while another day's is on its way from the journal.
    const QJsonObject &report() const { return m_report; }
    /// A report is being computed on the journal's thread.
    bool isLoading() const { return m_request.isOut(); }
    QTreeWidget *byState() const;
    QTreeWidget *byCurrency() const;
    QTreeWidget *byBackend() const;
    HourChart *chart() const;

public Q_SLOTS:
    void showDay(const QDate &day);
    void reload();
    void printReport();
    void saveReportPdf();
    bool writeReportPdf(const QString &path);

Q_SIGNALS:
    void message(const QString &text);
    /// The report of `day` is shown (or why it is not).
    void shown(const QDate &day);

private:
    QString reportFileName() const; ///< end-of-day-<day>.pdf
    void fill(QTreeWidget *tree, const QJsonObject &group, bool states);
    void showReport(const QDate &day, const QJsonObject &report, const QString &error);

    Ui::ReportPage *m_ui;
    Workplace *m_workplace;
    QJsonObject m_report;
    QDate m_reportDay; ///< the day of m_report
    LatestRequest m_request; ///< the report on its way (the last day asked wins)
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace paydesk
