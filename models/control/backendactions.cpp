#include "models/control/backendactions.h"

#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/control/actionregistry.h"
#include "models/control/backendsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(BackendActions)
};

} // namespace

void registerBackendActions(ActionRegistry *registry, ApiClient *client, BackendSettings *settings)
{
    registry->registerAction(
        u"backend.simulateDevice"_s,
        Words::tr("Another device favorites or unfavorites an item (args: itemId, favorite; both "
                  "optional)"),
        [settings](const QJsonObject &args, ActionRegistry::Done done) {
            std::optional<bool> favorite;
            if (args.contains(u"favorite"_s))
                favorite = args.value(u"favorite"_s).toBool();
            settings->simulateDevice(args.value(u"itemId"_s).toInt(), favorite, std::move(done));
        });

    registry->registerAction(
        u"backend.simulateDeviceDetails"_s,
        Words::tr("Another device edits the profile's contact details (args: name, email; both "
                  "optional)"),
        [settings](const QJsonObject &args, ActionRegistry::Done done) {
            settings->simulateDeviceDetails(args.value(u"name"_s).toString(),
                                            args.value(u"email"_s).toString(), std::move(done));
        });

    registry->registerAction(u"backend.reset"_s, Words::tr("Reset the data to the seed"),
                             [settings](const QJsonObject &, ActionRegistry::Done done) {
                                 settings->resetData(std::move(done));
                             });

    registry->registerAsyncExpectation(
        u"backend.replicaCaughtUp"_s,
        Words::tr("A replica (args: replica; default every replica) has applied every write of the "
                  "primary"),
        [client](const QJsonObject &args, ActionRegistry::Done done) {
            const int wanted = args.value(u"replica"_s).toInt();
            ApiCall *call = client->fetchHealth();
            QObject::connect(
                call, &ApiCall::finished, client, [wanted, done](const ApiResult &result) {
                    const Health *health = result.get<Health>();
                    if (!health)
                        return done(false, result.message);
                    QStringList behind;
                    bool found = wanted == 0;
                    for (const ReplicaHealth &replica : health->replicas) {
                        if (wanted != 0 && replica.id != wanted)
                            continue;
                        found = true;
                        if (replica.appliedLsn < health->primaryLsn)
                            behind << Words::tr("replica %1 at LSN %2")
                                          .arg(replica.id)
                                          .arg(replica.appliedLsn);
                    }
                    if (!found)
                        return done(false, Words::tr("there is no replica %1").arg(wanted));
                    if (!behind.isEmpty())
                        return done(false,
                                    Words::tr("primary at LSN %1, %2")
                                        .arg(health->primaryLsn)
                                        .arg(behind.join(u", "_s)));
                    done(true, Words::tr("caught up at LSN %1").arg(health->primaryLsn));
                });
        });

    registry->registerAsyncExpectation(
        u"backend.itemFavorite"_s,
        Words::tr("The primary holds an item as favorite or not (args: itemId, favorite)"),
        [client](const QJsonObject &args, ActionRegistry::Done done) {
            const int itemId = args.value(u"itemId"_s).toInt();
            const bool favorite = args.value(u"favorite"_s).toBool(true);
            ApiCall *call = client->fetchItems(ReadConsistency::Primary);
            QObject::connect(call, &ApiCall::finished, client,
                             [itemId, favorite, done](const ApiResult &result) {
                                 const auto *items = result.get<QList<CatalogItem>>();
                                 if (!items)
                                     return done(false, result.message);
                                 for (const CatalogItem &item : *items) {
                                     if (item.id != itemId)
                                         continue;
                                     const QString state = item.favorite
                                         ? Words::tr("item %1 is a favorite")
                                         : Words::tr("item %1 is not a favorite");
                                     return done(item.favorite == favorite, state.arg(itemId));
                                 }
                                 done(false, Words::tr("there is no item %1").arg(itemId));
                             });
        });
}
