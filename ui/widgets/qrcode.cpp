#include "qrcode.h"

#include <QPainter>
#include <qrencode.h>

namespace paydesk {

QrCode encodeQr(const QString &text)
{
    QrCode code;
    if (text.isEmpty())
        return code;
    const QByteArray data = text.toUtf8();
    QRcode *qr = QRcode_encodeData(int(data.size()),
                                   reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                   QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.size = qr->width;
    code.dark.resize(qsizetype(qr->width) * qr->width);
    for (qsizetype i = 0; i < code.dark.size(); ++i)
        code.dark[i] = (qr->data[i] & 1) != 0;
    QRcode_free(qr);
    return code;
}

QImage qrImage(const QrCode &code, int moduleSize)
{
    if (code.isNull() || moduleSize < 1)
        return {};
    constexpr int quiet = 4;
    const int side = (code.size + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.isDark(x, y))
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                                 moduleSize, Qt::black);
    return image;
}

} // namespace paydesk
