#include "models/profile/profileinputs.h"

#include "models/client/apitypes.h"
#include "models/client/dto.h"

using namespace Qt::StringLiterals;
using ProfileMachine::Input;
using ProfileMachine::PhotoFacts;

namespace {

PhotoFacts factsOf(const PhotoInfo &info)
{
    return {info.version, info.lsn, info.bytes, info.contentType.toUtf8()};
}

} // namespace

namespace ProfileInputs {

Input fromUploadAnswer(const ApiResult &result, qint64 nowMs)
{
    WriteOutcome outcome = classifyWrite(result);
    const PhotoInfo *info = result.get<PhotoInfo>();
    if (outcome == WriteOutcome::Applied && !info)
        outcome = WriteOutcome::Unknown;
    PhotoFacts photo = info ? factsOf(*info) : PhotoFacts {};
    if (info && result.writeLsn > 0)
        photo.lsn = result.writeLsn;
    return Input::uploadAnswer(outcome, photo, result.replayed, result.message, nowMs);
}

Input fromReadAnswer(const ApiResult &result, qint64 nowMs)
{
    ReadOutcome outcome = classifyRead(result);
    const Profile *profile = result.get<Profile>();
    if (outcome == ReadOutcome::Answered && !profile)
        outcome = ReadOutcome::Unavailable;
    return Input::readAnswer(outcome, profile ? factsOf(profile->photo) : PhotoFacts {},
                             result.message, nowMs, result.nodeLsn);
}

std::optional<Input> fromEvent(const BackendEvent &event, const QString &ownClientId, qint64 nowMs)
{
    if (event.type == "data.reset"_L1)
        return Input::dataReset(nowMs);
    if (event.type == "replica.applied"_L1)
        return Input::replicaApplied(event.lsn, nowMs);
    if (event.type != "write.accepted"_L1 || event.data.value(u"kind"_s).toString() != "photo"_L1)
        return std::nullopt;
    // Another session's upload is not this page's to settle.
    if (!ownClientId.isEmpty() && event.clientId != ownClientId)
        return std::nullopt;
    QString error;
    const std::optional<PhotoInfo> info =
        Dto::parsePhotoInfo(event.data.value(u"photo"_s).toObject(), &error);
    if (!info)
        return std::nullopt;
    PhotoFacts photo = factsOf(*info);
    if (event.lsn > 0)
        photo.lsn = event.lsn;
    return Input::accepted(event.correlationId, photo, nowMs);
}

} // namespace ProfileInputs
