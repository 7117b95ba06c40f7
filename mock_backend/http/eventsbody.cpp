#include "mock_backend/http/eventsbody.h"

namespace mock {

QByteArray eventsBody(const QList<EventBus::Event> &events, qint64 next, bool reset, qint64 lastSeq)
{
    qsizetype size = 64;
    for (const EventBus::Event &event : events)
        size += event.json.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i > 0)
            out += ',';
        out += events.at(i).json;
    }
    out += "],\"lastSeq\":";
    out += QByteArray::number(lastSeq);
    out += ",\"next\":";
    out += QByteArray::number(next);
    out += reset ? ",\"reset\":true}" : ",\"reset\":false}";
    return out;
}

} // namespace mock
