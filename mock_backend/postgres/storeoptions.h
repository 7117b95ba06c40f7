#pragma once

#include "mock_backend/postgres/postgressettings.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace mock {

// The command-line options that choose the backend's store, shared by converge-backend and the
// app's embedded backend: --store simulation|postgres, --pg-primary, --pg-replica (repeatable)
// and --pg-schema. Connection strings not given come from CONVERGE_PG_PRIMARY and
// CONVERGE_PG_REPLICAS, as scripts/pg-cluster.sh exports them.
class StoreOptions
{
public:
    StoreOptions();
    void addTo(QCommandLineParser &parser) const;
    // Disabled settings for the simulation; nothing and a message when the options are wrong.
    std::optional<PostgresSettings> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_store;
    QCommandLineOption m_primary;
    QCommandLineOption m_replica;
    QCommandLineOption m_schema;
};

} // namespace mock
