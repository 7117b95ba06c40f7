#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// How the profile page reads after the person uploads a photo (the screen's pattern selector).
enum class ProfilePattern {
    NaiveReplica, // any replica: shows the old photo while that replica lags (the bug)
    ReadYourWrites, // minLsn = the session's token: a caught-up replica or the primary
    StickyPrimary, // the primary for a while after a write, then replicas again
    PollUntilFresh, // replicas, re-read with backoff until the version is at least ours
    // Monotonic reads: every read asks for at least the highest LSN the session has seen, and an
    // older answer is never shown, so the page never goes back in time.
    Monotonic,
};

namespace ProfilePatterns {
inline constexpr ProfilePattern all[] = {
    ProfilePattern::NaiveReplica, ProfilePattern::ReadYourWrites, ProfilePattern::StickyPrimary,
    ProfilePattern::PollUntilFresh, ProfilePattern::Monotonic};
// Stable machine names for scenarios and telemetry: naive, read-your-writes, sticky-primary, poll,
// monotonic.
QString key(ProfilePattern pattern);
bool fromKey(const QString &key, ProfilePattern *pattern);
QString title(ProfilePattern pattern); // "Naive replica read"
QString explanation(ProfilePattern pattern); // one line for the selector
} // namespace ProfilePatterns

// One read of the profile, as the inspector explains it: who served it, what that node knew,
// and whether it contained this session's own last upload.
struct ProfileRead
{
    QString correlationId;
    ProfilePattern pattern = ProfilePattern::NaiveReplica;
    QString servedBy; // "primary", "replica-2"
    qint64 nodeLsn = -1; // what the serving node had applied
    qint64 version = 0; // the photo version that node believes is current
    qint64 ownVersion = 0; // this session's last uploaded version; 0 when it uploaded none
    qint64 ownWriteLsn = -1;
    qint64 token = 0; // the read-your-writes token at the time of the read
    qint64 msSinceWrite = -1; // since the upload was accepted; -1 without one
    int readNumber = 1; // reads since the upload (the poll count for poll-until-fresh)
    qint64 nextPollMs = -1; // poll-until-fresh: the next read follows in this many ms
    bool gaveUp = false; // poll-until-fresh: this was the last read it will make
    bool insideStickyWindow = false; // sticky primary: the read went to the primary on purpose
    qint64 seenLsn = -1; // the highest LSN the page had seen before this read; -1 none
    qint64 seenVersion = 0; // the newest photo version the page had shown before this read
    bool discarded = false; // stay on one replica: older than seenLsn, not shown
    // The page showed an older photo than one it had shown before: the person saw it go back.
    bool timeTravel = false;
    // The photo cache in front of the read, if one answered: "hit" or "miss", its strategy as
    // the backend names it ("ttl", "write-through", "event", "versioned") and the copy's age.
    QString cache;
    QString cacheStrategy;
    qint64 cacheAgeMs = -1;

    bool stale() const { return ownVersion > 0 && version < ownVersion; }
    bool cacheHit() const { return cache == QLatin1String("hit"); }
    bool fromPrimary() const { return servedBy == QLatin1String("primary"); }
};

Q_DECLARE_METATYPE(ProfileRead)
Q_DECLARE_METATYPE(ProfilePattern)
