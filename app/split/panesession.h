#pragma once

#include "app/sessionservices.h"

#include <QObject>
#include <QString>

class StatusAnnouncer;

// A split view's second pane as a session of its own against the same backend: its own
// ApiClient (its own client id and read-your-writes token), event stream and connection monitor.
// The window's toasts, announcer, recorder and display preferences are shared, so what it says
// carries the pane's name and its telemetry rows carry the pane's title; scenario actions stay
// with the window's own session (the mirror carries them over).
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
    // A telemetry operation as a pane measures it: "favorite · Right · Optimistic with
    // rollback", so the panes' figures stand in rows of their own; the operation alone outside
    // split view.
    static QString measured(const QString &operation, const QString &paneTitle);
    // What an announcement is about, as a pane's ("favorite:3@Right pane"): one pane's final
    // state must not silence the other's news of the same thing.
    static QString subject(const QString &subject, const QString &pane);
    // Says that subject was saved, in the pane's words. Outside split view it is one of the
    // announcer's Saved messages; a pane's is said in full (an Info after settling the subject),
    // since the two panes save at the same moment and "2 changes saved" would not say whose.
    static void announceSaved(StatusAnnouncer *announcer, const QString &pane, const QString &text,
                              const QString &subject);

private:
    ApiClient *m_windowApi;
    SessionServices m_services;
};
