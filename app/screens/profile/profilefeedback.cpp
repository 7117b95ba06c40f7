#include "app/screens/profile/profilefeedback.h"

#include "app/split/panesession.h"
#include "models/profile/profilemodel.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString uploadOperation = u"photo upload"_s;

} // namespace

ProfileFeedback::ProfileFeedback(ProfileModel *model, const SessionServices &services,
                                 QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_toasts(services.toasts)
    , m_announcer(services.announcer)
    , m_recorder(services.recorder)
    , m_telemetry(services.telemetry)
    , m_pane(services.pane)
{
    m_model->setRecorder(services.recorder);
    connectUpload();
    connectReads();
}

void ProfileFeedback::setPane(const QString &pane, const QString &title)
{
    m_pane = pane;
    m_paneTitle = title;
}

QString ProfileFeedback::operation() const
{
    return PaneSession::measured(uploadOperation, m_paneTitle);
}

QString ProfileFeedback::subject() const
{
    // One photo at a time: its final state drops a "checking" still on the way.
    return PaneSession::subject(u"profile:photo"_s, m_pane);
}

QString ProfileFeedback::said(const QString &text) const
{
    return PaneSession::say(m_pane, text);
}

void ProfileFeedback::retry()
{
    if (m_model->canRetry())
        m_model->retry();
}

void ProfileFeedback::connectUpload()
{
    connect(m_model, &ProfileModel::inputRefused, this, [this](const QString &message) {
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Failure, said(message));
    });
    connect(m_model, &ProfileModel::uploadStarted, this, [this] {
        m_hadPreview = m_model->isPreviewShown();
        // The model set the badge (and the preview) in the same call as the person's action;
        // they are painted in the next frame.
        if (m_telemetry)
            m_telemetry->recordFeedback(operation(), 0);
    });
    connect(m_model, &ProfileModel::uploadFailed, this,
            [this](const QString &message, bool canRetry, bool outcomeUnknown) {
                if (m_announcer)
                    m_announcer->announce(m_hadPreview ? StatusAnnouncer::Kind::RolledBack
                                                       : StatusAnnouncer::Kind::Failure,
                                          said(message), subject());
                if (m_toasts) {
                    const ToastSpec spec {ToastSpec::Style::Error, said(message),
                                          canRetry ? ToastSpec::Action::Retry
                                                   : ToastSpec::Action::None};
                    const int toast = m_toasts->show(spec, m_model, [this] { retry(); });
                    if (m_uploadToast != toast)
                        m_toasts->resolve(m_uploadToast, tr("Failed again"));
                    m_uploadToast = toast;
                }
                // A lost answer was counted when it happened (uploadChecking).
                if (m_telemetry && !outcomeUnknown && m_hadPreview)
                    m_telemetry->countRollback(operation());
            });
    connect(m_model, &ProfileModel::uploadSaved, this, [this] {
        // However it was retried, the failure is over: its toast must not offer Retry still.
        if (m_toasts)
            m_toasts->resolve(std::exchange(m_uploadToast, 0), tr("Saved"));
        if (m_announcer)
            m_announcer->settle(subject());
    });
    connect(m_model, &ProfileModel::uploadChecking, this, [this](const QString &message) {
        if (m_telemetry)
            m_telemetry->countUnknown(operation());
        // Said only if the check takes longer than a moment (the announcer decides).
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Checking, said(message), subject());
    });
    connect(m_model, &ProfileModel::ownPhotoShown, this, [this](qint64, int, qint64 msSinceAction) {
        PaneSession::announceSaved(m_announcer, m_pane, tr("Your new photo is showing."),
                                   subject());
        if (m_telemetry)
            m_telemetry->recordConfirmation(operation(), msSinceAction);
    });
    connect(m_model, &ProfileModel::oldPhotoShown, this, [this] {
        // The naive page believes all is well, so that is what it says.
        PaneSession::announceSaved(m_announcer, m_pane, tr("Photo saved."), subject());
    });
    connect(m_model, &ProfileModel::gaveUp, this, [this](const QString &message) {
        if (m_announcer) {
            m_announcer->settle(subject()); // no more checking to speak of
            m_announcer->announce(StatusAnnouncer::Kind::Info, said(message));
        }
        if (m_toasts)
            m_toasts->show({ToastSpec::Style::Info, said(message), ToastSpec::Action::None});
    });
}

void ProfileFeedback::connectReads()
{
    connect(m_model, &ProfileModel::loadFailed, this, [this](const QString &message) {
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Failure, said(message));
        if (m_toasts)
            m_loadToast =
                m_toasts->show({ToastSpec::Style::Error, said(message), ToastSpec::Action::Retry},
                               m_model, [this] { retry(); });
    });
    connect(m_model, &ProfileModel::readServed, this, [this] {
        if (m_toasts && m_loadToast)
            m_toasts->resolve(std::exchange(m_loadToast, 0), tr("Loaded"));
    });
    connect(m_model, &ProfileModel::staleOwnRead, this, [this](ProfilePattern pattern) {
        if (m_telemetry)
            m_telemetry->increment(
                operation(),
                tr("stale reads of your own write · %1").arg(ProfilePatterns::title(pattern)));
    });
    connect(m_model, &ProfileModel::timeTravelled, this, [this](ProfilePattern pattern) {
        // The naive page does not know it went back, so it says nothing; the room sees the count.
        if (m_telemetry)
            m_telemetry->increment(
                operation(),
                tr("time travel (older after newer) · %1").arg(ProfilePatterns::title(pattern)));
    });
    connect(m_model, &ProfileModel::timelineStep, this, [this](const TimelineEvent &event) {
        if (m_recorder)
            m_recorder->record(event);
    });
}
