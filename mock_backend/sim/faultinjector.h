#pragma once

#include "mock_backend/config/backendconfig.h"

#include <QJsonObject>
#include <QString>

#include <map>

namespace mock {

class SeededRandom;

// Decides, per data request, whether an injected fault happens. One-shot faults come first
// (fail-N-times on a route, then fail-next-N on any route), then the configured rates.
class FaultInjector
{
public:
    // ErrorAfterCommit: the write is applied, then answered with a 503, as a proxy might after
    // the backend committed. Only a client that resolves 5xx with the same key stays exactly-once.
    enum class Action { None, Error, Hang, LoseResponse, ErrorAfterCommit };

    void setRates(const BackendConfig::Faults &faults) { m_rates = faults; }
    void failNext(int count, Action action) { m_failNext = {count, action}; }
    void failTimes(const QString &routeKey, int count, Action action);
    void clearOneShots();

    // routeKey like "PUT /items/{id}/favorite". Draws exactly one number from random per call
    // so that one-shot faults do not shift the seeded stream.
    Action decide(const QString &routeKey, bool isWrite, SeededRandom &random);

    QJsonObject oneShotsJson() const;
    static QString actionName(Action action);
    static bool actionFromName(const QString &name, Action *out);

private:
    struct OneShot
    {
        int remaining = 0;
        Action action = Action::Error;
    };
    BackendConfig::Faults m_rates;
    OneShot m_failNext;
    std::map<QString, OneShot> m_failTimes;
};

} // namespace mock
