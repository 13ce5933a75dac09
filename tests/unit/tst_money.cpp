#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/currency.h"
#include "core/money.h"

using namespace paydesk;
using Code = MoneyError::Code;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyClasses_data();
    void currencyClasses();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void localeDecimalSeparator();
    void localeForms_data();
    void localeForms();
    void localeRefusals_data();
    void localeRefusals();
    void localeRoundTrip_data();
    void localeRoundTrip();
    void spanishGroups();
    void decimalString_data();
    void decimalString();
    void majorJson_data();
    void majorJson();
    void display_data();
    void display();
};

void TestMoney::currencyClasses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<int>("rule");
    QTest::addRow("usd two-decimal") << "USD" << 2 << int(CurrencyRule::Standard);
    QTest::addRow("mxn lower-case") << "mxn" << 2 << int(CurrencyRule::Standard);
    for (const char *zero : {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF",
                             "UGX", "VND", "VUV", "XAF", "XOF", "XPF"})
        QTest::addRow("zero-decimal %s", zero)
            << QString::fromLatin1(zero) << 0 << int(CurrencyRule::Standard);
    for (const char *three : {"BHD", "JOD", "KWD", "OMR", "TND"})
        QTest::addRow("three-decimal %s", three)
            << QString::fromLatin1(three) << 3 << int(CurrencyRule::ThreeDecimalEndsInZero);
    QTest::addRow("isk whole units") << "ISK" << 2 << int(CurrencyRule::WholeUnitsOnly);
}

void TestMoney::currencyClasses()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QFETCH(int, rule);
    const auto info = currencyInfo(code);
    QVERIFY(info);
    QCOMPARE(info->code, code.toLower());
    QCOMPARE(info->exponent, exponent);
    QCOMPARE(int(info->rule), rule);
}

void TestMoney::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addRow("plain") << "12.34"
                           << "usd" << qint64(1234);
    QTest::addRow("spaces around") << "  12.34 "
                                   << "usd" << qint64(1234);
    QTest::addRow("whole") << "12"
                           << "usd" << qint64(1200);
    QTest::addRow("one decimal") << "12.5"
                                 << "usd" << qint64(1250);
    QTest::addRow("leading point") << ".5"
                                   << "usd" << qint64(50);
    QTest::addRow("trailing point") << "7."
                                    << "usd" << qint64(700);
    QTest::addRow("zero") << "0"
                          << "usd" << qint64(0);
    QTest::addRow("leading zeros") << "000012.30"
                                   << "eur" << qint64(1230);
    QTest::addRow("extra zero decimals") << "12.3400"
                                         << "usd" << qint64(1234);
    QTest::addRow("jpy whole") << "500"
                               << "jpy" << qint64(500);
    QTest::addRow("jpy .00 is whole") << "500.00"
                                      << "JPY" << qint64(500);
    QTest::addRow("kwd ends in 0") << "1.230"
                                   << "kwd" << qint64(1230);
    QTest::addRow("kwd two decimals") << "1.23"
                                      << "kwd" << qint64(1230);
    QTest::addRow("isk whole") << "1500"
                               << "isk" << qint64(150000);
    QTest::addRow("isk .00") << "1500.00"
                             << "isk" << qint64(150000);
    QTest::addRow("largest usd") << "999999.99"
                                 << "usd" << qint64(99999999);
    QTest::addRow("largest jpy") << "99999999"
                                 << "jpy" << qint64(99999999);
    QTest::addRow("largest kwd") << "99999.990"
                                 << "kwd" << qint64(99999990);
}

void TestMoney::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto result = parseAmount(text, currency);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, minor);
}

void TestMoney::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("empty") << ""
                           << "usd" << int(Code::Empty) << "Enter an amount";
    QTest::addRow("blank") << "   "
                           << "usd" << int(Code::Empty) << "Enter an amount";
    QTest::addRow("letters") << "abc"
                             << "usd" << int(Code::NotANumber) << "\"abc\" is not an amount";
    QTest::addRow("two points") << "1.2.3"
                                << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("group separator") << "1,234.00"
                                     << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("exponent") << "1e3"
                              << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("plus sign") << "+5"
                               << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("lone point") << "."
                                << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("inner space") << "12 34"
                                 << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("currency sign") << "$12"
                                   << "usd" << int(Code::NotANumber) << "not an amount";
    QTest::addRow("negative") << "-5.00"
                              << "usd" << int(Code::Negative) << "cannot be negative";
    QTest::addRow("too many decimals")
        << "12.345"
        << "usd" << int(Code::TooManyDecimals) << "USD takes at most 2 decimals";
    QTest::addRow("jpy decimals") << "500.5"
                                  << "jpy" << int(Code::TooManyDecimals) << "JPY has no decimals";
    QTest::addRow("kwd four decimals")
        << "1.2345"
        << "kwd" << int(Code::TooManyDecimals) << "KWD takes at most 3 decimals";
    QTest::addRow("too large usd") << "1000000.00"
                                   << "usd" << int(Code::TooLarge) << "at most 999999.99 USD";
    QTest::addRow("too large jpy") << "100000000"
                                   << "jpy" << int(Code::TooLarge) << "at most 99999999 JPY";
    QTest::addRow("huge digits") << "123456789012345678901234567890"
                                 << "usd" << int(Code::TooLarge) << "too large";
    QTest::addRow("kwd not ending in 0")
        << "1.235"
        << "kwd" << int(Code::ThreeDecimalMustEndInZero) << "KWD amounts must end in 0";
    QTest::addRow("isk with decimals")
        << "12.34"
        << "isk" << int(Code::WholeUnitsOnly) << "ISK amounts must be whole units";
    QTest::addRow("unknown currency")
        << "12.34"
        << "abc" << int(Code::UnknownCurrency) << "\"abc\" is not an ISO 4217 currency code";
    QTest::addRow("not alpha-3") << "12.34"
                                 << "us" << int(Code::UnknownCurrency) << "not an ISO 4217";
    QTest::addRow("gold is no currency")
        << "1"
        << "xau" << int(Code::UnknownCurrency) << "not an ISO 4217";
    QTest::addRow("no currency") << "1"
                                 << "" << int(Code::UnknownCurrency) << "Choose a currency";
}

void TestMoney::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const auto result = parseAmount(text, currency);
    QVERIFY2(!result, "accepted an amount that must be rejected");
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestMoney::localeDecimalSeparator()
{
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(*parseAmount(u"12,34", u"eur", french), qint64(1234));
    QCOMPARE(*parseAmount(u"12.34", u"eur", french), qint64(1234));
    QVERIFY(!parseAmount(u"12,34", u"eur")); // the C locale has no comma
}

namespace {

QLocale localeNamed(const QString &name)
{
    return name == u"C" ? QLocale::c() : QLocale(name);
}

} // namespace

// What a cashier types in the locale of the till, and what is charged (minor units of USD).
void TestMoney::localeForms_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    // Spanish (Spain): ',' decimal, '.' groups.
    QTest::addRow("es_ES 1.500 is fifteen hundred") << "es_ES"
                                                    << "1.500" << qint64(150000);
    QTest::addRow("es_ES 1.500,00") << "es_ES"
                                    << "1.500,00" << qint64(150000);
    QTest::addRow("es_ES 1500,5") << "es_ES"
                                  << "1500,5" << qint64(150050);
    QTest::addRow("es_ES 12,50") << "es_ES"
                                 << "12,50" << qint64(1250);
    QTest::addRow("es_ES 123.456,78") << "es_ES"
                                      << "123.456,78" << qint64(12345678);
    QTest::addRow("es_ES ,5") << "es_ES"
                              << ",5" << qint64(50);
    // Spanish (Mexico) and English: '.' decimal, ',' groups.
    QTest::addRow("es_MX 1.500 is one and a half") << "es_MX"
                                                   << "1.500" << qint64(150);
    QTest::addRow("es_MX 1,500.00") << "es_MX"
                                    << "1,500.00" << qint64(150000);
    QTest::addRow("en 1.500 is one and a half") << "en_US"
                                                << "1.500" << qint64(150);
    QTest::addRow("en 1,500 is fifteen hundred") << "en_US"
                                                 << "1,500" << qint64(150000);
    QTest::addRow("en 12,345.67") << "en_US"
                                  << "12,345.67" << qint64(1234567);
    // French: ',' decimal, a (narrow) no-break space or a space groups, '.' from a keypad.
    QTest::addRow("fr 1,5") << "fr_FR"
                            << "1,5" << qint64(150);
    QTest::addRow("fr keypad 1.5") << "fr_FR"
                                   << "1.5" << qint64(150);
    QTest::addRow("fr narrow no-break space")
        << "fr_FR" << QStringLiteral("1\u202f500,00") << qint64(150000);
    QTest::addRow("fr no-break space")
        << "fr_FR" << QStringLiteral("1\u00a0500,00") << qint64(150000);
    QTest::addRow("fr space") << "fr_FR"
                              << "1 500,00" << qint64(150000);
    // C (paydeskctl): '.' decimal, no groups.
    QTest::addRow("C 1.500") << "C"
                             << "1.500" << qint64(150);
    QTest::addRow("C 1500.00") << "C"
                               << "1500.00" << qint64(150000);
}

void TestMoney::localeForms()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto result = parseAmount(text, u"usd", localeNamed(locale));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, minor);
}

// What fits no clean reading is refused, never guessed, with an example in the locale's form.
void TestMoney::localeRefusals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addRow("es_ES 1.50: '.' groups, badly")
        << "es_ES"
        << "1.50"
        << "\"1.50\" is not an amount: write it like 12,50 or 15.000,00.";
    QTest::addRow("es_ES 12.34") << "es_ES"
                                 << "12.34"
                                 << "write it like 12,50 or 15.000,00";
    QTest::addRow("es_ES .5") << "es_ES"
                              << ".5"
                              << "write it like 12,50 or 15.000,00";
    QTest::addRow("es_ES 1.5000") << "es_ES"
                                  << "1.5000"
                                  << "write it like 12,50";
    QTest::addRow("es_ES group after the comma") << "es_ES"
                                                 << "1,500.00"
                                                 << "write it like 12,50";
    QTest::addRow("es_ES two commas") << "es_ES"
                                      << "1,5,0"
                                      << "write it like 12,50";
    QTest::addRow("es_MX 1,5") << "es_MX"
                               << "1,5"
                               << "write it like 12.50 or 15,000.00";
    QTest::addRow("en 1,5 is not 1.5") << "en_US"
                                       << "1,5"
                                       << "write it like 12.50 or 15,000.00";
    QTest::addRow("en 1,50") << "en_US"
                             << "1,50"
                             << "write it like 12.50";
    QTest::addRow("en 1500,00") << "en_US"
                                << "1500,00"
                                << "write it like 12.50";
    QTest::addRow("en ,500") << "en_US"
                             << ",500"
                             << "write it like 12.50";
    QTest::addRow("en 1,500,") << "en_US"
                               << "1,500,"
                               << "write it like 12.50";
    QTest::addRow("en 1 500") << "en_US"
                              << "1 500"
                              << "write it like 12.50";
    QTest::addRow("fr 1 50") << "fr_FR"
                             << "1 50" << QStringLiteral("write it like 12,50 or 15\u202f000,00");
    QTest::addRow("fr 1.500,00") << "fr_FR"
                                 << "1.500,00"
                                 << "write it like 12,50";
    QTest::addRow("C 1,500") << "C"
                             << "1,500"
                             << "\"1,500\" is not an amount: use digits and one decimal point";
    QTest::addRow("C 1,5") << "C"
                           << "1,5"
                           << "use digits and one decimal point, like 12.34";
    QTest::addRow("C 1 500") << "C"
                             << "1 500"
                             << "use digits and one decimal point";
}

void TestMoney::localeRefusals()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto result = parseAmount(text, u"usd", localeNamed(locale));
    QVERIFY2(!result, qPrintable(QStringLiteral("read as %1").arg(result ? *result : 0)));
    QCOMPARE(int(result.error().code), int(Code::NotANumber));
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

// What the till shows (formatAmount) reads back as the same amount, in every locale.
void TestMoney::localeRoundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    for (const char *locale : {"en_US", "es_ES", "es_MX", "fr_FR", "C"}) {
        QTest::addRow("%s usd", locale) << locale << "usd" << qint64(99999999);
        QTest::addRow("%s usd 1500", locale) << locale << "usd" << qint64(150000);
        QTest::addRow("%s jpy", locale) << locale << "jpy" << qint64(1234567);
        QTest::addRow("%s kwd", locale) << locale << "kwd" << qint64(1234560);
    }
}

void TestMoney::spanishGroups()
{
    // Spanish writes four digits without a group, more in groups of three (Qt 6.4 alone
    // writes 1234567 as "1234.567").
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    QCOMPARE(formatAmount(150000, u"usd", spain), QStringLiteral("1500,00"));
    QCOMPARE(formatAmount(1500000, u"usd", spain), QStringLiteral("15.000,00"));
    QCOMPARE(formatAmount(1234567, u"jpy", spain), QStringLiteral("1.234.567"));
    QCOMPARE(formatAmount(99999999, u"jpy", spain), QStringLiteral("99.999.999"));
    QCOMPARE(formatAmount(1234567, u"jpy", QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1,234,567"));
    QCOMPARE(formatAmount(150000, u"usd", QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1,500.00"));
    QCOMPARE(formatAmount(150000, u"usd", QLocale::c()), QStringLiteral("1500.00"));
}

void TestMoney::localeRoundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const QLocale l = localeNamed(locale);
    const QString shown = formatAmount(minor, currency, l);
    const auto result = parseAmount(shown, currency, l);
    QVERIFY2(result, qPrintable(shown + u' ' + (result ? QString() : result.error().message)));
    QCOMPARE(*result, minor);
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addRow("mxn") << qint64(30000) << "mxn"
                         << "300.00";
    QTest::addRow("cents") << qint64(5) << "usd"
                           << "0.05";
    QTest::addRow("jpy") << qint64(500) << "jpy"
                         << "500";
    QTest::addRow("kwd") << qint64(1230) << "kwd"
                         << "1.230";
    QTest::addRow("zero") << qint64(0) << "usd"
                          << "0.00";
}

void TestMoney::decimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(toDecimalString(minor, currency), text);
}

void TestMoney::majorJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");
    QTest::addRow("checkout float") << QByteArray("300.0") << "mxn" << qint64(30000) << true;
    QTest::addRow("binary-inexact") << QByteArray("12.34") << "usd" << qint64(1234) << true;
    QTest::addRow("0.1 + 0.2 style") << QByteArray("0.3") << "usd" << qint64(30) << true;
    QTest::addRow("integer") << QByteArray("300") << "mxn" << qint64(30000) << true;
    QTest::addRow("jpy") << QByteArray("500") << "jpy" << qint64(500) << true;
    QTest::addRow("too precise") << QByteArray("12.345") << "usd" << qint64(0) << false;
    QTest::addRow("string") << QByteArray("\"300.00\"") << "usd" << qint64(0) << false;
}

void TestMoney::majorJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(bool, ok);
    const QJsonValue value
        = QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(QStringLiteral("v"));
    const auto result = majorJsonToMinor(value, currency);
    QCOMPARE(bool(result), ok);
    if (ok)
        QCOMPARE(*result, minor);
}

void TestMoney::display_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale mx(QLocale::Spanish, QLocale::Mexico);
    QTest::addRow("usd in US") << us << qint64(123456) << "usd"
                               << "$1,234.56";
    QTest::addRow("mxn in US") << us << qint64(30000) << "mxn"
                               << "MXN\u00a0300.00";
    QTest::addRow("jpy in US") << us << qint64(500) << "jpy"
                               << "JPY\u00a0500";
    QTest::addRow("eur in France") << fr << qint64(123456) << "eur"
                                   << "1\u202f234,56\u00a0\u20ac";
    QTest::addRow("mxn in Mexico") << mx << qint64(30000) << "mxn"
                                   << "$300.00";
    QTest::addRow("kwd in US") << us << qint64(1230) << "kwd"
                               << "KWD\u00a01.230";
}

void TestMoney::display()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(formatMoney(minor, currency, locale), text);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
