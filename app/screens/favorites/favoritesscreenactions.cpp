// The Favorites screen's scenario actions and expectations: what a scenario step may do on the
// screen and what it may check, in the words a facilitator reads in the scenario log.

#include "app/screens/favorites/favoritesscreen.h"

#include "models/control/actionregistry.h"
#include "models/sync/syncwords.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

void FavoritesScreen::registerScenarioActions(ActionRegistry *registry)
{
    registry->registerAction(
        u"favorites.toggle"_s, tr("Tap the heart of an item (args: itemId)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            const QString title = m_model->titleOf(itemId);
            if (title.isEmpty()) {
                done(false, tr("There is no item %1 in the list.").arg(itemId));
                return;
            }
            selectItem(itemId);
            if (!m_model->toggle(itemId)) {
                done(false,
                     tr("The heart of \"%1\" is waiting for the server and takes no "
                        "clicks.")
                         .arg(title));
                return;
            }
            done(true,
                 m_model->isFavorite(itemId).value_or(false)
                     ? tr("Tapped the heart of \"%1\": it shows as a favorite.").arg(title)
                     : tr("Tapped the heart of \"%1\": it shows as not a favorite.").arg(title));
        });
    registry->registerAction(
        u"favorites.setNaiveRefresh"_s,
        tr("Turn the naive refresh (any replica, no overlay) on or off (args: naive)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            if (!args.value(u"naive"_s).isBool()) {
                done(false, tr("\"naive\" must be true or false."));
                return;
            }
            const bool naive = args.value(u"naive"_s).toBool();
            m_model->setNaiveRefresh(naive);
            done(true, naive ? tr("Naive refresh is on.") : tr("Naive refresh is off."));
        });
    // Done once the read is on its way: its answer may be held back on purpose.
    registry->registerAction(u"favorites.refresh"_s, tr("Press Refresh on the Favorites screen"),
                             [this](const QJsonObject &, const ActionRegistry::Done &done) {
                                 m_model->refresh();
                                 done(true,
                                      m_model->naiveRefresh()
                                          ? tr("Refreshing the list from any replica.")
                                          : tr("Refreshing the list."));
                             });
    registry->registerExpectation(
        u"favorites.flickerCount"_s,
        tr("How often a heart flicked back to an older state (args: count, or atLeast)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int seen = m_model->flickerCount();
            const QString found = tr("Heart flickers seen: %1").arg(seen);
            if (args.contains(u"atLeast"_s))
                return {seen >= args.value(u"atLeast"_s).toInt(), found};
            return {seen == args.value(u"count"_s).toInt(), found};
        });
    registry->registerExpectation(
        u"favorites.itemFavorite"_s,
        tr("An item shows this favorite state and nothing is pending (args: itemId, favorite)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            if (!args.value(u"favorite"_s).isBool())
                return {false, tr("\"favorite\" must be true or false.")};
            const bool wanted = args.value(u"favorite"_s).toBool();
            const std::optional<bool> shown = m_model->isFavorite(itemId);
            if (!shown)
                return {false, tr("There is no item %1 in the list.").arg(itemId)};
            const SyncState state = m_model->syncState(itemId);
            const bool settled = state == SyncState::Confirmed || state == SyncState::Conflict;
            const QString found =
                tr("\"%1\" shows %2, %3")
                    .arg(m_model->titleOf(itemId), *shown ? tr("a favorite") : tr("not a favorite"),
                         SyncWords::shortText(state));
            return {*shown == wanted && settled, found};
        });
}
