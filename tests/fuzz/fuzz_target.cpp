// libFuzzer targets over what reads untrusted bytes: every answer parser, shape detection (what
// `paydeskctl inspect` does), Dots' refund and the money parser. One source, one target per
// PAYDESK_FUZZ_TARGET.
// Besides "no crash, no sanitizer report", each target checks invariants a user relies on.
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "backends/answers.h"
#include "backends/dots/answer.h"
#include "core/currency.h"
#include "core/money.h"
#include "core/redaction.h"

using namespace paydesk;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

/// Whatever follows "_secret_" is masked: "…_secret_****", never "…_secret_X".
void checkNoUnmaskedSecret(const QString &text, const char *where)
{
    for (qsizetype at = text.indexOf(QStringLiteral("_secret_")); at >= 0;
         at = text.indexOf(QStringLiteral("_secret_"), at + 1)) {
        const qsizetype after = at + 8;
        const bool masked = text.mid(after, 4) == u"****";
        const bool nothing = after >= text.size() || !text.at(after).isLetterOrNumber()
            || text.at(after).unicode() > 127;
        check(masked || nothing, where);
    }
}

/// A record must never show an unmasked secret, whatever the input.
void checkRecord(const ParseResult &r)
{
    if (!r)
        return;
    const QByteArray json = QJsonDocument(r->toJson(QLocale::c())).toJson(QJsonDocument::Compact);
    checkNoUnmaskedSecret(QString::fromUtf8(json), "a client secret survived parsing");
    if (r->intent.amount)
        check(!r->intent.amount->currency.isNull(), "an amount without a currency");
}

[[maybe_unused]] void parseAs(const QByteArray &bytes, std::optional<AnswerShape> kind)
{
    ParseContext context;
    context.amountMinor = 1234;
    checkRecord(parseAnswer(bytes, kind, context));
}

[[maybe_unused]] void money(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    static const char *currencies[]
        = {"usd", "jpy", "kwd", "isk", "mxn", "eur", "bhd", "xxx", "", "US", "clp", "gbp"};
    const QString currency
        = QString::fromLatin1(currencies[data[0] % (sizeof(currencies) / sizeof(*currencies))]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    const auto minor = parseAmount(text, currency);
    if (!minor) {
        check(!minor.error().message.isEmpty(), "a rejection without a message");
        return;
    }
    check(*minor >= 0 && *minor <= kMaxMinorAmount, "an accepted amount out of range");
    // What was accepted reads back to the same amount.
    const auto again = parseAmount(toDecimalString(*minor, currency), currency);
    check(again && *again == *minor, "decimal text does not round-trip");
    check(!formatMoney(*minor, currency, QLocale::c()).isEmpty(), "empty display");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
#if defined(PAYDESK_FUZZ_MONEY)
    money(data, size);
#elif defined(PAYDESK_FUZZ_SHAPE)
    parseAs(bytes, std::nullopt); // detection, then the detected parser (inspect)
    // The same bytes as a log line: redaction leaves no client secret, and is stable.
    const QString redacted = redactText(QString::fromUtf8(bytes));
    checkNoUnmaskedSecret(redacted, "redactText left a client secret");
    check(redactText(redacted) == redacted, "redactText is not idempotent");
    // The same bytes as JSON: redactJson leaves no client secret, and is stable.
    if (const QJsonDocument doc = QJsonDocument::fromJson(bytes); !doc.isNull()) {
        const QJsonValue value
            = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QJsonValue once = redactJson(value);
        const QJsonDocument out
            = once.isObject() ? QJsonDocument(once.toObject()) : QJsonDocument(once.toArray());
        checkNoUnmaskedSecret(QString::fromUtf8(out.toJson(QJsonDocument::Compact)),
                              "redactJson left a client secret");
        check(redactJson(once) == once, "redactJson is not idempotent");
    }
#elif defined(PAYDESK_FUZZ_REFUND)
    // A Dots refund (create, retrieve, one item of the list): an accepted refund has an id and
    // an amount within range, in a currency.
    if (const QJsonDocument document = QJsonDocument::fromJson(bytes); document.isObject()) {
        if (const auto refund = parseDotsRefund(document.object())) {
            check(!refund->id.isNull(), "a refund without an id");
            if (refund->amount) {
                check(refund->amount->minor >= 0 && refund->amount->minor <= kMaxMinorAmount,
                      "a refund amount out of range");
                check(!refund->amount->currency.isEmpty(), "a refund amount without a currency");
            }
        } else {
            check(!refund.error().isEmpty(), "a refused refund without a message");
        }
    }
#elif defined(PAYDESK_FUZZ_STRIPE)
    parseAs(bytes, AnswerShape::stripe());
#elif defined(PAYDESK_FUZZ_BACKEND)
    parseAs(bytes, BackendKind::PAYDESK_FUZZ_BACKEND);
#else
#error "define the target"
#endif
    return 0;
}
