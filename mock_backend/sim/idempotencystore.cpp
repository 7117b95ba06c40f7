#include "mock_backend/sim/idempotencystore.h"

namespace mock {

IdempotencyStore::Outcome IdempotencyStore::begin(const QString &key, const QByteArray &fingerprint,
                                                  qint64 nowMs, StoredResponse *replay)
{
    purge(nowMs);
    const auto it = m_records.find(key);
    if (it == m_records.end()) {
        m_records.emplace(key, Record {fingerprint, true, {}, 0});
        return Outcome::New;
    }
    if (it->second.fingerprint != fingerprint)
        return Outcome::Mismatch;
    if (it->second.inFlight)
        return Outcome::InFlight;
    if (replay)
        *replay = it->second.response;
    return Outcome::Replay;
}

void IdempotencyStore::complete(const QString &key, const StoredResponse &response, qint64 nowMs)
{
    const auto it = m_records.find(key);
    if (it == m_records.end())
        return;
    it->second.inFlight = false;
    it->second.response = response;
    it->second.expiresAtMs = nowMs + m_ttlMs;
}

void IdempotencyStore::release(const QString &key)
{
    m_records.erase(key);
}

QByteArray IdempotencyStore::fingerprint(const QString &key) const
{
    const auto it = m_records.find(key);
    return it == m_records.end() ? QByteArray() : it->second.fingerprint;
}

void IdempotencyStore::restore(const QString &key, const QByteArray &fingerprint,
                               const std::optional<StoredResponse> &response, qint64 expiresAtMs)
{
    m_records.insert_or_assign(
        key, Record {fingerprint, !response, response.value_or(StoredResponse {}), expiresAtMs});
}

void IdempotencyStore::purge(qint64 nowMs)
{
    for (auto it = m_records.begin(); it != m_records.end();) {
        // A live request's reservation has no expiry; a restored one does.
        if ((!it->second.inFlight || it->second.expiresAtMs > 0) && it->second.expiresAtMs <= nowMs)
            it = m_records.erase(it);
        else
            ++it;
    }
}

} // namespace mock
