#pragma once

#include <QString>
#include <QtGlobal>

namespace mock {

class SeededRandom;

// Request latency of one route class: base plus jitter drawn from a chosen distribution.
//   fixed:     baseMs
//   uniform:   baseMs + U[0, jitterMs]
//   normal:    baseMs + N(0, jitterMs), never below 0
//   lognormal: median baseMs, with baseMs + jitterMs as its 95th percentile
// capMs > 0 caps every sample (0 = no cap).
struct LatencyModel
{
    enum class Distribution { Fixed, Uniform, Normal, LogNormal };

    Distribution distribution = Distribution::Fixed;
    qint64 baseMs = 0;
    qint64 jitterMs = 0;
    qint64 capMs = 0;

    qint64 sample(SeededRandom &random) const;

    static QString distributionName(Distribution distribution);
    static bool distributionFromName(const QString &name, Distribution *out);
};

} // namespace mock
