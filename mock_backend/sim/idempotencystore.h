#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <optional>

namespace mock {

// Remembers the answer to each mutating request by its Idempotency-Key for a TTL.
// A key is reserved while its first request is in flight; only definite answers (2xx, and 412
// for a failed If-Match) are stored, so a request that failed (validation, injected fault) can
// be retried with the same key. HttpApi decides which answers those are.
class IdempotencyStore
{
public:
    struct StoredResponse
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    enum class Outcome { New, InFlight, Replay, Mismatch };

    explicit IdempotencyStore(qint64 ttlMs = 24LL * 60 * 60 * 1000)
        : m_ttlMs(ttlMs)
    {
    }

    void setTtlMs(qint64 ttlMs) { m_ttlMs = ttlMs; }
    // Looks the key up; on New the key is now reserved (in flight) with this fingerprint.
    Outcome begin(const QString &key, const QByteArray &fingerprint, qint64 nowMs,
                  StoredResponse *replay);
    void complete(const QString &key, const StoredResponse &response, qint64 nowMs);
    void release(const QString &key);
    // What a key's first request sent (empty for an unknown key).
    QByteArray fingerprint(const QString &key) const;
    // A key kept elsewhere (the real store's table) since before this process: answered with
    // response, or still in flight when there is none (its write committed, its answer was
    // never stored).
    void restore(const QString &key, const QByteArray &fingerprint,
                 const std::optional<StoredResponse> &response, qint64 expiresAtMs);
    void clear() { m_records.clear(); }
    int size() const { return static_cast<int>(m_records.size()); }

private:
    struct Record
    {
        QByteArray fingerprint;
        bool inFlight = true;
        StoredResponse response;
        qint64 expiresAtMs = 0;
    };
    void purge(qint64 nowMs);

    std::map<QString, Record> m_records;
    qint64 m_ttlMs;
};

} // namespace mock
