#include "receiptpage.h"

#include <QDateTime>
#include <QLocale>

#include "core/money.h"
#include "store.h"

namespace paydesk::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kStyle = u"body{font-family:sans-serif;background:#f6f9fc;color:#1a1f36;margin:0}"
                        u"main{max-width:28rem;margin:2rem auto;background:#fff;padding:2rem;"
                        u"border-radius:.5rem;box-shadow:0 1px 3px #0002}"
                        u"h1{font-size:1.2rem;margin:0 0 .25rem}"
                        u".amount{font-size:2rem;font-weight:600;margin:1rem 0}"
                        u"table{width:100%;border-collapse:collapse}"
                        u"td{padding:.4rem 0;border-top:1px solid #e3e8ee}"
                        u"td+td{text-align:right;font-family:monospace}"
                        u".note{color:#697386;font-size:.8rem;margin-top:1.5rem}";

QByteArray page(const QString &title, const QString &content)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
            + title.toHtmlEscaped() + u"</title>\n<style>"_s + kStyle
            + u"</style>\n</head>\n<body>\n<main>\n"_s + content + u"</main>\n</body>\n</html>\n"_s)
        .toUtf8();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td>"_s + label.toHtmlEscaped() + u"</td><td>"_s + value.toHtmlEscaped()
        + u"</td></tr>\n"_s;
}

} // namespace

Answer receiptPage(const ChargeRecord *charge)
{
    if (!charge) {
        return Answer::html(404,
                            page(u"Receipt not found"_s,
                                 u"<h1>Receipt not found</h1>\n<p>There is no receipt at "
                                 u"this address. Check the link on your paper receipt.</p>\n"_s));
    }
    const QString amount
        = toDecimalString(charge->amount, charge->currency) + u' ' + charge->currency.toUpper();
    const QString date = QLocale::c().toString(
        QDateTime::fromSecsSinceEpoch(charge->created, Qt::UTC), u"MMMM d, yyyy, HH:mm 'UTC'"_s);
    QString brand = charge->cardBrand;
    if (!brand.isEmpty())
        brand[0] = brand[0].toUpper();
    const QString content = u"<h1>Receipt from Paydesk Sandbox</h1>\n"_s + u"<div>Receipt #"_s
        + charge->receiptNumber.toHtmlEscaped() + u"</div>\n"_s + u"<div class=\"amount\">"_s
        + amount.toHtmlEscaped() + u"</div>\n<table>\n"_s + row(u"Amount paid"_s, amount)
        + row(u"Date paid"_s, date)
        + row(u"Payment method"_s, brand + u" \u2022\u2022\u2022\u2022 "_s + charge->cardLast4)
        + row(u"Description"_s, charge->description)
        + row(u"Receipt number"_s, charge->receiptNumber) + row(u"Charge"_s, charge->id)
        + row(u"Payment intent"_s, charge->paymentIntentId)
        + u"</table>\n<p class=\"note\">Paydesk Sandbox: a test payment, no money was "
          u"moved.</p>\n"_s;
    return Answer::html(200,
                        page(u"Receipt from Paydesk Sandbox #"_s + charge->receiptNumber, content));
}

} // namespace paydesk::sandbox
