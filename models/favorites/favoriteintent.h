#pragma once

#include <QString>
#include <QtGlobal>

// One "make item N a favorite / not a favorite" the person asked for, from the click until the
// server confirmed or refused it. The idempotency key is fixed at the click, so any resend of
// the same intent (checking a lost answer, Retry) cannot be applied twice.
struct FavoriteIntent
{
    enum class State {
        Queued, // waiting: another request for the item is in flight, or we are offline
        InFlight, // the request is on its way
        Unknown, // sent, but the answer was lost: being checked by resending with the same key
        Failed, // refused; kept so that Retry can resend it with the same key
    };

    quint64 seq = 0; // the order of the person's intents across all items
    int itemId = 0;
    bool desired = false;
    QString idempotencyKey;
    QString correlationId;
    State state = State::Queued;
    qint64 createdMs = 0; // when the person clicked (for time to feedback and to confirmation)
    int resolveAttempts = 0; // resends made to settle an unknown outcome
};
