#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace mock {

// One PostgreSQL server (the primary or a streaming replica) through Qt's QPSQL driver. A
// connection belongs to the thread that opened it: open and use a node in one thread.
class PgNode
{
public:
    // name: "primary" or "replica-N", also the node's name in answers.
    PgNode(const QString &name, const QString &connectionString);
    ~PgNode();
    PgNode(const PgNode &) = delete;
    PgNode &operator=(const PgNode &) = delete;

    const QString &name() const { return m_name; }
    bool open(QString *error);
    // After a failure: when the connection itself is gone (the server restarted, the session was
    // terminated), opens a new one and says true, so the caller may try once more.
    bool reconnectIfLost();
    QSqlDatabase database() const;

    // Runs one statement with positional (?) values; false and a message on failure.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    // The first column of the first row, or nothing (and a message).
    std::optional<QVariant> value(const QString &sql, const QVariantList &values = {},
                                  QString *error = nullptr);
    bool prepare(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    // The SQLSTATE of the last statement that failed through prepare() ("42P01": no such table).
    const QString &lastErrorCode() const { return m_lastErrorCode; }

    // true on a replica (pg_is_in_recovery()).
    std::optional<bool> inRecovery(QString *error = nullptr);
    // The cluster's identity: a replica made from the primary has the primary's.
    std::optional<QString> systemIdentifier(QString *error = nullptr);
    // The WAL position this node's data reflects, as a byte position: the insert position on
    // the primary, the replay position on a replica. -1 when the node cannot be reached.
    qint64 walPosition();

private:
    QString m_name;
    QString m_connectionString;
    QString m_connectionName;
    QString m_lastErrorCode;
};

} // namespace mock
