#pragma once

#include "models/profile/photopreparer.h"
#include "models/profile/profileread.h"
#include "models/session/timelineevent.h"
#include "models/sync/syncstate.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <optional>

class ApiCall;
class ApiClient;
class Clock;
class SessionRecorder;
struct ApiResult;
struct Profile;

// The profile page: which photo it shows, what the person is uploading, and how it reads back
// after an upload (the pattern). It decides what is true and says so through signals; the screen,
// toasts, announcer, timeline and telemetry listen.
//
// After an accepted upload the page "reloads" the profile with the chosen pattern. Whatever
// version the serving node believes is current is what the page presents — also an older one,
// which is the naive pattern's bug on purpose. Poll-until-fresh never presents an older version:
// it keeps reading with backoff and gives up with a clear message after the last pause.
class ProfileModel final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 stickyWindowMs = 10000; // primary-for-a-while
        QList<int> pollBackoffMs {200, 500, 1000, 2000, 3000, 4000}; // pauses between polls
        int imageCacheSize = 8; // versions are immutable, so their images can be kept
    };

    enum class Activity {
        Idle,
        Loading, // a read of the page that is not about an upload
        Uploading,
        ReadingBack, // the upload was accepted; the page is reloading per pattern
        Polling, // poll-until-fresh is waiting for the next read
    };
    Q_ENUM(Activity)

    ProfileModel(ApiClient *api, const Clock *clock, QObject *parent = nullptr);
    ~ProfileModel() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setPreparer(const PhotoPreparer &preparer) { m_preparer = preparer; }
    const PhotoPreparer &preparer() const { return m_preparer; }
    // Optional: user actions start their story there and requests carry its correlation id.
    void setRecorder(SessionRecorder *recorder);
    void setScreenId(const QString &screen) { m_screen = screen; }

    ProfilePattern pattern() const { return m_pattern; }
    void setPattern(ProfilePattern pattern);
    bool localPreview() const { return m_localPreview; }
    void setLocalPreview(bool enabled);

    // What the page shows.
    QString name() const { return m_name; }
    QImage photo() const { return m_previewShown ? m_preview : m_photo; }
    qint64 shownVersion() const { return m_shownVersion; } // the server version on screen
    bool isPreviewShown() const { return m_previewShown; }
    QString previewText() const; // "Uploading…" over the dimmed preview
    SyncState state() const { return m_state; }
    QString statusText() const { return m_statusText; }
    Activity activity() const { return m_activity; }
    bool isUploading() const { return m_activity == Activity::Uploading; }
    bool canRetry() const { return m_retry != RetryKind::None; }
    bool hasLoaded() const { return m_shownVersion > 0; }

    // This session's own write and how the page read it back.
    qint64 ownVersion() const { return m_ownVersion; }
    qint64 ownWriteLsn() const { return m_ownWriteLsn; }
    QString pendingIdempotencyKey() const
    {
        return m_upload ? m_upload->idempotencyKey : QString();
    }
    // Since the last accepted upload, the page presented an older version as the current one.
    bool showedOldPhotoAfterUpload() const { return m_showedOldAfterUpload; }
    bool isOwnPhotoShown() const { return m_ownVersion > 0 && m_shownVersion >= m_ownVersion; }
    int readsSinceUpload() const { return m_readsSinceUpload; }
    QString lastServedBy() const { return m_lastRead ? m_lastRead->servedBy : QString(); }
    std::optional<ProfileRead> lastRead() const { return m_lastRead; }
    int staleOwnReads(ProfilePattern pattern) const;

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

Q_SIGNALS:
    void changed(); // anything the page shows
    void patternChanged(ProfilePattern pattern);
    void localPreviewChanged(bool enabled);
    void inputRefused(const QString &message);
    void uploadStarted(const QString &correlationId, const QString &displayName);
    void uploadSaved(qint64 version, bool replayed);
    // The current photo stays; canRetry says whether Retry (same key) makes sense.
    void uploadFailed(const QString &message, bool canRetry, bool outcomeUnknown);
    void readServed(const ProfileRead &read);
    void staleOwnRead(ProfilePattern pattern, const QString &servedBy);
    // The server's copy of this session's upload is on screen.
    void ownPhotoShown(qint64 version, int reads, qint64 msSinceAction);
    // The page presented an older version than this session uploaded (the naive bug).
    void oldPhotoShown(qint64 version, const QString &servedBy);
    void gaveUp(const QString &message);
    void loadFailed(const QString &message);
    void timelineStep(const TimelineEvent &event);

private:
    enum class RetryKind { None, Upload, Load };
    struct Upload
    {
        PreparedPhoto photo;
        QString idempotencyKey;
        QString correlationId;
        qint64 startedAtMs = 0;
    };

    QString beginAction(const QString &text);
    void startLoad(const QString &storyId);
    void startUpload();
    void onUploadFinished(const ApiResult &result);
    void startRead();
    void onReadFinished(quint64 generation, const ApiResult &result);
    void present(quint64 generation, const Profile &profile, const QString &servedBy);
    void show(qint64 version, const QImage &image, const QString &servedBy);
    bool insideStickyWindow() const;
    void failRead(const QString &message);
    void cacheImage(qint64 version, const QImage &image);
    void setActivity(Activity activity);
    void setStatus(SyncState state, const QString &text);
    void step(TimelineEvent::Kind kind, const QString &text, const QString &node = {},
              qint64 lsn = -1);
    void cancelInFlight();

    ApiClient *m_api;
    const Clock *m_clock;
    QPointer<SessionRecorder> m_recorder;
    QString m_screen;
    Options m_options;
    PhotoPreparer m_preparer;
    ProfilePattern m_pattern = ProfilePattern::NaiveReplica;
    bool m_localPreview = false;

    QString m_name;
    QImage m_photo;
    qint64 m_shownVersion = 0;
    QImage m_preview;
    bool m_previewShown = false;
    SyncState m_state = SyncState::Confirmed;
    QString m_statusText;
    Activity m_activity = Activity::Idle;
    RetryKind m_retry = RetryKind::None;

    std::optional<Upload> m_upload; // until the server accepted it; kept for Retry
    QString m_storyId; // correlation id of the current story (upload or reload)
    qint64 m_storyStartedAtMs = 0;
    qint64 m_ownVersion = 0;
    qint64 m_ownWriteLsn = -1;
    qint64 m_writeAcceptedAtMs = -1;
    qint64 m_stickyUntilMs = -1;
    bool m_readingBack = false; // the current read cycle follows an upload
    bool m_showedOldAfterUpload = false;
    int m_readsSinceUpload = 0;
    int m_pollIndex = 0; // the next pause to take from Options::pollBackoffMs
    std::optional<ProfileRead> m_lastRead;
    std::map<ProfilePattern, int> m_staleReads;

    QHash<qint64, QImage> m_images;
    QList<qint64> m_imageOrder;

    quint64 m_generation = 0; // answers of superseded reads are ignored
    QPointer<ApiCall> m_uploadCall;
    QPointer<ApiCall> m_readCall;
    QTimer m_pollTimer;
};
