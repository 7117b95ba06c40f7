#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Typed shapes of what the backend sends (docs/api.md). The parsers are strict: a missing field
// or a wrong type is an error the caller reports, never a silent default.

struct ReplicaHealth
{
    int id = 0;
    qint64 appliedLsn = 0;
    qint64 lagMs = 0;
    bool paused = false;
};

struct Health
{
    quint64 seed = 0;
    qint64 primaryLsn = 0;
    QList<ReplicaHealth> replicas;
    // "simulation", or "postgres" when the LSNs are a real primary's WAL positions.
    QString store = QStringLiteral("simulation");
    bool isPostgres() const { return store == QLatin1String("postgres"); }
};

struct CatalogItem
{
    int id = 0;
    QString title;
    bool favorite = false;
    qint64 lsn = 0;
    friend bool operator==(const CatalogItem &, const CatalogItem &) = default;
};

struct PhotoInfo
{
    qint64 version = 0;
    qint64 lsn = 0;
    QString contentType;
    qint64 bytes = 0;
};

struct Profile
{
    QString name;
    QString email;
    PhotoInfo photo;
    // The contact details' version (If-Match / ETag), who wrote it (a client id; empty for the
    // seeded state) and when, in the backend's milliseconds.
    qint64 detailsVersion = 0;
    QString detailsUpdatedBy;
    qint64 detailsUpdatedAtMs = 0;
};

struct Payee
{
    QString id;
    QString name;
};

struct Account
{
    QString currency;
    qint64 balance = 0; // minor units (cents)
    qint64 pending = 0;
    qint64 available = 0;
    qint64 perTransferLimit = 0;
    QList<Payee> payees;
};

struct Transfer
{
    enum class State { Pending, Completed, Failed };
    QString id;
    QString payeeId;
    qint64 amount = 0;
    QString note;
    State state = State::Pending;
    QString reason; // machine code, e.g. recipient_bank_declined; empty unless failed
    qint64 createdAtMs = 0;
    qint64 settledAtMs = -1;
    QString idempotencyKey; // the key it was created with; empty from servers that do not say
};

struct BackendEvent
{
    qint64 seq = 0;
    QString type;
    QString correlationId;
    QString clientId;
    qint64 lsn = -1;
    QJsonObject data;
    qint64 atMs = 0;
};

namespace Dto {
std::optional<Health> parseHealth(const QJsonObject &json, QString *error);
std::optional<CatalogItem> parseItem(const QJsonObject &json, QString *error);
std::optional<QList<CatalogItem>> parseItems(const QJsonObject &json, QString *error);
std::optional<PhotoInfo> parsePhotoInfo(const QJsonObject &json, QString *error);
std::optional<Profile> parseProfile(const QJsonObject &json, QString *error);
std::optional<Account> parseAccount(const QJsonObject &json, QString *error);
std::optional<Transfer> parseTransfer(const QJsonObject &json, QString *error);
std::optional<QList<Transfer>> parseTransfers(const QJsonObject &json, QString *error);
std::optional<BackendEvent> parseEvent(const QJsonObject &json, QString *error);
} // namespace Dto

Q_DECLARE_METATYPE(BackendEvent)
