#include "mock_backend/postgres/pgnode.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace mock {

namespace {

QAtomicInteger<quint64> nextConnection;

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace

PgNode::PgNode(const QString &name, const QString &connectionString)
    : m_name(name)
    , m_connectionString(connectionString)
    , m_connectionName(QStringLiteral("converge-pg-%1-%2").arg(name).arg(nextConnection++))
{
}

PgNode::~PgNode()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PgNode::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian "
                                    "it is the package libqt6sql6-psql.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // QPSQL appends its connect options to the libpq connection string as they are (';' read
    // as ' '), so the whole connection string goes there.
    db.setConnectOptions(m_connectionString + QStringLiteral(" connect_timeout=5"));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("Could not connect to the %1 (%2): %3")
                         .arg(m_name, m_connectionString, describe(db.lastError()));
        return false;
    }
    // Our writes must be on the primary's WAL, and flushed, before we answer with an LSN.
    exec(QStringLiteral("SET synchronous_commit = on"));
    exec(QStringLiteral("SET application_name = 'converge-backend'"));
    exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE for IF NOT EXISTS
    return true;
}

bool PgNode::reconnectIfLost()
{
    {
        QSqlQuery probe(database());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection is fine; the failure was something else
    }
    database().close();
    QString error;
    if (!open(&error)) {
        qWarning("converge-backend: %s", qPrintable(error));
        return false;
    }
    return true;
}

QSqlDatabase PgNode::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PgNode::prepare(QSqlQuery &query, const QString &sql, const QVariantList &values,
                     QString *error)
{
    m_lastErrorCode.clear();
    if (!query.prepare(sql)) {
        m_lastErrorCode = query.lastError().nativeErrorCode();
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_name, describe(query.lastError()));
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_lastErrorCode = query.lastError().nativeErrorCode();
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_name, describe(query.lastError()));
        return false;
    }
    return true;
}

bool PgNode::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(database());
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(m_name, describe(query.lastError()));
            return false;
        }
        return true;
    }
    return prepare(query, sql, values, error);
}

std::optional<QVariant> PgNode::value(const QString &sql, const QVariantList &values,
                                      QString *error)
{
    QSqlQuery query(database());
    if (!prepare(query, sql, values, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("%1: no row").arg(m_name);
        return std::nullopt;
    }
    return query.value(0);
}

std::optional<bool> PgNode::inRecovery(QString *error)
{
    const auto v = value(QStringLiteral("SELECT pg_is_in_recovery()"), {}, error);
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

std::optional<QString> PgNode::systemIdentifier(QString *error)
{
    const auto v =
        value(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()"), {}, error);
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

qint64 PgNode::walPosition()
{
    const QString sql =
        QStringLiteral("SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                       "ELSE pg_current_wal_insert_lsn() END - '0/0'::pg_lsn)::bigint");
    auto v = value(sql);
    // A read may simply be asked again on a new connection (a restarted server, a killed one).
    if (!v && reconnectIfLost())
        v = value(sql);
    return v && !v->isNull() ? v->toLongLong() : -1;
}

} // namespace mock
