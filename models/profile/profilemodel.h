#pragma once

#include "models/profile/photopreparer.h"
#include "models/profile/profilemachine.h"
#include "models/profile/profileread.h"
#include "models/session/timelineevent.h"
#include "models/sync/syncstate.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>

class ApiCall;
class ApiClient;
class Clock;
class SessionRecorder;
struct BackendEvent;

// The profile page: which photo it shows, what the person is uploading, and how it reads back
// after an upload (the pattern). ProfileMachine decides what is true; this model is its driver:
// it turns the person's actions, answers, events and timers into the machine's inputs, carries
// out the effects (requests, the timer, the image on screen) and says what happened through
// signals. The screen, toasts, announcer, timeline and telemetry listen.
//
// After an accepted upload the page "reloads" the profile with the chosen pattern. Whatever
// version the serving node believes is current is what the page presents — also an older one,
// which is the naive pattern's bug on purpose. Poll-until-fresh never presents an older version:
// it keeps reading with backoff and gives up with a clear message after the last pause.
// An upload whose answer is lost is settled by its write.accepted event, or else by reading the
// primary back and sending it again with the same idempotency key.
class ProfileModel final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 stickyWindowMs = 10000; // primary-for-a-while
        QList<int> pollBackoffMs {200, 500, 1000, 2000, 3000, 4000}; // pauses between polls
        // Pauses before each check of an upload whose answer was lost (its event may come first).
        Backoff checkBackoff {std::chrono::milliseconds(500), std::chrono::milliseconds(4000)};
        int maxChecks = 5;
        int imageCacheSize = 8; // versions are immutable, so their images can be kept
    };

    using Activity = ProfileMachine::Activity;

    ProfileModel(ApiClient *api, const Clock *clock, QObject *parent = nullptr);
    ~ProfileModel() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    void setPreparer(const PhotoPreparer &preparer) { m_preparer = preparer; }
    const PhotoPreparer &preparer() const { return m_preparer; }
    // Optional: user actions start their story there and requests carry its correlation id.
    void setRecorder(SessionRecorder *recorder);
    void setScreenId(const QString &screen) { m_screen = screen; }

    ProfilePattern pattern() const { return m_state.pattern; }
    void setPattern(ProfilePattern pattern);
    bool localPreview() const { return m_state.localPreview; }
    void setLocalPreview(bool enabled);

    // What the page shows.
    QString name() const { return m_name; }
    QImage photo() const { return m_state.previewShown ? m_preview : m_photo; }
    qint64 shownVersion() const { return m_state.shownVersion; } // the server version on screen
    bool isPreviewShown() const { return m_state.previewShown; }
    QString previewText() const; // "Uploading…" over the dimmed preview
    SyncState state() const { return ProfileMachine::syncStateOf(m_state.phase); }
    QString statusText() const;
    Activity activity() const { return ProfileMachine::activityOf(m_state.phase); }
    ProfileMachine::Phase phase() const { return m_state.phase; }
    // The upload is not settled yet (sending, or finding out whether its lost answer arrived).
    bool isUploading() const { return ProfileMachine::isUploadUnsettled(m_state.phase); }
    bool canRetry() const { return ProfileMachine::canRetry(m_state.phase); }
    bool hasLoaded() const { return m_state.shownVersion > 0; }

    // This session's own write and how the page read it back.
    qint64 ownVersion() const { return m_state.ownVersion; }
    qint64 ownWriteLsn() const { return m_state.ownLsn; }
    QString pendingIdempotencyKey() const
    {
        return m_upload ? m_upload->idempotencyKey : QString();
    }
    // Since the last accepted upload, the page presented an older version as the current one.
    bool showedOldPhotoAfterUpload() const { return m_showedOldAfterUpload; }
    bool isOwnPhotoShown() const
    {
        return m_state.ownVersion > 0 && m_state.shownVersion >= m_state.ownVersion;
    }
    int readsSinceUpload() const { return m_state.readsSinceUpload; }
    QString lastServedBy() const { return m_lastRead ? m_lastRead->servedBy : QString(); }
    std::optional<ProfileRead> lastRead() const { return m_lastRead; }
    int staleOwnReads(ProfilePattern pattern) const;
    // Times the page showed an older photo than one it had shown before, per pattern.
    int timeTravels(ProfilePattern pattern) const;
    // The highest LSN this page has seen (its reads and its own upload); -1 before any.
    qint64 seenLsn() const { return m_state.seenLsn; }

    // Reads the page with the current pattern (the first load, or after a refused input).
    void load();
    // The person reloads the page: a user action of its own in the timeline.
    void reload();
    // Checks the photo first; refused input emits inputRefused() and sends nothing. Returns
    // whether an upload started.
    bool uploadFile(const QString &path);
    bool uploadBytes(const QByteArray &bytes, const QString &displayName);
    bool upload(const PreparedPhoto &photo);
    // Sends the failed upload again with the same idempotency key, or reloads after a failed read.
    void retry();
    // The backend's event channel: settles a lost upload (write.accepted with its correlation
    // id), shortens a poll (replica.applied), starts over after data.reset.
    void handleEvent(const BackendEvent &event);

Q_SIGNALS:
    void changed(); // anything the page shows
    void patternChanged(ProfilePattern pattern);
    void localPreviewChanged(bool enabled);
    void inputRefused(const QString &message);
    void uploadStarted(const QString &correlationId, const QString &displayName);
    // The person's own choices, after the model took them (a split view mirrors them).
    void uploadChosen(const PreparedPhoto &photo);
    void reloadChosen();
    void uploadSaved(qint64 version, bool replayed);
    // The upload's answer was lost; the model finds out by itself whether it arrived.
    void uploadChecking(const QString &message);
    // The current photo stays; canRetry says whether Retry (same key) makes sense.
    void uploadFailed(const QString &message, bool canRetry, bool outcomeUnknown);
    void readServed(const ProfileRead &read);
    void staleOwnRead(ProfilePattern pattern, const QString &servedBy);
    // The server's copy of this session's upload is on screen.
    void ownPhotoShown(qint64 version, int reads, qint64 msSinceAction);
    // The page presented an older version than this session uploaded (the naive bug).
    void oldPhotoShown(qint64 version, const QString &servedBy);
    // The page went back in time: it shows `version` after having shown `seenVersion`.
    void timeTravelled(ProfilePattern pattern, qint64 version, qint64 seenVersion,
                       const QString &servedBy);
    // Stay on one replica refused an answer older than what the page has seen.
    void olderAnswerDiscarded(const ProfileRead &read);
    void gaveUp(const QString &message);
    void loadFailed(const QString &message);
    void timelineStep(const TimelineEvent &event);

private:
    struct Upload
    {
        PreparedPhoto photo;
        QString idempotencyKey;
        QString correlationId;
        qint64 startedAtMs = 0;
    };
    // An input and the answer it came from (for the inspector and the timeline), or the upload
    // the person offers with it.
    struct Arrival
    {
        ProfileMachine::Input input;
        std::optional<ApiResult> result;
        std::optional<Upload> offered;
    };

    QString beginAction(const QString &text);
    void feed(ProfileMachine::Input input, std::optional<ApiResult> result = std::nullopt,
              std::optional<Upload> offered = std::nullopt);
    void apply(const ProfileMachine::Step &transition, const ProfileMachine::State &before,
               const Arrival &arrival);
    void notify(const ProfileMachine::Effect &effect, const ProfileMachine::Step &transition,
                const ProfileMachine::State &before, const Arrival &arrival);
    void noteSaved(const ProfileMachine::Effect &effect, const Arrival &arrival);
    void noteRead(const ProfileMachine::Step &transition, const ProfileMachine::State &before,
                  const Arrival &arrival);
    void noteReadUse(const ApiResult &result, const ProfileRead &read, bool shown);
    void send();
    void fetch(ReadConsistency consistency, qint64 atLeastLsn);
    void fetchPhoto(qint64 version, qint64 lsn);
    void cacheImage(qint64 version, const QImage &image);
    void step(TimelineEvent::Kind kind, const QString &text, const QString &node = {},
              qint64 lsn = -1);
    void cancelRead();
    qint64 now() const;

    ApiClient *m_api;
    const Clock *m_clock;
    QPointer<SessionRecorder> m_recorder;
    QString m_screen;
    Options m_options;
    ProfileMachine::Settings m_settings;
    PhotoPreparer m_preparer;
    ProfileMachine::State m_state;

    QString m_name;
    QImage m_photo;
    QImage m_preview;

    std::optional<Upload> m_offered; // the person's choice, while the machine decides on it
    std::optional<Upload> m_upload; // until the server holds it; kept for Retry
    QString m_uploadName; // the last upload's name, for the words after it is settled
    QString m_storyId; // correlation id of the current story (upload or reload)
    qint64 m_storyStartedAtMs = 0;
    qint64 m_writeAcceptedAtMs = -1;
    bool m_showedOldAfterUpload = false;
    std::optional<ProfileRead> m_lastRead;
    std::map<ProfilePattern, int> m_staleReads;
    std::map<ProfilePattern, int> m_timeTravels;

    QHash<qint64, QImage> m_images;
    QList<qint64> m_imageOrder;

    std::deque<Arrival> m_inbox; // inputs that arrive while effects are carried out
    bool m_feeding = false;
    quint64 m_generation = 0; // answers of superseded reads are ignored
    QPointer<ApiCall> m_uploadCall;
    QPointer<ApiCall> m_readCall;
    // The one timer the machine schedules. Checking and Polling are only entered with a Schedule,
    // so a timeout left over from before can only land in a phase that ignores it.
    QTimer m_timer;
};
