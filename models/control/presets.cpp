#include "models/control/presets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Presets", text);
}

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
                    tr("Instant"),
                    tr("0 ms"),
                    tr("No latency, no replica lag, no faults: every answer comes at once."),
                    network(u"fixed"_s, 0, 0),
                    fixedLag(0)};
    instant.patch.insert(u"faults"_s, faults(0, 0, 0).value(u"faults"_s));
    presets.append(instant);

    // uniform: base + U[0, jitter], so the mean is base + jitter / 2.
    presets.append({u"fast-4g"_s,
                    tr("Fast 4G"),
                    tr("≈ 165 ms"),
                    tr("Every request takes 150 to 180 ms (165 ms on average)."),
                    network(u"uniform"_s, 150, 30),
                    {}});
    presets.append({u"slow-4g"_s,
                    tr("Slow 4G"),
                    tr("≈ 560 ms"),
                    tr("Every request takes 460 to 660 ms (560 ms on average)."),
                    network(u"uniform"_s, 460, 200),
                    {}});
    // normal: base + N(0, jitter), never below zero.
    presets.append({u"3g"_s,
                    tr("3G"),
                    tr("≈ 2 s"),
                    tr("Every request takes about 2 s (normal, standard deviation 400 ms)."),
                    network(u"normal"_s, 2000, 400),
                    {}});
    presets.append({u"flaky"_s,
                    tr("Flaky"),
                    tr("30 % errors"),
                    tr("30 % of requests fail with a server error (503); no hangs, no lost "
                       "answers."),
                    faults(0.3, 0, 0),
                    {}});
    presets.append({u"lost-responses"_s,
                    tr("Lost responses"),
                    tr("10 % of writes"),
                    tr("10 % of writes are applied but never answered: the app cannot know "
                       "whether they arrived."),
                    faults(0, 0, 0.1),
                    {}});
    presets.append({u"replica-lag-5s"_s,
                    tr("Replica lag 5 s"),
                    tr("5000 ms"),
                    tr("Every replica applies each write exactly 5 s after the primary."),
                    {},
                    fixedLag(5000)});
    presets.append({u"offline"_s,
                    tr("Offline"),
                    tr("no answers"),
                    tr("Nothing answers: every data request fails as if the network were gone. "
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
