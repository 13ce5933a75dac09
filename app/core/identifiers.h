// The identifier formats the backends' contracts name: UUIDs (Dots) and DIDs (Ocho's `iss`).
#pragma once

#include <QStringView>

namespace paydesk {

/// 8-4-4-4-12 hexadecimal digits, any case.
bool isUuid(QStringView text);
/// did:<method of lower-case letters>:<id of [A-Za-z0-9._:%-], not ending in ':' or '%'>.
bool isDid(QStringView text);

} // namespace paydesk
