#pragma once

#include <QMetaType>

struct ApiResult;

// What the answer to a write means, decided in one place for every screen
// (docs/sync.md, "One meaning for an answer"). For a keyed write, only Applied and Rejected are
// final; everything else is resolved with the same idempotency key or by reading back, never with
// a new key.
enum class WriteOutcome {
    Applied, // 2xx: the server holds the change
    Rejected, // a definite 4xx from the server: it refused, and trying again will not help
    NotDelivered, // certainly never reached the server (nothing listening): safe to send again
    StillProcessing, // 409 idempotency_in_flight: our own earlier request with this key is running
    // 412: the record changed since the version the write was based on (If-Match); nothing was
    // written. Final like Rejected, but the person decides what happens next.
    Conflict,
    Unknown, // 5xx, timeout, dropped connection, an answer we cannot read: it may have landed
};
Q_DECLARE_METATYPE(WriteOutcome)

WriteOutcome classifyWrite(const ApiResult &result);

// What the answer to a read means to a machine that asked about its own entity.
enum class ReadOutcome {
    Answered, // a readable, typed answer
    NotFound, // a definite 404: the server has no such entity
    Unavailable, // anything else: ask again later, and change nothing we show
};

ReadOutcome classifyRead(const ApiResult &result);

// For inspectors and logs: "applied", "rejected", "not_delivered", "still_processing",
// "conflict", "unknown".
const char *writeOutcomeName(WriteOutcome outcome);
