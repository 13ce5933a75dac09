// Reads ESC/POS bytes back the way a receipt printer would put them on paper: the lines of text
// (with bold, size and alignment), the QR codes (GS ( k: model, size, error correction, the
// stored data, printed), the feeds and the cut. Anything it does not know is listed in
// `unknown`, so a test sees a stray command as a failure, never as text.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "devices/codepage.h"

namespace paydesk::test {

struct PaperLine
{
    QString text;
    bool bold = false;
    int widthTimes = 1, heightTimes = 1;
    int align = 0; ///< 0 left, 1 centre, 2 right
};

struct PrintedQr
{
    QByteArray payload;
    int model = 0; ///< 2 for model 2
    int moduleSize = 0;
    char errorCorrection = 0; ///< '0' L, '1' M, '2' Q, '3' H
    int lineIndex = 0; ///< the number of lines printed before it
};

struct Paper
{
    bool initialised = false;
    int codePageNumber = -1;
    QList<PaperLine> lines;
    QList<PrintedQr> qrs;
    int statusRequests = 0; ///< DLE EOT seen in the stream
    int feeds = 0; ///< lines fed by ESC d
    int cuts = 0;
    bool endsWithCut = false; ///< the cut is the last thing: nothing printed after it
    QStringList unknown;

    QStringList texts() const
    {
        QStringList out;
        for (const PaperLine &l : lines)
            out << l.text;
        return out;
    }
    /// The first line that contains `text`, or nullptr.
    const PaperLine *find(const QString &text) const
    {
        for (const PaperLine &l : lines)
            if (l.text.contains(text))
                return &l;
        return nullptr;
    }
    int columnsUsed() const
    {
        int widest = 0;
        for (const PaperLine &l : lines)
            widest = qMax(widest, int(l.text.size()) * l.widthTimes);
        return widest;
    }
};

inline CodePage codePageOfNumber(int n)
{
    switch (n) {
    case 2:
        return CodePage::Cp850;
    case 19:
        return CodePage::Cp858;
    case 16:
        return CodePage::Wpc1252;
    default:
        return CodePage::Cp437;
    }
}

inline Paper decodeEscPos(const QByteArray &bytes)
{
    Paper paper;
    PaperLine current;
    QByteArray text;
    QByteArray stored;
    PrintedQr qrSettings;
    auto at = [&](qsizetype i) -> int {
        return i < bytes.size() ? static_cast<quint8>(bytes.at(i)) : -1;
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int b = at(i);
        if (b == 0x0a) {
            current.text = decodeText(text, codePageOfNumber(paper.codePageNumber));
            paper.lines.append(current);
            text.clear();
            paper.endsWithCut = false;
            ++i;
        } else if (b == 0x1b) {
            const int c = at(i + 1);
            if (c == '@') {
                paper.initialised = true;
                current = PaperLine{};
                i += 2;
            } else if (c == 't') {
                paper.codePageNumber = at(i + 2);
                i += 3;
            } else if (c == 'a') {
                current.align = at(i + 2);
                i += 3;
            } else if (c == 'E') {
                current.bold = at(i + 2) != 0;
                i += 3;
            } else if (c == 'd') {
                paper.feeds += at(i + 2);
                i += 3;
            } else {
                paper.unknown << QStringLiteral("ESC %1").arg(c);
                i += 2;
            }
        } else if (b == 0x1d) {
            const int c = at(i + 1);
            if (c == '!') {
                const int n = at(i + 2);
                current.widthTimes = ((n >> 4) & 7) + 1;
                current.heightTimes = (n & 7) + 1;
                i += 3;
            } else if (c == 'V') {
                const int m = at(i + 2);
                ++paper.cuts;
                paper.endsWithCut = true;
                i += (m == 65 || m == 66) ? 4 : 3;
            } else if (c == '(' && at(i + 2) == 'k') {
                const int length = at(i + 3) + 256 * at(i + 4);
                const QByteArray params = bytes.mid(i + 5, length);
                const auto param = [&params](qsizetype k) -> char {
                    return k < params.size() ? params.at(k) : char(0);
                };
                i += 5 + length;
                if (params.size() < 2 || params.at(0) != '1') {
                    paper.unknown << QStringLiteral("GS ( k with cn %1").arg(int(param(0)));
                    continue;
                }
                switch (params.at(1)) {
                case 'A':
                    qrSettings.model = param(2) - '0';
                    break;
                case 'C':
                    qrSettings.moduleSize = param(2);
                    break;
                case 'E':
                    qrSettings.errorCorrection = param(2);
                    break;
                case 'P':
                    stored = params.mid(3);
                    break;
                case 'Q': {
                    PrintedQr qr = qrSettings;
                    qr.payload = stored;
                    qr.lineIndex = int(paper.lines.size());
                    paper.qrs.append(qr);
                    paper.endsWithCut = false;
                    break;
                }
                default:
                    paper.unknown << QStringLiteral("GS ( k fn %1").arg(int(params.at(1)));
                }
            } else {
                paper.unknown << QStringLiteral("GS %1").arg(c);
                i += 2;
            }
        } else if (b == 0x10 && at(i + 1) == 0x04) {
            ++paper.statusRequests;
            i += 3;
        } else if (b < 0x20 || b == 0x7f) {
            paper.unknown << QStringLiteral("control byte %1").arg(b);
            ++i;
        } else {
            text += bytes.at(i);
            paper.endsWithCut = false;
            ++i;
        }
    }
    if (!text.isEmpty())
        paper.unknown << QStringLiteral("text without a line feed: ")
                + decodeText(text, codePageOfNumber(paper.codePageNumber));
    return paper;
}

} // namespace paydesk::test
