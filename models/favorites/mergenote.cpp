#include "models/favorites/mergenote.h"

#include <algorithm>
#include <set>

namespace {

// An add of the item that `seen` has no knowledge of.
bool hasAddUnseenBy(const std::set<Dot> &dots, const VersionVector &seen)
{
    return std::any_of(dots.begin(), dots.end(),
                       [&seen](const Dot &dot) { return !seen.covers(dot); });
}

// `theirs` has seen every add `base` knew of the item, and keeps none of them.
bool removedAllOf(const std::set<Dot> &baseDots, const FavoritesReplica &theirs, int itemId)
{
    if (baseDots.empty())
        return false;
    const std::set<Dot> kept = theirs.dotsOf(itemId);
    const VersionVector &seen = theirs.favoriteSet().context();
    return std::all_of(baseDots.begin(), baseDots.end(),
                       [&](const Dot &dot) { return seen.covers(dot) && kept.count(dot) == 0; });
}

} // namespace

std::map<int, MergeNote> explainMerge(const FavoritesReplica &base, const FavoritesReplica &local,
                                      const FavoritesReplica &theirs)
{
    FavoritesReplica merged = local;
    merged.merge(theirs);

    std::set<int> ids;
    for (const FavoritesReplica *copy : {&base, &local, &theirs})
        for (const int id : copy->favorites())
            ids.insert(id);

    std::map<int, MergeNote> notes;
    for (const int id : ids) {
        const bool inLocal = local.isFavorite(id);
        const bool inMerged = merged.isFavorite(id);
        const std::set<Dot> baseDots = base.dotsOf(id);
        const bool ourAdd = hasAddUnseenBy(local.dotsOf(id), base.favoriteSet().context());
        const bool theirAdd = hasAddUnseenBy(theirs.dotsOf(id), local.favoriteSet().context());
        MergeNote note = MergeNote::None;
        if (!inLocal && inMerged)
            note = base.isFavorite(id) ? MergeNote::BackOverYourRemoval : MergeNote::AddedElsewhere;
        else if (inLocal && !inMerged)
            note = MergeNote::RemovedElsewhere;
        else if (inLocal && inMerged && ourAdd && removedAllOf(baseDots, theirs, id))
            note = MergeNote::KeptOverTheirRemoval;
        else if (inLocal && inMerged && ourAdd && theirAdd)
            note = MergeNote::AddedOnBoth;
        if (note != MergeNote::None)
            notes.emplace(id, note);
    }
    return notes;
}

const char *mergeNoteName(MergeNote note)
{
    switch (note) {
    case MergeNote::None:
        return "none";
    case MergeNote::AddedElsewhere:
        return "added_elsewhere";
    case MergeNote::RemovedElsewhere:
        return "removed_elsewhere";
    case MergeNote::KeptOverTheirRemoval:
        return "kept_over_their_removal";
    case MergeNote::BackOverYourRemoval:
        return "back_over_your_removal";
    case MergeNote::AddedOnBoth:
        return "added_on_both";
    }
    return "none";
}
