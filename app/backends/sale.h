// A sale as the cashier or a script describes it (a form of texts), and as it is sent (checked
// values in minor units). One validation serves the window and paydeskctl, before anything is
// sent; every problem is reported against its field, in a sentence a cashier understands.
#pragma once

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/cart.h"
#include "core/expected.h"
#include "core/identifiers.h"
#include "core/paymentrecord.h"
#include "profile.h"

namespace paydesk {

struct FieldIssue
{
    QString field; ///< the form field: "amount", "iss", "items[2]", "user_id"…
    QString message; ///< what is wrong and how to put it right
};
using FieldIssues = QList<FieldIssue>;

// --- what people type ----------------------------------------------------------------------

struct OchoForm
{
    QString iss, amount, currency, id;
};

struct OfferForm
{
    QString offerOid;
    QStringList products;
};

struct DotsForm
{
    QString amount, currency = QStringLiteral("usd");
    QString userId, customerId, paymentMethodId, destinationUserId;
    QString description, applicationFee, setupFutureUsage;
    bool confirm = false;
    QList<QPair<QString, QString>> metadata;
};

struct CheckoutForm
{
    QString client, reference, currency, paymentMethod;
    bool oneclick = false;
    QList<CartItem> items;
    QJsonObject billingAddress;
};

// --- what is sent ------------------------------------------------------------------------------

struct OchoSale
{
    QString iss;
    Money amount;
    QString id;
};

struct OfferSale
{
    QString offerOid;
    QStringList products;
};

struct DotsSale
{
    Money amount;
    QString userId, customerId, paymentMethodId, destinationUserId, description, setupFutureUsage;
    std::optional<qint64> applicationFeeMinor;
    bool confirm = false;
    QJsonObject metadata;
};

struct CheckoutSale
{
    QString client, reference, paymentMethod;
    bool oneclick = false;
    QList<CartItem> items;
    Money total;
    QJsonObject billingAddress;
};

using Sale = std::variant<OchoSale, OfferSale, DotsSale, CheckoutSale>;

BackendKind saleBackend(const Sale &sale);
/// The amount when the sale itself fixes it (Offer's is priced by the backend: nullopt).
std::optional<Money> saleAmount(const Sale &sale);
/// The sale as JSON, for the journal (no credential is part of a sale).
QJsonObject saleToJson(const Sale &sale);

/// What a person searches by: Checkout's reference, Ocho's id, Offer's quote, Dots' description.
QString saleReference(const Sale &sale);
/// Who the sale is for: Checkout's client, Dots' customer id, Ocho's DID; empty for Offer.
QString saleClient(const Sale &sale);

Expected<Sale, FieldIssues> validateSale(const OchoForm &form, const BackendProfile &profile);
Expected<Sale, FieldIssues> validateSale(const OfferForm &form, const BackendProfile &profile);
Expected<Sale, FieldIssues> validateSale(const DotsForm &form, const BackendProfile &profile);
Expected<Sale, FieldIssues> validateSale(const CheckoutForm &form, const BackendProfile &profile);

} // namespace paydesk
