#include "models/control/backendsettings.h"

#include "core/configschema.h"
#include "core/jsonpath.h"
#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/presets.h"
#include "models/session/sessionrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

BackendSettings::BackendSettings(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BackendSettings::observe(EventStream *events)
{
    connect(events, &EventStream::eventReceived, this, &BackendSettings::onEvent);
    connect(events, &EventStream::resyncNeeded, this, [this] { refresh(); });
}

void BackendSettings::onEvent(const BackendEvent &event)
{
    const bool elsewhere = !isOurs(event.correlationId);
    if (event.type == u"config.changed"_s) {
        // The event carries the whole new configuration; no second request needed.
        const QJsonObject config = event.data.value(u"config"_s).toObject();
        const QJsonObject before = m_config;
        if (!config.isEmpty())
            setConfig(config);
        else
            refresh();
        if (elsewhere && m_config != before)
            Q_EMIT changedElsewhere(tr("The backend's settings were changed elsewhere (another "
                                       "app or a script on this backend)."));
    } else if (event.type == u"replica.paused"_s || event.type == u"replica.resumed"_s
               || event.type == u"data.reset"_s) {
        refresh();
        if (elsewhere) {
            const int replica = event.data.value(u"replica"_s).toInt();
            Q_EMIT changedElsewhere(event.type == u"data.reset"_s
                                        ? tr("The data was reset elsewhere.")
                                        : event.type == u"replica.paused"_s
                                        ? tr("Replica %1 was paused elsewhere.").arg(replica)
                                        : tr("Replica %1 was resumed elsewhere.").arg(replica));
        }
    } else if (event.type == u"faults.changed"_s) {
        setOneShots(event.data.value(u"oneShots"_s).toObject());
    }
}

QString BackendSettings::issue()
{
    const QString id = ApiClient::newCorrelationId();
    m_issued.append(id);
    if (m_issued.size() > 64)
        m_issued.removeFirst();
    return id;
}

bool BackendSettings::isOurs(const QString &correlationId) const
{
    return !correlationId.isEmpty() && m_issued.contains(correlationId);
}

void BackendSettings::setOneShots(const QJsonObject &oneShots)
{
    const std::optional<OneShotFaults> parsed =
        OneShotFaults::fromJson(oneShots, QDateTime::currentDateTime());
    if (!parsed)
        return;
    m_oneShots = *parsed;
    Q_EMIT oneShotsChanged();
}

void BackendSettings::refresh(Done done)
{
    ApiCall *call = m_client->fetchConfig();
    connect(call, &ApiCall::finished, this, [this, done](const ApiResult &result) {
        if (result.ok())
            setConfig(result.body);
        if (done)
            done(result.ok(), result.message);
    });
    refreshFaults();
}

void BackendSettings::refreshFaults(Done done)
{
    // Housekeeping, like the configuration refresh: not part of anybody's story in the timeline.
    ApiRequest request;
    request.path = Wire::Route::adminFaults;
    request.maxAttempts = 3;
    request.timeout = std::chrono::milliseconds(5000);
    request.quiet = true;
    request.control = true;
    const quint64 asked = ++m_oneShotsAsked;
    ApiCall *call = m_client->send(std::move(request));
    connect(call, &ApiCall::finished, this, [this, done, asked](const ApiResult &result) {
        // An answer that left the backend before a later command's must not undo what that
        // command's answer showed ("will fail" gone while the fault is armed).
        if (result.ok() && asked == m_oneShotsAsked)
            setOneShots(result.body.value(u"oneShots"_s).toObject());
        if (done)
            done(result.ok(), result.message);
    });
}

void BackendSettings::setConfig(const QJsonObject &config)
{
    const quint64 oldSeed = seed();
    const bool wasLoaded = m_loaded;
    if (m_loaded && config == m_config)
        return;
    m_config = config;
    m_loaded = true;
    Q_EMIT changed();
    if (!wasLoaded || oldSeed != seed())
        Q_EMIT seedChanged(seed());
}

QJsonValue BackendSettings::value(const QString &path) const
{
    const QJsonValue held = JsonPath::valueAt(m_config, path);
    if (!held.isUndefined())
        return held;
    // Not (yet) in what the backend said: the schema's default, which is what the backend uses.
    // A list entry's field gives what a new entry starts with.
    const ConfigSchema::Field *field = ConfigSchema::field(path);
    return field ? field->defaultValue : QJsonValue(QJsonValue::Undefined);
}

qint64 BackendSettings::whole(const QString &path) const
{
    return value(path).toInteger();
}

quint64 BackendSettings::seed() const
{
    return static_cast<quint64>(whole(u"seed"_s));
}

QString BackendSettings::routeClassKey(RouteClass routeClass)
{
    return ConfigSchema::routeClasses().value(static_cast<int>(routeClass));
}

LatencySettings BackendSettings::latency(RouteClass routeClass) const
{
    const QString p = u"latency."_s + routeClassKey(routeClass) + u'.';
    LatencySettings s;
    s.distribution = value(p + u"distribution"_s).toString();
    s.baseMs = whole(p + u"baseMs"_s);
    s.jitterMs = whole(p + u"jitterMs"_s);
    s.capMs = whole(p + u"capMs"_s);
    return s;
}

FaultSettings BackendSettings::faults() const
{
    FaultSettings s;
    s.errorRate = value(u"faults.errorRate"_s).toDouble();
    s.hangRate = value(u"faults.hangRate"_s).toDouble();
    s.lostResponseRate = value(u"faults.lostResponseRate"_s).toDouble();
    s.offline = value(u"faults.offline"_s).toBool();
    return s;
}

QList<ReplicaSettings> BackendSettings::replicas() const
{
    QList<ReplicaSettings> list;
    for (int i = 0; i < replicaCount(); ++i) {
        const QString p = u"replication.replicas[%1]."_s.arg(i);
        ReplicaSettings s;
        s.model = value(p + u"model"_s).toString();
        s.baseMs = whole(p + u"baseMs"_s);
        s.jitterMs = whole(p + u"jitterMs"_s);
        s.medianMs = whole(p + u"medianMs"_s);
        s.p95Ms = whole(p + u"p95Ms"_s);
        s.spikeRate = value(p + u"spikeRate"_s).toDouble();
        s.spikeMs = whole(p + u"spikeMs"_s);
        s.paused = value(p + u"paused"_s).toBool();
        list.append(s);
    }
    return list;
}

int BackendSettings::replicaCount() const
{
    return static_cast<int>(value(u"replication.replicas"_s).toArray().size());
}

TransferSettings BackendSettings::transfers() const
{
    TransferSettings s;
    s.settleMinMs = whole(u"transfers.settleMinMs"_s);
    s.settleMaxMs = whole(u"transfers.settleMaxMs"_s);
    s.successRate = value(u"transfers.successRate"_s).toDouble();
    return s;
}

QJsonObject BackendSettings::patchFor(const QString &path, const QJsonValue &value) const
{
    const ConfigSchema::Field *field = ConfigSchema::field(path);
    if (!field)
        return {};
    if (field->type == ConfigSchema::Type::List) {
        // A count: the backend keeps the replicas that stay and starts new ones from no lag.
        const int count = static_cast<int>(
            std::clamp<qint64>(value.toInteger(), qint64(field->min), qint64(field->max)));
        QJsonArray array;
        for (int i = 0; i < count; ++i)
            array.append(QJsonObject {});
        return JsonPath::withValue({}, path, array);
    }
    const QJsonValue bounded = ConfigSchema::clamped(*field, value);
    int index = -1;
    JsonPath::generic(path, &index);
    if (index >= 0)
        return replicaPatch(index, {{field->key(), bounded}});
    return JsonPath::withValue({}, path, bounded);
}

QJsonObject BackendSettings::replicaPatch(int replicaIndex, const QJsonObject &entry) const
{
    // The backend starts each listed entry from the replica at that index, so an empty object
    // leaves a replica as it is; replicaIndex -1 applies entry to all of them.
    QJsonArray array;
    for (int i = 0; i < replicaCount(); ++i)
        array.append(replicaIndex < 0 || i == replicaIndex ? entry : QJsonObject {});
    return {{u"replication"_s, QJsonObject {{u"replicas"_s, array}}}};
}

QString BackendSettings::fieldOf(const ApiResult &result)
{
    // The client keeps only code and message of an error; the backend's messages start with the
    // path of the field they are about ("faults.errorRate must be …").
    const QString first = result.message.section(u' ', 0, 0);
    if (first.contains(u'.') || first.contains(u'['))
        return first;
    return {};
}

void BackendSettings::apply(const QJsonObject &patch, const QString &what, Done done)
{
    const QString correlationId = issue();
    ApiCall *call = m_client->patchConfig(patch, correlationId);
    connect(call, &ApiCall::finished, this,
            [this, patch, what, done, correlationId](const ApiResult &result) {
                if (result.ok()) {
                    setConfig(result.body);
                    record(what.isEmpty() ? tr("Backend settings changed") : what, correlationId,
                           compact(patch));
                    Q_EMIT applied(patch, what);
                } else {
                    QString field = fieldOf(result);
                    if (field.isEmpty()) {
                        const QStringList paths = JsonPath::leafPaths(patch);
                        if (paths.size() == 1)
                            field = paths.constFirst();
                    }
                    record(tr("The backend refused a change: %1").arg(result.message),
                           correlationId, compact(patch));
                    Q_EMIT applyFailed(patch, field, result.message);
                }
                if (done)
                    done(result.ok(), result.message);
            });
}

void BackendSettings::applyPreset(const Preset &preset, Done done)
{
    QJsonObject patch = preset.patch;
    if (!preset.eachReplica.isEmpty())
        patch.insert(u"replication"_s,
                     replicaPatch(-1, preset.eachReplica).value(u"replication"_s));
    apply(patch, tr("Preset “%1”: %2").arg(preset.name, preset.description), std::move(done));
}

void BackendSettings::command(const QByteArray &method, const QString &path,
                              const QJsonObject &body, const QString &what, Done done)
{
    const QString correlationId = issue();
    ++m_oneShotsAsked;
    ApiCall *call = m_client->admin(method, path, body, correlationId);
    connect(call, &ApiCall::finished, this,
            [this, what, done, correlationId, body](const ApiResult &result) {
                if (result.ok() && result.body.value(u"oneShots"_s).isObject())
                    setOneShots(result.body.value(u"oneShots"_s).toObject());
                const QString message =
                    result.ok() ? what : tr("%1 did not work: %2").arg(what, result.message);
                record(message, correlationId, body.isEmpty() ? QString() : compact(body));
                Q_EMIT commandFinished(result.ok(), message);
                if (done)
                    done(result.ok(), result.ok() ? what : result.message);
            });
}

void BackendSettings::setReplicaPaused(int replicaId, bool paused, Done done)
{
    command(
        "POST",
        Wire::Route::fill(paused ? Wire::Route::adminReplicaPause : Wire::Route::adminReplicaResume,
                          QString::number(replicaId)),
        {},
        paused ? tr("Replica %1 paused").arg(replicaId) : tr("Replica %1 resumed").arg(replicaId),
        [this, done](bool ok, const QString &message) {
            // The paused flag lives in the configuration; show it without waiting for an
            // event channel that may not be running.
            if (ok)
                refresh();
            if (done)
                done(ok, message);
        });
}

void BackendSettings::failNext(int count, Done done)
{
    command("POST", Wire::Route::adminFaults, {{u"failNext"_s, count}},
            // Said as what was done: the Faults box says what is left now.
            tr("Armed: fail the next %n write(s)", nullptr, count), std::move(done));
}

void BackendSettings::failTimes(const QString &route, int count, Done done)
{
    const QString title = OneShotFaults::titleOf(route);
    command("POST", Wire::Route::adminFaults, {{u"failTimes"_s, count}, {u"route"_s, route}},
            tr("Armed: %1 — fail the next %n", nullptr, count).arg(title), std::move(done));
}

void BackendSettings::clearOneShotFaults(Done done)
{
    command("POST", Wire::Route::adminFaults, {{u"clear"_s, true}},
            tr("Pending one-off faults cleared"), std::move(done));
}

void BackendSettings::resetData(Done done)
{
    command("POST", Wire::Route::adminReset, {}, tr("Data reset to seed %1").arg(seed()),
            std::move(done));
}

void BackendSettings::setSeedAndReset(quint64 newSeed, Done done)
{
    apply({{u"seed"_s, static_cast<qint64>(newSeed)}}, tr("Seed set to %1").arg(newSeed),
          [this, newSeed, done](bool ok, const QString &message) {
              if (!ok) {
                  if (done)
                      done(false, message);
                  return;
              }
              command("POST", Wire::Route::adminReset, {}, tr("Data reset to seed %1").arg(newSeed),
                      done);
          });
}

void BackendSettings::simulateDeviceDetails(const QString &name, const QString &email, Done done)
{
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    if (!email.isEmpty())
        body.insert(u"email"_s, email);
    if (body.isEmpty()) {
        // A different name each time, so every press changes what the screen shows.
        const QStringList names {tr("Sam Morgan"), tr("Alex (phone)"), tr("A. Morgan")};
        body.insert(u"name"_s, names.at(m_deviceDetailsTurn++ % names.size()));
    }
    command("POST", Wire::Route::adminSimulateDeviceDetails, body,
            tr("Another device changed the contact details"), done);
}

void BackendSettings::simulateDevice(int itemId, std::optional<bool> favorite, Done done)
{
    const auto send = [this, done](int id, bool fav) {
        command("POST", Wire::Route::adminSimulateDevice, {{u"itemId"_s, id}, {u"favorite"_s, fav}},
                fav ? tr("Another device favorited item %1").arg(id)
                    : tr("Another device unfavorited item %1").arg(id),
                done);
    };
    if (itemId > 0 && favorite) {
        send(itemId, *favorite);
        return;
    }
    // Pick (or look up) the item on the primary, so the toggle is relative to what is true now.
    ApiCall *call = m_client->fetchItems(ReadConsistency::Primary);
    connect(call, &ApiCall::finished, this,
            [this, itemId, favorite, send, done](const ApiResult &result) {
                const auto *items = result.get<QList<CatalogItem>>();
                if (!items || items->isEmpty()) {
                    const QString message =
                        tr("Could not read the items to pick one: %1").arg(result.message);
                    Q_EMIT commandFinished(false, message);
                    if (done)
                        done(false, message);
                    return;
                }
                const CatalogItem *chosen = nullptr;
                if (itemId > 0) {
                    for (const CatalogItem &item : *items) {
                        if (item.id == itemId)
                            chosen = &item;
                    }
                } else {
                    chosen = &items->at(
                        QRandomGenerator::global()->bounded(static_cast<int>(items->size())));
                }
                if (!chosen) {
                    const QString message = tr("There is no item %1.").arg(itemId);
                    Q_EMIT commandFinished(false, message);
                    if (done)
                        done(false, message);
                    return;
                }
                send(chosen->id, favorite.value_or(!chosen->favorite));
            });
}

void BackendSettings::record(const QString &text, const QString &correlationId,
                             const QString &detail)
{
    if (!m_recorder)
        return;
    TimelineEvent event;
    event.kind = TimelineEvent::Kind::ConfigChanged;
    event.screen = u"control-room"_s;
    event.correlationId = correlationId;
    event.text = text;
    event.detail = detail;
    m_recorder->record(std::move(event));
}
