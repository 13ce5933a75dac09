#include "sale.h"

namespace paydesk {

// Each backend's sale (app/backends/<kind>/sale.h) says these of itself.

BackendKind saleBackend(const Sale &sale)
{
    return std::visit([](const auto &s) { return s.kind; }, sale);
}

std::optional<Money> saleAmount(const Sale &sale)
{
    return std::visit([](const auto &s) { return saleAmount(s); }, sale);
}

QJsonObject saleToJson(const Sale &sale)
{
    QJsonObject o = std::visit([](const auto &s) { return saleFields(s); }, sale);
    o.insert(QStringLiteral("backend"), backendName(saleBackend(sale)));
    return o;
}

QString saleClient(const Sale &sale)
{
    return std::visit([](const auto &s) { return saleClient(s); }, sale);
}

QString saleReference(const Sale &sale)
{
    return std::visit([](const auto &s) { return saleReference(s); }, sale);
}

} // namespace paydesk
