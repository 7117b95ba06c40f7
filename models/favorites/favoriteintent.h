#pragma once

#include <QString>
#include <QtGlobal>

// One "make item N a favorite / not a favorite" the person asked for, from the click until the
// server confirmed or refused it. The idempotency key is fixed at the click, so any resend of
// the same intent (checking an unknown outcome, Retry) cannot be applied twice.
struct FavoriteIntent
{
    quint64 seq = 0; // the order of the person's intents across all items
    int itemId = 0;
    bool desired = false;
    QString idempotencyKey;
    QString correlationId;
    qint64 createdMs = 0; // when the person clicked (for time to feedback and to confirmation)
    int resolveAttempts = 0; // resends and read-backs made to settle an unknown outcome

    friend bool operator==(const FavoriteIntent &, const FavoriteIntent &) = default;
};
