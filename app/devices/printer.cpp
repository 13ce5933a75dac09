#include "printer.h"

#include <QCoreApplication>
#include <QUrl>

namespace paydesk {
namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() in namespace paydesk under the context "paydesk": use that one.
    return QCoreApplication::translate("paydesk", text);
}

bool fixedBitsOk(quint8 b)
{
    return (b & 0x93) == 0x12;
}

} // namespace

QString PrinterAddress::toString() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp://%1:%2")
            .arg(host.contains(u':') ? u'[' + host + u']' : host)
            .arg(port);
    case Kind::File:
        return QStringLiteral("file:") + path;
    case Kind::Cups:
        return QStringLiteral("cups:") + queue;
    }
    return {};
}

Expected<PrinterAddress, QString> parsePrinterUrl(const QString &text)
{
    const QString url = text.trimmed();
    const QString forms = tr("a printer is tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE");
    PrinterAddress a;
    if (url.startsWith(u"cups:", Qt::CaseInsensitive)) {
        a.kind = PrinterAddress::Kind::Cups;
        a.queue = url.mid(5);
        // CUPS queue names: printable characters other than space, '/', '\\', '#' and quotes.
        static const QString forbidden = QStringLiteral(" /\\#'\"");
        bool ok = !a.queue.isEmpty() && a.queue.size() <= 127 && !a.queue.startsWith(u'-');
        for (const QChar c : std::as_const(a.queue))
            ok = ok && c.isPrint() && !forbidden.contains(c);
        if (!ok)
            return unexpected(tr("\"%1\" is not a CUPS queue name (%2).").arg(url, forms));
        return a;
    }
    if (url.startsWith(u"file:", Qt::CaseInsensitive)) {
        a.kind = PrinterAddress::Kind::File;
        QString path = url.mid(5);
        if (path.startsWith(u"//"))
            path = QUrl(url).toLocalFile();
        if (!path.startsWith(u'/') || path.contains(u'\n'))
            return unexpected(
                tr("\"%1\" does not name a device by its absolute path (%2).").arg(url, forms));
        a.path = path;
        return a;
    }
    if (url.startsWith(u"tcp://", Qt::CaseInsensitive)) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || !u.userInfo().isEmpty()
            || (!u.path().isEmpty() && u.path() != u"/") || u.hasQuery() || u.hasFragment())
            return unexpected(
                tr("\"%1\" is not a network printer's address (%2).").arg(url, forms));
        const int port = u.port(9100);
        if (port < 1 || port > 65535)
            return unexpected(tr("\"%1\" has no usable port (%2).").arg(url, forms));
        a.kind = PrinterAddress::Kind::Tcp;
        a.host = u.host();
        a.port = static_cast<quint16>(port);
        return a;
    }
    return unexpected(tr("\"%1\" is not a printer address: %2.").arg(url, forms));
}

int PrinterConfig::columns() const
{
    return widthMm == 58 ? 32 : 48;
}

Expected<PrinterConfig, QString> printerConfigFrom(const QString &url, const QString &widthMm,
                                                   const QString &codePage,
                                                   const QString &timeoutMs)
{
    PrinterConfig c;
    if (url.trimmed().isEmpty())
        return unexpected(tr("No receipt printer is configured ([printer] url)."));
    auto address = parsePrinterUrl(url);
    if (!address)
        return unexpected(QStringLiteral("[printer] url: ") + address.error());
    c.address = *address;
    if (!widthMm.trimmed().isEmpty()) {
        bool ok = false;
        c.widthMm = widthMm.trimmed().toInt(&ok);
        if (!ok || (c.widthMm != 58 && c.widthMm != 80))
            return unexpected(
                tr("[printer] width_mm must be 58 or 80, not \"%1\".").arg(widthMm.trimmed()));
    }
    if (!codePage.trimmed().isEmpty()) {
        const auto page = codePageFromName(codePage);
        if (!page)
            return unexpected(
                tr("[printer] codepage must be one of %1, not \"%2\".")
                    .arg(codePageNames().join(QStringLiteral(", ")), codePage.trimmed()));
        c.codePage = *page;
    }
    if (!timeoutMs.trimmed().isEmpty()) {
        bool ok = false;
        const int ms = timeoutMs.trimmed().toInt(&ok);
        if (!ok || ms < 100 || ms > 300000)
            return unexpected(tr("[printer] timeout_ms must be from 100 to 300000, not \"%1\".")
                                  .arg(timeoutMs.trimmed()));
        c.timeout = std::chrono::milliseconds(ms);
    }
    return c;
}

QString printerStatusWords(PrinterStatus status)
{
    switch (status) {
    case PrinterStatus::Ready:
        return tr("ready");
    case PrinterStatus::PaperOut:
        return tr("out of paper");
    case PrinterStatus::CoverOpen:
        return tr("cover open");
    case PrinterStatus::Offline:
        return tr("offline");
    case PrinterStatus::Error:
        return tr("printer error");
    case PrinterStatus::NoAnswer:
        return tr("no answer");
    case PrinterStatus::Unreachable:
        return tr("unreachable");
    case PrinterStatus::NotAsked:
        return tr("status not asked");
    }
    return {};
}

PrinterStatus statusFromDleEot(quint8 printer, quint8 offlineCause, quint8 paperSensor,
                               bool *paperLow)
{
    if (paperLow)
        *paperLow = false;
    if (!fixedBitsOk(printer) || !fixedBitsOk(offlineCause) || !fixedBitsOk(paperSensor))
        return PrinterStatus::Error;
    if (paperLow)
        *paperLow = (paperSensor & 0x0c) != 0;
    if ((paperSensor & 0x60) != 0 || (offlineCause & 0x20) != 0)
        return PrinterStatus::PaperOut;
    if ((offlineCause & 0x04) != 0)
        return PrinterStatus::CoverOpen;
    if ((offlineCause & 0x40) != 0)
        return PrinterStatus::Error;
    if ((printer & 0x08) != 0)
        return PrinterStatus::Offline;
    return PrinterStatus::Ready;
}

} // namespace paydesk
