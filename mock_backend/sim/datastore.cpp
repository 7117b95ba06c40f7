#include "mock_backend/sim/datastore.h"

#include <QJsonValue>

#include <algorithm>

namespace mock {

namespace {

// 48 catalogue items: a colour or material for each of a set of everyday things.
const char *const kAdjectives[] = {"Blue",   "Oak",  "Linen", "Amber", "Slate",  "Coral",
                                   "Walnut", "Sage", "Brass", "Ivory", "Cobalt", "Terracotta"};
const char *const kThings[] = {"Chair", "Lamp", "Table", "Vase"};
const char *const kCategories[] = {"Seating", "Lighting", "Tables", "Decor"};

} // namespace

DataStore DataStore::initial(qint64 defaultPhotoBytes)
{
    DataStore store;
    int id = 1;
    for (const char *adjective : kAdjectives) {
        for (int t = 0; t < 4; ++t) {
            Item item;
            item.id = id++;
            item.title = QLatin1String(adjective) + u' ' + QLatin1String(kThings[t]);
            item.category = QLatin1String(kCategories[t]);
            store.m_items.emplace(item.id, item);
        }
    }
    store.m_details.name = QStringLiteral("Sam Rivera");
    store.m_details.email = QStringLiteral("sam.rivera@example.com");
    store.m_photo = {1, QStringLiteral("image/png"), defaultPhotoBytes, 0};
    store.m_currency = QStringLiteral("EUR");
    store.m_balance = 124000;
    const Payee payees[] = {
        {QStringLiteral("p-1"), QStringLiteral("Alex Morgan")},
        {QStringLiteral("p-2"), QStringLiteral("City Energy")},
        {QStringLiteral("p-3"), QStringLiteral("Jordan Lee")},
        {QStringLiteral("p-4"), QStringLiteral("Greenhouse Rent Ltd")},
    };
    for (const auto &p : payees)
        store.m_payees.emplace(p.id, p);
    return store;
}

void DataStore::apply(const LogEntry &entry)
{
    Q_ASSERT(entry.lsn > m_appliedLsn);
    if (entry.kind == QLatin1String("item")) {
        const QJsonObject json = entry.data.value(QStringLiteral("item")).toObject();
        auto it = m_items.find(json.value(QStringLiteral("id")).toInt());
        if (it != m_items.end()) {
            it->second.favorite = json.value(QStringLiteral("favorite")).toBool();
            it->second.lsn = entry.lsn;
        }
    } else if (entry.kind == QLatin1String("photo")) {
        const QJsonObject json = entry.data.value(QStringLiteral("photo")).toObject();
        m_photo.version = json.value(QStringLiteral("version")).toInt();
        m_photo.contentType = json.value(QStringLiteral("contentType")).toString();
        m_photo.bytes = json.value(QStringLiteral("bytes")).toInteger();
        m_photo.lsn = entry.lsn;
    } else if (entry.kind == QLatin1String("details")) {
        m_details = detailsFromJson(entry.data.value(QStringLiteral("details")).toObject());
    } else if (entry.kind == QLatin1String("transfer")) {
        Transfer t = transferFromJson(entry.data.value(QStringLiteral("transfer")).toObject());
        t.lsn = entry.lsn;
        if (!m_transfers.count(t.id))
            m_transferOrder.append(t.id);
        m_transfers.insert_or_assign(t.id, t);
        m_balance = entry.data.value(QStringLiteral("balance")).toInteger();
    }
    m_appliedLsn = entry.lsn;
}

void DataStore::orderTransfersByNumber()
{
    std::sort(m_transferOrder.begin(), m_transferOrder.end(),
              [](const QString &a, const QString &b) {
                  return a.mid(2).toLongLong() < b.mid(2).toLongLong();
              });
}

const DataStore::Item *DataStore::item(int id) const
{
    const auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : &it->second;
}

const DataStore::Transfer *DataStore::transfer(const QString &id) const
{
    const auto it = m_transfers.find(id);
    return it == m_transfers.end() ? nullptr : &it->second;
}

const DataStore::Transfer *DataStore::transferByKey(const QString &idempotencyKey) const
{
    if (idempotencyKey.isEmpty())
        return nullptr;
    for (const auto &[id, t] : m_transfers) {
        if (t.idempotencyKey == idempotencyKey)
            return &t;
    }
    return nullptr;
}

const DataStore::Payee *DataStore::payee(const QString &id) const
{
    const auto it = m_payees.find(id);
    return it == m_payees.end() ? nullptr : &it->second;
}

qint64 DataStore::pendingAmount() const
{
    qint64 sum = 0;
    for (const auto &[id, t] : m_transfers) {
        if (t.state == QLatin1String("pending"))
            sum += t.amount;
    }
    return sum;
}

int DataStore::pendingTransferCount() const
{
    int n = 0;
    for (const auto &[id, t] : m_transfers) {
        if (t.state == QLatin1String("pending"))
            ++n;
    }
    return n;
}

QJsonObject DataStore::itemToJson(const Item &item)
{
    return {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("category"), item.category},
        {QStringLiteral("favorite"), item.favorite},
        {QStringLiteral("lsn"), item.lsn},
    };
}

QJsonObject DataStore::photoToJson(const Photo &photo)
{
    return {
        {QStringLiteral("version"), photo.version},
        {QStringLiteral("contentType"), photo.contentType},
        {QStringLiteral("bytes"), photo.bytes},
        {QStringLiteral("lsn"), photo.lsn},
        {QStringLiteral("url"), QStringLiteral("/profile/photo/%1").arg(photo.version)},
    };
}

QJsonObject DataStore::detailsToJson(const Details &details)
{
    return {
        {QStringLiteral("name"), details.name},
        {QStringLiteral("email"), details.email},
        {QStringLiteral("detailsVersion"), details.version},
        {QStringLiteral("detailsUpdatedBy"), details.updatedBy},
        {QStringLiteral("detailsUpdatedAtMs"), details.updatedAtMs},
    };
}

DataStore::Details DataStore::detailsFromJson(const QJsonObject &json)
{
    Details d;
    d.name = json.value(QStringLiteral("name")).toString();
    d.email = json.value(QStringLiteral("email")).toString();
    d.version = json.value(QStringLiteral("detailsVersion")).toInt();
    d.updatedBy = json.value(QStringLiteral("detailsUpdatedBy")).toString();
    d.updatedAtMs = json.value(QStringLiteral("detailsUpdatedAtMs")).toInteger();
    return d;
}

QJsonObject DataStore::transferToJson(const Transfer &t)
{
    return {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("payeeId"), t.payeeId},
        {QStringLiteral("amount"), t.amount},
        {QStringLiteral("note"), t.note},
        {QStringLiteral("state"), t.state},
        {QStringLiteral("reason"), t.reason.isEmpty() ? QJsonValue() : QJsonValue(t.reason)},
        {QStringLiteral("createdAtMs"), t.createdAtMs},
        {QStringLiteral("settledAtMs"),
         t.settledAtMs < 0 ? QJsonValue() : QJsonValue(t.settledAtMs)},
        {QStringLiteral("lsn"), t.lsn},
        {QStringLiteral("idempotencyKey"),
         t.idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(t.idempotencyKey)},
    };
}

DataStore::Transfer DataStore::transferFromJson(const QJsonObject &json)
{
    Transfer t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.payeeId = json.value(QStringLiteral("payeeId")).toString();
    t.amount = json.value(QStringLiteral("amount")).toInteger();
    t.note = json.value(QStringLiteral("note")).toString();
    t.state = json.value(QStringLiteral("state")).toString();
    t.reason = json.value(QStringLiteral("reason")).toString();
    t.createdAtMs = json.value(QStringLiteral("createdAtMs")).toInteger();
    t.settledAtMs = json.value(QStringLiteral("settledAtMs")).toInteger(-1);
    t.lsn = json.value(QStringLiteral("lsn")).toInteger();
    t.idempotencyKey = json.value(QStringLiteral("idempotencyKey")).toString();
    return t;
}

QJsonArray DataStore::itemsJson() const
{
    QJsonArray array;
    for (const auto &[id, item] : m_items)
        array.append(itemToJson(item));
    return array;
}

QJsonObject DataStore::profileJson() const
{
    QJsonObject profile = detailsToJson(m_details);
    profile.insert(QStringLiteral("photo"), photoToJson(m_photo));
    return profile;
}

QJsonObject DataStore::accountJson(qint64 perTransferLimit) const
{
    QJsonArray payees;
    for (const auto &[id, p] : m_payees)
        payees.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    const qint64 pending = pendingAmount();
    return {
        {QStringLiteral("currency"), m_currency},
        {QStringLiteral("balance"), m_balance},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("available"), m_balance - pending},
        {QStringLiteral("perTransferLimit"), perTransferLimit},
        {QStringLiteral("payees"), payees},
    };
}

QJsonArray DataStore::transfersJson() const
{
    QJsonArray array;
    // Newest first: what a person expects at the top of a list of payments.
    for (auto it = m_transferOrder.crbegin(); it != m_transferOrder.crend(); ++it)
        array.append(transferToJson(m_transfers.at(*it)));
    return array;
}

} // namespace mock
