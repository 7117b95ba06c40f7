// The values the profile machine takes and gives: how inputs and effects are made and described.
// The table itself is in profilemachine.cpp.

#include "models/profile/profilemachine.h"

#include <QMetaEnum>

namespace ProfileMachine {

Input Input::load(qint64 nowMs)
{
    return {.kind = Kind::Load, .nowMs = nowMs};
}

Input Input::upload(const QString &correlationId, qint64 bytes, const QByteArray &type,
                    qint64 nowMs)
{
    return {.kind = Kind::Upload,
            .nowMs = nowMs,
            .photo = {.bytes = bytes, .contentType = type},
            .correlationId = correlationId};
}

Input Input::retry(qint64 nowMs)
{
    return {.kind = Kind::Retry, .nowMs = nowMs};
}

Input Input::uploadAnswer(WriteOutcome outcome, const PhotoFacts &photo, bool replayed,
                          const QString &detail, qint64 nowMs)
{
    return {.kind = Kind::UploadAnswer,
            .nowMs = nowMs,
            .write = outcome,
            .replayed = replayed,
            .photo = photo,
            .detail = detail};
}

Input Input::readAnswer(ReadOutcome outcome, const PhotoFacts &photo, const QString &detail,
                        qint64 nowMs, qint64 nodeLsn)
{
    return {.kind = Kind::ReadAnswer,
            .nowMs = nowMs,
            .read = outcome,
            .photo = photo,
            .nodeLsn = nodeLsn,
            .detail = detail};
}

Input Input::photoAnswer(bool ok, qint64 version, const QString &detail, qint64 nowMs)
{
    return {.kind = Kind::PhotoAnswer,
            .nowMs = nowMs,
            .ok = ok,
            .photo = {.version = version},
            .detail = detail};
}

Input Input::accepted(const QString &correlationId, const PhotoFacts &photo, qint64 nowMs)
{
    return {.kind = Kind::Accepted, .nowMs = nowMs, .photo = photo, .correlationId = correlationId};
}

Input Input::replicaApplied(qint64 lsn, qint64 nowMs)
{
    return {.kind = Kind::ReplicaApplied, .nowMs = nowMs, .photo = {.lsn = lsn}};
}

Input Input::dataReset(qint64 nowMs)
{
    return {.kind = Kind::DataReset, .nowMs = nowMs};
}

Input Input::timerDue(qint64 nowMs)
{
    return {.kind = Kind::TimerDue, .nowMs = nowMs};
}

Effect Effect::send()
{
    return {.kind = Kind::Send};
}

Effect Effect::fetch(ReadConsistency consistency, qint64 atLeastLsn)
{
    return {.kind = Kind::Fetch, .consistency = consistency, .lsn = atLeastLsn};
}

Effect Effect::fetchPhoto(qint64 version, qint64 lsn)
{
    return {.kind = Kind::FetchPhoto, .version = version, .lsn = lsn};
}

Effect Effect::show(qint64 version)
{
    return {.kind = Kind::Show, .version = version};
}

Effect Effect::schedule(qint64 delayMs)
{
    return {.kind = Kind::Schedule, .delayMs = delayMs};
}

Effect Effect::notify(Notice notice, bool replayed)
{
    return {.kind = Kind::Notify, .notice = notice, .replayed = replayed};
}

QString describe(const Effect &effect)
{
    switch (effect.kind) {
    case Effect::Kind::Send:
        return QStringLiteral("send");
    case Effect::Kind::Fetch:
        switch (effect.consistency) {
        case ReadConsistency::AnyReplica:
            return QStringLiteral("fetch(any replica)");
        case ReadConsistency::Primary:
            return QStringLiteral("fetch(primary)");
        case ReadConsistency::ReadYourWrites:
            return QStringLiteral("fetch(read-your-writes)");
        case ReadConsistency::AtLeast:
            return QStringLiteral("fetch(lsn >= %1)").arg(effect.lsn);
        }
        break;
    case Effect::Kind::FetchPhoto:
        return QStringLiteral("fetchPhoto(v%1, lsn %2)").arg(effect.version).arg(effect.lsn);
    case Effect::Kind::Show:
        return QStringLiteral("show(v%1)").arg(effect.version);
    case Effect::Kind::Schedule:
        return QStringLiteral("schedule(%1 ms)").arg(effect.delayMs);
    case Effect::Kind::Notify:
        return QStringLiteral("notify(%1%2)")
            .arg(QLatin1StringView(
                     QMetaEnum::fromType<Notice>().valueToKey(static_cast<int>(effect.notice))),
                 effect.replayed ? QStringLiteral(", replayed") : QString());
    }
    return {};
}

} // namespace ProfileMachine
