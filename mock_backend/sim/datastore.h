#pragma once

#include "mock_backend/sim/replicationlog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>

namespace mock {

// The data one node holds: catalogue, profile, account and transfers, as plain values.
// The primary and every replica each own one and change it only by applying log entries.
class DataStore
{
public:
    struct Item
    {
        int id = 0;
        QString title;
        QString category;
        bool favorite = false;
        qint64 lsn = 0;
    };
    struct Photo
    {
        int version = 0;
        QString contentType;
        qint64 bytes = 0;
        qint64 lsn = 0;
    };
    // The profile's contact details, versioned for optimistic concurrency (If-Match).
    struct Details
    {
        QString name;
        QString email;
        int version = 1; // +1 per applied details write
        QString updatedBy; // the writer's X-Client-Id; "" for the seeded state
        qint64 updatedAtMs = 0; // backend clock at commit; 0 for the seeded state
    };
    struct Transfer
    {
        QString id;
        QString payeeId;
        qint64 amount = 0;
        QString note;
        QString state; // pending, completed, failed
        QString reason;
        qint64 createdAtMs = 0;
        qint64 settledAtMs = -1;
        qint64 lsn = 0;
        // Kept with the transfer for as long as it exists, beyond the idempotency store's
        // retention, so a client can ask "did my request with this key land?".
        QString idempotencyKey;
    };
    struct Payee
    {
        QString id;
        QString name;
    };

    // The seeded initial state (fixed content; the seed only drives behaviour).
    static DataStore initial(qint64 defaultPhotoBytes);

    qint64 appliedLsn() const { return m_appliedLsn; }
    // Entries in increasing LSN order (the simulation's have no gaps, a real store's do).
    void apply(const LogEntry &entry);
    // A real store's node: its own WAL position, which is past its last entry.
    void setAppliedLsn(qint64 lsn) { m_appliedLsn = lsn; }
    // Transfers listed in creation order (t-1, t-2, …) when rows came in another order.
    void orderTransfersByNumber();

    const Item *item(int id) const;
    const Transfer *transfer(const QString &id) const;
    const Transfer *transferByKey(const QString &idempotencyKey) const;
    const Payee *payee(const QString &id) const;
    const Photo &photo() const { return m_photo; }
    const Details &details() const { return m_details; }
    qint64 balance() const { return m_balance; }
    qint64 pendingAmount() const;
    qint64 available() const { return m_balance - pendingAmount(); }
    int transferCount() const { return static_cast<int>(m_transfers.size()); }
    int pendingTransferCount() const;

    static QJsonObject itemToJson(const Item &item);
    static QJsonObject photoToJson(const Photo &photo);
    // The details' fields as the profile JSON names them (also a "details" log entry's data).
    static QJsonObject detailsToJson(const Details &details);
    static Details detailsFromJson(const QJsonObject &json);
    static QJsonObject transferToJson(const Transfer &transfer);
    static Transfer transferFromJson(const QJsonObject &json);

    QJsonArray itemsJson() const;
    QJsonObject profileJson() const;
    QJsonObject accountJson(qint64 perTransferLimit) const;
    QJsonArray transfersJson() const;

private:
    std::map<int, Item> m_items;
    Details m_details;
    Photo m_photo;
    QString m_currency;
    qint64 m_balance = 0;
    std::map<QString, Payee> m_payees;
    std::map<QString, Transfer> m_transfers;
    QList<QString> m_transferOrder; // creation order, for listing
    qint64 m_appliedLsn = 0;
};

} // namespace mock
