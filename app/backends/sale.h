// A sale as the cashier or a script describes it (a form of texts), and as it is sent (checked
// values in minor units). One validation serves the window and paydeskctl, before anything is
// sent; every problem is reported against its field, in a sentence a cashier understands. Each
// backend's form, sale and validation live in its folder (app/backends/<kind>/sale.h, .cpp);
// this header joins them into one Sale.
#pragma once

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "backends/checkout/sale.h"
#include "backends/dots/sale.h"
#include "backends/ocho/sale.h"
#include "backends/offer/sale.h"
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

/// One of the backends' sales (each says its kind, amount, reference, client and journal fields).
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
