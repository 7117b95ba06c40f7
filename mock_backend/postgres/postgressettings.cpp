#include "mock_backend/postgres/postgressettings.h"

#include <QRegularExpression>

namespace mock {

PostgresSettings PostgresSettings::fromEnvironment()
{
    PostgresSettings settings;
    settings.primary = qEnvironmentVariable("CONVERGE_PG_PRIMARY").trimmed();
    const QString replicas = qEnvironmentVariable("CONVERGE_PG_REPLICAS");
    for (const QString &replica : replicas.split(u';', Qt::SkipEmptyParts)) {
        if (!replica.trimmed().isEmpty())
            settings.replicas.append(replica.trimmed());
    }
    return settings;
}

bool PostgresSettings::isValidSchema(const QString &schema)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(schema).hasMatch() && !schema.startsWith(QLatin1String("pg_"));
}

std::optional<QString> PostgresSettings::problem() const
{
    if (primary.isEmpty())
        return QStringLiteral("The PostgreSQL store needs the primary's connection string "
                              "(--pg-primary or CONVERGE_PG_PRIMARY).");
    if (!isValidSchema(schema))
        return QStringLiteral("The schema name \"%1\" is not usable: use lower-case letters, "
                              "digits and '_', not starting with pg_.")
            .arg(schema);
    return std::nullopt;
}

} // namespace mock
