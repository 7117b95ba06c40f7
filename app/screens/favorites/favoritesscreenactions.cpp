// The Favorites screen's scenario actions and expectations: what a scenario step may do on the
// screen and what it may check, in the words a facilitator reads in the scenario log.

#include "app/screens/favorites/favoritesscreen.h"

#include "models/control/actionregistry.h"
#include "models/favorites/favoritesmergesync.h"
#include "models/sync/syncwords.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

void FavoritesScreen::registerScenarioActions(ActionRegistry *registry)
{
    // The step's item, selected as a person would have it; an empty title (and the step failed)
    // when the list has no such item.
    const auto pick = [this](const QJsonObject &args, const ActionRegistry::Done &done,
                             int *itemId) {
        *itemId = args.value(u"itemId"_s).toInt(-1);
        const QString title = m_model->titleOf(*itemId);
        if (title.isEmpty())
            done(false, tr("There is no item %1 in the list.").arg(*itemId));
        else
            selectItem(*itemId);
        return title;
    };
    registry->registerAction(
        u"favorites.toggle"_s, tr("Tap the heart of an item (args: itemId)"),
        [this, pick](const QJsonObject &args, const ActionRegistry::Done &done) {
            int itemId = 0;
            const QString title = pick(args, done, &itemId);
            if (title.isEmpty())
                return;
            if (!toggleByPerson(itemId)) {
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
        u"favorites.setPattern"_s,
        tr("Choose the Favorites pattern (args: pattern = wait, optimistic or offline-first)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString name = args.value(u"pattern"_s).toString();
            const std::optional<FavoritesModel::Pattern> pattern = patternFromKey(name);
            if (!pattern) {
                done(false, tr("\"pattern\" must be wait, optimistic or offline-first."));
                return;
            }
            m_model->setPattern(*pattern);
            done(true, tr("The Favorites screen shows the pattern \"%1\".").arg(name));
        });
    registry->registerAction(
        u"favorites.setAirplaneMode"_s,
        tr("Take this device offline or back online, Offline-first pattern (args: on)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            if (!args.value(u"on"_s).isBool()) {
                done(false, tr("\"on\" must be true or false."));
                return;
            }
            const bool on = args.value(u"on"_s).toBool();
            m_model->setAirplaneMode(on);
            done(true,
                 on ? tr("This device is offline: its edits stay on it.")
                    : tr("This device is back online: its copy merges."));
        });
    registry->registerAction(
        u"favorites.heart"_s, tr("Give an item a heart, Offline-first pattern (args: itemId)"),
        [this, pick](const QJsonObject &args, const ActionRegistry::Done &done) {
            int itemId = 0;
            const QString title = pick(args, done, &itemId);
            if (title.isEmpty())
                return;
            if (!m_model->addHeart(itemId)) {
                done(false, tr("Hearts are counted in the Offline-first pattern only."));
                return;
            }
            done(true, tr("Gave \"%1\" a heart.").arg(title));
        });
    registry->registerExpectation(
        u"favorites.hearts"_s, tr("An item shows this many hearts (args: itemId, count)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            const int row = m_model->rowOfItem(itemId);
            if (row < 0)
                return {false, tr("There is no item %1 in the list.").arg(itemId)};
            const QVariant hearts = m_model->index(row).data(FavoritesModel::HeartsRole);
            if (!hearts.isValid())
                return {false, tr("Hearts are counted in the Offline-first pattern only.")};
            const qint64 seen = hearts.toLongLong();
            return {
                seen == args.value(u"count"_s).toInteger(-1),
                tr("\"%1\" shows %n heart(s)", nullptr, int(seen)).arg(m_model->titleOf(itemId))};
        });
    registry->registerExpectation(
        u"favorites.mergeNote"_s,
        tr("An item's row explains what a merge did (args: itemId, note = added_elsewhere, "
           "removed_elsewhere, kept_over_their_removal, back_over_your_removal, added_on_both)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            const int row = m_model->rowOfItem(itemId);
            if (row < 0)
                return {false, tr("There is no item %1 in the list.").arg(itemId)};
            const MergeNote note = m_model->mergeSync()->noteOf(itemId);
            const QString sentence = m_model->index(row).data(FavoritesModel::NoteRole).toString();
            const QString title = m_model->titleOf(itemId);
            return {m_model->pattern() == FavoritesModel::Pattern::OfflineFirst
                        && QLatin1String(mergeNoteName(note)) == args.value(u"note"_s).toString(),
                    note == MergeNote::None ? tr("\"%1\" explains no merge").arg(title)
                                            : tr("\"%1\": %2").arg(title, sentence)};
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
