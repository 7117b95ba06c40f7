#pragma once

#include "models/client/apitypes.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

// One request's life across its attempts. Owned by the ApiClient; deletes itself after finished().
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    const ApiRequest &request() const { return m_request; }
    QString correlationId() const { return m_request.correlationId; }
    bool isFinished() const { return m_finished; }
    // Gives up on the request; finished() follows with ApiError::Canceled. For a write this
    // does not mean the server did not apply it.
    void abort();

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QTimer *m_backoff = nullptr;
    int m_attempt = 0;
    quint64 m_attemptNumber = 0; // of the attempt in flight, from ApiClient::lastAttempt()
    qint64 m_startedMs = 0;
    QString m_requestId; // "r-17": this call, across its attempts, unique in the session
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_canceled = false;
    bool m_finished = false;
};
