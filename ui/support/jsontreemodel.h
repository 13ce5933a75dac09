// A JSON document as a tree (key, value, type): the redacted request and answer of a journal
// entry, or an inspected answer. Values are read-only; objects and arrays expand.
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QJsonValue>

namespace paydesk {

class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column
    {
        Key,
        Value,
        Type,
        ColumnCount
    };
    /// The value as copied: a string without quotes, a number or literal as written, an
    /// object or array as compact JSON.
    static constexpr int CopyTextRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2; ///< "data.charges.data[0].amount"

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// `name` labels the root ("request", "answer"); several roots may be shown together.
    void setRoots(const QList<QPair<QString, QJsonValue>> &roots);
    void clear() { setRoots({}); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The index of a path ("answer.data.id"), for tests and keyboard navigation.
    QModelIndex find(const QString &path) const;

private:
    struct Node
    {
        QString key;
        QString path;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node *node);
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

/// The text a value is copied as (see CopyTextRole).
QString jsonCopyText(const QJsonValue &value);

} // namespace paydesk
