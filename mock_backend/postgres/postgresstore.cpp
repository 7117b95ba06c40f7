#include "mock_backend/postgres/postgresstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

namespace mock {

namespace {

QByteArray headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QByteArray &json)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &pair : QJsonDocument::fromJson(json).array()) {
        const QJsonArray a = pair.toArray();
        if (a.size() == 2)
            headers.append({a.at(0).toString().toLatin1(), a.at(1).toString().toLatin1()});
    }
    return headers;
}

} // namespace

std::unique_ptr<PostgresStore> PostgresStore::connect(const PostgresSettings &settings,
                                                      QString *error)
{
    if (const auto problem = settings.problem()) {
        *error = *problem;
        return nullptr;
    }
    std::unique_ptr<PostgresStore> store(new PostgresStore);
    store->m_schema = settings.schema;
    store->m_primary = std::make_unique<PgNode>(QStringLiteral("primary"), settings.primary);
    if (!store->m_primary->open(error))
        return nullptr;
    const auto primaryInRecovery = store->m_primary->inRecovery(error);
    if (!primaryInRecovery)
        return nullptr;
    if (*primaryInRecovery) {
        *error = QStringLiteral("The primary's connection string (%1) points at a replica: "
                                "pg_is_in_recovery() is true there. Give the primary's.")
                     .arg(settings.primary);
        return nullptr;
    }
    const auto cluster = store->m_primary->systemIdentifier(error);
    if (!cluster)
        return nullptr;
    for (int i = 0; i < settings.replicas.size(); ++i) {
        auto replica = std::make_unique<PgNode>(QStringLiteral("replica-%1").arg(i + 1),
                                                settings.replicas.at(i));
        if (!replica->open(error))
            return nullptr;
        const auto inRecovery = replica->inRecovery(error);
        if (!inRecovery)
            return nullptr;
        if (!*inRecovery) {
            *error = QStringLiteral("Replica %1 (%2) is not a replica: it accepts writes "
                                    "(pg_is_in_recovery() is false).")
                         .arg(i + 1)
                         .arg(settings.replicas.at(i));
            return nullptr;
        }
        const auto itsCluster = replica->systemIdentifier(error);
        if (!itsCluster)
            return nullptr;
        if (*itsCluster != *cluster) {
            *error = QStringLiteral("Replica %1 (%2) is not a replica of this primary: its "
                                    "system identifier is %3, the primary's %4.")
                         .arg(i + 1)
                         .arg(settings.replicas.at(i), *itsCluster, *cluster);
            return nullptr;
        }
        store->m_replicas.push_back(std::move(replica));
    }
    if (!store->createSchema(error))
        return nullptr;
    QSqlQuery rows(store->m_primary->database());
    if (!store->m_primary->prepare(
            rows,
            QStringLiteral("SELECT pre_lsn, lsn FROM %1 WHERE lsn IS NOT NULL")
                .arg(store->table("state")),
            {}, error))
        return nullptr;
    while (rows.next())
        store->m_commitLsnOf.emplace(rows.value(0).toLongLong(), rows.value(1).toLongLong());
    return store;
}

PostgresStore::~PostgresStore() = default;

PgNode &PostgresStore::node(int index)
{
    return index == 0 ? *m_primary : *m_replicas.at(index - 1);
}

QString PostgresStore::table(const char *name) const
{
    return m_schema + u'.' + QLatin1String(name);
}

bool PostgresStore::createSchema(QString *error)
{
    // A schema of that name that holds tables of someone else's is left alone.
    const auto foreign =
        m_primary->value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = ? "
                                        "AND tablename NOT IN ('state', 'photos', 'idempotency')"),
                         {m_schema}, error);
    if (!foreign)
        return false;
    if (foreign->toInt() > 0) {
        *error = QStringLiteral("The schema \"%1\" already holds tables that are not "
                                "Converge's. Choose another schema with --pg-schema.")
                     .arg(m_schema);
        return false;
    }
    const QString statements[] = {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(m_schema),
        QStringLiteral("COMMENT ON SCHEMA %1 IS 'Converge backend data (converge-backend "
                       "--store postgres); a reset deletes its rows'")
            .arg(m_schema),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (kind text NOT NULL, key text NOT NULL, "
                       "data jsonb NOT NULL, pre_lsn bigint NOT NULL, lsn bigint, "
                       "PRIMARY KEY (kind, key))")
            .arg(table("state")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version integer PRIMARY KEY, "
                       "content_type text NOT NULL, bytes bytea NOT NULL)")
            .arg(table("photos")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key text PRIMARY KEY, fingerprint bytea "
                       "NOT NULL, status integer, body bytea, headers jsonb, "
                       "expires_at timestamptz NOT NULL)")
            .arg(table("idempotency")),
    };
    for (const QString &sql : statements) {
        if (!m_primary->exec(sql, {}, error))
            return false;
    }
    return true;
}

bool PostgresStore::clear(QString *error)
{
    QSqlDatabase db = m_primary->database();
    if (!db.transaction()) {
        *error = QStringLiteral("primary: could not begin a transaction");
        return false;
    }
    for (const char *name : {"state", "photos", "idempotency"}) {
        if (!m_primary->exec(QStringLiteral("DELETE FROM %1").arg(table(name)), {}, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = QStringLiteral("primary: the reset did not commit");
        return false;
    }
    m_commitLsnOf.clear();
    return true;
}

QString PostgresStore::entityKey(const LogEntry &entry)
{
    const QJsonObject of = entry.data.value(entry.kind).toObject();
    if (entry.kind == QLatin1String("item"))
        return QString::number(of.value(QStringLiteral("id")).toInt());
    if (entry.kind == QLatin1String("transfer"))
        return of.value(QStringLiteral("id")).toString();
    return entry.kind; // one photo, one set of details
}

std::optional<qint64> PostgresStore::commit(const Write &write, QString *error)
{
    // Nothing has been sent yet: a lost connection may be replaced before the transaction.
    if (!m_primary->database().transaction()
        && !(m_primary->reconnectIfLost() && m_primary->database().transaction())) {
        *error = QStringLiteral("primary: could not begin a transaction");
        return std::nullopt;
    }
    QSqlDatabase db = m_primary->database();
    const QString key = entityKey(write.entry);
    const QString data =
        QString::fromUtf8(QJsonDocument(write.entry.data).toJson(QJsonDocument::Compact));
    QSqlQuery upsert(db);
    // pre_lsn: where the WAL stood while the transaction ran, before its commit record.
    const bool written = m_primary->prepare(
        upsert,
        QStringLiteral("INSERT INTO %1 (kind, key, data, pre_lsn) VALUES (?, ?, ?::jsonb, "
                       "(pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint) "
                       "ON CONFLICT (kind, key) DO UPDATE SET data = EXCLUDED.data, "
                       "pre_lsn = EXCLUDED.pre_lsn, lsn = NULL RETURNING pre_lsn")
            .arg(table("state")),
        {write.entry.kind, key, data}, error);
    if (!written || !upsert.next()) {
        db.rollback();
        return std::nullopt;
    }
    const qint64 preLsn = upsert.value(0).toLongLong();
    if (write.entry.kind == QLatin1String("photo")) {
        const QJsonObject photo = write.entry.data.value(QStringLiteral("photo")).toObject();
        if (!m_primary->exec(
                QStringLiteral("INSERT INTO %1 (version, content_type, bytes) VALUES (?, ?, ?)")
                    .arg(table("photos")),
                {photo.value(QStringLiteral("version")).toInt(),
                 photo.value(QStringLiteral("contentType")).toString(), write.photoBytes},
                error)) {
            db.rollback();
            return std::nullopt;
        }
    }
    // No ON CONFLICT: a key already committed (by a write whose answer was lost with its
    // connection) fails this transaction, so the write is never applied twice.
    if (!write.idempotencyKey.isEmpty()
        && !m_primary->exec(QStringLiteral("INSERT INTO %1 (key, fingerprint, expires_at) "
                                           "VALUES (?, ?, now() + interval '1 day')")
                                .arg(table("idempotency")),
                            {write.idempotencyKey, write.fingerprint}, error)) {
        if (m_primary->lastErrorCode() == QLatin1String("23505"))
            *error = QStringLiteral("a write with this Idempotency-Key was already committed, "
                                    "and its answer was lost; ask for its outcome (for a "
                                    "transfer: GET /transfers/by-key/{key})");
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        // Whether it committed is unknown when the connection broke during COMMIT; its key, if
        // any, stays reserved in the database either way (see above).
        *error = QStringLiteral("primary: the write did not commit");
        return std::nullopt;
    }
    const qint64 lsn = m_primary->walPosition();
    if (lsn < 0) {
        *error = QStringLiteral("primary: committed, but its WAL position could not be read");
        return std::nullopt;
    }
    m_commitLsnOf[preLsn] = lsn;
    // For readers after a restart; a node that has not replayed this yet is read through
    // m_commitLsnOf.
    m_primary->exec(QStringLiteral("UPDATE %1 SET lsn = ? WHERE kind = ? AND key = ? AND "
                                   "pre_lsn = ?")
                        .arg(table("state")),
                    {lsn, write.entry.kind, key, preLsn});
    return lsn;
}

std::optional<DataStore> PostgresStore::read(int index, const DataStore &seeded, QString *error)
{
    PgNode &n = node(index);
    // The position first: the rows read next hold at least that much, never less.
    const qint64 position = n.walPosition();
    if (position < 0) {
        *error = QStringLiteral("%1 cannot be reached").arg(n.name());
        return std::nullopt;
    }
    QSqlQuery rows(n.database());
    DataStore store = seeded;
    if (!n.prepare(rows,
                   QStringLiteral("SELECT kind, data::text, pre_lsn, lsn FROM %1 ORDER BY pre_lsn")
                       .arg(table("state")),
                   {}, error)) {
        // A replica that has not replayed the schema's creation yet holds the seeded state.
        if (n.lastErrorCode() != QLatin1String("42P01"))
            return std::nullopt;
        store.setAppliedLsn(position);
        return store;
    }
    while (rows.next()) {
        LogEntry entry;
        entry.kind = rows.value(0).toString();
        entry.data = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        const qint64 preLsn = rows.value(2).toLongLong();
        if (!rows.value(3).isNull()) {
            entry.lsn = rows.value(3).toLongLong();
        } else {
            const auto it = m_commitLsnOf.find(preLsn);
            entry.lsn = it != m_commitLsnOf.end() ? it->second : preLsn;
        }
        if (entry.lsn > store.appliedLsn())
            store.apply(entry);
    }
    store.setAppliedLsn(std::max(position, store.appliedLsn()));
    return store;
}

std::optional<PostgresStore::Blob> PostgresStore::photo(int index, int version)
{
    PgNode &n = node(index);
    QSqlQuery query(n.database());
    if (!n.prepare(query,
                   QStringLiteral("SELECT content_type, bytes FROM %1 WHERE version = ?")
                       .arg(table("photos")),
                   {version}, nullptr)
        || !query.next())
        return std::nullopt;
    return Blob {query.value(1).toByteArray(), query.value(0).toString()};
}

qint64 PostgresStore::walPosition(int index)
{
    return node(index).walPosition();
}

std::optional<bool> PostgresStore::replayPaused(int replicaId)
{
    const auto v = node(replicaId).value(QStringLiteral("SELECT pg_is_wal_replay_paused()"));
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

bool PostgresStore::setReplayPaused(int replicaId, bool paused, QString *error)
{
    return node(replicaId).exec(paused ? QStringLiteral("SELECT pg_wal_replay_pause()")
                                       : QStringLiteral("SELECT pg_wal_replay_resume()"),
                                {}, error);
}

bool PostgresStore::setApplyDelay(int replicaId, qint64 delayMs, QString *error)
{
    PgNode &n = node(replicaId);
    const qint64 delay = std::max<qint64>(0, delayMs);
    // ALTER SYSTEM takes no parameters; delay is a validated integer.
    if (!n.exec(QStringLiteral("ALTER SYSTEM SET recovery_min_apply_delay = '%1ms'").arg(delay), {},
                error)
        || !n.exec(QStringLiteral("SELECT pg_reload_conf()"), {}, error))
        return false;
    // pg_reload_conf() only asks the postmaster, which passes the reload on to every process of
    // the replica in one go. Once this session has the new value, so has the replaying one (it
    // reloads before it applies the next record): a write committed after this answer is held.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        const auto now = n.value(QStringLiteral(
            "SELECT setting::bigint FROM pg_settings WHERE name = 'recovery_min_apply_delay'"));
        if (now && now->toLongLong() == delay)
            return true;
        QThread::msleep(1);
    }
    if (error)
        *error = QStringLiteral("%1: recovery_min_apply_delay did not become %2 ms after the "
                                "reload")
                     .arg(n.name())
                     .arg(delay);
    return false;
}

double PostgresStore::commonLagSeconds(int replicaId)
{
    const auto v = node(replicaId).value(QStringLiteral(
        "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
        "ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) "
        "END::float8"));
    return v ? v->toDouble() : -1;
}

bool PostgresStore::storeAnswer(const QString &key, const QByteArray &fingerprint, int status,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, qint64 ttlMs,
                                QString *error)
{
    // Usually the write's transaction reserved the key; a definite answer that wrote nothing
    // (412) is stored here for the first time.
    return m_primary->exec(
        QStringLiteral("INSERT INTO %1 (key, fingerprint, status, body, headers, expires_at) "
                       "VALUES (?, ?, ?, ?, ?::jsonb, now() + ? * interval '1 millisecond') "
                       "ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, "
                       "body = EXCLUDED.body, headers = EXCLUDED.headers, "
                       "expires_at = EXCLUDED.expires_at")
            .arg(table("idempotency")),
        {key, fingerprint, status, body, QString::fromUtf8(headersToJson(headers)), ttlMs}, error);
}

QList<PostgresStore::StoredAnswer> PostgresStore::storedAnswers(QString *error)
{
    QList<StoredAnswer> answers;
    QSqlQuery query(m_primary->database());
    if (!m_primary->prepare(
            query,
            QStringLiteral("SELECT key, fingerprint, status, body, headers::text, "
                           "(EXTRACT(EPOCH FROM expires_at - now()) * 1000)::bigint FROM %1 "
                           "WHERE expires_at > now() ORDER BY key")
                .arg(table("idempotency")),
            {}, error))
        return answers;
    while (query.next()) {
        StoredAnswer a;
        a.key = query.value(0).toString();
        a.fingerprint = query.value(1).toByteArray();
        a.answered = !query.value(2).isNull();
        a.status = query.value(2).toInt();
        a.body = query.value(3).toByteArray();
        a.headers = headersFromJson(query.value(4).toString().toUtf8());
        a.remainingMs = query.value(5).toLongLong();
        answers.append(a);
    }
    return answers;
}

} // namespace mock
