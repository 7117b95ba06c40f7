#include "mock_backend/config/backendconfig.h"

#include "core/configschema.h"
#include "core/jsonpath.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mock {

namespace {

// Pairs each schema path with the member that holds it; toJson() and fromJson() both walk these,
// so the keys are written once here and checked against the schema by tst_backendmodels.
template<typename Model, typename Visit> void visitLatency(Model &m, Visit &&visit)
{
    visit(u"distribution"_s, m.distribution);
    visit(u"baseMs"_s, m.baseMs);
    visit(u"jitterMs"_s, m.jitterMs);
    visit(u"capMs"_s, m.capMs);
}

template<typename Model, typename Visit> void visitLag(Model &m, Visit &&visit)
{
    visit(u"model"_s, m.kind);
    visit(u"baseMs"_s, m.baseMs);
    visit(u"jitterMs"_s, m.jitterMs);
    visit(u"medianMs"_s, m.medianMs);
    visit(u"p95Ms"_s, m.p95Ms);
    visit(u"spikeRate"_s, m.spikeRate);
    visit(u"spikeMs"_s, m.spikeMs);
    visit(u"paused"_s, m.paused);
}

template<typename Config, typename Visit> void visitScalars(Config &c, Visit &&visit)
{
    visit(u"seed"_s, c.seed);
    const auto latency = [&visit](const QString &routeClass, auto &model) {
        visitLatency(model, [&](const QString &key, auto &member) {
            visit(u"latency.%1.%2"_s.arg(routeClass, key), member);
        });
    };
    latency(u"reads"_s, c.reads);
    latency(u"writes"_s, c.writes);
    latency(u"transfers"_s, c.transfersLatency);
    visit(u"faults.errorRate"_s, c.faults.errorRate);
    visit(u"faults.hangRate"_s, c.faults.hangRate);
    visit(u"faults.lostResponseRate"_s, c.faults.lostResponseRate);
    visit(u"faults.offline"_s, c.faults.offline);
    visit(u"transfers.settleMinMs"_s, c.transfers.settleMinMs);
    visit(u"transfers.settleMaxMs"_s, c.transfers.settleMaxMs);
    visit(u"transfers.successRate"_s, c.transfers.successRate);
    visit(u"transfers.perTransferLimit"_s, c.transfers.perTransferLimit);
    visit(u"cache.strategy"_s, c.cache.strategy);
    visit(u"cache.ttlMs"_s, c.cache.ttlMs);
    visit(u"cache.invalidationLagMs"_s, c.cache.invalidationLagMs);
    visit(u"idempotency.ttlMs"_s, c.idempotencyTtlMs);
    visit(u"limits.maxBodyBytes"_s, c.limits.maxBodyBytes);
    visit(u"limits.maxPhotoBytes"_s, c.limits.maxPhotoBytes);
    visit(u"limits.maxPhotoPixels"_s, c.limits.maxPhotoPixels);
}

const QString replicasPath = u"replication.replicas"_s;

QJsonValue toValue(qint64 v)
{
    return v;
}
QJsonValue toValue(quint64 v)
{
    return static_cast<qint64>(v);
}
QJsonValue toValue(double v)
{
    return v;
}
QJsonValue toValue(bool v)
{
    return v;
}
QJsonValue toValue(LatencyModel::Distribution v)
{
    return LatencyModel::distributionName(v);
}
QJsonValue toValue(LagModel::Kind v)
{
    return LagModel::kindName(v);
}
QJsonValue toValue(PhotoCache::Strategy v)
{
    return PhotoCache::strategyName(v);
}

// The value has passed ConfigSchema::validate(), so only the conversion is left.
void fromValue(const QJsonValue &v, qint64 *out)
{
    *out = static_cast<qint64>(v.toDouble());
}
void fromValue(const QJsonValue &v, quint64 *out)
{
    *out = static_cast<quint64>(v.toDouble());
}
void fromValue(const QJsonValue &v, double *out)
{
    *out = v.toDouble();
}
void fromValue(const QJsonValue &v, bool *out)
{
    *out = v.toBool();
}
void fromValue(const QJsonValue &v, LatencyModel::Distribution *out)
{
    LatencyModel::distributionFromName(v.toString(), out);
}
void fromValue(const QJsonValue &v, LagModel::Kind *out)
{
    LagModel::kindFromName(v.toString(), out);
}
void fromValue(const QJsonValue &v, PhotoCache::Strategy *out)
{
    PhotoCache::strategyFromName(v.toString(), out);
}

ApiError toApiError(const ConfigSchema::Issue &issue)
{
    return {400, issue.code(), issue.message(), issue.field};
}

} // namespace

BackendConfig BackendConfig::defaults()
{
    // The schema holds the defaults; a failure here is a broken schema, caught by its tests.
    ApiError error;
    const auto c = fromJson(ConfigSchema::defaults(), &error, BackendConfig {});
    Q_ASSERT_X(c, "BackendConfig::defaults", qPrintable(error.message));
    return c.value_or(BackendConfig {});
}

BackendConfig BackendConfig::instant()
{
    BackendConfig c = defaults();
    c.reads = c.writes = c.transfersLatency = LatencyModel {};
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
    QJsonObject json;
    visitScalars(*this, [&json](const QString &path, const auto &member) {
        json = JsonPath::withValue(json, path, toValue(member));
    });
    QJsonArray replicaArray;
    for (const LagModel &r : replicas) {
        QJsonObject entry;
        visitLag(r, [&entry](const QString &key, const auto &member) {
            entry.insert(key, toValue(member));
        });
        replicaArray.append(entry);
    }
    return JsonPath::withValue(json, replicasPath, replicaArray);
}

std::optional<BackendConfig> BackendConfig::fromJson(const QJsonObject &json, ApiError *error,
                                                     const BackendConfig &base)
{
    ApiError scratch;
    if (!error)
        error = &scratch;
    if (const auto issue = ConfigSchema::validate(json)) {
        *error = toApiError(*issue);
        return std::nullopt;
    }
    BackendConfig c = base;
    visitScalars(c, [&json](const QString &path, auto &member) {
        const QJsonValue value = JsonPath::valueAt(json, path);
        if (!value.isUndefined())
            fromValue(value, &member);
    });
    const QJsonValue replicaValue = JsonPath::valueAt(json, replicasPath);
    if (replicaValue.isArray()) {
        const QJsonArray array = replicaValue.toArray();
        QList<LagModel> models;
        for (qsizetype i = 0; i < array.size(); ++i) {
            // A new replica entry starts from the previous entry at that index, if any.
            LagModel model = i < c.replicas.size() ? c.replicas.at(i) : LagModel {};
            const QJsonObject entry = array.at(i).toObject();
            visitLag(model, [&entry](const QString &key, auto &member) {
                if (entry.contains(key))
                    fromValue(entry.value(key), &member);
            });
            models.append(model);
        }
        c.replicas = models;
    }
    // Rules across fields judge the whole result: a patch of one field can break them too.
    if (const auto issue = ConfigSchema::checkRules(c.toJson())) {
        *error = toApiError(*issue);
        return std::nullopt;
    }
    return c;
}

std::optional<BackendConfig> BackendConfig::patched(const QJsonObject &patch, ApiError *error) const
{
    return fromJson(JsonPath::mergePatch(toJson(), patch), error, *this);
}

} // namespace mock
