// One real training sale (Checkout, MXN) through the sandbox and into the journal, as the cashier
// window sends it, optionally under a sandbox fault: what the support tests and the support
// screenshots fill the journal with.
#pragma once

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>

#include "guiharness.h"
#include "payments/saleattempt.h"
#include "sandbox/sandboxserver.h"

namespace paydesk::test {

/// The sale's journal id, or 0 when it could not be made or did not finish.
inline qint64 sellTraining(Harness &h, const QString &reference, const QList<CartItem> &items,
                           const QString &fault = {})
{
    const BackendProfile *profile = h.workplace->findProfile(QStringLiteral("training-checkout"));
    if (!profile)
        return 0;
    CheckoutSale sale;
    sale.client = QStringLiteral("Ana Lopez");
    sale.reference = reference;
    sale.items = items;
    qint64 total = 0;
    for (const CartItem &i : items)
        total += i.quantity * i.unitPriceMinor;
    sale.total = Money{total, QStringLiteral("mxn")};
    h.sandbox()->setFault(fault.isEmpty() ? Fault{} : *Fault::parse(fault));
    QNetworkAccessManager network;
    JobOptions options;
    options.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.timeoutMs = 5000;
    SaleAttempt attempt(h.workplace->journal.get(), &network, *profile, Sale{sale},
                        h.workplace->context, options);
    QSignalSpy finished(&attempt, &SaleAttempt::finished);
    attempt.start();
    const bool done = !finished.isEmpty() || finished.wait(20000);
    h.sandbox()->setFault(Fault{});
    return done ? attempt.journalId() : 0;
}

} // namespace paydesk::test
