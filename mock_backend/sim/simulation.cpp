#include "mock_backend/sim/simulation.h"

#include "core/clock.h"
#include "mock_backend/postgres/postgresstore.h"

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

// How often the real store's replicas are asked how far they have replayed while some write
// has not reached them yet.
constexpr qint64 kReplicaWatchMs = 20;

// The entity's own "lsn" field carries the LSN of the write that left it so.
void stampLsn(LogEntry &entry)
{
    QJsonObject of = entry.data.value(entry.kind).toObject();
    if (!of.contains(QStringLiteral("lsn")))
        return;
    of.insert(QStringLiteral("lsn"), entry.lsn);
    entry.data.insert(entry.kind, of);
}

// What PostgreSQL can do of a lag model: one fixed delay per replica.
LagModel asFixedDelay(const LagModel &model)
{
    LagModel fixed;
    fixed.paused = model.paused;
    switch (model.kind) {
    case LagModel::Kind::Fixed:
        fixed.baseMs = model.baseMs;
        break;
    case LagModel::Kind::Uniform:
        fixed.baseMs = model.baseMs + model.jitterMs / 2;
        break;
    case LagModel::Kind::LogNormal:
        fixed.baseMs = model.medianMs;
        break;
    }
    return fixed;
}

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

Simulation::~Simulation() = default;

ApiError Simulation::storeUnavailable() const
{
    return {503,
            QStringLiteral("store_unavailable"),
            QStringLiteral("The database did not take the write, so nothing changed: %1")
                .arg(m_storeError),
            {}};
}

QString Simulation::storeName() const
{
    return m_pg ? QStringLiteral("postgres") : QStringLiteral("simulation");
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
    m_primary = DataStore::initial(photo.size());
    m_replicas.reset(m_primary, m_config.replicas);
    m_settlements.clear();
    m_nextTransferNumber = 1;
    m_snapshots.clear();
    if (!m_pg) {
        m_log.clear();
        return;
    }
    // WAL positions keep growing across a reset.
    const qint64 position = std::max<qint64>(0, m_pg->walPosition(0));
    m_log.clear(position);
    m_primary.setAppliedLsn(position);
    m_announcedLsn.assign(m_pg->replicaCount(), position);
}

qint64 Simulation::nowMs() const
{
    return m_clock.nowMs();
}

void Simulation::setConfig(const BackendConfig &config, const QString &correlationId)
{
    const bool reseed = config.seed != m_config.seed;
    const QList<LagModel> before = m_config.replicas;
    m_config = config;
    if (reseed)
        m_random.reseed(config.seed);
    m_faults.setRates(config.faults);
    m_idempotency.setTtlMs(config.idempotencyTtlMs);
    if (m_pg)
        applyReplicaSettings(before);
    else
        m_replicas.reconfigure(config.replicas, m_primary);
    configureCache();
    m_events.publish(QStringLiteral("config.changed"), correlationId, {}, m_log.lastLsn(),
                     QJsonObject {{QStringLiteral("config"), config.toJson()}}, nowMs());
}

void Simulation::reset(const QString &correlationId)
{
    m_random.reseed(m_config.seed);
    // The real store deletes Converge's rows (its own schema only); replicas replay that too.
    if (m_pg && !m_pg->clear(&m_storeError))
        qWarning("converge-backend: the reset did not reach the database: %s",
                 qPrintable(m_storeError));
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
                          const QString &correlationId, const QString &clientId, qint64 atMs,
                          const QByteArray &photoBytes)
{
    LogEntry entry;
    entry.kind = kind;
    entry.data = data;
    entry.correlationId = correlationId;
    entry.clientId = clientId;
    entry.atMs = atMs;
    if (m_pg) {
        const PostgresStore::Write write {entry, photoBytes, m_writeKey,
                                          m_idempotency.fingerprint(m_writeKey)};
        const auto lsn = m_pg->commit(write, &m_storeError);
        if (!lsn)
            return -1;
        entry.lsn = *lsn;
        stampLsn(entry);
        m_log.appendCommitted(entry);
        m_primary.apply(m_log.entry(*lsn));
        return *lsn;
    }
    entry.lsn = m_log.lastLsn() + 1;
    stampLsn(entry);
    const qint64 lsn = m_log.append(entry);
    const LogEntry &stored = m_log.entry(lsn);
    m_primary.apply(stored);
    m_replicas.enqueue(stored, m_random);
    return lsn;
}

void Simulation::publishAccepted(qint64 lsn)
{
    const LogEntry &entry = m_log.entry(lsn);
    m_events.publish(
        QStringLiteral("write.accepted"), entry.correlationId, entry.clientId, lsn,
        {{QStringLiteral("kind"), entry.kind}, {entry.kind, entry.data.value(entry.kind)}},
        entry.atMs);
}

qint64 Simulation::setFavorite(int itemId, bool favorite, const QString &correlationId,
                               const QString &clientId)
{
    DataStore::Item item = *m_primary.item(itemId);
    item.favorite = favorite;
    const qint64 lsn =
        commit(QStringLiteral("item"), {{QStringLiteral("item"), DataStore::itemToJson(item)}},
               correlationId, clientId, nowMs());
    if (lsn >= 0)
        publishAccepted(lsn);
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
    const int version = std::max(m_blobs.rbegin()->first, m_primary.photo().version) + 1;
    const DataStore::Photo photo {version, contentType, bytes.size(), 0};
    const qint64 lsn =
        commit(QStringLiteral("photo"), {{QStringLiteral("photo"), DataStore::photoToJson(photo)}},
               correlationId, clientId, nowMs(), bytes);
    if (lsn < 0)
        return lsn;
    if (!m_pg) // the real store keeps the bytes in its photos table
        m_blobs.emplace(version, Blob {bytes, contentType});
    m_photoCache.written(m_primary.photo(), nowMs());
    publishAccepted(lsn);
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
    const qint64 lsn = commit(QStringLiteral("details"),
                              {{QStringLiteral("details"), DataStore::detailsToJson(details)}},
                              correlationId, clientId, now);
    if (lsn >= 0)
        publishAccepted(lsn);
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
    t.id = QStringLiteral("t-%1").arg(m_nextTransferNumber);
    t.payeeId = payeeId;
    t.amount = amount;
    t.note = note;
    t.state = QStringLiteral("pending");
    t.createdAtMs = now;
    t.idempotencyKey = idempotencyKey;
    const qint64 lsn = commit(QStringLiteral("transfer"),
                              {{QStringLiteral("transfer"), DataStore::transferToJson(t)},
                               {QStringLiteral("balance"), m_primary.balance()}},
                              correlationId, clientId, now);
    if (lsn < 0) {
        *error = storeUnavailable();
        return std::nullopt;
    }
    ++m_nextTransferNumber;
    publishAccepted(lsn);
    scheduleSettlement(t.id, now, correlationId, clientId);
    return *m_primary.transfer(t.id);
}

void Simulation::scheduleSettlement(const QString &transferId, qint64 createdAtMs,
                                    const QString &correlationId, const QString &clientId)
{
    // The outcome is drawn now, at creation, so it depends only on the request sequence.
    const qint64 delay =
        m_random.uniformInt(m_config.transfers.settleMinMs, m_config.transfers.settleMaxMs);
    const bool success = m_random.chance(m_config.transfers.successRate);
    const auto &reason = kFailureReasons[m_random.uniformInt(0, 1)];
    m_settlements.emplace(std::pair {createdAtMs + delay, ++m_settlementOrder},
                          Settlement {transferId, success,
                                      success ? QString() : QLatin1String(reason.first),
                                      correlationId, clientId});
}

void Simulation::settle(const Settlement &s, qint64 atMs)
{
    DataStore::Transfer t = *m_primary.transfer(s.transferId);
    qint64 balance = m_primary.balance();
    t.state = s.success ? QStringLiteral("completed") : QStringLiteral("failed");
    t.reason = s.reason;
    t.settledAtMs = atMs;
    if (s.success)
        balance -= t.amount;
    const qint64 lsn = commit(QStringLiteral("transfer"),
                              {{QStringLiteral("transfer"), DataStore::transferToJson(t)},
                               {QStringLiteral("balance"), balance}},
                              s.correlationId, s.clientId, atMs);
    if (lsn < 0) {
        // The database is away: the partner's answer is kept and tried again.
        m_settlements.emplace(std::pair {nowMs() + 1000, ++m_settlementOrder}, s);
        return;
    }
    QJsonObject data {{QStringLiteral("transfer"), m_log.entry(lsn).data.value(u"transfer")}};
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
    if (m_pg) {
        while (!m_settlements.empty() && m_settlements.begin()->first.first <= now) {
            const auto it = m_settlements.begin();
            const auto [due, order] = it->first;
            const Settlement s = it->second;
            m_settlements.erase(it);
            settle(s, due);
        }
        watchReplicas(now);
        return;
    }
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

void Simulation::watchReplicas(qint64 nowMs)
{
    for (int id = 1; id <= m_pg->replicaCount(); ++id) {
        const qint64 replayed = m_pg->walPosition(id);
        const LogEntry *entry = m_log.lastUpTo(replayed);
        if (!entry || entry->lsn <= m_announcedLsn[id - 1])
            continue;
        m_announcedLsn[id - 1] = entry->lsn;
        m_events.publish(QStringLiteral("replica.applied"), entry->correlationId, entry->clientId,
                         entry->lsn,
                         {{QStringLiteral("replica"), id},
                          {QStringLiteral("node"), QStringLiteral("replica-%1").arg(id)},
                          {QStringLiteral("appliedLsn"), entry->lsn},
                          {QStringLiteral("replayLsn"), replayed}},
                         nowMs);
    }
}

std::optional<qint64> Simulation::nextWakeMs() const
{
    std::optional<qint64> next = m_replicas.nextDueMs();
    if (m_pg) {
        next.reset();
        // Watch while some replica has not replayed the last write.
        for (qint64 announced : m_announcedLsn) {
            if (announced < m_log.lastLsn())
                next = nowMs() + kReplicaWatchMs;
        }
    }
    if (!m_settlements.empty()) {
        const qint64 s = m_settlements.begin()->first.first;
        if (!next || s < *next)
            next = s;
    }
    return next;
}

QString Simulation::nextWakeKind() const
{
    std::optional<qint64> replica = m_replicas.nextDueMs();
    if (m_pg)
        replica = nextWakeMs();
    if (!m_settlements.empty() && (!replica || m_settlements.begin()->first.first <= *replica))
        return QStringLiteral("settlement");
    return replica ? QStringLiteral("replica_apply") : QString();
}

void Simulation::setReplicaPaused(int replicaId, bool paused, const QString &correlationId)
{
    m_replicas.setPaused(replicaId, paused);
    m_config.replicas[replicaId - 1].paused = paused;
    if (m_pg && !m_pg->setReplayPaused(replicaId, paused, &m_storeError))
        qWarning("converge-backend: %s", qPrintable(m_storeError));
    m_events.publish(paused ? QStringLiteral("replica.paused") : QStringLiteral("replica.resumed"),
                     correlationId, {}, replicaHealth(replicaId).appliedLsn,
                     {{QStringLiteral("replica"), replicaId}}, nowMs());
}

const DataStore *Simulation::snapshot(int node) const
{
    QString error;
    auto data = m_pg->read(node, DataStore::initial(m_blobs.begin()->second.bytes.size()), &error);
    if (!data) {
        m_storeError = error;
        m_snapshots.erase(node);
        return nullptr;
    }
    data->orderTransfersByNumber();
    return &m_snapshots.insert_or_assign(node, std::move(*data)).first->second;
}

Simulation::Node Simulation::primaryNode() const
{
    return {0, m_pg ? snapshot(0) : &m_primary};
}

Simulation::Node Simulation::replicaNode(int replicaId) const
{
    return {replicaId, m_pg ? snapshot(replicaId) : &m_replicas.replica(replicaId).store};
}

Simulation::Node Simulation::anyNode()
{
    if (m_replicas.count() == 0)
        return primaryNode();
    return replicaNode(static_cast<int>(m_random.uniformInt(1, m_replicas.count())));
}

std::optional<Simulation::Node> Simulation::nodeWithLsn(qint64 minLsn) const
{
    if (m_pg) {
        for (int id = 1; id <= m_pg->replicaCount(); ++id) {
            if (m_pg->walPosition(id) >= minLsn)
                return replicaNode(id);
        }
        return std::nullopt;
    }
    for (int id = 1; id <= m_replicas.count(); ++id) {
        if (m_replicas.replica(id).store.appliedLsn() >= minLsn)
            return replicaNode(id);
    }
    return std::nullopt;
}

std::optional<Simulation::Blob> Simulation::photoOn(const Node &node, int version) const
{
    if (!node.store || version > node.store->photo().version)
        return std::nullopt; // a lagging replica has not seen new uploads
    const auto it = m_blobs.find(version);
    if (it != m_blobs.end())
        return it->second;
    if (!m_pg)
        return std::nullopt;
    const auto stored = m_pg->photo(node.replicaId, version);
    if (!stored)
        return std::nullopt;
    return Blob {stored->bytes, stored->contentType};
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

Simulation::ReplicaHealth Simulation::replicaHealth(int replicaId) const
{
    const auto &r = m_replicas.replica(replicaId);
    if (!m_pg)
        return {replicaId, r.store.appliedLsn(), m_replicas.lagMs(replicaId, nowMs(), m_log),
                r.paused};
    // The age of the oldest write the replica has not replayed, from the writer's own log:
    // unlike lag read off the replica, it neither grows while idle nor hides a stalled replica.
    const qint64 replayed = m_pg->walPosition(replicaId);
    const LogEntry *oldest = m_log.firstAfter(std::max<qint64>(replayed, 0));
    return {replicaId, replayed, oldest ? std::max<qint64>(0, nowMs() - oldest->atMs) : 0,
            r.paused};
}

Simulation::Health Simulation::health() const
{
    Health h;
    h.seed = static_cast<qint64>(m_config.seed);
    h.primaryLsn = m_log.lastLsn();
    h.replicas.reserve(m_replicas.count());
    for (int id = 1; id <= m_replicas.count(); ++id)
        h.replicas.append(replicaHealth(id));
    h.store = storeName();
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
        const ReplicaHealth r = replicaHealth(id);
        g.replicas.append({id, r.appliedLsn, static_cast<double>(r.lagMs) / 1000.0, r.paused,
                           m_pg ? m_pg->commonLagSeconds(id) : -1});
    }
    g.store = storeName();
    g.pendingTransfers = m_primary.pendingTransferCount();
    g.eventSeq = m_events.lastSeq();
    g.idempotencyKeys = m_idempotency.size();
    return m_metrics.render(g);
}

std::optional<ApiError> Simulation::refusedByStore(const BackendConfig &config) const
{
    if (!m_pg)
        return std::nullopt;
    const QString field = QStringLiteral("replication.replicas");
    if (config.replicas.size() != m_pg->replicaCount())
        return ApiError {400, QStringLiteral("not_supported_by_store"),
                         QStringLiteral("On PostgreSQL the replicas are real servers: this "
                                        "cluster has %1. Add or remove replicas in the cluster "
                                        "(scripts/pg-cluster.sh --replicas N), not here.")
                             .arg(m_pg->replicaCount()),
                         field};
    for (int i = 0; i < config.replicas.size(); ++i) {
        const LagModel &m = config.replicas.at(i);
        if (m.kind != LagModel::Kind::Fixed || m.spikeRate > 0)
            return ApiError {400, QStringLiteral("not_supported_by_store"),
                             QStringLiteral("PostgreSQL holds back every commit on a replica by "
                                            "the same time (recovery_min_apply_delay), so replica "
                                            "%1 can only have a fixed lag, without spikes.")
                                 .arg(i + 1),
                             QStringLiteral("replication.replicas[%1].model").arg(i)};
    }
    return std::nullopt;
}

void Simulation::applyReplicaSettings(const QList<LagModel> &before)
{
    for (int id = 1; id <= m_pg->replicaCount(); ++id) {
        const LagModel &now = m_config.replicas.at(id - 1);
        const bool known = id <= before.size();
        if (!known || before.at(id - 1).baseMs != now.baseMs) {
            if (!m_pg->setApplyDelay(id, now.baseMs, &m_storeError))
                qWarning("converge-backend: %s", qPrintable(m_storeError));
        }
        if (!known || before.at(id - 1).paused != now.paused) {
            m_replicas.setPaused(id, now.paused);
            if (!m_pg->setReplayPaused(id, now.paused, &m_storeError))
                qWarning("converge-backend: %s", qPrintable(m_storeError));
        }
    }
}

bool Simulation::attachPostgres(std::unique_ptr<PostgresStore> store, QString *error)
{
    m_pg = std::move(store);
    QList<LagModel> delays;
    for (int i = 0; i < m_pg->replicaCount(); ++i)
        delays.append(i < m_config.replicas.size() ? asFixedDelay(m_config.replicas.at(i))
                                                   : LagModel {});
    m_config.replicas = delays;
    initialiseData();
    // Pause is re-asserted: a restarted replica is no longer paused.
    applyReplicaSettings({});
    if (!loadFromPostgres()) {
        if (error)
            *error = m_storeError;
        m_pg.reset();
        initialiseData();
        return false;
    }
    return true;
}

bool Simulation::loadFromPostgres()
{
    const DataStore *primary = snapshot(0);
    if (!primary)
        return false;
    m_primary = *primary;
    m_log.clear(m_primary.appliedLsn());
    m_announcedLsn.assign(m_pg->replicaCount(), m_primary.appliedLsn());
    // Transfers still pending in the database settle as if just created.
    for (const QJsonValue &value : m_primary.transfersJson()) {
        const DataStore::Transfer t = DataStore::transferFromJson(value.toObject());
        m_nextTransferNumber = std::max(m_nextTransferNumber, t.id.mid(2).toLongLong() + 1);
        if (t.state == QLatin1String("pending"))
            scheduleSettlement(t.id, nowMs(), {}, {});
    }
    QString error;
    for (const PostgresStore::StoredAnswer &a : m_pg->storedAnswers(&error))
        m_idempotency.restore(a.key, a.fingerprint,
                              a.answered ? std::optional<IdempotencyStore::StoredResponse>(
                                  {a.status, a.body, a.headers})
                                         : std::nullopt,
                              nowMs() + a.remainingMs);
    if (!error.isEmpty()) {
        m_storeError = error;
        return false;
    }
    return true;
}

void Simulation::completeIdempotent(const QString &key,
                                    const IdempotencyStore::StoredResponse &answer)
{
    m_idempotency.complete(key, answer, nowMs());
    if (m_pg
        && !m_pg->storeAnswer(key, m_idempotency.fingerprint(key), answer.status, answer.body,
                              answer.headers, m_config.idempotencyTtlMs, &m_storeError))
        qWarning("converge-backend: the answer under an idempotency key was not stored: %s",
                 qPrintable(m_storeError));
}

void Simulation::releaseIdempotent(const QString &key)
{
    // The real store keeps a key only in the transaction of a write that committed: nothing to
    // release there.
    m_idempotency.release(key);
}

} // namespace mock
