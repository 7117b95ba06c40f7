#include "models/control/backendstatus.h"

#include "models/control/backendsettings.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'g', 3) + u" %"_s;
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return BackendStatus::tr("%1 ms").arg(ms);
    return BackendStatus::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3));
}

} // namespace

bool BackendStatus::isOffline(const BackendSettings &settings)
{
    return settings.faults().offline;
}

QString BackendStatus::describe(const BackendSettings &settings)
{
    if (!settings.isLoaded())
        return tr("Waiting for the backend…");
    if (isOffline(settings))
        return tr("Offline: every data request is dropped. Admin routes still answer.");
    QStringList parts {tr("Online")};
    const FaultSettings faults = settings.faults();
    if (faults.errorRate > 0)
        parts.append(tr("errors %1").arg(percent(faults.errorRate)));
    if (faults.hangRate > 0)
        parts.append(tr("hangs %1").arg(percent(faults.hangRate)));
    if (faults.lostResponseRate > 0)
        parts.append(tr("lost answers %1").arg(percent(faults.lostResponseRate)));
    const std::pair<BackendSettings::RouteClass, QString> classes[] = {
        {BackendSettings::RouteClass::Reads, tr("reads")},
        {BackendSettings::RouteClass::Writes, tr("writes")},
        {BackendSettings::RouteClass::Transfers, tr("transfers")},
    };
    for (const auto &[routeClass, name] : classes) {
        const qint64 base = settings.latency(routeClass).baseMs;
        if (base > 0)
            parts.append(tr("%1 %2").arg(name, duration(base)));
    }
    const QList<ReplicaSettings> replicas = settings.replicas();
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        if (replicas.at(i).paused)
            parts.append(tr("replica %1 paused").arg(i + 1));
    }
    if (parts.size() == 1)
        parts.append(tr("no faults, no added latency"));
    return parts.join(u" · "_s);
}
