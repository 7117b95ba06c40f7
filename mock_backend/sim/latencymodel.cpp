#include "mock_backend/sim/latencymodel.h"

#include "mock_backend/sim/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace mock {

namespace {
// z-score of the 95th percentile of a standard normal distribution.
constexpr double z95 = 1.6448536269514722;
} // namespace

qint64 LatencyModel::sample(SeededRandom &random) const
{
    double ms = 0;
    switch (distribution) {
    case Distribution::Fixed:
        ms = static_cast<double>(baseMs);
        break;
    case Distribution::Uniform:
        ms = random.uniform(static_cast<double>(baseMs), static_cast<double>(baseMs + jitterMs));
        break;
    case Distribution::Normal:
        ms = static_cast<double>(baseMs) + random.standardNormal() * static_cast<double>(jitterMs);
        break;
    case Distribution::LogNormal: {
        const double z = random.standardNormal();
        if (baseMs > 0) {
            const double sigma =
                std::log(static_cast<double>(baseMs + jitterMs) / static_cast<double>(baseMs))
                / z95;
            ms = static_cast<double>(baseMs) * std::exp(sigma * z);
        }
        break;
    }
    }
    ms = std::max(0.0, ms);
    if (capMs > 0)
        ms = std::min(ms, static_cast<double>(capMs));
    return std::llround(ms);
}

QString LatencyModel::distributionName(Distribution distribution)
{
    switch (distribution) {
    case Distribution::Fixed:
        return QStringLiteral("fixed");
    case Distribution::Uniform:
        return QStringLiteral("uniform");
    case Distribution::Normal:
        return QStringLiteral("normal");
    case Distribution::LogNormal:
        return QStringLiteral("lognormal");
    }
    return {};
}

bool LatencyModel::distributionFromName(const QString &name, Distribution *out)
{
    for (auto d : {Distribution::Fixed, Distribution::Uniform, Distribution::Normal,
                   Distribution::LogNormal}) {
        if (distributionName(d) == name) {
            *out = d;
            return true;
        }
    }
    return false;
}

} // namespace mock
