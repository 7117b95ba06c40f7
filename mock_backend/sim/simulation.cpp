#include "mock_backend/sim/simulation.h"

#include "core/clock.h"

#include <QFile>
#include <QJsonArray>

namespace mock {

namespace {

QByteArray loadDefaultPhoto()
{
    QFile file(QStringLiteral(":/converge/backend/photos/default-avatar.png"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("mock_backend: default avatar resource is missing");
        return {};
    }
    return file.readAll();
}

// Reasons a person understands, with the words the app can show.
const std::pair<const char *, const char *> kFailureReasons[] = {
    {"recipient_bank_declined", "The recipient's bank declined the transfer."},
    {"recipient_account_closed", "The recipient's account is closed."},
};

} // namespace

QString Simulation::Node::name() const
{
    return replicaId == 0 ? QStringLiteral("primary") : QStringLiteral("replica-%1").arg(replicaId);
}

Simulation::Simulation(const BackendConfig &config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_random(config.seed)
{
    m_faults.setRates(config.faults);
    m_idempotency.setTtlMs(config.idempotencyTtlMs);
    configureCache();
    initialiseData();
}

void Simulation::configureCache()
{
    m_photoCache.configure(m_config.cache.strategy, m_config.cache.ttlMs,
                           m_config.cache.invalidationLagMs);
}

void Simulation::initialiseData()
{
    const QByteArray photo = loadDefaultPhoto();
    m_blobs.clear();
    m_blobs.emplace(1, Blob {photo, QStringLiteral("image/png")});
    m_log.clear();
    m_primary = DataStore::initial(photo.size());
    m_replicas.reset(m_primary, m_config.replicas);
    m_settlements.clear();
    m_nextTransferNumber = 1;
}

qint64 Simulation::nowMs() const
{
    return m_clock.nowMs();
}

void Simulation::setConfig(const BackendConfig &config, const QString &correlationId)
{
    const bool reseed = config.seed != m_config.seed;
    m_config = config;
    if (reseed)
        m_random.reseed(config.seed);
    m_faults.setRates(config.faults);
    m_idempotency.setTtlMs(config.idempotencyTtlMs);
    m_replicas.reconfigure(config.replicas, m_primary);
    configureCache();
    m_events.publish(QStringLiteral("config.changed"), correlationId, {}, m_log.lastLsn(),
                     QJsonObject {{QStringLiteral("config"), config.toJson()}}, nowMs());
}

void Simulation::reset(const QString &correlationId)
{
    m_random.reseed(m_config.seed);
    initialiseData();
    m_idempotency.clear();
    m_faults.clearOneShots();
    m_metrics.clear();
    m_hold.resolveAll(AnswerHold::Outcome::Reset); // the server drops them
    m_photoCache.clear(); // its copies name versions the reset data no longer has
    m_mergedFavorites = {};
    m_events.publish(QStringLiteral("data.reset"), correlationId, {}, 0,
                     QJsonObject {{QStringLiteral("seed"), static_cast<qint64>(m_config.seed)}},
                     nowMs());
}

qint64 Simulation::commit(const QString &kind, const QJsonObject &data,
                          const QString &correlationId, const QString &clientId, qint64 atMs)
{
    LogEntry entry;
    entry.kind = kind;
    entry.data = data;
    entry.correlationId = correlationId;
    entry.clientId = clientId;
    entry.atMs = atMs;
    const qint64 lsn = m_log.append(entry);
    const LogEntry &stored = m_log.entry(lsn);
    m_primary.apply(stored);
    m_replicas.enqueue(stored, m_random);
    return lsn;
}

qint64 Simulation::setFavorite(int itemId, bool favorite, const QString &correlationId,
                               const QString &clientId)
{
    DataStore::Item item = *m_primary.item(itemId);
    item.favorite = favorite;
    item.lsn = m_log.lastLsn() + 1;
    const QJsonObject json = DataStore::itemToJson(item);
    const qint64 lsn = commit(QStringLiteral("item"), {{QStringLiteral("item"), json}},
                              correlationId, clientId, nowMs());
    m_events.publish(
        QStringLiteral("write.accepted"), correlationId, clientId, lsn,
        {{QStringLiteral("kind"), QStringLiteral("item")}, {QStringLiteral("item"), json}},
        nowMs());
    return lsn;
}

FavoritesReplica Simulation::mergeFavorites(const FavoritesReplica &copy, const QString &device,
                                            const QString &correlationId, const QString &clientId)
{
    FavoritesReplica before = m_mergedFavorites;
    m_mergedFavorites.merge(copy);
    if (m_mergedFavorites != before)
        m_events.publish(
            QStringLiteral("favorites.merged"), correlationId, clientId, 0,
            {{QStringLiteral("device"), device},
             {QStringLiteral("favorites"), qint64(m_mergedFavorites.favorites().size())}},
            nowMs());
    return before;
}

qint64 Simulation::uploadPhoto(const QByteArray &bytes, const QString &contentType,
                               const QString &correlationId, const QString &clientId)
{
    const int version = m_blobs.rbegin()->first + 1;
    m_blobs.emplace(version, Blob {bytes, contentType});
    const DataStore::Photo photo {version, contentType, bytes.size(), m_log.lastLsn() + 1};
    const QJsonObject json = DataStore::photoToJson(photo);
    const qint64 lsn = commit(QStringLiteral("photo"), {{QStringLiteral("photo"), json}},
                              correlationId, clientId, nowMs());
    m_photoCache.written(photo, nowMs());
    m_events.publish(
        QStringLiteral("write.accepted"), correlationId, clientId, lsn,
        {{QStringLiteral("kind"), QStringLiteral("photo")}, {QStringLiteral("photo"), json}},
        nowMs());
    return lsn;
}

qint64 Simulation::setDetails(const QString &name, const QString &email,
                              const QString &correlationId, const QString &clientId)
{
    const qint64 now = nowMs();
    DataStore::Details details = m_primary.details();
    details.name = name;
    details.email = email;
    ++details.version;
    details.updatedBy = clientId;
    details.updatedAtMs = now;
    const QJsonObject json = DataStore::detailsToJson(details);
    const qint64 lsn = commit(QStringLiteral("details"), {{QStringLiteral("details"), json}},
                              correlationId, clientId, now);
    m_events.publish(
        QStringLiteral("write.accepted"), correlationId, clientId, lsn,
        {{QStringLiteral("kind"), QStringLiteral("details")}, {QStringLiteral("details"), json}},
        now);
    return lsn;
}

std::optional<DataStore::Transfer>
Simulation::createTransfer(const QString &payeeId, qint64 amount, const QString &note,
                           const QString &correlationId, const QString &clientId, ApiError *error,
                           const QString &idempotencyKey)
{
    if (amount > m_config.transfers.perTransferLimit) {
        *error = {422, QStringLiteral("over_limit"),
                  QStringLiteral("The amount is over the limit of %1 per transfer.")
                      .arg(m_config.transfers.perTransferLimit),
                  QStringLiteral("amount")};
        return std::nullopt;
    }
    if (amount > m_primary.available()) {
        *error = {422, QStringLiteral("insufficient_funds"),
                  QStringLiteral("There is not enough money available for this transfer."),
                  QStringLiteral("amount")};
        return std::nullopt;
    }
    const qint64 now = nowMs();
    DataStore::Transfer t;
    t.id = QStringLiteral("t-%1").arg(m_nextTransferNumber++);
    t.payeeId = payeeId;
    t.amount = amount;
    t.note = note;
    t.state = QStringLiteral("pending");
    t.createdAtMs = now;
    t.idempotencyKey = idempotencyKey;
    t.lsn = m_log.lastLsn() + 1;
    const QJsonObject json = DataStore::transferToJson(t);
    const qint64 lsn = commit(
        QStringLiteral("transfer"),
        {{QStringLiteral("transfer"), json}, {QStringLiteral("balance"), m_primary.balance()}},
        correlationId, clientId, now);
    m_events.publish(
        QStringLiteral("write.accepted"), correlationId, clientId, lsn,
        {{QStringLiteral("kind"), QStringLiteral("transfer")}, {QStringLiteral("transfer"), json}},
        now);

    // The outcome is drawn now, at creation, so it depends only on the request sequence.
    const qint64 delay =
        m_random.uniformInt(m_config.transfers.settleMinMs, m_config.transfers.settleMaxMs);
    const bool success = m_random.chance(m_config.transfers.successRate);
    const auto &reason = kFailureReasons[m_random.uniformInt(0, 1)];
    m_settlements.emplace(std::pair {now + delay, m_nextTransferNumber},
                          Settlement {t.id, success,
                                      success ? QString() : QLatin1String(reason.first),
                                      correlationId, clientId});
    return *m_primary.transfer(t.id);
}

void Simulation::settle(const Settlement &s, qint64 atMs)
{
    DataStore::Transfer t = *m_primary.transfer(s.transferId);
    qint64 balance = m_primary.balance();
    t.state = s.success ? QStringLiteral("completed") : QStringLiteral("failed");
    t.reason = s.reason;
    t.settledAtMs = atMs;
    t.lsn = m_log.lastLsn() + 1;
    if (s.success)
        balance -= t.amount;
    const QJsonObject json = DataStore::transferToJson(t);
    const qint64 lsn =
        commit(QStringLiteral("transfer"),
               {{QStringLiteral("transfer"), json}, {QStringLiteral("balance"), balance}},
               s.correlationId, s.clientId, atMs);
    QJsonObject data {{QStringLiteral("transfer"), json}};
    if (!s.success) {
        for (const auto &[code, text] : kFailureReasons) {
            if (s.reason == QLatin1String(code))
                data.insert(QStringLiteral("message"), QLatin1String(text));
        }
    }
    m_events.publish(s.success ? QStringLiteral("transfer.settled")
                               : QStringLiteral("transfer.failed"),
                     s.correlationId, s.clientId, lsn, data, atMs);
}

void Simulation::advance()
{
    const qint64 now = nowMs();
    for (;;) {
        std::optional<qint64> next = m_replicas.nextDueMs();
        const bool settlementFirst =
            !m_settlements.empty() && (!next || m_settlements.begin()->first.first <= *next);
        if (settlementFirst)
            next = m_settlements.begin()->first.first;
        if (!next || *next > now)
            return;
        if (settlementFirst) {
            const auto it = m_settlements.begin();
            const Settlement s = it->second;
            m_settlements.erase(it);
            settle(s, *next);
            continue;
        }
        for (const auto &applied : m_replicas.advance(*next, m_log)) {
            const LogEntry &entry = m_log.entry(applied.upToLsn);
            m_events.publish(
                QStringLiteral("replica.applied"), entry.correlationId, entry.clientId,
                applied.upToLsn,
                {{QStringLiteral("replica"), applied.replicaId},
                 {QStringLiteral("node"), QStringLiteral("replica-%1").arg(applied.replicaId)},
                 {QStringLiteral("appliedLsn"), applied.upToLsn}},
                *next);
        }
    }
}

std::optional<qint64> Simulation::nextWakeMs() const
{
    std::optional<qint64> next = m_replicas.nextDueMs();
    if (!m_settlements.empty()) {
        const qint64 s = m_settlements.begin()->first.first;
        if (!next || s < *next)
            next = s;
    }
    return next;
}

QString Simulation::nextWakeKind() const
{
    const std::optional<qint64> replica = m_replicas.nextDueMs();
    if (!m_settlements.empty() && (!replica || m_settlements.begin()->first.first <= *replica))
        return QStringLiteral("settlement");
    return replica ? QStringLiteral("replica_apply") : QString();
}

void Simulation::setReplicaPaused(int replicaId, bool paused, const QString &correlationId)
{
    m_replicas.setPaused(replicaId, paused);
    m_config.replicas[replicaId - 1].paused = paused;
    m_events.publish(paused ? QStringLiteral("replica.paused") : QStringLiteral("replica.resumed"),
                     correlationId, {}, m_replicas.replica(replicaId).store.appliedLsn(),
                     {{QStringLiteral("replica"), replicaId}}, nowMs());
}

Simulation::Node Simulation::replicaNode(int replicaId) const
{
    return {replicaId, &m_replicas.replica(replicaId).store};
}

Simulation::Node Simulation::anyNode()
{
    if (m_replicas.count() == 0)
        return primaryNode();
    return replicaNode(static_cast<int>(m_random.uniformInt(1, m_replicas.count())));
}

std::optional<Simulation::Node> Simulation::nodeWithLsn(qint64 minLsn) const
{
    for (int id = 1; id <= m_replicas.count(); ++id) {
        if (m_replicas.replica(id).store.appliedLsn() >= minLsn)
            return replicaNode(id);
    }
    return std::nullopt;
}

const Simulation::Blob *Simulation::blob(int version) const
{
    const auto it = m_blobs.find(version);
    return it == m_blobs.end() ? nullptr : &it->second;
}

FaultInjector::Decision Simulation::drawFault(const FaultInjector::Request &request)
{
    const FaultInjector::Decision decision = m_faults.decide(request, m_random);
    if (decision.usedOneShot)
        publishFaults(request.correlationId, request.clientId);
    return decision;
}

void Simulation::publishFaults(const QString &correlationId, const QString &clientId)
{
    m_events.publish(QStringLiteral("faults.changed"), correlationId, clientId, m_log.lastLsn(),
                     {{QStringLiteral("oneShots"), oneShotsJson()}}, nowMs());
}

void Simulation::publishHold(const QString &type, const AnswerHold::Entry &entry,
                             const QJsonObject &extra)
{
    QJsonObject data = entry.toJson(nowMs());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    m_events.publish(type, entry.correlationId, entry.clientId, m_log.lastLsn(), data, nowMs());
}

Simulation::Health Simulation::health() const
{
    Health h;
    h.seed = static_cast<qint64>(m_config.seed);
    h.primaryLsn = m_log.lastLsn();
    h.replicas.reserve(m_replicas.count());
    for (int id = 1; id <= m_replicas.count(); ++id) {
        const auto &r = m_replicas.replica(id);
        h.replicas.append(
            {id, r.store.appliedLsn(), m_replicas.lagMs(id, nowMs(), m_log), r.paused});
    }
    h.pendingTransfers = m_primary.pendingTransferCount();
    h.eventSeq = m_events.lastSeq();
    h.offline = m_config.faults.offline;
    return h;
}

QByteArray Simulation::metricsText() const
{
    Metrics::Gauges g;
    g.primaryLsn = m_log.lastLsn();
    for (int id = 1; id <= m_replicas.count(); ++id) {
        const auto &r = m_replicas.replica(id);
        g.replicas.append({id, r.store.appliedLsn(),
                           static_cast<double>(m_replicas.lagMs(id, nowMs(), m_log)) / 1000.0,
                           r.paused});
    }
    g.pendingTransfers = m_primary.pendingTransferCount();
    g.eventSeq = m_events.lastSeq();
    g.idempotencyKeys = m_idempotency.size();
    return m_metrics.render(g);
}

} // namespace mock
