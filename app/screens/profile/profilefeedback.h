#pragma once

#include "app/sessionservices.h"

#include <QObject>
#include <QPointer>

class ProfileModel;
class SessionRecorder;
class StatusAnnouncer;
class Telemetry;
class ToastCenter;

// What the profile model's signals become for the person and the facilitator: toasts (with
// Retry), announcements, telemetry and the model's own timeline steps. The screen lays out and
// shows the page; everything said about an upload goes through here.
class ProfileFeedback final : public QObject
{
    Q_OBJECT

public:
    ProfileFeedback(ProfileModel *model, const SessionServices &services,
                    QObject *parent = nullptr);

    // The split-view pane this screen is ("Left pane"), said first, and its title, which names
    // its telemetry rows; both empty outside split view.
    void setPane(const QString &pane, const QString &title);

private:
    QString operation() const;
    // Who an announcement is about, so its final state can drop what is outdated.
    QString subject() const;
    QString said(const QString &text) const;
    void connectUpload();
    void connectReads();
    void retry();

    ProfileModel *m_model;
    // Guarded: an upload the model abandons while the window closes may still report.
    QPointer<ToastCenter> m_toasts;
    QPointer<StatusAnnouncer> m_announcer;
    QPointer<SessionRecorder> m_recorder;
    QPointer<Telemetry> m_telemetry;
    // Whether the upload that just failed was shown as a preview: then it is rolled back.
    bool m_hadPreview = false;
    QString m_pane;
    QString m_paneTitle;
    // The toasts of a failed upload and a failed load, withdrawn once the upload is saved or a
    // read is served (0: none).
    int m_uploadToast = 0;
    int m_loadToast = 0;
};
