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
    // profile-photo-four-ways.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "Profile photo, four ways"),
    QT_TRANSLATE_NOOP(
        "ShippedScenarios",
        "Every replica applies each write 5 seconds late (the Replica lag 5 s preset). You upload "
        "a new profile photo four times, once with each read-back pattern: the naive page shows "
        "your old photo, the three cures never do."),
    // slow-payment-partner.json
    QT_TRANSLATE_NOOP("ShippedScenarios", "The payment partner is slow"),
    QT_TRANSLATE_NOOP("ShippedScenarios",
                      "Transfers take seconds to be accepted and up to half a minute to settle; "
                      "for a while the partner bank declines one in two. What does the person see "
                      "while their money is in flight?"),
};

} // namespace ShippedScenarioWords
