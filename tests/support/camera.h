// What the screenshot programs behind scripts/screenshots share: the folder the PNGs go to (the
// first argument), a shot once the window has settled, and the count of steps that failed,
// which is their exit code.
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace paydesk::test::camera {

inline QString folder;
inline int failures = 0;

/// Takes the folder from the command line (else the current one) and creates it.
inline void start(int argc, char *argv[])
{
    folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);
}

/// Lets layouts, timers and painting finish.
inline void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

/// Saves `widget` as <folder>/<name>.png and prints the path.
inline void shoot(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
        ++failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

/// Counts a step that did not do what the shot needs.
inline void check(bool ok, const char *what)
{
    if (!ok) {
        qWarning("screenshot step failed: %s", what);
        ++failures;
    }
}

inline int exitCode()
{
    return failures == 0 ? 0 : 1;
}

} // namespace paydesk::test::camera
