#include "models/client/dto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Reads fields off one JSON object, remembering the first thing that did not fit so the caller
// can report it once ("account.balance is not an integer").
class FieldReader
{
public:
    FieldReader(const QJsonObject &json, QString context)
        : m_json(json)
        , m_context(std::move(context))
    {
    }

    QString string(const QString &key, bool optional = false)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isString())
            return value.toString();
        if (!(optional && (value.isUndefined() || value.isNull())))
            fail(key, u"is not a string"_s);
        return {};
    }

    qint64 integer(const QString &key, bool optional = false, qint64 fallback = 0)
    {
        const QJsonValue value = m_json.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return fallback;
        // JSON numbers are doubles: accept only exact integers so 12.5 cents is refused.
        const double d = value.toDouble(0.5);
        if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(key, u"is not an integer"_s);
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isBool())
            fail(key, u"is not true or false"_s);
        return value.toBool();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isObject())
            fail(key, u"is not an object"_s);
        return value.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isArray())
            fail(key, u"is not a list"_s);
        return value.toArray();
    }

    QString path(const QString &key) const { return m_context + u'.' + key; }
    bool ok() const { return m_error.isEmpty(); }
    void adopt(const QString &nestedError)
    {
        if (m_error.isEmpty())
            m_error = nestedError;
    }
    bool finish(QString *error) const
    {
        if (error && !m_error.isEmpty())
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    void fail(const QString &key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path(key) + u' ' + what;
    }

    QJsonObject m_json;
    QString m_context;
    QString m_error;
};

template<typename T, typename Parse>
std::optional<QList<T>> parseList(const QJsonArray &array, const QString &context, Parse parse,
                                  QString *error)
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            if (error)
                *error = u"%1[%2] is not an object"_s.arg(context).arg(i);
            return std::nullopt;
        }
        auto parsed = parse(array.at(i).toObject(), error);
        if (!parsed)
            return std::nullopt;
        out.append(std::move(*parsed));
    }
    return out;
}

} // namespace

namespace Dto {

std::optional<Health> parseHealth(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"health"_s);
    Health health;
    health.seed = static_cast<quint64>(r.integer(u"seed"_s));
    health.primaryLsn = r.integer(u"primaryLsn"_s);
    // Backends before the PostgreSQL store sent no store.
    if (const QString store = r.string(u"store"_s, true); !store.isEmpty())
        health.store = store;
    const QJsonArray replicas = r.array(u"replicas"_s);
    for (const QJsonValue &value : replicas) {
        FieldReader rr(value.toObject(), u"health.replicas[]"_s);
        ReplicaHealth replica;
        replica.id = static_cast<int>(rr.integer(u"id"_s));
        replica.appliedLsn = rr.integer(u"appliedLsn"_s);
        replica.lagMs = rr.integer(u"lagMs"_s, true);
        replica.paused = value.toObject().value(u"paused"_s).toBool();
        QString nested;
        if (!rr.finish(&nested))
            r.adopt(nested);
        health.replicas.append(replica);
    }
    if (!r.finish(error))
        return std::nullopt;
    return health;
}

std::optional<CatalogItem> parseItem(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"item"_s);
    CatalogItem item;
    item.id = static_cast<int>(r.integer(u"id"_s));
    item.title = r.string(u"title"_s);
    item.favorite = r.boolean(u"favorite"_s);
    item.lsn = r.integer(u"lsn"_s);
    if (!r.finish(error))
        return std::nullopt;
    return item;
}

std::optional<QList<CatalogItem>> parseItems(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"response"_s);
    const QJsonArray items = r.array(u"items"_s);
    if (!r.finish(error))
        return std::nullopt;
    return parseList<CatalogItem>(items, u"items"_s, parseItem, error);
}

std::optional<PhotoInfo> parsePhotoInfo(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"photo"_s);
    PhotoInfo photo;
    photo.version = r.integer(u"version"_s);
    photo.lsn = r.integer(u"lsn"_s);
    photo.contentType = r.string(u"contentType"_s);
    photo.bytes = r.integer(u"bytes"_s);
    if (!r.finish(error))
        return std::nullopt;
    return photo;
}

std::optional<Profile> parseProfile(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"profile"_s);
    Profile profile;
    profile.name = r.string(u"name"_s);
    profile.email = r.string(u"email"_s);
    profile.detailsVersion = r.integer(u"detailsVersion"_s);
    profile.detailsUpdatedBy = r.string(u"detailsUpdatedBy"_s);
    profile.detailsUpdatedAtMs = r.integer(u"detailsUpdatedAtMs"_s);
    const QJsonObject photo = r.object(u"photo"_s);
    if (!r.finish(error))
        return std::nullopt;
    auto parsedPhoto = parsePhotoInfo(photo, error);
    if (!parsedPhoto)
        return std::nullopt;
    profile.photo = *parsedPhoto;
    return profile;
}

std::optional<Account> parseAccount(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"account"_s);
    Account account;
    account.currency = r.string(u"currency"_s);
    account.balance = r.integer(u"balance"_s);
    account.pending = r.integer(u"pending"_s);
    account.available = r.integer(u"available"_s);
    account.perTransferLimit = r.integer(u"perTransferLimit"_s);
    const QJsonArray payees = r.array(u"payees"_s);
    for (const QJsonValue &value : payees) {
        FieldReader pr(value.toObject(), u"account.payees[]"_s);
        Payee payee {pr.string(u"id"_s), pr.string(u"name"_s)};
        QString nested;
        if (!pr.finish(&nested))
            r.adopt(nested);
        account.payees.append(payee);
    }
    if (!r.finish(error))
        return std::nullopt;
    return account;
}

std::optional<Transfer> parseTransfer(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"transfer"_s);
    Transfer transfer;
    transfer.id = r.string(u"id"_s);
    transfer.payeeId = r.string(u"payeeId"_s);
    transfer.amount = r.integer(u"amount"_s);
    transfer.note = r.string(u"note"_s, true);
    const QString state = r.string(u"state"_s);
    transfer.reason = r.string(u"reason"_s, true);
    transfer.createdAtMs = r.integer(u"createdAtMs"_s);
    transfer.settledAtMs = r.integer(u"settledAtMs"_s, true, -1);
    transfer.idempotencyKey = r.string(u"idempotencyKey"_s, true);
    if (!r.finish(error))
        return std::nullopt;
    if (state == "pending"_L1) {
        transfer.state = Transfer::State::Pending;
    } else if (state == "completed"_L1) {
        transfer.state = Transfer::State::Completed;
    } else if (state == "failed"_L1) {
        transfer.state = Transfer::State::Failed;
    } else {
        if (error)
            *error = u"transfer.state \"%1\" is not pending, completed or failed"_s.arg(state);
        return std::nullopt;
    }
    return transfer;
}

std::optional<QList<Transfer>> parseTransfers(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"response"_s);
    const QJsonArray transfers = r.array(u"transfers"_s);
    if (!r.finish(error))
        return std::nullopt;
    return parseList<Transfer>(transfers, u"transfers"_s, parseTransfer, error);
}

std::optional<BackendEvent> parseEvent(const QJsonObject &json, QString *error)
{
    FieldReader r(json, u"event"_s);
    BackendEvent event;
    event.seq = r.integer(u"seq"_s);
    event.type = r.string(u"type"_s);
    event.correlationId = r.string(u"correlationId"_s, true);
    event.clientId = r.string(u"clientId"_s, true);
    event.lsn = r.integer(u"lsn"_s, true, -1);
    event.atMs = r.integer(u"atMs"_s, true);
    event.data = json.value(u"data"_s).toObject();
    if (!r.finish(error))
        return std::nullopt;
    return event;
}

} // namespace Dto
