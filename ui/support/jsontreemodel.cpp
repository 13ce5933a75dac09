#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

QString jsonCopyText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // A scalar written as JSON does: wrap it in an array and strip the brackets.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
}

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString shownValue(const QJsonValue &value)
{
    if (value.isObject())
        return QStringLiteral("{%1}").arg(value.toObject().size());
    if (value.isArray())
        return QStringLiteral("[%1]").arg(value.toArray().size());
    if (value.isString())
        return u'"' + value.toString() + u'"';
    return jsonCopyText(value);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoots(const QList<QPair<QString, QJsonValue>> &roots)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const auto &[name, value] : roots) {
        auto node = std::make_unique<Node>();
        node->key = name;
        node->path = name;
        node->value = value;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        build(node.get());
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

void JsonTreeModel::build(Node *node)
{
    const auto add = [node](const QString &key, const QString &path, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = path;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject o = node->value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            add(it.key(), node->path + u'.' + it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray a = node->value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), node->path + QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Key:
            return n->key;
        case Value:
            return shownValue(n->value);
        case Type:
            return typeName(n->value);
        default:
            return {};
        }
    case CopyTextRole:
        return jsonCopyText(n->value);
    case PathRole:
        return n->path;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

QModelIndex JsonTreeModel::find(const QString &path) const
{
    // Depth-first over the nodes: documents are small (one answer).
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->path == path)
            return createIndex(n->row, 0, const_cast<Node *>(n));
        for (const auto &child : n->children)
            stack.push_back(child.get());
    }
    return {};
}

} // namespace paydesk
