#include "models/sync/writeoutcome.h"

#include "core/wire.h"
#include "models/client/apitypes.h"

WriteOutcome classifyWrite(const ApiResult &result)
{
    switch (result.error) {
    case ApiError::None:
        return WriteOutcome::Applied;
    case ApiError::ConnectionRefused:
        return WriteOutcome::NotDelivered;
    case ApiError::Http:
        if (result.httpStatus == 409 && result.errorCode == Wire::ErrorCode::idempotencyInFlight)
            return WriteOutcome::StillProcessing;
        // A 429 says the server turned the request away before looking at it.
        if (result.httpStatus == 429)
            return WriteOutcome::NotDelivered;
        if (result.httpStatus == 412)
            return WriteOutcome::Conflict;
        if (result.httpStatus >= 400 && result.httpStatus < 500)
            return WriteOutcome::Rejected;
        // A 5xx can come from a proxy after the backend committed: it is not a "no".
        return WriteOutcome::Unknown;
    case ApiError::Network:
    case ApiError::Timeout:
    case ApiError::Malformed:
    case ApiError::Canceled:
        return WriteOutcome::Unknown;
    }
    return WriteOutcome::Unknown;
}

ReadOutcome classifyRead(const ApiResult &result)
{
    if (result.ok())
        return ReadOutcome::Answered;
    if (result.error == ApiError::Http && result.httpStatus == 404)
        return ReadOutcome::NotFound;
    return ReadOutcome::Unavailable;
}

const char *writeOutcomeName(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Applied:
        return "applied";
    case WriteOutcome::Rejected:
        return "rejected";
    case WriteOutcome::NotDelivered:
        return "not_delivered";
    case WriteOutcome::StillProcessing:
        return "still_processing";
    case WriteOutcome::Conflict:
        return "conflict";
    case WriteOutcome::Unknown:
        return "unknown";
    }
    return "unknown";
}
