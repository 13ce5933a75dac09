// Where the counter's receipt printer is and what it can say about itself.
//   [printer]
//   url=tcp://192.0.2.10:9100      a network printer (raw port 9100); its status is asked first
//   url=file:/dev/usb/lp0          a USB line-printer device (or any file) written directly
//   url=cups:QUEUE                 a raw CUPS queue: `lp -d QUEUE -o raw`
//   width_mm=80                    58 (32 columns) or 80 (48 columns)
//   codepage=cp858                 cp437, cp850, cp858 or cp1252 (the printer's ESC t table)
//   timeout_ms=10000               one deadline for the whole print: connect, status, send
#pragma once

#include <chrono>
#include <optional>

#include <QString>

#include "codepage.h"
#include "core/expected.h"

namespace paydesk {

struct PrinterAddress
{
    enum class Kind
    {
        Tcp,
        File,
        Cups
    };
    Kind kind = Kind::Tcp;
    QString host; ///< Tcp
    quint16 port = 9100; ///< Tcp
    QString path; ///< File
    QString queue; ///< Cups

    /// The URL as it was written in the settings, without anything but host, port, path, queue.
    QString toString() const;
    friend bool operator==(const PrinterAddress &, const PrinterAddress &) = default;
};

/// "tcp://HOST[:PORT]", "file:/dev/usb/lp0" (an absolute path), "cups:QUEUE". The error is a
/// sentence that names the forms it takes.
Expected<PrinterAddress, QString> parsePrinterUrl(const QString &url);

struct PrinterConfig
{
    PrinterAddress address;
    int widthMm = 80;
    CodePage codePage = CodePage::Cp858;
    std::chrono::milliseconds timeout{10000};

    int columns() const;
    friend bool operator==(const PrinterConfig &, const PrinterConfig &) = default;
};

/// The [printer] settings as text (an empty width, code page or timeout takes the default). The
/// error names the key at fault.
Expected<PrinterConfig, QString> printerConfigFrom(const QString &url, const QString &widthMm,
                                                   const QString &codePage,
                                                   const QString &timeoutMs);

/// What the printer answered to DLE EOT (or why there is no answer).
enum class PrinterStatus
{
    Ready,
    PaperOut,
    CoverOpen,
    Offline, ///< off line for another reason (a button held, an error being recovered)
    Error, ///< a printer error (cutter jam, overheating)
    NoAnswer, ///< connected, but no status came back in time
    Unreachable, ///< cannot connect, or the device cannot be opened
    NotAsked, ///< a kind of printer whose status is not asked (a USB device, a CUPS queue)
};

/// In words for a cashier: "ready", "out of paper", "cover open", "offline", …
QString printerStatusWords(PrinterStatus status);

/// The replies to DLE EOT 1 (printer), 2 (offline cause) and 4 (paper roll sensor), each one
/// byte, as one status. A byte without ESC/POS's fixed bits (xxx1xx10 with bit 7 clear) means
/// this is not an ESC/POS printer's answer: Error. `paperLow` is set from n = 4's near-end bits.
PrinterStatus statusFromDleEot(quint8 printer, quint8 offlineCause, quint8 paperSensor,
                               bool *paperLow = nullptr);

} // namespace paydesk
