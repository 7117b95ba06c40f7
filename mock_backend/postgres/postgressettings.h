#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mock {

// Where the PostgreSQL store lives: the primary's and the replicas' libpq connection strings and
// the schema Converge owns there. No primary means the simulated store.
struct PostgresSettings
{
    QString primary;
    QStringList replicas;
    QString schema = QStringLiteral("converge");

    bool isEnabled() const { return !primary.isEmpty(); }
    // CONVERGE_PG_PRIMARY and CONVERGE_PG_REPLICAS (';'-separated), as scripts/pg-cluster.sh
    // exports them.
    static PostgresSettings fromEnvironment();
    // A schema name Converge will create and reset: lower-case letters, digits and '_'.
    static bool isValidSchema(const QString &schema);
    // An empty optional and a message for the person when something is missing or malformed.
    std::optional<QString> problem() const;
};

} // namespace mock
