#include "models/profile/replicainspector.h"

#include "core/walposition.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ReplicaInspector::ReplicaInspector(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReplicaInspector::refresh);
}

int ReplicaInspector::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_health)
        return 0;
    return 1 + static_cast<int>(m_health->replicas.size());
}

int ReplicaInspector::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReplicaInspector::Row ReplicaInspector::rowAt(int row) const
{
    if (row == 0)
        return {u"primary"_s, m_health->primaryLsn, 0, false};
    const ReplicaHealth &replica = m_health->replicas.at(row - 1);
    return {u"replica-%1"_s.arg(replica.id), replica.appliedLsn, replica.lagMs, replica.paused};
}

QVariant ReplicaInspector::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = rowAt(index.row());
    const bool servedLast = m_lastRead && m_lastRead->servedBy == row.name;
    const bool hasOwnWrite = m_token > 0 && row.appliedLsn >= m_token;
    switch (role) {
    case NodeNameRole:
        return row.name;
    case AppliedLsnRole:
        return row.appliedLsn;
    case LagMsRole:
        return row.lagMs;
    case HasOwnWriteRole:
        return m_token > 0 ? QVariant(hasOwnWrite) : QVariant();
    case ServedLastReadRole:
        return servedLast;
    case PausedRole:
        return row.paused;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NodeColumn: {
            const QString name = index.row() == 0 ? tr("Primary") : nodeTitle(row.name);
            return row.paused ? tr("%1 (paused)").arg(name) : name;
        }
        case AppliedLsnColumn:
            // PostgreSQL's own way of writing it beside the integer the API carries.
            if (m_health->isPostgres())
                return u"%1 (%2)"_s.arg(row.appliedLsn).arg(WalPosition::text(row.appliedLsn));
            return QString::number(row.appliedLsn);
        case LagColumn:
            if (index.row() == 0)
                return tr("leads");
            if (row.appliedLsn >= m_health->primaryLsn)
                return tr("caught up");
            return tr("%1 behind").arg(formatLag(row.lagMs));
        case OwnWriteColumn:
            // In words, never by colour alone.
            if (m_token <= 0)
                return tr("no write yet");
            return hasOwnWrite ? tr("has it") : tr("not yet");
        case LastReadColumn:
            return servedLast ? tr("served") : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OwnWriteColumn && m_token > 0)
            return tr("Has this node applied LSN %1, this session's last write?").arg(m_token);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReplicaInspector::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case AppliedLsnColumn:
        return tr("LSN");
    case LagColumn:
        return tr("Lag");
    case OwnWriteColumn:
        return tr("Your write");
    case LastReadColumn:
        return tr("Last read");
    }
    return {};
}

void ReplicaInspector::setHealth(const Health &health)
{
    const int newRows = 1 + static_cast<int>(health.replicas.size());
    if (!m_health || rowCount() != newRows) {
        beginResetModel();
        m_health = health;
        endResetModel();
        return;
    }
    m_health = health;
    Q_EMIT dataChanged(index(0, 0), index(newRows - 1, ColumnCount - 1));
}

void ReplicaInspector::setToken(qint64 token)
{
    if (token == m_token)
        return;
    m_token = token;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, OwnWriteColumn), index(rowCount() - 1, OwnWriteColumn));
    Q_EMIT summaryChanged();
}

qint64 ReplicaInspector::lagOf(const QString &servedBy) const
{
    if (servedBy == QLatin1String("primary"))
        return 0;
    if (!m_health)
        return -1;
    for (const ReplicaHealth &replica : m_health->replicas) {
        if (servedBy == u"replica-%1"_s.arg(replica.id))
            return replica.lagMs;
    }
    return -1;
}

void ReplicaInspector::noteRead(const ProfileRead &read)
{
    m_lastRead = read;
    // The serving node was at least as far behind as our write is old, whatever /health said last.
    const qint64 lag = std::max(lagOf(read.servedBy), read.stale() ? read.msSinceWrite : 0);
    m_explanation = explain(read, lag);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LastReadColumn), index(rowCount() - 1, LastReadColumn));
    Q_EMIT summaryChanged();
    refresh();
}

void ReplicaInspector::clearExplanation()
{
    m_explanation.clear();
    Q_EMIT summaryChanged();
}

void ReplicaInspector::watch(ApiClient *api, std::chrono::milliseconds interval)
{
    m_api = api;
    m_refreshTimer.start(interval);
    refresh();
}

void ReplicaInspector::refresh()
{
    if (!m_api || m_healthCall)
        return;
    m_healthCall = m_api->fetchHealth();
    connect(m_healthCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_healthCall = nullptr;
        if (const Health *health = result.get<Health>())
            setHealth(*health);
    });
}

QString ReplicaInspector::nodeTitle(const QString &servedBy)
{
    if (servedBy == QLatin1String("primary"))
        return tr("The primary");
    if (servedBy.startsWith(QLatin1String("replica-")))
        return tr("Replica %1").arg(servedBy.mid(8));
    return servedBy.isEmpty() ? tr("An unknown node") : servedBy;
}

QString ReplicaInspector::formatLag(qint64 ms)
{
    if (ms > 0 && ms < 100)
        return tr("< 0.1 s");
    return tr("%L1 s").arg(static_cast<double>(std::max<qint64>(ms, 0)) / 1000.0, 0, 'f', 1);
}

QString ReplicaInspector::cacheStrategyTitle(const QString &key)
{
    if (key == QLatin1String("ttl"))
        return tr("Expires after a while (TTL)");
    if (key == QLatin1String("write-through"))
        return tr("Updated on every upload (write-through)");
    if (key == QLatin1String("event"))
        return tr("Dropped when the upload's event arrives");
    if (key == QLatin1String("versioned"))
        return tr("Version in the key (versioned URLs)");
    return tr("No cache");
}

QString ReplicaInspector::explainCache(const ProfileRead &read)
{
    if (read.cache.isEmpty())
        return {};
    const QString age = formatLag(read.cacheAgeMs);
    if (!read.cacheHit())
        return tr("The cache had no copy of version %1. %2 served it; the cache keeps it now.")
            .arg(read.version)
            .arg(nodeTitle(read.servedBy));
    if (read.stale()) {
        const QString served = tr("The cache served a copy %1 old; your upload is version %2, the "
                                  "copy is version %3.")
                                   .arg(age)
                                   .arg(read.ownVersion)
                                   .arg(read.version);
        if (read.cacheStrategy == QLatin1String("ttl"))
            return served + u' '
                + tr("It keeps the copy until it expires, so reading your writes at the database "
                     "does not help.");
        if (read.cacheStrategy == QLatin1String("event"))
            return served + u' '
                + tr("Your upload's event has not reached the cache yet; it drops the copy when "
                     "it does.");
        return served;
    }
    if (read.ownVersion > 0 && read.version == read.ownVersion
        && read.cacheStrategy == QLatin1String("write-through"))
        return tr("The cache served a copy %1 old: your upload itself (version %2), stored when "
                  "you wrote it.")
            .arg(age)
            .arg(read.version);
    return tr("The cache served a copy %1 old (version %2).").arg(age).arg(read.version);
}

QString ReplicaInspector::explain(const ProfileRead &read, qint64 lagMs)
{
    const QString cache = explainCache(read);
    // The cache answered for the photo: what the node had did not reach the page. With versioned
    // keys the node's version chose the key, so the node's story still holds.
    if (read.cacheHit() && read.cacheStrategy != QLatin1String("versioned") && !read.discarded)
        return cache;
    const QString database = explainDatabase(read, lagMs);
    if (cache.isEmpty())
        return database;
    return cache + u' ' + database;
}

QString ReplicaInspector::explainDatabase(const ProfileRead &read, qint64 lagMs)
{
    const QString node = nodeTitle(read.servedBy);
    if (read.discarded)
        return tr("%1 is at LSN %2; you have already seen LSN %3 — older answer not shown.")
            .arg(node)
            .arg(read.nodeLsn)
            .arg(read.seenLsn);
    if (read.timeTravel)
        return tr("%1 is at LSN %2; you had already seen LSN %3. It served version %4 after you "
                  "saw version %5: the page went back in time.")
            .arg(node)
            .arg(read.nodeLsn)
            .arg(read.seenLsn)
            .arg(read.version)
            .arg(read.seenVersion);
    if (read.pattern == ProfilePattern::Monotonic) {
        if (read.seenLsn < 0)
            return tr("%1 served version %2 (LSN %3). From now on every read asks for at least "
                      "LSN %3.")
                .arg(node)
                .arg(read.version)
                .arg(read.nodeLsn);
        return tr("%1 had at least LSN %2, the newest this session has seen (it was at LSN %3): "
                  "version %4, never older.")
            .arg(node)
            .arg(read.seenLsn)
            .arg(read.nodeLsn)
            .arg(read.version);
    }
    if (read.ownVersion <= 0)
        return tr("%1 served version %2 of the photo (it had applied LSN %3).")
            .arg(node)
            .arg(read.version)
            .arg(read.nodeLsn);

    if (read.stale()) {
        const QString behind = formatLag(lagMs);
        switch (read.pattern) {
        case ProfilePattern::NaiveReplica:
            if (lagMs < 100) // right after the write: the LSNs say more than "0.0 s"
                return tr("%1 had not applied your upload yet (LSN %2, yours is %3); it served "
                          "your old photo (version %4, yours is %5).")
                    .arg(node)
                    .arg(read.nodeLsn)
                    .arg(read.ownWriteLsn)
                    .arg(read.version)
                    .arg(read.ownVersion);
            return tr("%1 was %2 behind; it served your old photo (version %3, yours is %4).")
                .arg(node, behind)
                .arg(read.version)
                .arg(read.ownVersion);
        case ProfilePattern::StickyPrimary:
            return tr("The primary-for-a-while window had ended; %1 was %2 behind and served "
                      "your old photo.")
                .arg(node, behind);
        case ProfilePattern::PollUntilFresh:
            if (read.gaveUp)
                return tr("Read %1: %2 still had version %3. Gave up: your photo is saved, but "
                          "no replica had it yet.")
                    .arg(read.readNumber)
                    .arg(node)
                    .arg(read.version);
            return tr("Read %1: %2 was %3 behind and still had version %4; not shown. Next read "
                      "in %5.")
                .arg(read.readNumber)
                .arg(node, behind)
                .arg(read.version)
                .arg(formatLag(read.nextPollMs));
        case ProfilePattern::ReadYourWrites:
        case ProfilePattern::Monotonic:
            return tr("%1 had LSN %2, older than your write (LSN %3); it served your old photo.")
                .arg(node)
                .arg(read.nodeLsn)
                .arg(read.ownWriteLsn);
        }
    }

    switch (read.pattern) {
    case ProfilePattern::NaiveReplica:
        return tr("%1 had already applied your upload (LSN %2); it served your new photo.")
            .arg(node)
            .arg(read.nodeLsn);
    case ProfilePattern::ReadYourWrites:
        if (read.fromPrimary())
            return tr("Your token asked for LSN ≥ %1. No replica had it yet, so the primary "
                      "served your new photo.")
                .arg(read.token);
        return tr("Your token asked for LSN ≥ %1; %2 had it (LSN %3) and served your new photo.")
            .arg(read.token)
            .arg(node)
            .arg(read.nodeLsn);
    case ProfilePattern::StickyPrimary:
        if (read.insideStickyWindow)
            return tr("Just after your upload, so the primary served your new photo.");
        return tr("The primary window had ended; %1 had caught up and served your new photo.")
            .arg(node);
    case ProfilePattern::PollUntilFresh:
        if (read.readNumber > 1)
            return tr("Read %1: %2 had caught up; showing your new photo after %1 reads.")
                .arg(read.readNumber)
                .arg(node);
        return tr("%1 already had your upload; it served your new photo on the first read.")
            .arg(node);
    case ProfilePattern::Monotonic:
        break; // explained above
    }
    return {};
}
