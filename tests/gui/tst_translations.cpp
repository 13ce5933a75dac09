// The translations as paydesk loads them (:/i18n/paydesk_es.qm, embedded in paydesk_ui): with the
// Spanish translator installed, messages made by the libraries (money, cart, JSON fields, backend
// errors, the journal, the till receipt, the receipt printer) and the support view's labels come
// out in Spanish, both from free functions (context "paydesk") and from member functions (the
// class's context). A message that lupdate did not extract, or that is looked up under another
// context than the one lupdate filed it under, stays English and fails here. Also: every
// translation keeps its source's %1… and the same message is English again without the translator
// (as every other test sees it).
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "backends/backenderror.h"
#include "core/cart.h"
#include "core/jsonfields.h"
#include "core/money.h"
#include "devices/printjob.h"
#include "journal/journal.h"
#include "receipts/tillreceipt.h"
#include "settingspage/settingsmenu.h"
#include "support/inspectpage.h"
#include "widgetinput.h"

using namespace paydesk;
using paydesk::test::child;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void libraryMessagesInSpanish_data();
    void libraryMessagesInSpanish();
    void supportViewInSpanish();
    void englishWithoutTheTranslator();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void mexicanSpanish();
    void oneNamePerThing_data();
    void oneNamePerThing();

private:
    QTranslator m_spanish;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), QStringLiteral("paydesk"),
                           QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(m_spanish.language(), QStringLiteral("es"));
    QVERIFY(QCoreApplication::installTranslator(&m_spanish));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_spanish);
}

void TestTranslations::libraryMessagesInSpanish_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("spanish");

    // core/money.cpp, a free function: context "paydesk".
    QTest::addRow("money: not a number")
        << parseAmount(u"doce", u"eur").error().message
        << QStringLiteral("«doce» no es un importe: use cifras y un solo separador decimal, "
                          "como 12,34.");
    QTest::addRow("money: JSON amount not a number")
        << majorJsonToMinor(QJsonValue(QStringLiteral("12")), u"eur").error().message
        << QStringLiteral("El importe no es un número.");
    // core/cart.cpp: a member function (Cart::tr) and a free one in the same file.
    QTest::addRow("cart: empty") << Cart(QStringLiteral("eur")).total().error().message
                                 << QStringLiteral(
                                        "El carrito está vacío: añada al menos un artículo.");
    QTest::addRow("cart: item spec")
        << parseCartItemSpec(u"COF-1:Café", u"eur").error().message
        << QStringLiteral("Artículo «COF-1:Café»: necesita cuatro partes. Se espera "
                          "SKU:NAME:QTY:UNIT_PRICE, p. ej. COF-1:Coffee:2:3.50.");
    // core/jsonfields.cpp: JsonFields::tr, also for the JSON type names.
    JsonFields fields(QJsonObject{{QStringLiteral("amount"), QStringLiteral("12")}});
    (void)fields.integer("amount");
    QTest::addRow("json fields") << fields.error().message
                                 << QStringLiteral("amount debe ser un entero, no una cadena.");
    // backends/backenderror.cpp: BackendError::tr.
    BackendError timeout;
    timeout.kind = BackendError::Kind::Timeout;
    QTest::addRow("backend error")
        << timeout.cashierText()
        << QStringLiteral("El servicio de pago no respondió a tiempo. Puede que el pago se haya "
                          "realizado: compruébelo antes de reintentar.");
    // journal/journal.cpp: Journal::tr. The journal's folder cannot be made under a file.
    QTemporaryFile file;
    QVERIFY(file.open());
    const QString folder = file.fileName() + QStringLiteral("/sub");
    QTest::addRow("journal")
        << Journal::open(folder + QStringLiteral("/journal.sqlite")).error()
        << QStringLiteral("No se puede crear la carpeta %1 para el diario.").arg(folder);
    // receipts/tillreceipt.cpp: a free tr() in namespace paydesk::receipttext, that context.
    QTest::addRow("till receipt") << receipttext::trainingMark()
                                  << QStringLiteral("FORMACIÓN — NO ES UN PAGO REAL");
    // devices/printer.cpp, free functions (context "paydesk"); devices/printjob.cpp,
    // PrintResult::tr.
    QTest::addRow("printer address")
        << parsePrinterUrl(QStringLiteral("lpt1")).error()
        << QStringLiteral("«lpt1» no es una dirección de impresora: una impresora es "
                          "tcp://HOST:9100, file:/dev/usb/lp0 o cups:QUEUE.");
    PrintResult paperOut;
    paperOut.status = PrinterStatus::PaperOut;
    QTest::addRow("print result") << paperOut.sentence()
                                  << QStringLiteral("La impresora no está lista: sin papel.");
}

void TestTranslations::libraryMessagesInSpanish()
{
    QFETCH(QString, message);
    QFETCH(QString, spanish);
    QCOMPARE(message, spanish);
}

void TestTranslations::supportViewInSpanish()
{
    InspectPage page;
    QVERIFY(child<QLabel>(&page, "helpLabel")
                ->text()
                .startsWith(QStringLiteral("Pegue la respuesta de un servicio de pago")));
    QCOMPARE(child<QPushButton>(&page, "inspectShowButton")->text(), QStringLiteral("&Mostrar"));
    // The support view's words around a message of the parsers (the backends named in the
    // descriptor table's order).
    QVERIFY(!page.inspect(QByteArrayLiteral(R"({"x": 1})")));
    QCOMPARE(page.resultText(),
             QStringLiteral("\u2716 No es una respuesta de un servicio conocido: El JSON no es una "
                            "respuesta de un servicio conocido (Checkout, Offer, Dots, Ocho) ni un "
                            "PaymentIntent o Charge de Stripe."));
}

void TestTranslations::englishWithoutTheTranslator()
{
    QCoreApplication::removeTranslator(&m_spanish);
    const QString english = parseAmount(u"doce", u"eur").error().message;
    QCoreApplication::installTranslator(&m_spanish);
    QCOMPARE(english,
             QStringLiteral("\"doce\" is not an amount: use digits and one decimal point, like "
                            "12.34."));
}

void TestTranslations::translationsKeepPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    for (const char *language : {"en", "es", "es_MX", "fr"})
        QTest::addRow("%s", language)
            << QStringLiteral(PAYDESK_TRANSLATIONS "/paydesk_%1.ts").arg(QLatin1String(language));
}

void TestTranslations::translationsKeepPlaceholders()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    static const QRegularExpression placeholder(QStringLiteral("%L?(n|\\d)"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
            found << m.captured();
        found.sort();
        return found;
    };
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if ((xml.name() == u"translation" && !numerus) || xml.name() == u"numerusform") {
            const QString text = xml.readElementText();
            if (text.isEmpty())
                continue; // unfinished: the source is shown
            QVERIFY2(placeholders(text) == placeholders(source),
                     qPrintable(QStringLiteral("%1: \"%2\" → \"%3\"").arg(path, source, text)));
            ++checked;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(checked > 0);
}

namespace {

/// source → every translation of it in the .ts file at `path` (unfinished ones left out).
QMultiHash<QString, QString> translationsIn(const QString &path)
{
    QMultiHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" || xml.name() == u"numerusform")
            if (const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                !text.isEmpty())
                out.insert(source, text);
    }
    return out;
}

} // namespace

void TestTranslations::mexicanSpanish()
{
    // Spanish for Mexico: the counter's own words, amounts as Mexico writes them, $ for the
    // till's own peso and the ISO code for any other currency.
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    QCOMPARE(formatMoney(1242550, u"mxn", mexico), QStringLiteral("$12,425.50"));
    QVERIFY2(formatMoney(1200, u"usd", mexico).startsWith(u"USD"),
             qPrintable(formatMoney(1200, u"usd", mexico)));
    QVERIFY(formatMoney(1200, u"usd", mexico).endsWith(QStringLiteral("12.00")));
    // Spain keeps its own forms.
    QVERIFY(formatMoney(1242550, u"mxn", QLocale(QLocale::Spanish, QLocale::Spain))
                .contains(QStringLiteral("12.425,50")));
    // The default for Spanish at a till in MXN or in Mexico, or set in the config.
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    QCOMPARE(counterLocale(spain, {}, QStringLiteral("mxn")), mexico);
    QCOMPARE(counterLocale(mexico, {}, QStringLiteral("usd")), mexico);
    QCOMPARE(counterLocale(spain, {}, QStringLiteral("eur")), spain);
    QCOMPARE(counterLocale(spain, QStringLiteral("es_MX"), QStringLiteral("eur")), mexico);
    QCOMPARE(counterLocale(QLocale(QLocale::French, QLocale::France), {}, QStringLiteral("mxn")),
             QLocale(QLocale::French, QLocale::France));

    // As paydesk loads it: the Mexican file, its words.
    QTranslator mexican;
    QVERIFY(mexican.load(QStringLiteral("paydesk_") + mexico.name(), QStringLiteral(":/i18n")));
    QCOMPARE(mexican.language(), QStringLiteral("es_MX"));
    QCOMPARE(mexican.translate("CartWidget", "Add amount"), QStringLiteral("Agregar monto"));
    const auto all = translationsIn(QStringLiteral(PAYDESK_TRANSLATIONS "/paydesk_es_MX.ts"));
    QVERIFY(all.size() > 1000);
    static const QRegularExpression spainOnly(
        QStringLiteral("\\b(añad\\w*|Añad\\w*|importes?|Importes?|móvil(es)?|ordenador(es)?|"
                       "presupuestos?|formación|Pulse|pulse|pulsar|Intro|Mayús)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QVERIFY2(!spainOnly.match(it.value()).hasMatch(),
                 qPrintable(it.key() + QStringLiteral(" → ") + it.value()));
}

void TestTranslations::oneNamePerThing_data()
{
    QTest::addColumn<QString>("path");
    for (const char *language : {"es", "es_MX", "fr"})
        QTest::addRow("%s", language)
            << QStringLiteral(PAYDESK_TRANSLATIONS "/paydesk_%1.ts").arg(QLatin1String(language));
}

void TestTranslations::oneNamePerThing()
{
    // The glossary (resources/translations/glossary.md): one thing, one name. The walk-in
    // client is one word on the sale page and in the setup; "Try another card" is the same on
    // the button and in the text that names it.
    QFETCH(QString, path);
    const auto all = translationsIn(path);
    const QStringList walkIn = all.values(QStringLiteral("Walk-in"));
    QVERIFY(!walkIn.isEmpty());
    for (const QString &name : walkIn)
        QCOMPARE(name, walkIn.constFirst());
    const QString button = all.value(QStringLiteral("Try another card"));
    QVERIFY(!button.isEmpty());
    QVERIFY2(all.value(QStringLiteral("Try another card: %1")).startsWith(button),
             qPrintable(all.value(QStringLiteral("Try another card: %1"))));
    // Shift is named one way in the sentences of a language.
    QStringList shiftNames;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        static const QRegularExpression shift(QStringLiteral("Ctrl\\+(\\w+)\\+[A-Z]"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        if (!it.key().contains(u' '))
            continue; // a bare shortcut is Qt's to read
        for (const QRegularExpressionMatch &m : shift.globalMatch(it.value()))
            if (!shiftNames.contains(m.captured(1)))
                shiftNames << m.captured(1);
    }
    QVERIFY2(shiftNames.size() <= 1, qPrintable(shiftNames.join(u", ")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
