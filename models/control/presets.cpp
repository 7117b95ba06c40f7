#include "models/control/presets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Presets)
};

QJsonObject latency(const QString &distribution, int baseMs, int jitterMs)
{
    return {{u"distribution"_s, distribution}, {u"baseMs"_s, baseMs}, {u"jitterMs"_s, jitterMs}};
}

// The network is the same for every route class: a phone on 3G is slow for reads and writes.
QJsonObject network(const QString &distribution, int baseMs, int jitterMs)
{
    const QJsonObject one = latency(distribution, baseMs, jitterMs);
    return {
        {u"latency"_s, QJsonObject {{u"reads"_s, one}, {u"writes"_s, one}, {u"transfers"_s, one}}},
        {u"faults"_s, QJsonObject {{u"offline"_s, false}}}};
}

QJsonObject faults(double errorRate, double hangRate, double lostRate)
{
    return {{u"faults"_s,
             QJsonObject {{u"errorRate"_s, errorRate},
                          {u"hangRate"_s, hangRate},
                          {u"lostResponseRate"_s, lostRate},
                          {u"offline"_s, false}}}};
}

QJsonObject fixedLag(int ms)
{
    return {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, ms}, {u"jitterMs"_s, 0},
            {u"spikeRate"_s, 0.0},    {u"spikeMs"_s, 0}, {u"paused"_s, false}};
}

QList<Preset> build()
{
    QList<Preset> presets;

    Preset instant {u"instant"_s,
                    Words::tr("Instant"),
                    Words::tr("0 ms"),
                    Words::tr("No latency, no replica lag, no faults: every answer comes at once."),
                    network(u"fixed"_s, 0, 0),
                    fixedLag(0)};
    instant.patch.insert(u"faults"_s, faults(0, 0, 0).value(u"faults"_s));
    presets.append(instant);

    // uniform: base + U[0, jitter], so the mean is base + jitter / 2.
    presets.append({u"fast-4g"_s,
                    Words::tr("Fast 4G"),
                    Words::tr("≈ 165 ms"),
                    Words::tr("Every request takes 150 to 180 ms (165 ms on average)."),
                    network(u"uniform"_s, 150, 30),
                    {}});
    presets.append({u"slow-4g"_s,
                    Words::tr("Slow 4G"),
                    Words::tr("≈ 560 ms"),
                    Words::tr("Every request takes 460 to 660 ms (560 ms on average)."),
                    network(u"uniform"_s, 460, 200),
                    {}});
    // normal: base + N(0, jitter), never below zero.
    presets.append({u"3g"_s,
                    Words::tr("3G"),
                    Words::tr("≈ 2 s"),
                    Words::tr("Every request takes about 2 s (normal, standard deviation 400 ms)."),
                    network(u"normal"_s, 2000, 400),
                    {}});
    presets.append({u"flaky"_s,
                    Words::tr("Flaky"),
                    Words::tr("30 % errors"),
                    Words::tr("30 % of requests fail with a server error (503); no hangs, no lost "
                              "answers."),
                    faults(0.3, 0, 0),
                    {}});
    presets.append({u"lost-responses"_s,
                    Words::tr("Lost responses"),
                    Words::tr("10 % of writes"),
                    Words::tr("10 % of writes are applied but never answered: the app cannot know "
                              "whether they arrived."),
                    faults(0, 0, 0.1),
                    {}});
    presets.append({u"replica-lag-5s"_s,
                    Words::tr("Replica lag 5 s"),
                    Words::tr("5000 ms"),
                    Words::tr("Every replica applies each write exactly 5 s after the primary."),
                    {},
                    fixedLag(5000)});
    presets.append(
        {u"offline"_s,
         Words::tr("Offline"),
         Words::tr("no answers"),
         Words::tr("Nothing answers: every data request fails as if the network were gone. "
                   "The control room still works."),
         QJsonObject {{u"faults"_s, QJsonObject {{u"offline"_s, true}}}},
         {}});
    return presets;
}

} // namespace

QList<Preset> Presets::all()
{
    // Built on each call so the names follow a language change.
    return build();
}

std::optional<Preset> Presets::find(const QString &id)
{
    for (const Preset &preset : build()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}
