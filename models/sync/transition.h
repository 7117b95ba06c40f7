#pragma once

#include <vector>

// The one form of every machine that syncs (docs/sync.md): a pure function
//   next(state, input) -> Transition { state', effects }
// with no Qt objects and no I/O. The QObject model around it only feeds inputs and carries out
// the effects (send, fetch, schedule, persist, notify) in order.
template<typename State, typename Effect> struct Transition
{
    State state;
    std::vector<Effect> effects;
};
