// Does every text fit? Walks the visible labels, buttons, check boxes, tabs, group box titles,
// combo boxes, line edit placeholders and table header sections under a widget and says which
// text needs more width than its widget gives it. How:
// - widgets hidden or of no size are not read, so not measured;
// - a text of several lines (a quick key's name over its price) is measured line by line;
// - a word-wrapped label is laid out as QLabel draws it (QFontMetrics::boundingRect with
//   Qt::TextWordWrap in its contents rectangle): a word wider than the label, or more lines than
//   its height holds, does not fit. A label in a scroll area is measured in its own rectangle
//   (the area scrolls to the rest of it);
// - a text elided on purpose (ending with "…", the whole text in the tooltip) fits;
// - a table's column off its right edge is fine only when the table is meant to scroll sideways
//   (the support journal: property "paydesk_scrollsSideways" set); the columns that must be in
//   view without scrolling are then the test's to name (mustShow()). Any other table with a
//   column off its edge does not fit, scroll bar or not;
// - noSidewaysScroll(): a page that scrolls sideways (a scroll area whose contents are wider
//   than its viewport) does not fit.
// Used by tst_fit in every language, and by the screenshot cameras.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace paydesk::test {

/// A text as drawn: without the mnemonic's '&' ("&&" is one '&').
inline QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

/// Elided on purpose: ends with "…" and the whole text is in the tooltip.
inline bool elidedOnPurpose(const QString &text, const QString &toolTip)
{
    return text.endsWith(u'\u2026') && !toolTip.isEmpty() && toolTip != text;
}

inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

class FitCheck
{
public:
    QStringList misfits;
    int checked = 0;

    /// Checks every visible text under `root`; `where` names the page or phase in the reports.
    void walk(QWidget *root, const QString &where)
    {
        QList<QWidget *> widgets{root};
        widgets += root->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->width() <= 0 || w->height() <= 0
                || w->isWindow() != (w == root))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                checkLabel(label, where);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                checkButton(button, where);
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                checkPlaceholder(edit, where);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                checkCombo(combo, where);
            else if (auto *header = qobject_cast<QHeaderView *>(w))
                checkHeader(header, where);
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                checkTabs(tabs, where);
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                checkGroup(group, where);
        }
    }

    /// Reports every scroll area under `root` (itself included) shown with contents wider than
    /// its viewport, unless meant to scroll sideways: a counter page never does.
    void noSidewaysScroll(QWidget *root, const QString &where)
    {
        QList<QAbstractScrollArea *> areas = root->findChildren<QAbstractScrollArea *>();
        if (auto *self = qobject_cast<QAbstractScrollArea *>(root))
            areas.prepend(self);
        for (QAbstractScrollArea *area : std::as_const(areas)) {
            if (!area->isVisibleTo(root->window()) || !area->isVisible()
                || area->property("paydesk_scrollsSideways").toBool())
                continue;
            ++checked;
            const QScrollBar *bar = area->horizontalScrollBar();
            if (bar->maximum() > bar->minimum())
                report(area, where, area->accessibleName(),
                       area->viewport()->width() + bar->maximum() - bar->minimum(),
                       area->viewport()->width(), "scrolls sideways");
        }
    }

    /// Reports each of `columns` of `header` that is not wholly in view without scrolling.
    void mustShow(QHeaderView *header, const QList<int> &columns, const QString &where)
    {
        for (int logical : columns) {
            ++checked;
            const int right
                = header->sectionViewportPosition(logical) + header->sectionSize(logical);
            if (header->isSectionHidden(logical) || header->sectionViewportPosition(logical) < 0
                || right > header->viewport()->width())
                report(header, where,
                       header->model()->headerData(logical, Qt::Horizontal).toString(), right,
                       header->viewport()->width(), "off the table's edge, needed first");
        }
    }

private:
    void report(QWidget *w, const QString &where, const QString &text, int need, int have,
                const char *what = "wide")
    {
        misfits << QStringLiteral("%1: %2 %3 \"%4\" needs %5 px, has %6 (%7)")
                       .arg(where, QString::fromLatin1(w->metaObject()->className()),
                            w->objectName(),
                            QString(text).replace(u'\n', QLatin1String(" / ")).left(70))
                       .arg(need)
                       .arg(have)
                       .arg(QLatin1String(what));
    }

    void checkLabel(QLabel *label, const QString &where)
    {
        QString text = label->text();
        if (text.isEmpty() || !label->pixmap().isNull())
            return;
        if (label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument document;
            document.setHtml(text);
            text = document.toPlainText();
        } else if (label->buddy()) {
            text = shownText(text);
        }
        if (text.trimmed().isEmpty() || elidedOnPurpose(text, label->toolTip()))
            return;
        ++checked;
        const QFontMetrics metrics(label->font());
        const int margins = 2 * label->margin() + std::max(label->indent(), 0);
        const int have = label->contentsRect().width() - margins;
        if (!label->wordWrap()) {
            const int need = widestLine(metrics, text);
            if (need > have)
                report(label, where, text, need, have);
            return;
        }
        // Word wrap: laid out as QLabel draws it (Qt::TextWordWrap breaks at spaces only, a
        // longer word runs past the edge), within the label's width and height.
        const QRect room = label->contentsRect().marginsRemoved(
            QMargins(label->margin() + std::max(label->indent(), 0), label->margin(),
                     label->margin(), label->margin()));
        const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20),
                                                  int(label->alignment()) | Qt::TextWordWrap, text);
        if (needed.width() > room.width())
            report(label, where, text, needed.width(), room.width(), "a word wider than the label");
        else if (needed.height() > room.height() + 1)
            report(label, where, text, needed.height(), room.height(), "high, wrapped");
    }

    void checkButton(QAbstractButton *button, const QString &where)
    {
        const QString text = shownText(button->text());
        if (text.isEmpty())
            return;
        ++checked;
        const QFontMetrics metrics(button->font());
        int need = widestLine(metrics, text);
        if (!button->icon().isNull())
            need += button->iconSize().width() + 4;
        int have = 0;
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            if (push->isFlat())
                option.features |= QStyleOptionButton::Flat;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            if (push->autoDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            have = push->style()
                       ->subElementRect(QStyle::SE_PushButtonContents, &option, push)
                       .width();
        } else if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = button->text();
            option.icon = button->icon();
            option.iconSize = button->iconSize();
            const bool check = qobject_cast<QCheckBox *>(button);
            have = button->style()
                       ->subElementRect(check ? QStyle::SE_CheckBoxContents
                                              : QStyle::SE_RadioButtonContents,
                                        &option, button)
                       .width();
        } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
            need = tool->sizeHint().width();
            have = tool->width();
        } else {
            return;
        }
        if (need > have)
            report(button, where, text, need, have);
    }

    void checkPlaceholder(QLineEdit *edit, const QString &where)
    {
        const QString text = edit->placeholderText();
        if (text.isEmpty() || !edit->text().isEmpty() || edit->isReadOnly())
            return;
        ++checked;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->contentsRect();
        option.lineWidth = edit->hasFrame()
            ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
            : 0;
        QRect rect = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        rect = rect.marginsRemoved(edit->textMargins());
        const int have = rect.width() - 4; // QLineEdit's horizontal margin, each side
        const int need = QFontMetrics(edit->font()).horizontalAdvance(text);
        if (need > have)
            report(edit, where, text, need, have, "wide, placeholder");
    }

    void checkCombo(QComboBox *combo, const QString &where)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        ++checked;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int need = QFontMetrics(combo->font()).horizontalAdvance(combo->currentText());
        if (!option.currentIcon.isNull())
            need += option.iconSize.width() + 4;
        if (need > field.width())
            report(combo, where, combo->currentText(), need, field.width());
    }

    void checkHeader(QHeaderView *header, const QString &where)
    {
        const QAbstractItemModel *model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        const QFontMetrics metrics(header->font());
        QStyleOptionHeader option;
        option.initFrom(header);
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
        for (int logical = 0; logical < model->columnCount(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = model->headerData(logical, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            ++checked;
            const int size = header->sectionSize(logical);
            int need = widestLine(metrics, text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                need += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header)
                    + margin;
            const QString toolTip
                = model->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (need > size && toolTip.isEmpty())
                report(header, where, text, need, size, "wide, header section");
            // In view: a column that is off the right edge of the table is not read, unless the
            // table scrolls to it (which columns must be in view the test says: mustShow()).
            const auto *view = qobject_cast<const QAbstractScrollArea *>(header->parentWidget());
            const bool scrolls = view && view->property("paydesk_scrollsSideways").toBool()
                && view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
            const int right = header->sectionViewportPosition(logical) + std::min(size, need);
            if (right > header->viewport()->width() && !scrolls)
                report(header, where, text, right, header->viewport()->width(),
                       "off the table's right edge");
        }
    }

    void checkTabs(QTabBar *tabs, const QString &where)
    {
        const QFontMetrics metrics(tabs->font());
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = shownText(tabs->tabText(i));
            if (text.isEmpty() || !tabs->isTabVisible(i))
                continue;
            ++checked;
            const int need = metrics.horizontalAdvance(text);
            const int have = tabs->tabRect(i).width();
            if (need > have || tabs->tabRect(i).right() > tabs->width())
                report(tabs, where, text, need, have, "wide, tab");
        }
    }

    void checkGroup(QGroupBox *group, const QString &where)
    {
        const QString text = shownText(group->title());
        if (text.isEmpty())
            return;
        ++checked;
        QStyleOptionGroupBox option;
        option.initFrom(group);
        option.text = group->title();
        option.subControls = QStyle::SC_GroupBoxLabel;
        if (group->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        const int need = QFontMetrics(group->font()).horizontalAdvance(text);
        const int have = group->width() - 16;
        if (need > have)
            report(group, where, text, need, have, "wide, group title");
    }
};

} // namespace paydesk::test
