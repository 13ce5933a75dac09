// The tree of a JSON document with a way to copy a value: Ctrl+C, or "Copy value" / "Copy path"
// in the context menu. Expanded to the first levels when set.
#pragma once

#include <QJsonValue>
#include <QTreeView>

namespace paydesk {

class JsonTreeModel;

class JsonTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    explicit JsonTreeView(QWidget *parent = nullptr);
    ~JsonTreeView() override;

    void setRoots(const QList<QPair<QString, QJsonValue>> &roots);
    JsonTreeModel *jsonModel() const { return m_model; }

    /// Copies the current value to the clipboard; returns what was copied.
    QString copyValue();
    QString copyPath();

private:
    JsonTreeModel *m_model;
};

} // namespace paydesk
