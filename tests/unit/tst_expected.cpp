// Expected<T, E> and Expected<void, E>: a value or a typed error, never both; the void form says
// only whether the work was done.
#include <optional>
#include <variant>

#include <QString>
#include <QTest>

#include "core/expected.h"

using namespace paydesk;

namespace {

struct Failure
{
    QString message;
    int code = 0;
};

Expected<int, Failure> half(int n)
{
    if (n % 2 != 0)
        return unexpected(Failure{QStringLiteral("%1 is odd").arg(n), 7});
    return n / 2;
}

Expected<void, Failure> keep(bool works)
{
    if (!works)
        return unexpected(Failure{QStringLiteral("cannot be kept"), 3});
    return {};
}

} // namespace

class TestExpected final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOrError();
    void valueOrFallback();
    void errorConvertsToItsType();
    void voidSuccess();
    void voidFailure();
    void voidErrorMovesOut();
    void voidPassesAnErrorOn();
};

void TestExpected::valueOrError()
{
    const auto even = half(10);
    QVERIFY(even.hasValue());
    QVERIFY(bool(even));
    QCOMPARE(*even, 5);
    QCOMPARE(even.value(), 5);

    const auto odd = half(3);
    QVERIFY(!odd.hasValue());
    QVERIFY(!odd);
    QCOMPARE(odd.error().message, QStringLiteral("3 is odd"));
    QCOMPARE(odd.error().code, 7);
    QVERIFY_THROWS_EXCEPTION(std::bad_variant_access, (void)odd.value());
}

void TestExpected::valueOrFallback()
{
    QCOMPARE(half(8).value_or(-1), 4);
    QCOMPARE(half(9).value_or(-1), -1);
}

void TestExpected::errorConvertsToItsType()
{
    // An Unexpected of another type becomes the Expected's own error type.
    const Expected<int, QString> failed = unexpected(QLatin1String("no such entry"));
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("no such entry"));
    const Expected<void, QString> voidFailed = unexpected(QLatin1String("no such entry"));
    QVERIFY(!voidFailed);
    QCOMPARE(voidFailed.error(), QStringLiteral("no such entry"));
}

void TestExpected::voidSuccess()
{
    const auto kept = keep(true);
    QVERIFY(kept.hasValue());
    QVERIFY(bool(kept));
    // A success has no error to read.
    QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, (void)kept.error());

    const Expected<void, Failure> made{};
    QVERIFY(made.hasValue());
}

void TestExpected::voidFailure()
{
    const auto lost = keep(false);
    QVERIFY(!lost.hasValue());
    QVERIFY(!lost);
    QCOMPARE(lost.error().message, QStringLiteral("cannot be kept"));
    QCOMPARE(lost.error().code, 3);
}

void TestExpected::voidErrorMovesOut()
{
    Failure moved = keep(false).error();
    QCOMPARE(moved.message, QStringLiteral("cannot be kept"));
    QCOMPARE(moved.code, 3);
}

void TestExpected::voidPassesAnErrorOn()
{
    // What callers do: one step's error becomes the whole work's; a success goes on.
    const auto both = [](bool first, bool second) -> Expected<void, Failure> {
        if (auto done = keep(first); !done)
            return done;
        if (auto done = keep(second); !done)
            return unexpected(done.error());
        return {};
    };
    QVERIFY(both(true, true));
    QVERIFY(!both(false, true));
    QVERIFY(!both(true, false));
    QCOMPARE(both(true, false).error().code, 3);

    // Reassigned as callers do when a later step fails after an earlier success.
    Expected<void, Failure> result{};
    QVERIFY(result);
    result = unexpected(Failure{QStringLiteral("report lost"), 9});
    QVERIFY(!result);
    QCOMPARE(result.error().code, 9);
}

QTEST_GUILESS_MAIN(TestExpected)
#include "tst_expected.moc"
