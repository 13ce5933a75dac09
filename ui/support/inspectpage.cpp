#include "inspectpage.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QShortcut>

#include "backends/answers.h"
#include "core/redaction.h"
#include "jsontreeview.h"
#include "panels/recordview.h"
#include "ui_inspectpage.h"
#include "widgets/statuslook.h"

namespace paydesk {

namespace {

constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024; // as `paydeskctl inspect` and the backends

QString kindText(ParseError::Kind kind)
{
    switch (kind) {
    case ParseError::Kind::NotJson:
        return InspectPage::tr("Not JSON");
    case ParseError::Kind::UnknownShape:
        return InspectPage::tr("Not an answer of a known backend");
    case ParseError::Kind::Contract:
        return InspectPage::tr("A known backend's answer that breaks its contract");
    case ParseError::Kind::Refused:
        return InspectPage::tr("A refusal");
    }
    return {};
}

} // namespace

InspectPage::InspectPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::InspectPage)
{
    m_ui->setupUi(this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->jsonInput->setFont(mono);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->inspectShowButton, &QPushButton::clicked, this, &InspectPage::inspectPasted);
    connect(m_ui->inspectOpenButton, &QPushButton::clicked, this, &InspectPage::openFile);
    connect(m_ui->inspectClearButton, &QPushButton::clicked, this, &InspectPage::clear);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *show = new QShortcut(key, this);
        show->setContext(Qt::WidgetWithChildrenShortcut);
        connect(show, &QShortcut::activated, this, &InspectPage::inspectPasted);
    }
    auto *open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    open->setContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QShortcut::activated, this, &InspectPage::openFile);
    clear();
}

InspectPage::~InspectPage()
{
    delete m_ui;
}

RecordView *InspectPage::recordView() const
{
    return m_ui->inspectRecordView;
}

JsonTreeView *InspectPage::jsonTree() const
{
    return m_ui->jsonTree;
}

QString InspectPage::resultText() const
{
    return m_ui->resultLabel->text();
}

void InspectPage::clear()
{
    m_record.reset();
    m_ui->jsonInput->clear();
    m_ui->resultLabel->clear();
    m_ui->resultLabel->hide();
    m_ui->inspectRecordView->clear(tr("Nothing inspected yet"));
    m_ui->jsonTree->setRoots({});
    m_ui->jsonInput->setFocus();
}

void InspectPage::inspectPasted()
{
    inspect(m_ui->jsonInput->toPlainText().toUtf8());
}

bool InspectPage::inspect(const QByteArray &bytes)
{
    // What stays on screen is masked: the pasted text is replaced by its redacted form.
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && doc.isObject())
        m_ui->jsonInput->setPlainText(QString::fromUtf8(
            QJsonDocument(redactJson(doc.object())).toJson(QJsonDocument::Indented)));
    else if (jsonError.error == QJsonParseError::NoError && doc.isArray())
        m_ui->jsonInput->setPlainText(
            QString::fromUtf8(QJsonDocument(redactJson(QJsonValue(doc.array())).toArray())
                                  .toJson(QJsonDocument::Indented)));
    else
        m_ui->jsonInput->setPlainText(redactText(QString::fromUtf8(bytes)));

    const ParseResult parsed = parseAnswer(bytes);
    m_ui->resultLabel->show();
    if (!parsed) {
        m_record.reset();
        const ParseError &e = parsed.error();
        QString text
            = QStringLiteral("\u2716 ") + kindText(e.kind) + QStringLiteral(": ") + e.message;
        if (!e.field.isEmpty() && !e.message.contains(e.field))
            text += QStringLiteral(" (") + e.field + u')';
        m_ui->resultLabel->setText(text);
        m_ui->resultLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                             .arg(toneBackground(Tone::Danger).name()));
        m_ui->inspectRecordView->clear(tr("Not a payment record"));
        m_ui->jsonTree->setRoots(
            jsonError.error == QJsonParseError::NoError
                ? QList<QPair<QString, QJsonValue>>{{QStringLiteral("answer"),
                                                     redactJson(doc.isObject()
                                                                    ? QJsonValue(doc.object())
                                                                    : QJsonValue(doc.array()))}}
                : QList<QPair<QString, QJsonValue>>{});
        return false;
    }
    m_record = *parsed;
    m_ui->resultLabel->setText(
        tr("\u2714 %1 answer \u00b7 intent %2")
            .arg(shapeTitle(parsed->backend),
                 parsed->intent.id.isEmpty() ? tr("without id") : parsed->intent.id));
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->inspectRecordView->setRecord(*parsed);
    m_ui->jsonTree->setRoots({{QStringLiteral("record"), parsed->toJson()}});
    return true;
}

bool InspectPage::inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxAnswerBytes) {
        m_record.reset();
        m_ui->resultLabel->show();
        m_ui->resultLabel->setText(
            file.isOpen() ? tr("\u2716 %1 is larger than 4 MiB: not an answer.").arg(path)
                          : tr("\u2716 Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return inspect(file.readAll());
}

void InspectPage::openFile()
{
    auto *dialog = new QFileDialog(this, tr("Open an answer"), QString(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openAnswerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { inspectFile(path); });
    dialog->open();
}

} // namespace paydesk
