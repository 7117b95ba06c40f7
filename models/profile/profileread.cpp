#include "models/profile/profileread.h"

using namespace Qt::StringLiterals;

namespace ProfilePatterns {

QString key(ProfilePattern pattern)
{
    switch (pattern) {
    case ProfilePattern::NaiveReplica:
        return u"naive"_s;
    case ProfilePattern::ReadYourWrites:
        return u"read-your-writes"_s;
    case ProfilePattern::StickyPrimary:
        return u"sticky-primary"_s;
    case ProfilePattern::PollUntilFresh:
        return u"poll"_s;
    case ProfilePattern::Monotonic:
        return u"monotonic"_s;
    }
    return {};
}

bool fromKey(const QString &key, ProfilePattern *pattern)
{
    for (ProfilePattern p : all) {
        if (ProfilePatterns::key(p) == key) {
            *pattern = p;
            return true;
        }
    }
    return false;
}

QString title(ProfilePattern pattern)
{
    switch (pattern) {
    case ProfilePattern::NaiveReplica:
        return QCoreApplication::translate("ProfilePatterns", "Naive replica read");
    case ProfilePattern::ReadYourWrites:
        return QCoreApplication::translate("ProfilePatterns", "Read-your-writes");
    case ProfilePattern::StickyPrimary:
        return QCoreApplication::translate("ProfilePatterns", "Primary for a while");
    case ProfilePattern::PollUntilFresh:
        return QCoreApplication::translate("ProfilePatterns", "Poll until fresh");
    case ProfilePattern::Monotonic:
        return QCoreApplication::translate("ProfilePatterns", "Stay on one replica");
    }
    return {};
}

QString explanation(ProfilePattern pattern)
{
    switch (pattern) {
    case ProfilePattern::NaiveReplica:
        return QCoreApplication::translate(
            "ProfilePatterns",
            "Reload from any replica. Shows your old photo until that replica catches up.");
    case ProfilePattern::ReadYourWrites:
        return QCoreApplication::translate(
            "ProfilePatterns",
            "Reload with this session's token: a caught-up replica or the primary answers.");
    case ProfilePattern::StickyPrimary:
        return QCoreApplication::translate(
            "ProfilePatterns",
            "After an upload, read from the primary for a few seconds, then replicas again.");
    case ProfilePattern::PollUntilFresh:
        return QCoreApplication::translate(
            "ProfilePatterns",
            "Re-read replicas with growing pauses until your photo is there; give up after a "
            "bound.");
    case ProfilePattern::Monotonic:
        return QCoreApplication::translate(
            "ProfilePatterns",
            "Never read from a replica older than what you've seen: the page never goes back.");
    }
    return {};
}

} // namespace ProfilePatterns
