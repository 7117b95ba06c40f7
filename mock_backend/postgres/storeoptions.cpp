#include "mock_backend/postgres/storeoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mock {

StoreOptions::StoreOptions()
    : m_store(QStringLiteral("store"),
              QCoreApplication::translate("StoreOptions",
                                          "Where the data lives: simulation (default) or "
                                          "postgres, a real PostgreSQL primary with streaming "
                                          "replicas (docs/postgres.md)."),
              QStringLiteral("store"), QStringLiteral("simulation"))
    , m_primary(QStringLiteral("pg-primary"),
                QCoreApplication::translate("StoreOptions",
                                            "The PostgreSQL primary's libpq connection string "
                                            "(default: $CONVERGE_PG_PRIMARY)."),
                QStringLiteral("conninfo"))
    , m_replica(QStringLiteral("pg-replica"),
                QCoreApplication::translate("StoreOptions",
                                            "A streaming replica's connection string; once per "
                                            "replica (default: $CONVERGE_PG_REPLICAS, "
                                            "';'-separated)."),
                QStringLiteral("conninfo"))
    , m_schema(QStringLiteral("pg-schema"),
               QCoreApplication::translate("StoreOptions",
                                           "The schema Converge creates and owns in that "
                                           "database."),
               QStringLiteral("name"), QStringLiteral("converge"))
{
}

void StoreOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_store, m_primary, m_replica, m_schema});
}

std::optional<PostgresSettings> StoreOptions::read(const QCommandLineParser &parser,
                                                   QString *error) const
{
    const QString store = parser.value(m_store);
    if (store == QLatin1String("simulation")) {
        if (parser.isSet(m_primary) || parser.isSet(m_replica)) {
            *error = QStringLiteral("--pg-primary and --pg-replica need --store postgres");
            return std::nullopt;
        }
        return PostgresSettings {};
    }
    if (store != QLatin1String("postgres")) {
        *error = QStringLiteral("--store must be simulation or postgres, not \"%1\"").arg(store);
        return std::nullopt;
    }
    PostgresSettings settings = PostgresSettings::fromEnvironment();
    if (parser.isSet(m_primary)) {
        settings.primary = parser.value(m_primary).trimmed();
        // Replicas of another primary than the environment's are not these.
        settings.replicas.clear();
    }
    if (parser.isSet(m_replica))
        settings.replicas = parser.values(m_replica);
    settings.schema = parser.value(m_schema);
    if (const auto problem = settings.problem()) {
        *error = *problem;
        return std::nullopt;
    }
    return settings;
}

} // namespace mock
