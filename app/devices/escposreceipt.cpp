#include "escposreceipt.h"

#include <QStringList>

#include "core/datetext.h"
#include "core/money.h"

namespace paydesk {
namespace {

using namespace escpos;

QByteArray cmd(std::initializer_list<int> codes)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(codes.size()));
    for (const int c : codes)
        bytes += static_cast<char>(c);
    return bytes;
}

/// Words wrapped to `width` columns; a word longer than a line is cut.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.simplified().split(u' ', Qt::SkipEmptyParts);
        for (QString word : words) {
            while (word.size() > width) {
                if (!line.isEmpty()) {
                    lines << line;
                    line.clear();
                }
                lines << word.left(width);
                word = word.mid(width);
            }
            if (word.isEmpty())
                continue;
            if (line.isEmpty())
                line = word;
            else if (line.size() + 1 + word.size() <= width)
                line += u' ' + word;
            else {
                lines << line;
                line = word;
            }
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

class Writer
{
public:
    explicit Writer(const EscPosLayout &layout)
        : m_layout(layout)
    {
        m_bytes += cmd({ESC, '@'});
        m_bytes += cmd({ESC, 't', static_cast<char>(escPosCodePageNumber(layout.codePage))});
    }

    int columns() const { return m_layout.columns; }
    QString printable(const QString &text) const { return transliterate(text, m_layout.codePage); }

    void align(int n) { m_bytes += cmd({ESC, 'a', static_cast<char>(n)}); }
    void bold(bool on) { m_bytes += cmd({ESC, 'E', static_cast<char>(on ? 1 : 0)}); }
    /// GS ! n: bits 0-2 height multiple − 1, bits 4-6 width multiple − 1.
    void size(int widthTimes, int heightTimes)
    {
        m_bytes += cmd({GS, '!', static_cast<char>(((widthTimes - 1) << 4) | (heightTimes - 1))});
    }
    void line(const QString &printableText)
    {
        m_bytes += encodeText(printableText, m_layout.codePage);
        m_bytes += LF;
    }
    /// Wrapped to `width` columns (default: the paper's).
    void text(const QString &text, int width = 0)
    {
        for (const QString &l : wrap(printable(text), width > 0 ? width : columns()))
            line(l);
    }
    /// `left` and `right` on one line, `right` flush right; when both do not fit, `left` wrapped
    /// and `right` on a line of its own.
    void columnsLine(const QString &left, const QString &right, int width = 0)
    {
        const int w = width > 0 ? width : columns();
        const QString l = printable(left).simplified();
        const QString r = printable(right).simplified();
        if (l.size() + 1 + r.size() <= w) {
            line(l + QString(w - l.size() - r.size(), u' ') + r);
            return;
        }
        for (const QString &part : wrap(l, w))
            line(part);
        if (!r.isEmpty())
            line(QString(qMax(0, w - int(r.size())), u' ') + r.left(w));
    }
    void rule() { line(QString(columns(), u'-')); }
    void qr(const QByteArray &data, int moduleSize)
    {
        // GS ( k, function 165: QR model 2; 167: module size; 169: error correction M;
        // 180: store the data; 181: print it.
        m_bytes += cmd({GS, '(', 'k', 4, 0, '1', 'A', '2', 0});
        m_bytes += cmd({GS, '(', 'k', 3, 0, '1', 'C', static_cast<char>(moduleSize)});
        m_bytes += cmd({GS, '(', 'k', 3, 0, '1', 'E', '1'});
        const qsizetype length = data.size() + 3;
        m_bytes += cmd({GS, '(', 'k', static_cast<char>(length & 0xff),
                        static_cast<char>((length >> 8) & 0xff), '1', 'P', '0'});
        m_bytes += data;
        m_bytes += cmd({GS, '(', 'k', 3, 0, '1', 'Q', '0'});
        m_bytes += LF;
    }
    void feedAndCut()
    {
        m_bytes += cmd({ESC, 'd', 4}); // past the cutter
        m_bytes += cmd({GS, 'V', 1}); // partial cut
    }
    QByteArray bytes() const { return m_bytes; }

private:
    EscPosLayout m_layout;
    QByteArray m_bytes;
};

/// The largest QR payload printed: a longer link is printed as text only.
constexpr qsizetype kMaxQrBytes = 600;

void trainingMark(Writer &w)
{
    w.align(1);
    w.bold(true);
    w.text(QStringLiteral("*** ") + receipttext::trainingMark() + QStringLiteral(" ***"));
    w.bold(false);
}

} // namespace

int escPosColumnsForWidth(int widthMm)
{
    return widthMm == 58 ? 32 : widthMm == 80 ? 48 : 0;
}

QByteArray escPosReceipt(const TillReceipt &r, const EscPosLayout &layout, const QLocale &locale)
{
    Writer w(layout);
    if (r.training)
        trainingMark(w);

    w.align(1);
    w.bold(true);
    w.size(1, 2);
    w.text(r.merchantName);
    w.size(1, 1);
    w.bold(false);
    if (!r.merchantAddress.isEmpty())
        w.text(r.merchantAddress);
    if (const QString taxId = receipttext::taxId(r); !taxId.isEmpty())
        w.text(taxId);
    if (r.refundOf) {
        // A refund slip says so first, in large type.
        w.line(QString());
        w.bold(true);
        w.size(2, 2);
        w.text(receipttext::refundTitle());
        w.size(1, 1);
        w.bold(false);
    }
    w.align(0);
    w.line(QString());
    w.text(formatDateTime(r.date, locale));
    if (const QString till = receipttext::terminalAndOperator(r); !till.isEmpty())
        w.text(till);
    if (const QString reference = receipttext::reference(r); !reference.isEmpty())
        w.text(reference);
    if (const QString of = receipttext::refundOf(r, locale); !of.isEmpty())
        w.text(of);
    w.rule();

    for (const CartItem &item : r.items) {
        QString amount;
        if (item.unitPriceMinor > 0) {
            const auto line = Cart::lineTotal(item);
            amount = line ? formatMoney(*line, r.currency, locale) : QString();
        }
        if (item.quantity > 1) {
            w.text(item.name);
            w.columnsLine(QStringLiteral("  %1 x %2")
                              .arg(locale.toString(item.quantity),
                                   formatMoney(item.unitPriceMinor, r.currency, locale)),
                          amount);
        } else {
            w.columnsLine(item.name, amount);
        }
    }
    w.rule();

    // The total in bold, double width and height when it fits in half the columns, else double
    // height only.
    const QString total
        = r.totalMinor ? formatMoney(*r.totalMinor, r.currency, locale) : QStringLiteral("-");
    const int half = w.columns() / 2;
    const bool doubleWidth = w.printable(receipttext::totalLabel(r)).size() + 1
            + w.printable(total).simplified().size()
        <= half;
    w.bold(true);
    w.size(doubleWidth ? 2 : 1, 2);
    w.columnsLine(receipttext::totalLabel(r), total, doubleWidth ? half : 0);
    w.size(1, 1);
    w.bold(false);
    for (const IncludedTax &tax : r.includedTaxes())
        w.text(receipttext::includedTax(r, tax, locale));
    w.line(QString());

    if (!r.status.isEmpty())
        w.text(r.status);
    if (const QString card = receipttext::card(r); !card.isEmpty())
        w.text(card);
    if (const QString number = receipttext::receiptNumber(r); !number.isEmpty())
        w.text(number);
    if (const QString facts = receipttext::refundFacts(r); !facts.isEmpty())
        w.text(facts);

    if (!r.receiptUrl.isEmpty()) {
        w.align(1);
        w.line(QString());
        w.text(receipttext::onlineReceipt());
        const QByteArray data = r.receiptUrl.toUtf8();
        if (data.size() <= kMaxQrBytes)
            w.qr(data, layout.columns <= 32 ? 5 : 6);
        w.text(r.receiptUrl);
    }
    w.align(1);
    w.line(QString());
    w.text(receipttext::thanks());
    if (r.training)
        trainingMark(w);
    w.align(0);
    w.feedAndCut();
    return w.bytes();
}

QByteArray escPosTestSlip(const EscPosLayout &layout, const QString &title)
{
    Writer w(layout);
    w.align(1);
    w.bold(true);
    w.text(title);
    w.bold(false);
    w.text(QStringLiteral("%1 columns, %2").arg(layout.columns).arg(codePageName(layout.codePage)));
    w.text(QStringLiteral("\u00e1\u00e9\u00ed\u00f3\u00fa \u00f1 \u00fc \u00e7 \u20ac"));
    w.rule();
    w.align(0);
    w.feedAndCut();
    return w.bytes();
}

} // namespace paydesk
