#pragma once

#include "mock_backend/postgres/pgnode.h"
#include "mock_backend/postgres/postgressettings.h"
#include "mock_backend/sim/datastore.h"
#include "mock_backend/sim/replicationlog.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace mock {

// The data of the backend in a real PostgreSQL primary with streaming replicas, in one schema
// of its own (PostgresSettings::schema). Every write is one transaction on the primary and
// answers with the primary's WAL position after commit; a read asks one node for its rows and
// its own WAL position. Rows keep the state each write left (the log entry's data), so a node's
// DataStore is the seeded state with its rows applied in WAL order.
//
// Tables: state (kind, key, data jsonb, pre_lsn, lsn), photos (version, content_type, bytes),
// idempotency (key, fingerprint, status, body, headers, expires_at).
class PostgresStore
{
public:
    struct Write
    {
        LogEntry entry; // lsn is ignored: the store assigns it
        QByteArray photoBytes; // for a "photo" entry: the new version's bytes
        QString idempotencyKey; // reserved in the same transaction when set
        QByteArray fingerprint;
    };
    struct StoredAnswer
    {
        QString key;
        QByteArray fingerprint;
        bool answered = false; // false: committed, but the answer was never stored
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 remainingMs = 0; // until it expires
    };
    struct Blob
    {
        QByteArray bytes;
        QString contentType;
    };

    // Connects to every node, checks that the primary is one and each replica streams from it,
    // and creates the schema when it is missing. nullptr and a message for the person on failure.
    static std::unique_ptr<PostgresStore> connect(const PostgresSettings &settings, QString *error);
    ~PostgresStore();

    int replicaCount() const { return static_cast<int>(m_replicas.size()); }
    const QString &schema() const { return m_schema; }

    // Deletes Converge's rows (its own schema only): the seeded state again.
    bool clear(QString *error);
    // One transaction; the WAL position after commit, or nothing and a message.
    std::optional<qint64> commit(const Write &write, QString *error);
    // node 0 is the primary, 1… the replicas. The node's WAL position is its appliedLsn().
    std::optional<DataStore> read(int node, const DataStore &seeded, QString *error);
    std::optional<Blob> photo(int node, int version);
    qint64 walPosition(int node);

    std::optional<bool> replayPaused(int replicaId);
    bool setReplayPaused(int replicaId, bool paused, QString *error);
    // recovery_min_apply_delay, changed live (ALTER SYSTEM and a configuration reload).
    bool setApplyDelay(int replicaId, qint64 delayMs, QString *error);
    // The widespread pg_replication_lag_seconds formula, read on the replica: 0 when everything
    // received is replayed, else the age of the last replayed transaction. -1 if unreachable.
    double commonLagSeconds(int replicaId);

    bool storeAnswer(const QString &key, const QByteArray &fingerprint, int status,
                     const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                     qint64 ttlMs, QString *error);
    QList<StoredAnswer> storedAnswers(QString *error);

private:
    PostgresStore() = default;
    PgNode &node(int index);
    bool createSchema(QString *error);
    QString table(const char *name) const;
    static QString entityKey(const LogEntry &entry);

    std::unique_ptr<PgNode> m_primary;
    std::vector<std::unique_ptr<PgNode>> m_replicas;
    QString m_schema;
    // The WAL position each row's write committed at, by the position written into the row
    // while its transaction ran (a row cannot hold its own commit position until a later write).
    std::map<qint64, qint64> m_commitLsnOf;
};

} // namespace mock
