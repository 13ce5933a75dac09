#include "codepage.h"

#include <array>

#include <QHash>

namespace paydesk {
namespace {

#include "codepagetables.inc"

const char16_t *table(CodePage page)
{
    switch (page) {
    case CodePage::Cp437:
        return kCp437;
    case CodePage::Cp850:
        return kCp850;
    case CodePage::Cp858:
        return kCp858;
    case CodePage::Wpc1252:
        return kCp1252;
    }
    return kCp437;
}

/// Unicode → byte for the upper half of a page.
const QHash<char16_t, quint8> &reverse(CodePage page)
{
    static const std::array<QHash<char16_t, quint8>, 4> maps = [] {
        std::array<QHash<char16_t, quint8>, 4> m;
        for (CodePage p : {CodePage::Cp437, CodePage::Cp850, CodePage::Cp858, CodePage::Wpc1252}) {
            const char16_t *t = table(p);
            for (int i = 0; i < 128; ++i)
                if (t[i] != 0)
                    m[static_cast<size_t>(p)].insert(t[i], static_cast<quint8>(0x80 + i));
        }
        return m;
    }();
    return maps[static_cast<size_t>(page)];
}

bool printable(char16_t c, CodePage page)
{
    if (c >= 0x20 && c < 0x7f)
        return true;
    return reverse(page).contains(c);
}

/// Plain-letter stand-ins for what receipts commonly hold, tried when the page lacks a character.
const QHash<char16_t, QString> &fallbacks()
{
    static const QHash<char16_t, QString> map{
        {u'\u2022', QStringLiteral("*")}, // bullet (a card's ••••)
        {u'\u00b7', QStringLiteral("-")}, // middle dot
        {u'\u20ac', QStringLiteral("EUR")}, {u'\u00a3', QStringLiteral("GBP")},
        {u'\u00a5', QStringLiteral("JPY")}, {u'\u00a2', QStringLiteral("c")},
        {u'\u2013', QStringLiteral("-")},   {u'\u2014', QStringLiteral("-")},
        {u'\u2212', QStringLiteral("-")},   {u'\u2018', QStringLiteral("'")},
        {u'\u2019', QStringLiteral("'")},   {u'\u201a', QStringLiteral("'")},
        {u'\u201c', QStringLiteral("\"")},  {u'\u201d', QStringLiteral("\"")},
        {u'\u201e', QStringLiteral("\"")},  {u'\u00ab', QStringLiteral("<<")},
        {u'\u00bb', QStringLiteral(">>")},  {u'\u2026', QStringLiteral("...")},
        {u'\u00d7', QStringLiteral("x")},   {u'\u00f7', QStringLiteral("/")},
        {u'\u2122', QStringLiteral("TM")},  {u'\u00a9', QStringLiteral("(C)")},
        {u'\u00ae', QStringLiteral("(R)")}, {u'\u00b0', QStringLiteral("o")},
        {u'\u00df', QStringLiteral("ss")},  {u'\u00e6', QStringLiteral("ae")},
        {u'\u00c6', QStringLiteral("AE")},  {u'\u0153', QStringLiteral("oe")},
        {u'\u0152', QStringLiteral("OE")},  {u'\u00f8', QStringLiteral("o")},
        {u'\u00d8', QStringLiteral("O")},   {u'\u0131', QStringLiteral("i")},
        {u'\u0142', QStringLiteral("l")},   {u'\u0141', QStringLiteral("L")},
        {u'\u00bf', QStringLiteral("?")},   {u'\u00a1', QStringLiteral("!")},
        {u'\u00ba', QStringLiteral("o")},   {u'\u00aa', QStringLiteral("a")},
    };
    return map;
}

bool isSpace(char16_t c)
{
    return c == u'\t' || c == u'\u00a0' || c == u'\u202f' || c == u'\u2007' || c == u'\u2009'
        || c == u'\u2002' || c == u'\u2003' || c == u'\u200a' || c == u'\u3000';
}

} // namespace

std::optional<CodePage> codePageFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"cp437" || n == u"437" || n == u"pc437" || n == u"ibm437")
        return CodePage::Cp437;
    if (n == u"cp850" || n == u"850" || n == u"pc850" || n == u"ibm850")
        return CodePage::Cp850;
    if (n == u"cp858" || n == u"858" || n == u"pc858" || n == u"ibm858")
        return CodePage::Cp858;
    if (n == u"cp1252" || n == u"1252" || n == u"wpc1252" || n == u"windows-1252")
        return CodePage::Wpc1252;
    return std::nullopt;
}

QString codePageName(CodePage page)
{
    switch (page) {
    case CodePage::Cp437:
        return QStringLiteral("cp437");
    case CodePage::Cp850:
        return QStringLiteral("cp850");
    case CodePage::Cp858:
        return QStringLiteral("cp858");
    case CodePage::Wpc1252:
        return QStringLiteral("cp1252");
    }
    return {};
}

QStringList codePageNames()
{
    return {QStringLiteral("cp437"), QStringLiteral("cp850"), QStringLiteral("cp858"),
            QStringLiteral("cp1252")};
}

quint8 escPosCodePageNumber(CodePage page)
{
    switch (page) {
    case CodePage::Cp437:
        return 0;
    case CodePage::Cp850:
        return 2;
    case CodePage::Cp858:
        return 19;
    case CodePage::Wpc1252:
        return 16;
    }
    return 0;
}

QString transliterate(QStringView text, CodePage page)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\n') {
            out += qc;
            continue;
        }
        if (isSpace(c)) {
            out += u' ';
            continue;
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || qc.isSurrogate() || qc.isNonCharacter()) {
            if (qc.isHighSurrogate())
                out += u'?'; // one mark for a character outside the BMP (its low half is skipped)
            continue;
        }
        if (printable(c, page)) {
            out += qc;
            continue;
        }
        if (const auto f = fallbacks().constFind(c); f != fallbacks().constEnd()) {
            bool all = true;
            for (const QChar fc : *f)
                all = all && printable(fc.unicode(), page);
            if (all) {
                out += *f;
                continue;
            }
        }
        // A letter with marks the page lacks ("ő", "ş"): its base letters, marks dropped.
        const QString decomposed = QString(qc).normalized(QString::NormalizationForm_KD);
        QString base;
        for (const QChar d : decomposed)
            if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_Enclosing
                && d.category() != QChar::Mark_SpacingCombining && printable(d.unicode(), page))
                base += d;
        out += base.isEmpty() ? QStringLiteral("?") : base;
    }
    return out;
}

QByteArray encodeText(QStringView text, CodePage page)
{
    const QString printableText = transliterate(text, page);
    QByteArray bytes;
    bytes.reserve(printableText.size());
    const auto &map = reverse(page);
    for (const QChar qc : printableText) {
        const char16_t c = qc.unicode();
        if (c < 0x80)
            bytes += static_cast<char>(c);
        else
            bytes += static_cast<char>(map.value(c, '?'));
    }
    return bytes;
}

QString decodeText(QByteArrayView bytes, CodePage page)
{
    const char16_t *t = table(page);
    QString out;
    out.reserve(bytes.size());
    for (const char b : bytes) {
        const auto u = static_cast<quint8>(b);
        if (u < 0x80)
            out += QChar(char16_t(u));
        else
            out += t[u - 0x80] ? QChar(t[u - 0x80]) : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace paydesk
