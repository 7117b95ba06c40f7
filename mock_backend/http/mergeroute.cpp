#include "mock_backend/http/mergeroute.h"

#include "core/crdt/favoritesreplica.h"
#include "core/wire.h"
#include "mock_backend/http/jsonfields.h"
#include "mock_backend/sim/simulation.h"

namespace mock {

namespace MergeRoute {

namespace {

using namespace JsonFields;

constexpr qsizetype maxDeviceLength = 64;

const QString deviceKey = QStringLiteral("device");
const QString copyKey = QStringLiteral("copy");

} // namespace

ApiResponse post(Simulation &simulation, const ApiRequest &request, const QString &correlationId,
                 const QString &clientId)
{
    ApiError error;
    QJsonObject body;
    QString device;
    QJsonObject copyJson;
    if (!parseObject(request.body, &body, &error)
        || !checkKnown(body, {deviceKey, copyKey}, {}, &error)
        || !readString(body, deviceKey, {}, maxDeviceLength, &device, &error, true)
        || !readObject(body, copyKey, {}, &copyJson, &error, true))
        return ApiResponse::error(error);
    if (device.trimmed().isEmpty())
        return ApiResponse::error({400, QString(Wire::ErrorCode::invalidField),
                                   QStringLiteral("device must not be empty"), deviceKey});
    QString why;
    const std::optional<FavoritesReplica> copy = FavoritesReplica::fromJson(copyJson, &why);
    if (!copy)
        return ApiResponse::error({400, QString(Wire::ErrorCode::invalidField),
                                   QStringLiteral("copy is not a favorites copy: %1").arg(why),
                                   copyKey});
    for (const int id : copy->items()) {
        if (!simulation.primary().item(id))
            return ApiResponse::error({404, QString(Wire::ErrorCode::notFound),
                                       QStringLiteral("There is no item %1.").arg(id), copyKey});
    }
    const FavoritesReplica theirs =
        simulation.mergeFavorites(*copy, device, correlationId, clientId);
    return ApiResponse::json(200,
                             {{QStringLiteral("theirs"), theirs.toJson()},
                              {QStringLiteral("merged"), simulation.mergedFavorites().toJson()}});
}

} // namespace MergeRoute

} // namespace mock
