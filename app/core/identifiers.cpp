#include "identifiers.h"

#include <QRegularExpression>

namespace paydesk {

bool isUuid(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

bool isDid(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$"));
    return re.match(text).hasMatch();
}

} // namespace paydesk
