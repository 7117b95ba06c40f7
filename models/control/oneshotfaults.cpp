#include "models/control/oneshotfaults.h"

#include "core/wire.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

std::optional<OneShotFaults> OneShotFaults::fromJson(const QJsonObject &oneShots,
                                                     const QDateTime &receivedAt)
{
    const QJsonObject failNext = oneShots.value(u"failNext"_s).toObject();
    if (!failNext.value(u"remaining"_s).isDouble() || !oneShots.value(u"failTimes"_s).isArray())
        return std::nullopt;
    OneShotFaults f;
    f.failNextRemaining = failNext.value(u"remaining"_s).toInt();
    f.failNextMode = failNext.value(u"mode"_s).toString(f.failNextMode);
    f.failNextTarget = failNext.value(u"target"_s).toString(f.failNextTarget);
    for (const QJsonValue &v : oneShots.value(u"failTimes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.routes.append({o.value(u"route"_s).toString(), o.value(u"remaining"_s).toInt(),
                         o.value(u"mode"_s).toString()});
    }
    // Times are the backend's (its own clock); the answer says what its clock read when it was
    // written, so each use is that long before the moment the answer arrived.
    const qint64 backendNow = oneShots.value(u"atMs"_s).toInteger();
    for (const QJsonValue &v : oneShots.value(u"used"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Use use;
        use.at = receivedAt.addMSecs(o.value(u"atMs"_s).toInteger() - backendNow);
        use.by = o.value(u"by"_s).toString();
        use.route = o.value(u"route"_s).toString();
        use.path = o.value(u"path"_s).toString();
        use.mode = o.value(u"mode"_s).toString();
        use.correlationId = o.value(u"correlationId"_s).toString();
        use.clientId = o.value(u"clientId"_s).toString();
        f.used.append(use);
    }
    return f;
}

QList<OneShotFaults::Aim> OneShotFaults::aims()
{
    return {
        {QString(), tr("The next writes (any screen)")},
        {Wire::Route::favoriteKey, tr("Favorite taps")},
        {Wire::Route::photoKey, tr("Photo uploads")},
        {Wire::Route::transferKey, tr("Transfers")},
        {Wire::Route::itemsKey, tr("Item list reads")},
        {Wire::Route::profileKey, tr("Profile reads")},
        {Wire::Route::accountKey, tr("Account reads")},
    };
}

QString OneShotFaults::titleOf(const QString &route)
{
    for (const Aim &aim : aims()) {
        if (!aim.route.isEmpty() && aim.route == route)
            return aim.title;
    }
    return route;
}

QString OneShotFaults::modeWords(const QString &mode)
{
    if (mode == u"hang"_s)
        return tr("no answer ever");
    if (mode == u"lost"_s)
        return tr("saved, answer lost");
    if (mode == u"error_after_commit"_s)
        return tr("saved, then 503");
    return tr("503");
}

QStringList OneShotFaults::armedLines() const
{
    QStringList lines;
    if (failNextRemaining > 0) {
        const QString mode = modeWords(failNextMode);
        const int n = failNextRemaining;
        if (failNextTarget == Wire::FaultTarget::writes)
            lines.append(tr("The next %n write(s) will fail (%1).", nullptr, n).arg(mode));
        else
            lines.append(tr("The next %n request(s) will fail (%1).", nullptr, n).arg(mode));
    }
    for (const RouteShot &shot : routes) {
        const QString title = titleOf(shot.route);
        const QString mode = modeWords(shot.mode);
        lines.append(
            tr("%1: the next %n will fail (%2).", nullptr, shot.remaining).arg(title, mode));
    }
    if (lines.isEmpty())
        lines.append(tr("No one-off faults armed."));
    return lines;
}

QStringList OneShotFaults::usedLines(int limit) const
{
    QStringList lines;
    for (auto it = used.crbegin(); it != used.crend() && lines.size() < limit; ++it) {
        const QString time = QLocale().toString(it->at.time(), u"HH:mm:ss"_s);
        lines.append(
            tr("%1 · %2 · %3 · %4").arg(time, titleOf(it->route), it->path, modeWords(it->mode)));
    }
    return lines;
}
