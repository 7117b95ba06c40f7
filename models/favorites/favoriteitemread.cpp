#include "models/favorites/favoriteitemread.h"

#include "models/client/apiclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ApiCall *readItemFromPrimary(ApiClient &api, int itemId, const QString &correlationId)
{
    ApiRequest request;
    request.path = u"/items/%1"_s.arg(itemId);
    request.correlationId = correlationId;
    request.timeout = api.defaultTimeout();
    // One attempt: the machine that asked decides when to ask again.
    request.maxAttempts = 1;
    api.applyConsistency(request, ReadConsistency::Primary);
    request.decode = [](const QJsonObject &json, ApiPayload &payload, QString &error) {
        if (!json.value(u"item"_s).isObject()) {
            error = u"response.item is not an object"_s;
            return false;
        }
        std::optional<CatalogItem> item = Dto::parseItem(json.value(u"item"_s).toObject(), &error);
        if (item)
            payload = std::move(*item);
        return item.has_value();
    };
    return api.send(std::move(request));
}
