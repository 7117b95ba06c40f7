#pragma once

#include "models/control/oneshotfaults.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class ApiClient;
class EventStream;
class SessionRecorder;
struct ApiResult;
struct BackendEvent;
struct Preset;

// Typed views of the parts of /admin/config the control room shows. Field names, units and
// defaults are those of the schema (core/configschema.h, docs/api.md); rates are fractions 0…1.
struct LatencySettings
{
    QString distribution = QStringLiteral("fixed"); // fixed, uniform, normal, lognormal
    qint64 baseMs = 0;
    qint64 jitterMs = 0;
    qint64 capMs = 0;
};

struct FaultSettings
{
    double errorRate = 0;
    double hangRate = 0;
    double lostResponseRate = 0;
    bool offline = false;
};

struct ReplicaSettings
{
    QString model = QStringLiteral("fixed"); // fixed, uniform, lognormal
    qint64 baseMs = 0;
    qint64 jitterMs = 0;
    qint64 medianMs = 0;
    qint64 p95Ms = 0;
    double spikeRate = 0;
    qint64 spikeMs = 0;
    bool paused = false;
};

struct TransferSettings
{
    qint64 settleMinMs = 0;
    qint64 settleMaxMs = 0;
    double successRate = 1;
};

// The client-side mirror of the backend's /admin/config. Every change goes through the admin API
// (never into an in-process backend directly), so the same control room drives a shared
// converge-backend in a workshop room. The mirror follows the server: it refreshes on the
// config.changed event, whoever made the change.
class BackendSettings final : public QObject
{
    Q_OBJECT

public:
    enum class RouteClass { Reads, Writes, Transfers };
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit BackendSettings(ApiClient *client, QObject *parent = nullptr);

    void observe(EventStream *events);
    void setRecorder(SessionRecorder *recorder) { m_recorder = recorder; }

    // GET /admin/config, and GET /admin/faults for the one-shot faults.
    void refresh(Done done = {});
    void refreshFaults(Done done = {});
    bool isLoaded() const { return m_loaded; }
    // What the backend last said about its one-shot faults (answers and faults.changed events).
    const OneShotFaults &oneShots() const { return m_oneShots; }
    QJsonObject config() const { return m_config; }

    // The value at a config path ("faults.errorRate", "replication.replicas[1].baseMs"); the
    // schema's default where the backend has not said (yet).
    QJsonValue value(const QString &path) const;
    quint64 seed() const;
    LatencySettings latency(RouteClass routeClass) const;
    FaultSettings faults() const;
    QList<ReplicaSettings> replicas() const;
    int replicaCount() const;
    TransferSettings transfers() const;
    static QString routeClassKey(RouteClass routeClass); // "reads", "writes", "transfers"

    // PATCH /admin/config with a JSON merge patch. `what` is the plain sentence the timeline shows
    // ("Error rate 30 %").
    void apply(const QJsonObject &patch, const QString &what = {}, Done done = {});
    void applyPreset(const Preset &preset, Done done = {});
    // A replicas array for a patch: `entry` merged into every existing replica (the array length
    // is the replica count, so patches of one replica must still list all of them).
    QJsonObject replicaPatch(int replicaIndex, const QJsonObject &entry) const;
    // The patch that sets one config path, with value made valid for its schema field (bounded,
    // whole where it must be). For replication.replicas, value is the replica count.
    QJsonObject patchFor(const QString &path, const QJsonValue &value) const;

    void setReplicaPaused(int replicaId, bool paused, Done done = {});
    // The person's next `count` writes fail with 503.
    void failNext(int count, Done done = {});
    // The next `count` requests on route ("PUT /items/{id}/favorite") fail with 503.
    void failTimes(const QString &route, int count, Done done = {});
    void clearOneShotFaults(Done done = {});
    void resetData(Done done = {});
    // A new seed, then a reset, so the data is what that seed produces.
    void setSeedAndReset(quint64 seed, Done done = {});
    // Another device favorites (or unfavorites) an item. itemId 0: a random item, toggled.
    void simulateDevice(int itemId = 0, std::optional<bool> favorite = {}, Done done = {});
    // Another device edits the profile's contact details (an empty value stays as it is; both
    // empty: a new display name of its own).
    void simulateDeviceDetails(const QString &name = {}, const QString &email = {}, Done done = {});

Q_SIGNALS:
    void changed();
    void seedChanged(quint64 seed);
    // A patch was applied; what is its plain sentence ("Preset “Offline”: …", "Scenario: …").
    void applied(const QJsonObject &patch, const QString &what);
    // Someone else (another app on a shared backend, a curl) changed the backend; in plain words.
    void changedElsewhere(const QString &what);
    void oneShotsChanged();
    // The server refused a patch; field is the config path it named (may be empty), message its
    // words.
    void applyFailed(const QJsonObject &patch, const QString &field, const QString &message);
    // Outcome of the one-off commands (fail next, reset, pause…), in plain words.
    void commandFinished(bool ok, const QString &message);

private:
    void setConfig(const QJsonObject &config);
    void onEvent(const BackendEvent &event);
    void setOneShots(const QJsonObject &oneShots);
    QString issue(); // a correlation id for a request of ours, remembered
    bool isOurs(const QString &correlationId) const;
    void command(const QByteArray &method, const QString &path, const QJsonObject &body,
                 const QString &what, Done done);
    void record(const QString &text, const QString &correlationId, const QString &detail);
    static QString fieldOf(const ApiResult &result);
    qint64 whole(const QString &path) const;

    ApiClient *m_client;
    int m_deviceDetailsTurn = 0; // which name the simulated device writes next
    SessionRecorder *m_recorder = nullptr;
    QJsonObject m_config;
    OneShotFaults m_oneShots;
    quint64 m_oneShotsAsked = 0; // faults refreshes and commands sent, to drop stale answers
    QList<QString> m_issued; // the newest correlation ids we sent, to tell our events apart
    bool m_loaded = false;
    bool m_refreshing = false;
};
