#include "mock_backend/sim/lagmodel.h"

#include "mock_backend/sim/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace mock {

namespace {
constexpr double z95 = 1.6448536269514722;
} // namespace

qint64 LagModel::sample(SeededRandom &random) const
{
    double ms = 0;
    switch (kind) {
    case Kind::Fixed:
        ms = static_cast<double>(baseMs);
        break;
    case Kind::Uniform:
        ms = random.uniform(static_cast<double>(baseMs), static_cast<double>(baseMs + jitterMs));
        break;
    case Kind::LogNormal: {
        const double z = random.standardNormal();
        if (medianMs > 0) {
            const double sigma = std::log(static_cast<double>(std::max(p95Ms, medianMs))
                                          / static_cast<double>(medianMs))
                / z95;
            ms = static_cast<double>(medianMs) * std::exp(sigma * z);
        }
        break;
    }
    }
    // The spike draw happens on every sample so that turning spikes on does not shift
    // which later draws the seed produces for other decisions.
    const bool spike = random.chance(spikeRate);
    if (spike)
        ms += static_cast<double>(spikeMs);
    return std::llround(std::max(0.0, ms));
}

QString LagModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::Uniform:
        return QStringLiteral("uniform");
    case Kind::LogNormal:
        return QStringLiteral("lognormal");
    }
    return {};
}

bool LagModel::kindFromName(const QString &name, Kind *out)
{
    for (auto k : {Kind::Fixed, Kind::Uniform, Kind::LogNormal}) {
        if (kindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

} // namespace mock
