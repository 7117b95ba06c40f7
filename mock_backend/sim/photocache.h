#pragma once

#include "mock_backend/sim/datastore.h"

#include <QString>
#include <QtGlobal>

#include <map>
#include <optional>
#include <vector>

namespace mock {

// A cache in front of the profile's photo, like a CDN in front of an image service: it answers a
// read of the current photo before the database does (docs/api.md, "Photo cache"). How it stays
// fresh is its strategy:
//   none           no cache: every read reaches the node the read pattern chose
//   ttl            keeps the copy it fetched until it is ttlMs old, whatever was written meanwhile
//   write-through  every upload replaces the copy at once
//   event          an upload's event drops the copy invalidationLagMs after the write
//   versioned      the key carries the version (/profile/photo/<n>): the node's current version
//                  picks the key, so a new version is a new key and never meets an old copy
// Time is the backend's (scaled, freezable) clock, passed in: the cache keeps no clock itself.
class PhotoCache
{
public:
    enum class Strategy { None, Ttl, WriteThrough, EventInvalidation, VersionedKeys };

    struct Answer
    {
        bool hit = false;
        qint64 ageMs = 0; // how long ago the copy was stored
        DataStore::Photo photo; // the copy served: the photo the answer names
    };

    // A changed strategy starts with an empty cache; ttlMs and lagMs apply to what follows.
    void configure(Strategy strategy, qint64 ttlMs, qint64 invalidationLagMs);
    void clear();
    Strategy strategy() const { return m_strategy; }
    bool isActive() const { return m_strategy != Strategy::None; }

    // A read of the current photo; origin is what the node chosen by the read pattern holds,
    // fetched (and kept) on a miss.
    Answer read(const DataStore::Photo &origin, qint64 nowMs);
    // An upload committed at nowMs on the primary.
    void written(const DataStore::Photo &photo, qint64 nowMs);
    // The copies held (one per version for versioned keys, else at most one), after what fell due.
    int size(qint64 nowMs);

    static QString strategyName(Strategy strategy);
    static bool strategyFromName(const QString &name, Strategy *out);

private:
    struct Copy
    {
        DataStore::Photo photo;
        qint64 storedAtMs = 0;
    };
    void expire(qint64 nowMs);

    Strategy m_strategy = Strategy::None;
    qint64 m_ttlMs = 0;
    qint64 m_invalidationLagMs = 0;
    std::optional<Copy> m_copy; // the one key /profile/photo (all strategies but versioned)
    std::map<int, Copy> m_versions; // versioned keys: one copy per version
    std::vector<qint64> m_invalidations; // event: when each upload's event reaches the cache
};

} // namespace mock
