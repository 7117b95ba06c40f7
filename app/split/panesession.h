#pragma once

#include "app/sessionservices.h"

#include <QObject>
#include <QString>

// A split view's second pane as a session of its own against the same backend: its own
// ApiClient (its own client id and read-your-writes token), event stream and connection monitor.
// The window's toasts, announcer, recorder and display preferences are shared, so what it says
// carries the pane's name; scenario actions stay with the window's own session, and so do the
// telemetry figures until they can be told apart by pane.
class PaneSession final : public QObject
{
    Q_OBJECT

public:
    PaneSession(const SessionServices &window, const QString &pane, QObject *parent = nullptr);
    ~PaneSession() override;

    const SessionServices &services() const { return m_services; }
    ApiClient *api() const { return m_services.api; }

    // Connects to the window session's backend; call once it answers.
    void start();

    // The text as a pane says it: "Right pane: text", or the text alone without a pane.
    static QString say(const QString &pane, const QString &text);

private:
    ApiClient *m_windowApi;
    SessionServices m_services;
};
