#include "reportpage.h"

#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QShortcut>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>

#include "core/datetext.h"
#include "core/money.h"
#include "hourchart.h"
#include "ui_reportpage.h"
#include "widgets/outputdialogs.h"
#include "widgets/statuslook.h"
#include "workplace/workplace.h"

namespace paydesk {

namespace {

QString stateLabel(const QString &name)
{
    const auto state = stateFromName(name);
    // In words; the code the journal and paydeskctl use is the row's tooltip.
    return state ? journalStateLook(*state).text : name;
}

QList<qint64> hoursOf(const QJsonObject &report)
{
    QList<qint64> hours;
    const QJsonArray a = report.value(QStringLiteral("succeeded_per_hour")).toArray();
    for (const QJsonValue &v : a)
        hours.append(v.toInteger());
    return hours;
}

/// A store's tills in the report: each one's sales of the day (counted once on the store), then a
/// line for each till that had sales not yet forwarded. Empty for a till's own journal.
QString storeTillsText(const QJsonObject &report)
{
    const QJsonArray tills = report.value(QStringLiteral("tills")).toArray();
    if (tills.isEmpty())
        return {};
    QStringList each;
    for (const QJsonValue &v : tills) {
        const QJsonObject t = v.toObject();
        each << ReportPage::tr("%1: %Ln sale(s)", nullptr,
                               int(t.value(QStringLiteral("sales")).toInteger()))
                    .arg(t.value(QStringLiteral("till")).toString());
    }
    QString text = ReportPage::tr("Tills: %1.").arg(each.join(QStringLiteral(", ")));
    const QStringList backlog = reportBacklogLines(report);
    for (const QString &line : backlog)
        text += QStringLiteral("\n\u26a0 ") + line;
    return text;
}

/// The line for what the figures leave out, the words of `paydeskctl journal report`.
QString notCountedText(const QJsonObject &report)
{
    return ReportPage::tr("training/demo: %1, not counted")
        .arg(QLocale().toString(report.value(QStringLiteral("training_not_counted")).toInteger()));
}

} // namespace

void buildReportDocument(QTextDocument &document, const QJsonObject &report,
                         const QString &merchantName, bool training)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(ReportPage::tr("End of day %1")
                         .arg(formatDate(QDate::fromString(
                             report.value(QStringLiteral("date")).toString(), Qt::ISODate)))
                         .toHtmlEscaped());
    if (!merchantName.isEmpty() || training)
        html
            += QStringLiteral("<p>%1%2</p>")
                   .arg(merchantName.toHtmlEscaped(),
                        training ? ReportPage::tr(" \u2014 TRAINING, no real money").toHtmlEscaped()
                                 : QString());
    const std::pair<QString, QString> groups[]
        = {{ReportPage::tr("By state"), QStringLiteral("by_state")},
           {ReportPage::tr("Takings by currency"), QStringLiteral("takings_by_currency")},
           {ReportPage::tr("Takings by backend"), QStringLiteral("takings_by_backend")}};
    for (const auto &[title, key] : groups) {
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" width=\"100%\">")
                    .arg(title.toHtmlEscaped());
        const QJsonObject group = report.value(key).toObject();
        if (group.isEmpty())
            html += QStringLiteral("<tr><td>%1</td></tr>")
                        .arg(ReportPage::tr("(none)").toHtmlEscaped());
        for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
            const QJsonObject g = it.value().toObject();
            const QString name = key == u"by_state" ? stateLabel(it.key())
                : key == u"takings_by_currency"     ? it.key().toUpper()
                                                    : it.key();
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                                   "<td align=\"right\">%3</td></tr>")
                        .arg(name.toHtmlEscaped())
                        .arg(g.value(QStringLiteral("count")).toInteger())
                        .arg(reportTotalsText(g).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(ReportPage::tr("Refunds: %1").arg(reportRefundsText(report)).toHtmlEscaped(),
                     ReportPage::tr("Net takings (takings less refunds): %1")
                         .arg(reportNetText(report))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(notCountedText(report).toHtmlEscaped());
    // A store: each till's sales, and what a till had not yet forwarded.
    if (const QString tills = storeTillsText(report); !tills.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tills.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    // A line for each sale whose backend answered another amount than the sale's own.
    const QJsonArray differences = report.value(QStringLiteral("amount_differences")).toArray();
    if (!differences.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" width=\"100%\">")
                    .arg(ReportPage::tr("Amounts that differ").toHtmlEscaped());
        html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(ReportPage::tr("Entry").toHtmlEscaped(),
                         ReportPage::tr("Reference").toHtmlEscaped(),
                         ReportPage::tr("Sale").toHtmlEscaped(),
                         ReportPage::tr("Backend").toHtmlEscaped());
        for (const QJsonValue &v : differences) {
            const QJsonObject d = v.toObject();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                                   "<td align=\"right\">%4</td></tr>")
                        .arg(d.value(QStringLiteral("id")).toInteger())
                        .arg(d.value(QStringLiteral("reference")).toString().toHtmlEscaped(),
                             d.value(QStringLiteral("sale")).toString().toHtmlEscaped(),
                             d.value(QStringLiteral("backend")).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    // The chart as an image of the document, painted by the same code as on screen.
    QImage chart(1600, 560, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        QFont font(QStringLiteral("sans-serif"));
        font.setPixelSize(22);
        QPalette palette;
        palette.setColor(QPalette::WindowText, Qt::black);
        palette.setColor(QPalette::Mid, Qt::gray);
        HourChart::paintChart(painter, chart.rect().adjusted(10, 10, -10, -10), hoursOf(report),
                              font, palette);
    }
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("paydesk:chart.png")),
                         chart);
    html += QStringLiteral("<h3>%1</h3><p><img src=\"paydesk:chart.png\" width=\"640\"></p>")
                .arg(ReportPage::tr("Paid sales per hour").toHtmlEscaped());
    html
        += QStringLiteral("<p><small>%1</small></p></body></html>")
               .arg(ReportPage::tr("Printed %1 by Paydesk")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                        .toHtmlEscaped());
    document.setHtml(html);
}

ReportPage::ReportPage(Workplace *workplace, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ReportPage)
    , m_workplace(workplace)
{
    m_ui->setupUi(this);
    for (QTreeWidget *tree : {m_ui->byState, m_ui->byCurrency, m_ui->byBackend}) {
        tree->header()->setStretchLastSection(true);
        // The stretched total would not shrink below the header's default size: a small one.
        const int total = tree->fontMetrics().horizontalAdvance(formatMoney(999999, u"mxn")) + 12;
        tree->header()->setDefaultSectionSize(50);
        // At least its caption's width ("Service de paiement" in French).
        const int caption
            = tree->header()->fontMetrics().horizontalAdvance(tree->headerItem()->text(0))
            + 2 * tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, tree->header()) + 8;
        // A state's words whole; the count as wide as its caption: the total keeps the rest, in
        // view in every language at 1024 px.
        tree->setColumnWidth(
            0,
            std::max(tree == m_ui->byState ? widestJournalStateLabel(tree->fontMetrics()) + 16 : 90,
                     caption));
        tree->setColumnWidth(
            1,
            std::max(50,
                     tree->header()->fontMetrics().horizontalAdvance(tree->headerItem()->text(1))
                         + 2
                             * tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr,
                                                          tree->header())
                         + 8));
        tree->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        tree->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        // Never narrower than its three columns with a day's total: no sideways scrolling.
        tree->setMinimumWidth(tree->columnWidth(0) + tree->columnWidth(1) + total
                              + 2 * tree->frameWidth() + 4);
        tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_ui->dayEdit->setDisplayFormat(dateFormatPattern()); // as every date of the support view
    if (auto *field = m_ui->dayEdit->findChild<QLineEdit *>()) // what a screen reader lands on
        field->setAccessibleName(m_ui->dayEdit->accessibleName());
    m_ui->dayEdit->setDate(QDate::currentDate());
    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &ReportPage::showDay);
    connect(m_ui->todayButton, &QPushButton::clicked, this,
            [this] { m_ui->dayEdit->setDate(QDate::currentDate()); });
    connect(m_ui->previousButton, &QPushButton::clicked, this,
            [this] { m_ui->dayEdit->setDate(m_ui->dayEdit->date().addDays(-1)); });
    connect(m_ui->nextButton, &QPushButton::clicked, this,
            [this] { m_ui->dayEdit->setDate(m_ui->dayEdit->date().addDays(1)); });
    connect(m_ui->reportPrintButton, &QPushButton::clicked, this, &ReportPage::printReport);
    connect(m_ui->reportPdfButton, &QPushButton::clicked, this, &ReportPage::saveReportPdf);
    const std::pair<QKeySequence, void (ReportPage::*)()> keys[]
        = {{QKeySequence(Qt::CTRL | Qt::Key_P), &ReportPage::printReport},
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &ReportPage::saveReportPdf},
           {QKeySequence(Qt::Key_F5), &ReportPage::reload}};
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

ReportPage::~ReportPage()
{
    delete m_ui;
}

QDate ReportPage::day() const
{
    return m_ui->dayEdit->date();
}
QTreeWidget *ReportPage::byState() const
{
    return m_ui->byState;
}
QTreeWidget *ReportPage::byCurrency() const
{
    return m_ui->byCurrency;
}
QTreeWidget *ReportPage::byBackend() const
{
    return m_ui->byBackend;
}
HourChart *ReportPage::chart() const
{
    return m_ui->chart;
}

void ReportPage::reload()
{
    showDay(day());
}

void ReportPage::showDay(const QDate &date)
{
    if (m_ui->dayEdit->date() != date) {
        m_ui->dayEdit->setDate(date); // comes back here
        return;
    }
    // Computed on the journal's thread. Paging through days faster than it answers: only the
    // last day asked is computed after the one under way.
    if (date != m_reportDay)
        m_report = {}; // another day's figures are never printed under this day's name
    m_request.ask([this, date] {
        m_workplace->journal->run(
            this, tr("computing the end-of-day report"),
            [date](const Journal &j) -> std::pair<QJsonObject, QString> {
                const auto r = j.report(date);
                return r ? std::pair{r->toJson(), QString()} : std::pair{QJsonObject(), r.error()};
            },
            [this, date](const std::pair<QJsonObject, QString> &r) {
                if (m_request.land())
                    showReport(date, r.first, r.second);
            });
    });
}

void ReportPage::showReport(const QDate &date, const QJsonObject &report, const QString &error)
{
    m_reportDay = date;
    if (!error.isEmpty()) {
        m_report = {};
        m_ui->summaryLabel->setText(QStringLiteral("\u2716 ") + error);
        Q_EMIT shown(date);
        return;
    }
    m_report = report;
    fill(m_ui->byState, m_report.value(QStringLiteral("by_state")).toObject(), true);
    fill(m_ui->byCurrency, m_report.value(QStringLiteral("takings_by_currency")).toObject(), false);
    fill(m_ui->byBackend, m_report.value(QStringLiteral("takings_by_backend")).toObject(), false);
    m_ui->chart->setCounts(hoursOf(m_report));

    const QJsonObject byState = m_report.value(QStringLiteral("by_state")).toObject();
    qint64 attempts = 0;
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it)
        attempts += it.value().toObject().value(QStringLiteral("count")).toInteger();
    const auto countOf = [&](const char *state) {
        return byState.value(QLatin1String(state))
            .toObject()
            .value(QStringLiteral("count"))
            .toInteger();
    };
    QString summary = tr("%1: %Ln sale attempts, %2 paid", nullptr, int(attempts))
                          .arg(formatDate(date))
                          .arg(countOf("succeeded"));
    if (const qint64 unknown = countOf("unknown"); unknown > 0)
        summary
            += tr("; \u26a0 %1 with an unknown outcome: verify them in the journal.").arg(unknown);
    else
        summary += u'.';
    summary += u'\n'
        + tr("Refunds: %1. Net takings (takings less refunds): %2.")
              .arg(reportRefundsText(m_report), reportNetText(m_report));
    summary += u'\n' + notCountedText(m_report);
    if (const QString tills = storeTillsText(m_report); !tills.isEmpty())
        summary += u'\n' + tills;
    m_ui->summaryLabel->setText(summary);
    Q_EMIT shown(date);
}

void ReportPage::fill(QTreeWidget *tree, const QJsonObject &group, bool states)
{
    tree->clear();
    for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
        const QJsonObject g = it.value().toObject();
        const qint64 count = g.value(QStringLiteral("count")).toInteger();
        auto *item = new QTreeWidgetItem(
            tree,
            {states ? stateLabel(it.key())
                    : (tree == m_ui->byCurrency ? it.key().toUpper() : it.key()),
             QString::number(count), reportTotalsText(g)});
        item->setData(0, Qt::UserRole, it.key());
        if (states)
            item->setToolTip(0, it.key());
        item->setData(1, Qt::UserRole, count);
        item->setData(2, Qt::UserRole, g.value(QStringLiteral("total_minor")).toObject());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (states)
            if (const auto state = stateFromName(it.key())) {
                const StatusLook look = journalStateLook(*state);
                item->setText(0, toneSymbol(look.tone) + u' ' + item->text(0));
                item->setBackground(0, toneBackground(look.tone));
                item->setForeground(0, toneForeground(look.tone));
            }
    }
    if (group.isEmpty())
        new QTreeWidgetItem(tree, {tr("(none)"), QString(), QString()});
}

void ReportPage::printReport()
{
    if (m_report.isEmpty())
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    openPrintDialog(this, *m_printer, tr("Print end of day"), reportFileName(), [this] {
        QTextDocument document;
        buildReportDocument(document, m_report, m_workplace->merchant.name, m_workplace->training);
        document.print(m_printer.get());
        Q_EMIT message(tr("End-of-day report sent to the printer."));
    });
}

QString ReportPage::reportFileName() const
{
    return QStringLiteral("end-of-day-%1.pdf").arg(day().toString(Qt::ISODate));
}

void ReportPage::saveReportPdf()
{
    if (m_report.isEmpty())
        return;
    openSaveDialog(this, tr("Save end of day as PDF"), tr("PDF files (*.pdf)"), reportFileName(),
                   [this](const QString &path) { writeReportPdf(path); });
}

bool ReportPage::writeReportPdf(const QString &path)
{
    if (m_report.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    buildReportDocument(document, m_report, m_workplace->merchant.name, m_workplace->training);
    document.print(&printer);
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        QMessageBox::warning(this, tr("Report not saved"), tr("Cannot write %1.").arg(path));
        return false;
    }
    Q_EMIT message(tr("End-of-day report saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace paydesk
