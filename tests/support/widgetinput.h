// Finding a named widget and typing into it as a person would, for the GUI tests.
#pragma once

#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

namespace paydesk::test {

/// The child widget of that object name; the test stops at once if there is none.
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

/// Replaces what a line edit holds by typing `text`. QTest types Latin-1 keys only: the rest is
/// inserted as an input method would.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            edit->insert(QString(c));
    }
}

} // namespace paydesk::test
