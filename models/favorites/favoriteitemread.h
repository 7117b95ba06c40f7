#pragma once

#include <QString>

class ApiCall;
class ApiClient;

// GET /items/{id} from the primary, decoded to a CatalogItem: the read that tells whether a
// write whose answer was not definite landed (a replica may not have it yet). ApiClient has no
// typed call for one item; this builds it from ApiClient::send.
ApiCall *readItemFromPrimary(ApiClient &api, int itemId, const QString &correlationId);
