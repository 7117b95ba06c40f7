#include "mock_backend/http/healthbody.h"

#include <charconv>

namespace mock {

namespace {

template<qsizetype N> void appendField(QByteArray &out, const char (&name)[N], qint64 value)
{
    out.append(name, N - 1);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

template<qsizetype N> void appendField(QByteArray &out, const char (&name)[N], bool value)
{
    out.append(name, N - 1);
    out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

} // namespace

QByteArray healthBody(const Simulation::Health &health)
{
    QByteArray out;
    out.reserve(160 + 96 * health.replicas.size());
    appendField(out, "{\"eventSeq\":", health.eventSeq);
    appendField(out, ",\"offline\":", health.offline);
    appendField(out, ",\"pendingTransfers\":", health.pendingTransfers);
    appendField(out, ",\"primaryLsn\":", health.primaryLsn);
    out += ",\"replicas\":[";
    for (qsizetype i = 0; i < health.replicas.size(); ++i) {
        const Simulation::ReplicaHealth &r = health.replicas.at(i);
        if (i > 0)
            out += ',';
        appendField(out, "{\"appliedLsn\":", r.appliedLsn);
        appendField(out, ",\"id\":", qint64(r.id));
        appendField(out, ",\"lagMs\":", r.lagMs);
        appendField(out, ",\"node\":\"replica-", qint64(r.id));
        appendField(out, "\",\"paused\":", r.paused);
        out += '}';
    }
    appendField(out, "],\"seed\":", health.seed);
    out.append(",\"status\":\"ok\",\"store\":\"");
    out.append(health.store.toLatin1()); // a fixed word, never text from outside
    out.append("\"}");
    return out;
}

} // namespace mock
