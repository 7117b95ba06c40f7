#include "mock_backend/config/backendconfig.h"

#include "mock_backend/http/jsonfields.h"

#include <QJsonArray>

namespace mock {

using namespace JsonFields;

namespace {

constexpr qint64 maxMs = 10LL * 60 * 1000; // ten minutes bounds every delay knob

QJsonObject latencyToJson(const LatencyModel &m)
{
    return {
        {QStringLiteral("distribution"), LatencyModel::distributionName(m.distribution)},
        {QStringLiteral("baseMs"), m.baseMs},
        {QStringLiteral("jitterMs"), m.jitterMs},
        {QStringLiteral("capMs"), m.capMs},
    };
}

bool latencyFromJson(const QJsonObject &json, const QString &path, LatencyModel *m, ApiError *error)
{
    if (!checkKnown(json,
                    {QStringLiteral("distribution"), QStringLiteral("baseMs"),
                     QStringLiteral("jitterMs"), QStringLiteral("capMs")},
                    path, error))
        return false;
    QString distribution = LatencyModel::distributionName(m->distribution);
    if (!readEnum(json, QStringLiteral("distribution"), path,
                  {QStringLiteral("fixed"), QStringLiteral("uniform"), QStringLiteral("normal"),
                   QStringLiteral("lognormal")},
                  &distribution, error))
        return false;
    LatencyModel::distributionFromName(distribution, &m->distribution);
    return readInt(json, QStringLiteral("baseMs"), path, 0, maxMs, &m->baseMs, error)
        && readInt(json, QStringLiteral("jitterMs"), path, 0, maxMs, &m->jitterMs, error)
        && readInt(json, QStringLiteral("capMs"), path, 0, maxMs, &m->capMs, error);
}

QJsonObject lagToJson(const LagModel &m)
{
    return {
        {QStringLiteral("model"), LagModel::kindName(m.kind)},
        {QStringLiteral("baseMs"), m.baseMs},
        {QStringLiteral("jitterMs"), m.jitterMs},
        {QStringLiteral("medianMs"), m.medianMs},
        {QStringLiteral("p95Ms"), m.p95Ms},
        {QStringLiteral("spikeRate"), m.spikeRate},
        {QStringLiteral("spikeMs"), m.spikeMs},
        {QStringLiteral("paused"), m.paused},
    };
}

bool lagFromJson(const QJsonObject &json, const QString &path, LagModel *m, ApiError *error)
{
    if (!checkKnown(json,
                    {QStringLiteral("model"), QStringLiteral("baseMs"), QStringLiteral("jitterMs"),
                     QStringLiteral("medianMs"), QStringLiteral("p95Ms"),
                     QStringLiteral("spikeRate"), QStringLiteral("spikeMs"),
                     QStringLiteral("paused")},
                    path, error))
        return false;
    QString model = LagModel::kindName(m->kind);
    if (!readEnum(json, QStringLiteral("model"), path,
                  {QStringLiteral("fixed"), QStringLiteral("uniform"), QStringLiteral("lognormal")},
                  &model, error))
        return false;
    LagModel::kindFromName(model, &m->kind);
    if (!(readInt(json, QStringLiteral("baseMs"), path, 0, maxMs, &m->baseMs, error)
          && readInt(json, QStringLiteral("jitterMs"), path, 0, maxMs, &m->jitterMs, error)
          && readInt(json, QStringLiteral("medianMs"), path, 0, maxMs, &m->medianMs, error)
          && readInt(json, QStringLiteral("p95Ms"), path, 0, maxMs, &m->p95Ms, error)
          && readDouble(json, QStringLiteral("spikeRate"), path, 0, 1, &m->spikeRate, error)
          && readInt(json, QStringLiteral("spikeMs"), path, 0, maxMs, &m->spikeMs, error)
          && readBool(json, QStringLiteral("paused"), path, &m->paused, error)))
        return false;
    if (m->kind == LagModel::Kind::LogNormal && m->p95Ms < m->medianMs) {
        error->code = QStringLiteral("invalid_field");
        error->field = join(path, QStringLiteral("p95Ms"));
        error->message = error->field + QStringLiteral(" must be ≥ medianMs");
        error->status = 400;
        return false;
    }
    return true;
}

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else if (it.value().isObject() && result.value(it.key()).isObject()) {
            result.insert(it.key(),
                          mergePatch(result.value(it.key()).toObject(), it.value().toObject()));
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

} // namespace

BackendConfig BackendConfig::defaults()
{
    BackendConfig c;
    c.reads = {LatencyModel::Distribution::LogNormal, 120, 180, 3000};
    c.writes = {LatencyModel::Distribution::LogNormal, 250, 400, 5000};
    c.transfersLatency = {LatencyModel::Distribution::LogNormal, 400, 600, 8000};
    LagModel first;
    first.kind = LagModel::Kind::LogNormal;
    first.medianMs = 300;
    first.p95Ms = 1500;
    first.spikeRate = 0.02;
    first.spikeMs = 4000;
    LagModel second;
    second.kind = LagModel::Kind::Uniform;
    second.baseMs = 200;
    second.jitterMs = 800;
    c.replicas = {first, second};
    return c;
}

BackendConfig BackendConfig::instant()
{
    BackendConfig c;
    c.replicas = {LagModel {}, LagModel {}};
    c.transfers.settleMinMs = 10;
    c.transfers.settleMaxMs = 20;
    c.transfers.successRate = 1.0;
    return c;
}

const LatencyModel &BackendConfig::latencyFor(int routeClass) const
{
    switch (routeClass) {
    case 1:
        return writes;
    case 2:
        return transfersLatency;
    default:
        return reads;
    }
}

QJsonObject BackendConfig::toJson() const
{
    QJsonArray replicaArray;
    for (const auto &r : replicas)
        replicaArray.append(lagToJson(r));
    return {
        {QStringLiteral("seed"), static_cast<qint64>(seed)},
        {QStringLiteral("latency"),
         QJsonObject {
             {QStringLiteral("reads"), latencyToJson(reads)},
             {QStringLiteral("writes"), latencyToJson(writes)},
             {QStringLiteral("transfers"), latencyToJson(transfersLatency)},
         }},
        {QStringLiteral("faults"),
         QJsonObject {
             {QStringLiteral("errorRate"), faults.errorRate},
             {QStringLiteral("hangRate"), faults.hangRate},
             {QStringLiteral("lostResponseRate"), faults.lostResponseRate},
             {QStringLiteral("offline"), faults.offline},
         }},
        {QStringLiteral("replication"), QJsonObject {{QStringLiteral("replicas"), replicaArray}}},
        {QStringLiteral("transfers"),
         QJsonObject {
             {QStringLiteral("settleMinMs"), transfers.settleMinMs},
             {QStringLiteral("settleMaxMs"), transfers.settleMaxMs},
             {QStringLiteral("successRate"), transfers.successRate},
             {QStringLiteral("perTransferLimit"), transfers.perTransferLimit},
         }},
        {QStringLiteral("idempotency"), QJsonObject {{QStringLiteral("ttlMs"), idempotencyTtlMs}}},
        {QStringLiteral("limits"),
         QJsonObject {
             {QStringLiteral("maxBodyBytes"), limits.maxBodyBytes},
             {QStringLiteral("maxPhotoBytes"), limits.maxPhotoBytes},
             {QStringLiteral("maxPhotoPixels"), limits.maxPhotoPixels},
         }},
    };
}

std::optional<BackendConfig> BackendConfig::fromJson(const QJsonObject &json, ApiError *error,
                                                     const BackendConfig &base)
{
    ApiError scratch;
    if (!error)
        error = &scratch;
    BackendConfig c = base;
    if (!checkKnown(json,
                    {QStringLiteral("seed"), QStringLiteral("latency"), QStringLiteral("faults"),
                     QStringLiteral("replication"), QStringLiteral("transfers"),
                     QStringLiteral("idempotency"), QStringLiteral("limits")},
                    {}, error))
        return std::nullopt;

    qint64 seed = static_cast<qint64>(c.seed);
    if (!readInt(json, QStringLiteral("seed"), {}, 0, 9007199254740992LL, &seed, error))
        return std::nullopt;
    c.seed = static_cast<quint64>(seed);

    QJsonObject latency;
    if (!readObject(json, QStringLiteral("latency"), {}, &latency, error)
        || !checkKnown(
            latency,
            {QStringLiteral("reads"), QStringLiteral("writes"), QStringLiteral("transfers")},
            QStringLiteral("latency"), error))
        return std::nullopt;
    const std::pair<QString, LatencyModel *> classes[] = {
        {QStringLiteral("reads"), &c.reads},
        {QStringLiteral("writes"), &c.writes},
        {QStringLiteral("transfers"), &c.transfersLatency},
    };
    for (const auto &[name, model] : classes) {
        QJsonObject object;
        if (!readObject(latency, name, QStringLiteral("latency"), &object, error))
            return std::nullopt;
        if (latency.contains(name)
            && !latencyFromJson(object, QStringLiteral("latency.") + name, model, error))
            return std::nullopt;
    }

    QJsonObject faults;
    const QString fp = QStringLiteral("faults");
    if (!readObject(json, fp, {}, &faults, error)
        || !checkKnown(faults,
                       {QStringLiteral("errorRate"), QStringLiteral("hangRate"),
                        QStringLiteral("lostResponseRate"), QStringLiteral("offline")},
                       fp, error)
        || !readDouble(faults, QStringLiteral("errorRate"), fp, 0, 1, &c.faults.errorRate, error)
        || !readDouble(faults, QStringLiteral("hangRate"), fp, 0, 1, &c.faults.hangRate, error)
        || !readDouble(faults, QStringLiteral("lostResponseRate"), fp, 0, 1,
                       &c.faults.lostResponseRate, error)
        || !readBool(faults, QStringLiteral("offline"), fp, &c.faults.offline, error))
        return std::nullopt;
    if (c.faults.errorRate + c.faults.hangRate + c.faults.lostResponseRate > 1.0 + 1e-9) {
        *error = {400, QStringLiteral("invalid_field"),
                  QStringLiteral("faults.errorRate + faults.hangRate + faults.lostResponseRate "
                                 "must be ≤ 1"),
                  QStringLiteral("faults")};
        return std::nullopt;
    }

    QJsonObject replication;
    if (!readObject(json, QStringLiteral("replication"), {}, &replication, error)
        || !checkKnown(replication, {QStringLiteral("replicas")}, QStringLiteral("replication"),
                       error))
        return std::nullopt;
    if (replication.contains(QStringLiteral("replicas"))) {
        const QJsonValue value = replication.value(QStringLiteral("replicas"));
        if (!value.isArray()) {
            *error = {400, QStringLiteral("invalid_field"),
                      QStringLiteral("replication.replicas must be an array"),
                      QStringLiteral("replication.replicas")};
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > maxReplicas) {
            *error = {
                400, QStringLiteral("invalid_field"),
                QStringLiteral("replication.replicas must have 0 to %1 entries").arg(maxReplicas),
                QStringLiteral("replication.replicas")};
            return std::nullopt;
        }
        QList<LagModel> models;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("replication.replicas[%1]").arg(i);
            if (!array.at(i).isObject()) {
                *error = {400, QStringLiteral("invalid_field"),
                          path + QStringLiteral(" must be an object"), path};
                return std::nullopt;
            }
            // A new replica entry starts from the previous entry at that index, if any.
            LagModel model = i < c.replicas.size() ? c.replicas.at(i) : LagModel {};
            if (!lagFromJson(array.at(i).toObject(), path, &model, error))
                return std::nullopt;
            models.append(model);
        }
        c.replicas = models;
    }

    QJsonObject transfers;
    const QString tp = QStringLiteral("transfers");
    if (!readObject(json, tp, {}, &transfers, error)
        || !checkKnown(transfers,
                       {QStringLiteral("settleMinMs"), QStringLiteral("settleMaxMs"),
                        QStringLiteral("successRate"), QStringLiteral("perTransferLimit")},
                       tp, error)
        || !readInt(transfers, QStringLiteral("settleMinMs"), tp, 0, maxMs,
                    &c.transfers.settleMinMs, error)
        || !readInt(transfers, QStringLiteral("settleMaxMs"), tp, 0, maxMs,
                    &c.transfers.settleMaxMs, error)
        || !readDouble(transfers, QStringLiteral("successRate"), tp, 0, 1, &c.transfers.successRate,
                       error)
        || !readInt(transfers, QStringLiteral("perTransferLimit"), tp, 1, 1000000000000LL,
                    &c.transfers.perTransferLimit, error))
        return std::nullopt;
    if (c.transfers.settleMaxMs < c.transfers.settleMinMs) {
        *error = {400, QStringLiteral("invalid_field"),
                  QStringLiteral("transfers.settleMaxMs must be ≥ transfers.settleMinMs"),
                  QStringLiteral("transfers.settleMaxMs")};
        return std::nullopt;
    }

    QJsonObject idempotency;
    const QString ip = QStringLiteral("idempotency");
    if (!readObject(json, ip, {}, &idempotency, error)
        || !checkKnown(idempotency, {QStringLiteral("ttlMs")}, ip, error)
        || !readInt(idempotency, QStringLiteral("ttlMs"), ip, 1, 7LL * 24 * 60 * 60 * 1000,
                    &c.idempotencyTtlMs, error))
        return std::nullopt;

    QJsonObject limits;
    const QString lp = QStringLiteral("limits");
    if (!readObject(json, lp, {}, &limits, error)
        || !checkKnown(limits,
                       {QStringLiteral("maxBodyBytes"), QStringLiteral("maxPhotoBytes"),
                        QStringLiteral("maxPhotoPixels")},
                       lp, error)
        || !readInt(limits, QStringLiteral("maxBodyBytes"), lp, 256, 16LL * 1024 * 1024,
                    &c.limits.maxBodyBytes, error)
        || !readInt(limits, QStringLiteral("maxPhotoBytes"), lp, 1024, 64LL * 1024 * 1024,
                    &c.limits.maxPhotoBytes, error)
        || !readInt(limits, QStringLiteral("maxPhotoPixels"), lp, 1, 400000000LL,
                    &c.limits.maxPhotoPixels, error))
        return std::nullopt;
    return c;
}

std::optional<BackendConfig> BackendConfig::patched(const QJsonObject &patch, ApiError *error) const
{
    return fromJson(mergePatch(toJson(), patch), error, *this);
}

} // namespace mock
