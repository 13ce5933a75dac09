// Inspect: a backend's answer pasted or opened from a file, read by parseAnswer (any shape, as
// `paydeskctl inspect`), shown in the cashier window's panels and as a JSON tree. Nothing is
// written to the journal; secrets in what was pasted are masked once it is read.
#pragma once

#include <optional>

#include <QWidget>

#include "core/paymentrecord.h"

namespace Ui {
class InspectPage;
}

namespace paydesk {

class JsonTreeView;
class RecordView;

class InspectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectPage)

public:
    explicit InspectPage(QWidget *parent = nullptr);
    ~InspectPage() override;

    /// Reads `bytes` and shows the record or what is wrong; true for a record.
    bool inspect(const QByteArray &bytes);
    /// Reads a file; false (and a message) when it cannot be read or is not an answer.
    bool inspectFile(const QString &path);
    const std::optional<PaymentRecord> &record() const { return m_record; }
    QString resultText() const;
    RecordView *recordView() const;
    JsonTreeView *jsonTree() const;

public Q_SLOTS:
    void inspectPasted();
    void openFile();
    void clear();

private:
    Ui::InspectPage *m_ui;
    std::optional<PaymentRecord> m_record;
};

} // namespace paydesk
