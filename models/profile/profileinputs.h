#pragma once

#include "models/profile/profilemachine.h"

#include <optional>

struct ApiResult;
struct BackendEvent;

// The profile machine's classifiers, one per source: an answer becomes an Input through
// classifyWrite / classifyRead (the one meaning of an answer), an event through its type and
// kind. Nothing else turns HTTP statuses or event names into the machine's words.
namespace ProfileInputs {

// The answer to PUT /profile/photo. An Applied answer without a readable photo is Unknown.
ProfileMachine::Input fromUploadAnswer(const ApiResult &result, qint64 nowMs);
// The answer to GET /profile. An Answered read without a readable profile is Unavailable.
ProfileMachine::Input fromReadAnswer(const ApiResult &result, qint64 nowMs);
// write.accepted for a photo of this client, replica.applied, data.reset; nothing for the rest.
std::optional<ProfileMachine::Input> fromEvent(const BackendEvent &event,
                                               const QString &ownClientId, qint64 nowMs);

} // namespace ProfileInputs
