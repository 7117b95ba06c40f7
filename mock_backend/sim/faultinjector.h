#pragma once

#include "mock_backend/config/backendconfig.h"

#include <QJsonObject>
#include <QString>

#include <deque>
#include <map>

namespace mock {

class SeededRandom;

// Decides, per data request, whether an injected fault happens. One-shot faults come first
// (fail-N-times on a route, then fail-next-N on writes), then the configured rates. The app's
// housekeeping (/health) is never faulted: the connection monitor and the lag chart read it,
// and a fault there would use up a shot meant for the person's next action.
class FaultInjector
{
public:
    // ErrorAfterCommit: the write is applied, then answered with a 503, as a proxy might after
    // the backend committed. Only a client that resolves 5xx with the same key stays exactly-once.
    enum class Action { None, Error, Hang, LoseResponse, ErrorAfterCommit };
    // What "fail next N" hits: the person's next writes (the default), or any data request.
    enum class Target { Writes, AnyRequest };

    struct Request
    {
        QString routeKey; // "PUT /items/{id}/favorite"
        QString path; // "/items/7/favorite"
        bool isWrite = false;
        bool housekeeping = false;
        qint64 atMs = 0;
        QString correlationId;
        QString clientId;
    };
    struct Decision
    {
        Action action = Action::None;
        bool usedOneShot = false;
    };

    // How many uses GET /admin/faults remembers.
    static constexpr int usedCapacity = 20;

    void setRates(const BackendConfig::Faults &faults) { m_rates = faults; }
    void failNext(int count, Action action, Target target = Target::Writes)
    {
        m_failNext = {count, action, target};
    }
    void failTimes(const QString &routeKey, int count, Action action);
    void clearOneShots();

    // Draws exactly one number from random per call so that one-shot faults (and requests that
    // are never faulted) do not shift the seeded stream.
    Decision decide(const Request &request, SeededRandom &random);

    // What is armed, what was used and when; atMs is the time of this answer.
    QJsonObject oneShotsJson(qint64 atMs) const;
    static QString actionName(Action action);
    static bool actionFromName(const QString &name, Action *out);
    static QString targetName(Target target);
    static bool targetFromName(const QString &name, Target *out);

private:
    struct OneShot
    {
        int remaining = 0;
        Action action = Action::Error;
        Target target = Target::Writes;
    };
    struct Use
    {
        Request request;
        Action action = Action::Error;
        QString by; // "failNext" or "failTimes"
    };
    Action use(OneShot &shot, const Request &request, const QString &by);

    BackendConfig::Faults m_rates;
    OneShot m_failNext;
    std::map<QString, OneShot> m_failTimes;
    std::deque<Use> m_used; // oldest first
};

} // namespace mock
