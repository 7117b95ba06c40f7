#pragma once

#include "core/crdt/favoritesreplica.h"

#include <map>

// What a merge did to one item that the person did not do on this device, in the words the row
// explains it with (docs/favorites.md, "Offline-first").
enum class MergeNote {
    None,
    AddedElsewhere, // another device made it a favorite
    RemovedElsewhere, // another device took it out, having seen every add of it
    KeptOverTheirRemoval, // they removed it; this device added it again without having seen that
    BackOverYourRemoval, // you removed it; another device added it again without having seen that
    AddedOnBoth, // both devices made it a favorite: one favorite, not two
};

// Compares this device's copy before the merge (`local`, which is `base` plus its own edits) with
// what the server held (`theirs`). `base` is the server's copy this device merged last.
std::map<int, MergeNote> explainMerge(const FavoritesReplica &base, const FavoritesReplica &local,
                                      const FavoritesReplica &theirs);

// For logs and inspectors: "added_elsewhere", …
const char *mergeNoteName(MergeNote note);
