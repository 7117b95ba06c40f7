#pragma once

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

// How one participant's app talks to the backend, per participant; intervals are means where
// the person decides (uniformly 0.5–1.5 times the value) and fixed where a timer does.
struct RoomSettings
{
    int clients = 50;
    int latencyMs = 100; // what the backend was configured with, for every data route
    int durationS = 60;
    int healthEveryMs = 1000; // the replica-lag chart (ReplicaLagSeries)
    int inspectorEveryMs = 500; // the replica inspector of the profile screen
    int toggleEveryMs = 3000; // a favorite toggle (person)
    int transferEveryMs = 20000; // a transfer of one cent (person)
    int photoEveryMs = 60000; // a profile photo upload (person); 0 = none
    int itemsEveryMs = 30000; // the favorites list read again (Refresh)
    int profileEveryMs = 15000; // the profile page read again (Reload)
    int accountEveryMs = 30000; // the account and the transfer list read again
    int settlePollMs = 1000; // a pending transfer's own poll (TransferModel's fallback)
    int eventWaitMs = 20000; // the event channel's long poll (EventStream)
    int drainMs = 5000; // after the load, how long late deliveries may still arrive
    int maxConnections = 6; // per participant, as QNetworkAccessManager per host
    int sampleEveryMs = 5000;
    quint64 seed = 1;
    QByteArray photo; // PNG bytes for uploads
};

struct RoomResult
{
    // observed − configured latency (ms) of each answered data request, by route
    std::map<QByteArray, std::vector<double>> errorsByRoute;
    std::vector<double> errors; // all of them
    qint64 answered = 0;
    std::map<int, qint64> otherStatuses; // answers that were not 2xx (0: no answer)
    qint64 queuedCalls = 0; // calls that waited for a free connection of their participant
    // Every acknowledged write, heard by every other participant on its event channel?
    qint64 writesAcknowledged = 0;
    qint64 deliveriesExpected = 0;
    qint64 deliveriesMissing = 0;
    QStringList missingExamples;
    std::vector<double> deliveryMs; // reader heard it − writer got its answer
    qint64 eventAnswers = 0;
    qint64 eventResets = 0;
    double loadSeconds = 0;
    double clientCpuSeconds = 0; // this process, during the load
};

// N light clients in this process: plain POSIX sockets and one poll() loop, no Qt event loop.
// Each participant has its own connections (an event channel and up to maxConnections − 1 for
// calls, one request in flight on each) and behaves as the app's screens do.
class Room
{
public:
    enum class Moment { Started, Tick, Ended };
    using Observer = std::function<void(Moment, double elapsedS)>;

    Room(quint16 port, RoomSettings settings);
    ~Room();
    Room(const Room &) = delete;
    Room &operator=(const Room &) = delete;

    // Opens every event channel, runs the load for durationS (observe: Started once every
    // channel is open, Tick every sampleEveryMs, Ended when the load stops), then drains.
    RoomResult run(const Observer &observe);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
