// A till receipt laid out for an ESC/POS thermal printer: 58 mm paper (32 columns of font A) or
// 80 mm (48 columns). ESC @ (initialise), ESC t n (the code page), the merchant centred, the lines
// with their amounts on the right, the total in bold double size, the tax included per rate, the
// card, the receipt number, the receipt link as a native QR code (GS ( k), the training mark,
// a feed and a cut (GS V). Only these few commands, which every ESC/POS printer knows.
#pragma once

#include <QByteArray>
#include <QLocale>

#include "codepage.h"
#include "receipts/tillreceipt.h"

namespace paydesk {

struct EscPosLayout
{
    int columns = 48; ///< 32 for 58 mm paper, 48 for 80 mm
    CodePage codePage = CodePage::Cp858;
};

/// 58 → 32, 80 → 48; any other width: 0.
int escPosColumnsForWidth(int widthMm);

/// The bytes to send to the printer for `receipt`. Texts are in `locale` (money, dates).
QByteArray escPosReceipt(const TillReceipt &receipt, const EscPosLayout &layout,
                         const QLocale &locale = QLocale());

/// A short test slip: a title, the layout (columns, code page), a line of accented letters and
/// the euro sign as the page prints them, a feed and a cut.
QByteArray escPosTestSlip(const EscPosLayout &layout, const QString &title);

namespace escpos {
// The commands, for the encoder and the tests' decoder.
inline constexpr char ESC = 0x1b;
inline constexpr char GS = 0x1d;
inline constexpr char DLE = 0x10;
inline constexpr char EOT = 0x04;
inline constexpr char LF = 0x0a;
} // namespace escpos

} // namespace paydesk
