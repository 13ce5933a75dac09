#include "jsontreeview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

#include "jsontreemodel.h"

namespace paydesk {

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new JsonTreeModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copyValueAction = new QAction(tr("&Copy value"), this);
    copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValueAction, &QAction::triggered, this, [this] { copyValue(); });
    addAction(copyValueAction);

    auto *copyPathAction = new QAction(tr("Copy &path"), this);
    copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyPathAction, &QAction::triggered, this, [this] { copyPath(); });
    addAction(copyPathAction);

    auto *expandAction = new QAction(tr("&Expand all"), this);
    connect(expandAction, &QAction::triggered, this, &QTreeView::expandAll);
    addAction(expandAction);
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::setRoots(const QList<QPair<QString, QJsonValue>> &roots)
{
    m_model->setRoots(roots);
    expandToDepth(1);
    resizeColumnToContents(JsonTreeModel::Key);
    if (m_model->rowCount() > 0)
        setCurrentIndex(m_model->index(0, 0));
}

QString JsonTreeView::copyValue()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    const QString text = current.siblingAtColumn(0).data(JsonTreeModel::CopyTextRole).toString();
    QGuiApplication::clipboard()->setText(text);
    return text;
}

QString JsonTreeView::copyPath()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    const QString text = current.siblingAtColumn(0).data(JsonTreeModel::PathRole).toString();
    QGuiApplication::clipboard()->setText(text);
    return text;
}

} // namespace paydesk
