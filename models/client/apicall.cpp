#include "models/client/apicall.h"

#include <QNetworkReply>
#include <QTimer>

ApiCall::ApiCall(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through the client, which sees m_canceled
    } else if (m_backoff && m_backoff->isActive()) {
        // Between attempts there is no reply to abort: run the next attempt now; it sees
        // m_canceled and finishes.
        m_backoff->start(0);
    }
}
