#pragma once

#include <QString>
#include <QtGlobal>

namespace mock {

class SeededRandom;

// How long one replica takes to receive and apply one log entry.
//   fixed:     baseMs
//   uniform:   baseMs + U[0, jitterMs]
//   lognormal: median medianMs, 95th percentile p95Ms
// With probability spikeRate, spikeMs is added (a GC pause, a slow disk, a busy network).
struct LagModel
{
    enum class Kind { Fixed, Uniform, LogNormal };

    Kind kind = Kind::Fixed;
    qint64 baseMs = 0;
    qint64 jitterMs = 0;
    qint64 medianMs = 0;
    qint64 p95Ms = 0;
    double spikeRate = 0;
    qint64 spikeMs = 0;
    bool paused = false;

    qint64 sample(SeededRandom &random) const;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *out);
};

} // namespace mock
