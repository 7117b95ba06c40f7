#pragma once

// The names and descriptions of the scenarios in resources/scenarios/, for the catalogue: the
// parser looks each up in the "ShippedScenarios" context, so the shipped ones speak the app's
// language and one a facilitator wrote (or changed) shows as written. tst_germanui fails when a
// shipped scenario is missing here or untranslated.
#include <QtGlobal>

namespace ShippedScenarioWords {

[[maybe_unused]] inline constexpr const char *texts[] = {
    // calm-day.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "A calm day"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "Good mobile network, replicas a few hundred milliseconds behind, nothing "
                      "fails. The baseline to compare every other scenario with."),
    // favorites-two-devices-apart.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Two devices apart"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "Offline-first favorites: this laptop and a tablet both go offline. On the tablet someone "
        "removes an item and gives it two hearts; on the laptop you take the same item out, put "
        "it back and give it a heart. When both are back, the copies merge: the item stays a "
        "favorite, because your add came after a removal that had not seen it, and all three "
        "hearts count."),
    // favorites-wait-or-roll-back.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Wait, or roll back"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "Saves take a second and a half. With \"Wait for the server\" the heart shows a spinner "
        "until the answer is in. With \"Optimistic with rollback\" the heart changes at once; "
        "when the server keeps failing and a read shows the change never landed, the heart goes "
        "back and the row offers Retry. A new tap saves it."),
    // flaky-train-ride.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "The flaky train ride"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "A commuter on a train: slow 4G, then one request in three fails, a tunnel "
                      "takes the network away, and the connection comes back."),
    // lagging-replica.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "The lagging replica"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "Reads come from replicas. One of them falls 5 seconds behind, then stops applying writes "
        "altogether: what you just saved seems to vanish, unless the app reads its own writes."),
    // old-answer-arrives-late.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "An old answer arrives late"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "The backend holds answers back and releases them out of order. Two taps on "
                      "one heart never race (the second waits for the first), and the careful "
                      "refresh ignores an old list; the naive refresh takes it and the heart "
                      "flicks back."),
    // profile-photo-four-ways.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Profile photo, four ways"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "Every replica applies each write 5 seconds late (the Replica lag 5 s preset). You upload "
        "a new profile photo four times, once with each read-back pattern: the naive page shows "
        "your old photo, the three cures never do."),
    // profile-photo-behind-a-cache.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Profile photo behind a cache"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "A cache answers profile reads before the database, like a CDN in front of an image "
        "service, while every replica is 5 seconds behind. The page reads its own writes at the "
        "database each time; the cache's strategy decides what you see: a TTL cache and a late "
        "invalidation event show your old photo, write-through and versioned keys show your new "
        "one."),
    // profile-changed-elsewhere.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Contact details changed elsewhere"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "You start editing your display name; meanwhile another device changes the "
                      "profile. With \"Last write wins\" your save silently replaces their change. "
                      "With \"Ask me which to keep\" the save carries the version it was based on, "
                      "the server answers 412, and you see both versions and decide."),
    // profile-two-pages.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Two pages, one upload"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "The Profile photo screen side by side: the naive page on the left, read-your-writes on "
        "the right, each its own session. Every replica applies writes 4 seconds late. One photo "
        "chosen is uploaded by both pages: the naive one reloads from a replica and shows the old "
        "photo with \"Saved\", the other reads with its own token and shows the new one."),
    // profile-time-travel.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Profile photo, back in time"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "Replica 1 applies writes at once, replica 2 is 4 seconds behind and then "
                      "stops. The naive page reloads from either replica, so a photo it showed "
                      "comes back older; \"Stay on one replica\" asks every read for at least what "
                      "it has seen and never goes back."),
    // transfer-money-in-flight.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Money in flight"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "A transfer takes a few seconds to settle. The transparent pattern says \"In progress\" "
        "until the bank has decided, and a lost answer is checked and sent again with the same "
        "key, so the money goes once. The optimistic pattern says \"Sent\" at once, and when the "
        "bank declines, it has to take that back."),
    // slow-payment-partner.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "The payment partner is slow"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "Transfers take seconds to be accepted and up to half a minute to settle; "
                      "for a while the partner bank declines one in two. What does the person see "
                      "while their money is in flight?"),
};

} // namespace ShippedScenarioWords
