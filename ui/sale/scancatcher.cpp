#include "scancatcher.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace paydesk {

ScanCatcher::ScanCatcher(QWidget *owner, std::function<bool(const QString &)> accept)
    : QObject(owner)
    , m_owner(owner)
    , m_accept(std::move(accept))
{
    m_clock.start();
    qApp->installEventFilter(this);
}

ScanCatcher::~ScanCatcher()
{
    qApp->removeEventFilter(this);
}

void ScanCatcher::remember(QWidget *focus)
{
    m_before = Before{};
    auto *combo = qobject_cast<QComboBox *>(focus);
    if (combo) {
        m_before.combo = combo;
        m_before.index = combo->currentIndex();
    }
    QLineEdit *edit = qobject_cast<QLineEdit *>(focus);
    if (!edit && combo)
        edit = combo->lineEdit();
    if (!edit && qobject_cast<QAbstractSpinBox *>(focus))
        edit = focus->findChild<QLineEdit *>();
    if (edit) {
        m_before.edit = edit;
        m_before.text = edit->text();
        m_before.cursor = edit->cursorPosition();
    }
}

void ScanCatcher::restore()
{
    if (m_before.combo && m_before.combo->currentIndex() != m_before.index)
        m_before.combo->setCurrentIndex(m_before.index);
    if (m_before.edit && m_before.edit->text() != m_before.text) {
        m_before.edit->setText(m_before.text);
        m_before.edit->setCursorPosition(m_before.cursor);
    }
    m_before = Before{};
}

bool ScanCatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    // Each key once, where it is delivered first: an open popup (the completer), else the
    // focused widget; not again as it travels up to the parents.
    QWidget *focus = QApplication::focusWidget();
    QWidget *first = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : focus;
    if (watched != first)
        return false;
    if (!focus || focus->window() != m_owner->window() || !m_owner->isVisible()
        || !m_owner->isEnabled()) {
        m_code.clear();
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const bool fast = m_lastKeyMs >= 0 && now - m_lastKeyMs < kMaxGapMs;
    m_lastKeyMs = now;
    const bool plain
        = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        const QString code = m_code;
        m_code.clear();
        if (!fast || code.size() < kMinLength || focus == m_ownField || !m_accept(code))
            return false; // typing, or the scanner field reading its own scan
        restore();
        Q_EMIT scanned(code);
        return true;
    }
    const QString text = key->text();
    if (plain && text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()) {
        if (!fast || m_code.isEmpty()) {
            m_code.clear();
            remember(focus);
        }
        m_code += text;
        return false;
    }
    m_code.clear(); // anything else ends a burst
    return false;
}

} // namespace paydesk
