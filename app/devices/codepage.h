// The character code pages of ESC/POS receipt printers, and transliteration: a character the
// chosen page has is printed as itself (é in CP437, CP850, CP858 and WPC1252); anything else is
// replaced by plain letters ("•" → "*", "€" → "EUR" where the page has no euro sign, "ő" → "o"),
// or "?" when there is nothing close. Never a wrong byte: the paper never shows garbage.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paydesk {

enum class CodePage
{
    Cp437, ///< USA, standard Europe (ESC t 0)
    Cp850, ///< Multilingual Latin-1 (ESC t 2)
    Cp858, ///< CP850 with the euro sign (ESC t 19)
    Wpc1252, ///< Windows Latin-1 (ESC t 16)
};

/// "cp437", "437", "pc437", "cp850", "cp858", "cp1252", "wpc1252", "windows-1252" (any case).
std::optional<CodePage> codePageFromName(QStringView name);
QString codePageName(CodePage page); ///< "cp437", "cp850", "cp858", "cp1252"
QStringList codePageNames(); ///< for messages: the names codePageFromName() reads
/// n of ESC t n: the page's number in the ESC/POS character code table.
quint8 escPosCodePageNumber(CodePage page);

/// The text with only characters `page` can print (transliterated as above; controls dropped,
/// tabs and exotic spaces become a space). Its length is what the paper shows.
QString transliterate(QStringView text, CodePage page);
/// The bytes of `text` in `page`, transliterated first.
QByteArray encodeText(QStringView text, CodePage page);
/// The characters of bytes in `page` (a test's decoder reads the paper back with this). A byte
/// the page leaves undefined reads as U+FFFD.
QString decodeText(QByteArrayView bytes, CodePage page);

} // namespace paydesk
