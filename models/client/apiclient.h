#pragma once

#include "models/client/apitypes.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiCall;
class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// The app's only way to the backend: HTTP over QNetworkAccessManager, asynchronous throughout.
// It stamps every request with a correlation id and this session's client id, applies deadlines,
// retries only what is safe to send twice, turns anything off-contract into an error, and keeps
// the session's read-your-writes token (the highest LSN this session wrote).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setAccessToken(const QString &token) { m_token = token; }
    QString accessToken() const { return m_token; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    // Answers longer than this (after decompression) are cut off and reported as Malformed
    // ("too_large"), so a runaway or hostile answer cannot fill the memory.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }

    qint64 readYourWritesToken() const { return m_rywToken; }
    // Raises the token when another part of the session learns of its own later write.
    void noteOwnWrite(qint64 lsn);

    static QString newCorrelationId();
    static QString newIdempotencyKey();

    ApiCall *send(ApiRequest request);

    // Typed conveniences for the routes in docs/api.md.
    ApiCall *fetchHealth();
    ApiCall *fetchItems(ReadConsistency consistency, const QString &correlationId = {});
    ApiCall *setFavorite(int itemId, bool favorite, const QString &idempotencyKey,
                         const QString &correlationId = {});
    // atLeastLsn is the floor of an AtLeast read; the other consistencies ignore it.
    ApiCall *fetchProfile(ReadConsistency consistency, const QString &correlationId = {},
                          qint64 atLeastLsn = 0);
    ApiCall *fetchPhoto(qint64 version, const QString &correlationId = {});
    ApiCall *uploadPhoto(const QByteArray &bytes, const QByteArray &contentType,
                         const QString &idempotencyKey, const QString &correlationId = {});
    // The contact details. basedOnVersion > 0 sends If-Match with it: the server answers 412
    // (WriteOutcome::Conflict, the current record as the payload) when the record has changed
    // since. 0 writes whatever is there (last write wins).
    ApiCall *saveDetails(const QString &name, const QString &email, qint64 basedOnVersion,
                         const QString &idempotencyKey, const QString &correlationId = {});
    // Offline-first favorites: the server merges this device's copy into its own; the payload is
    // the server's copy from before (FavoritesReplica). Merging twice changes nothing, so any
    // resend is safe.
    ApiCall *mergeFavorites(const QString &device, const FavoritesReplica &copy,
                            const QString &idempotencyKey, const QString &correlationId = {});
    ApiCall *fetchAccount(ReadConsistency consistency, const QString &correlationId = {});
    ApiCall *createTransfer(const QString &payeeId, qint64 amountMinor, const QString &note,
                            const QString &idempotencyKey, const QString &correlationId = {});
    ApiCall *fetchTransfer(const QString &transferId, ReadConsistency consistency,
                           const QString &correlationId = {});
    // The transfer created with this idempotency key, from the primary; 404 when there is none.
    ApiCall *lookupTransfer(const QString &idempotencyKey, const QString &correlationId = {});
    ApiCall *fetchTransfers(ReadConsistency consistency, const QString &correlationId = {});
    ApiCall *fetchConfig();
    ApiCall *patchConfig(const QJsonObject &patch, const QString &correlationId = {});
    ApiCall *admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QString &correlationId = {});

    void applyConsistency(ApiRequest &request, ReadConsistency consistency,
                          qint64 atLeastLsn = 0) const;
    // The number of the attempt sent last (0 before the first).
    quint64 lastAttempt() const { return m_lastAttempt; }

Q_SIGNALS:
    void requestStarted(const ApiRequestInfo &info);
    void requestFinished(const ApiRequestInfo &info, const ApiResult &result);
    // Every answer or failure to reach the server, also for quiet requests but not for admin
    // requests (ApiRequest::control), which answer while data routes are offline. attempt numbers
    // the attempt in the order it was sent (see lastAttempt()), so a listener can tell an answer to
    // an old request from news.
    void reachabilityObserved(bool reachable, quint64 attempt);
    void readYourWritesTokenChanged(qint64 token);

private:
    void startAttempt(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    ApiResult resultFor(ApiCall *call, QNetworkReply *reply) const;
    void finish(ApiCall *call, ApiResult result);
    bool shouldRetry(const ApiCall *call, const ApiResult &result) const;
    ApiRequestInfo infoFor(const ApiCall *call) const;

    QNetworkAccessManager *m_nam;
    std::unique_ptr<Clock> m_clock;
    QUrl m_baseUrl;
    QString m_token;
    QString m_clientId;
    quint64 m_requestCount = 0;
    std::chrono::milliseconds m_defaultTimeout {10000};
    qint64 m_maxAnswerBytes = 32LL * 1024 * 1024;
    qint64 m_rywToken = 0;
    quint64 m_lastAttempt = 0;
};
