#pragma once

#include "app/sessionservices.h"
#include "models/details/detailsmodel.h"
#include "models/session/timelineevent.h"

#include <QObject>
#include <QPointer>

class SessionRecorder;
class StatusAnnouncer;
class Telemetry;
class ToastCenter;

// Turns the contact details' notices into what people and the room see: announcements, toasts,
// telemetry counts and timeline steps. The conflict itself is shown by its dialog, not spoken
// here as well.
class DetailsFeedback final : public QObject
{
    Q_OBJECT

public:
    DetailsFeedback(DetailsModel *model, const SessionServices &services, QObject *parent);

    // The timeline's screen its steps are told under ("profile", a right pane's "profile-right").
    void setScreenId(const QString &screen) { m_screen = screen; }

private:
    void onNotice(DetailsModel::Notice notice);
    void record(TimelineEvent::Kind kind, const QString &text);

    DetailsModel *m_model;
    QPointer<ToastCenter> m_toasts;
    QPointer<StatusAnnouncer> m_announcer;
    SessionRecorder *m_recorder;
    Telemetry *m_telemetry;
    QString m_ownClientId;
    int m_failureToast = 0;
    QString m_pane;
    QString m_operation;
    QString m_subject;
    QString m_screen = QStringLiteral("profile");
};
