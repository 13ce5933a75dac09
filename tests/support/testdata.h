// Reading the answers kept in tests/data (copied from shared/api/originals and the real Stripe
// fixtures) and changing one field of them for a test.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace paydesk::test {

inline QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PAYDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonObject readObject(const QString &name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

/// Sets (or with an undefined value removes) the value at a dotted path like "data.amount".
inline QJsonObject withValue(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, withValue(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

} // namespace paydesk::test
