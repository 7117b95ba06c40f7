#pragma once

#include "mock_backend/sim/eventbus.h"

#include <QByteArray>
#include <QList>

namespace mock {

// The answer of GET /events as compact JSON, byte for byte what QJsonDocument would write for
// {"events":[…],"next":…,"reset":…,"lastSeq":…} (keys in the same sorted order), from each
// event's JSON written once when it was published. A room's every client is woken by every
// event: serialising the same events again for each of them was most of the fan-out's cost
// (docs/performance.md, "A room on one backend").
QByteArray eventsBody(const QList<EventBus::Event> &events, qint64 next, bool reset,
                      qint64 lastSeq);

} // namespace mock
