#include "app/split/panesession.h"

#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/session/sessionrecorder.h"
#include "widgets/statusannouncer.h"

PaneSession::PaneSession(const SessionServices &window, const QString &pane, QObject *parent)
    : QObject(parent)
    , m_windowApi(window.api)
    , m_services(window)
{
    // A new ApiClient draws a client id of its own: the backend tells the panes apart by it.
    auto *api = new ApiClient(window.api ? window.api->baseUrl() : QUrl(), this);
    if (window.api)
        api->setAccessToken(window.api->accessToken());
    m_services.api = api;
    m_services.events = new EventStream(api, this);
    m_services.connection = new ConnectionMonitor(api, this);
    m_services.actions = nullptr;
    m_services.pane = pane;
    // Its requests join the window's timeline, under their own correlation ids.
    if (m_services.recorder)
        m_services.recorder->observe(api);
}

PaneSession::~PaneSession() = default;

void PaneSession::start()
{
    if (m_windowApi)
        m_services.api->setBaseUrl(m_windowApi->baseUrl());
    m_services.connection->start();
    m_services.events->startFromNow();
}

QString PaneSession::say(const QString &pane, const QString &text)
{
    return pane.isEmpty() ? text : tr("%1: %2").arg(pane, text);
}

QString PaneSession::measured(const QString &operation, const QString &paneTitle)
{
    return paneTitle.isEmpty() ? operation : tr("%1 · %2").arg(operation, paneTitle);
}

QString PaneSession::subject(const QString &subject, const QString &pane)
{
    return pane.isEmpty() ? subject : subject + u'@' + pane;
}

void PaneSession::announceSaved(StatusAnnouncer *announcer, const QString &pane,
                                const QString &text, const QString &subject)
{
    if (!announcer)
        return;
    if (pane.isEmpty()) {
        announcer->announce(StatusAnnouncer::Kind::Saved, text, subject);
        return;
    }
    announcer->settle(subject);
    announcer->announce(StatusAnnouncer::Kind::Info, say(pane, text));
}
