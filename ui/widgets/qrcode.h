// QR codes (libqrencode) of receipt links, for the receipt panel and the printed receipt.
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace paydesk {

struct QrCode
{
    int size = 0; ///< modules per side; 0 when there is no code
    QList<bool> dark; ///< size × size modules, row by row

    bool isNull() const { return size == 0; }
    bool isDark(int x, int y) const { return dark.at(qsizetype(y) * size + x); }
};

/// Encodes `text` (UTF-8, 8-bit mode, error correction M). A null code for empty text or text
/// too long for a QR code.
QrCode encodeQr(const QString &text);

/// The code as a black-on-white image of `moduleSize` pixels per module with the standard
/// quiet zone of 4 modules.
QImage qrImage(const QrCode &code, int moduleSize);

} // namespace paydesk
