#include "models/profile/profilemodel.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/session/sessionrecorder.h"

using namespace Qt::StringLiterals;

namespace {

QString nodeLabel(const QString &servedBy)
{
    if (servedBy == QLatin1String("primary"))
        return ProfileModel::tr("the primary");
    if (servedBy.startsWith(QLatin1String("replica-")))
        return ProfileModel::tr("replica %1").arg(servedBy.mid(8));
    return servedBy;
}

} // namespace

ProfileModel::ProfileModel(ApiClient *api, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_screen(u"profile"_s)
{
    qRegisterMetaType<ProfileRead>();
    qRegisterMetaType<ProfilePattern>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ProfileModel::startRead);
}

ProfileModel::~ProfileModel()
{
    cancelInFlight();
    if (m_uploadCall)
        m_uploadCall->disconnect(this);
}

void ProfileModel::setRecorder(SessionRecorder *recorder)
{
    m_recorder = recorder;
}

void ProfileModel::setPattern(ProfilePattern pattern)
{
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    Q_EMIT patternChanged(pattern);
}

void ProfileModel::setLocalPreview(bool enabled)
{
    if (enabled == m_localPreview)
        return;
    m_localPreview = enabled;
    Q_EMIT localPreviewChanged(enabled);
}

int ProfileModel::staleOwnReads(ProfilePattern pattern) const
{
    const auto it = m_staleReads.find(pattern);
    return it == m_staleReads.end() ? 0 : it->second;
}

QString ProfileModel::previewText() const
{
    if (!m_previewShown)
        return {};
    if (m_activity == Activity::Uploading)
        return tr("Uploading…");
    return tr("Saved. Waiting for the server's copy…");
}

QString ProfileModel::beginAction(const QString &text)
{
    if (m_recorder)
        return m_recorder->beginAction(m_screen, text);
    return ApiClient::newCorrelationId();
}

void ProfileModel::load()
{
    startLoad({});
}

void ProfileModel::reload()
{
    if (m_activity == Activity::Uploading)
        return;
    startLoad(
        beginAction(tr("Reloaded the profile page (%1)").arg(ProfilePatterns::title(m_pattern))));
}

void ProfileModel::startLoad(const QString &storyId)
{
    if (m_activity == Activity::Uploading)
        return; // the upload's own read-back follows; a second read now would only race it
    cancelInFlight();
    m_storyId = storyId;
    m_storyStartedAtMs = m_clock->nowMs();
    // Poll-until-fresh keeps its promise on every reload while the own photo is not showing.
    m_readingBack = m_pattern == ProfilePattern::PollUntilFresh && m_ownVersion > 0
        && m_shownVersion < m_ownVersion;
    setActivity(m_readingBack ? Activity::ReadingBack : Activity::Loading);
    if (m_readingBack)
        setStatus(SyncState::Pending, tr("Saved. Loading your profile…"));
    Q_EMIT changed();
    startRead();
}

bool ProfileModel::uploadFile(const QString &path)
{
    return upload(m_preparer.prepareFile(path));
}

bool ProfileModel::uploadBytes(const QByteArray &bytes, const QString &displayName)
{
    return upload(m_preparer.prepareBytes(bytes, displayName));
}

bool ProfileModel::upload(const PreparedPhoto &photo)
{
    if (!photo.ok()) {
        Q_EMIT inputRefused(photo.message);
        return false;
    }
    if (m_activity == Activity::Uploading) {
        Q_EMIT inputRefused(
            tr("Your previous photo is still uploading. Try again when it's done."));
        return false;
    }
    cancelInFlight();
    Upload upload;
    upload.photo = photo;
    upload.idempotencyKey = ApiClient::newIdempotencyKey();
    upload.correlationId =
        beginAction(tr("Uploaded a new profile photo “%1” (%2)")
                        .arg(photo.displayName, ProfilePatterns::title(m_pattern)));
    upload.startedAtMs = m_clock->nowMs();
    m_upload = std::move(upload);
    m_storyId = m_upload->correlationId;
    m_storyStartedAtMs = m_upload->startedAtMs;
    startUpload();
    return true;
}

void ProfileModel::retry()
{
    const RetryKind kind = m_retry;
    m_retry = RetryKind::None;
    if (kind == RetryKind::Upload && m_upload) {
        cancelInFlight();
        m_storyId = m_upload->correlationId;
        startUpload();
    } else if (kind == RetryKind::Load) {
        if (m_readingBack) {
            // The upload is saved; only its read-back failed: read back again, same story.
            cancelInFlight();
            setActivity(Activity::ReadingBack);
            setStatus(SyncState::Pending, tr("Saved. Loading your profile…"));
            Q_EMIT changed();
            startRead();
        } else {
            load();
        }
    }
}

void ProfileModel::startUpload()
{
    // Feedback within the same frame: the preview (or the badge) appears before any request.
    m_previewShown = m_localPreview;
    m_preview = m_upload->photo.image;
    m_retry = RetryKind::None;
    setActivity(Activity::Uploading);
    setStatus(SyncState::Pending, tr("Uploading…"));
    Q_EMIT uploadStarted(m_upload->correlationId, m_upload->photo.displayName);
    Q_EMIT changed();

    m_uploadCall = m_api->uploadPhoto(m_upload->photo.bytes, m_upload->photo.contentType,
                                      m_upload->idempotencyKey, m_upload->correlationId);
    connect(m_uploadCall, &ApiCall::finished, this, &ProfileModel::onUploadFinished);
}

void ProfileModel::onUploadFinished(const ApiResult &result)
{
    m_uploadCall = nullptr;
    if (!m_upload)
        return;
    const QString name = m_upload->photo.displayName;

    if (const PhotoInfo *info = result.ok() ? result.get<PhotoInfo>() : nullptr) {
        m_ownVersion = info->version;
        m_ownWriteLsn = result.writeLsn > 0 ? result.writeLsn : info->lsn;
        m_api->noteOwnWrite(m_ownWriteLsn);
        m_writeAcceptedAtMs = m_clock->nowMs();
        m_stickyUntilMs = m_writeAcceptedAtMs + m_options.stickyWindowMs;
        // Versions are immutable, so the bytes we sent are the server's copy of this version.
        const QImage sent = QImage::fromData(m_upload->photo.bytes);
        cacheImage(info->version, sent.isNull() ? m_upload->photo.image : sent);
        m_upload.reset();

        m_readingBack = true;
        m_readsSinceUpload = 0;
        m_showedOldAfterUpload = false;
        m_pollTimer.stop();
        m_pollIndex = 0;
        step(
            // The write's part of the story is settled: the server holds the photo. Whether the
            // page shows it is the read-back's part (the Stale or Confirmed steps that follow).
            TimelineEvent::Kind::Confirmed,
            result.replayed
                ? tr("The server already had this upload (same key): version %1").arg(info->version)
                : tr("The server saved your photo as version %1").arg(info->version),
            result.servedBy, m_ownWriteLsn);
        Q_EMIT uploadSaved(info->version, result.replayed);
        setActivity(Activity::ReadingBack);
        setStatus(SyncState::Pending, tr("Saved. Loading your profile…"));
        Q_EMIT changed();
        startRead();
        return;
    }

    // Not saved, or not known to be saved: the current photo stays and the preview goes.
    const bool hadPreview = m_previewShown;
    m_previewShown = false;
    setActivity(Activity::Idle);
    const bool retryable = !result.isRejection() || result.httpStatus == 409;
    if (!retryable) {
        m_upload.reset();
        m_retry = RetryKind::None;
        const QString message = tr("The server refused “%1”: %2").arg(name, result.message);
        setStatus(SyncState::Failed, message);
        step(TimelineEvent::Kind::Failed, message, {}, -1);
        Q_EMIT changed();
        Q_EMIT uploadFailed(message, false, false);
        return;
    }
    m_retry = RetryKind::Upload;
    if (result.outcomeUnknown()) {
        const QString message =
            tr("We're not sure “%1” arrived. Retry sends it again safely.").arg(name);
        setStatus(SyncState::Unknown, message);
        step(TimelineEvent::Kind::OutcomeUnknown, message);
        Q_EMIT changed();
        Q_EMIT uploadFailed(message, true, true);
        return;
    }
    const QString message = tr("Couldn't upload “%1”. Your current photo stays. %2")
                                .arg(name, result.message)
                                .trimmed();
    setStatus(SyncState::Failed, message);
    step(hadPreview ? TimelineEvent::Kind::RolledBack : TimelineEvent::Kind::Failed, message);
    Q_EMIT changed();
    Q_EMIT uploadFailed(message, true, false);
}

void ProfileModel::startRead()
{
    ReadConsistency consistency = ReadConsistency::AnyReplica;
    switch (m_pattern) {
    case ProfilePattern::NaiveReplica:
    case ProfilePattern::PollUntilFresh:
        consistency = ReadConsistency::AnyReplica;
        break;
    case ProfilePattern::ReadYourWrites:
        consistency = ReadConsistency::ReadYourWrites;
        break;
    case ProfilePattern::StickyPrimary:
        consistency = insideStickyWindow() ? ReadConsistency::Primary : ReadConsistency::AnyReplica;
        break;
    }
    const quint64 generation = ++m_generation;
    m_readCall = m_api->fetchProfile(consistency, m_storyId);
    connect(m_readCall, &ApiCall::finished, this,
            [this, generation](const ApiResult &result) { onReadFinished(generation, result); });
}

bool ProfileModel::insideStickyWindow() const
{
    return m_stickyUntilMs >= 0 && m_clock->nowMs() < m_stickyUntilMs;
}

void ProfileModel::onReadFinished(quint64 generation, const ApiResult &result)
{
    if (generation != m_generation)
        return;
    m_readCall = nullptr;
    const Profile *profile = result.get<Profile>();
    const bool polling = m_pattern == ProfilePattern::PollUntilFresh && m_readingBack;
    if (!result.ok() || !profile) {
        // A failed poll is one more reason to wait, as long as the bound allows.
        if (polling && m_pollIndex < m_options.pollBackoffMs.size()) {
            setActivity(Activity::Polling);
            m_pollTimer.start(m_options.pollBackoffMs.at(m_pollIndex++));
            Q_EMIT changed();
            return;
        }
        failRead(result.message);
        return;
    }
    m_name = profile->name;

    ProfileRead read;
    read.correlationId = result.correlationId;
    read.pattern = m_pattern;
    read.servedBy = result.servedBy;
    read.nodeLsn = result.nodeLsn;
    read.version = profile->photo.version;
    read.ownVersion = m_ownVersion;
    read.ownWriteLsn = m_ownWriteLsn;
    read.token = m_api->readYourWritesToken();
    read.insideStickyWindow = m_pattern == ProfilePattern::StickyPrimary && insideStickyWindow();
    if (m_ownVersion > 0) {
        ++m_readsSinceUpload;
        read.msSinceWrite = m_clock->nowMs() - m_writeAcceptedAtMs;
    }
    read.readNumber = std::max(1, m_readsSinceUpload);
    const bool keepPolling = polling && read.stale();
    if (keepPolling) {
        if (m_pollIndex < m_options.pollBackoffMs.size())
            read.nextPollMs = m_options.pollBackoffMs.at(m_pollIndex);
        else
            read.gaveUp = true;
    }
    m_lastRead = read;
    Q_EMIT readServed(read);
    if (read.stale()) {
        ++m_staleReads[m_pattern];
        Q_EMIT staleOwnRead(m_pattern, read.servedBy);
    }

    if (keepPolling && !read.gaveUp) {
        ++m_pollIndex;
        setActivity(Activity::Polling);
        setStatus(SyncState::Pending, tr("Saved. Waiting for your new photo to appear…"));
        Q_EMIT changed();
        m_pollTimer.start(static_cast<int>(read.nextPollMs));
        return;
    }
    if (keepPolling && read.gaveUp) {
        // Never present the older version as current: say plainly what is going on instead.
        m_readingBack = false;
        m_previewShown = false;
        setActivity(Activity::Idle);
        m_retry = RetryKind::Load;
        const QString message = tr("Your new photo is saved, but it isn't showing here yet. "
                                   "Reload in a moment.");
        setStatus(SyncState::Stale, message);
        step(TimelineEvent::Kind::Stale,
             tr("Gave up after %n read(s); no replica had your upload yet", nullptr,
                m_readsSinceUpload),
             read.servedBy, read.nodeLsn);
        Q_EMIT changed();
        Q_EMIT gaveUp(message);
        return;
    }
    present(generation, *profile, read.servedBy);
}

void ProfileModel::present(quint64 generation, const Profile &profile, const QString &servedBy)
{
    const qint64 version = profile.photo.version;
    const auto cached = m_images.constFind(version);
    if (cached != m_images.cend()) {
        show(version, *cached, servedBy);
        return;
    }
    // The photo's bytes from any node that has that version (a lagging replica may not).
    ApiRequest request;
    request.method = "GET";
    request.path = u"/profile/photo/%1"_s.arg(version);
    request.query.addQueryItem(u"minLsn"_s, QString::number(profile.photo.lsn));
    request.correlationId = m_storyId;
    request.binaryAnswer = true;
    request.maxAttempts = 3;
    request.timeout = m_api->defaultTimeout();
    m_readCall = m_api->send(std::move(request));
    connect(m_readCall, &ApiCall::finished, this,
            [this, generation, version, servedBy](const ApiResult &result) {
                if (generation != m_generation)
                    return;
                m_readCall = nullptr;
                const QByteArray *bytes = result.get<QByteArray>();
                const QImage image = result.ok() && bytes ? QImage::fromData(*bytes) : QImage();
                if (image.isNull()) {
                    failRead(result.ok() ? tr("The photo from the server couldn't be shown.")
                                         : result.message);
                    return;
                }
                cacheImage(version, image);
                show(version, image, servedBy);
            });
}

void ProfileModel::show(qint64 version, const QImage &image, const QString &servedBy)
{
    m_photo = image;
    m_shownVersion = version;
    m_previewShown = false;
    m_retry = RetryKind::None;
    setActivity(Activity::Idle);
    const bool afterUpload = m_readingBack;
    m_readingBack = false;

    if (m_ownVersion > 0 && version < m_ownVersion) {
        // The bug on purpose: the page believes this is current, and says "Saved".
        m_showedOldAfterUpload = true;
        setStatus(SyncState::Confirmed, afterUpload ? tr("Saved") : QString());
        step(TimelineEvent::Kind::Stale,
             tr("The page showed your old photo (version %1) from %2")
                 .arg(version)
                 .arg(nodeLabel(servedBy)),
             servedBy);
        Q_EMIT changed();
        Q_EMIT oldPhotoShown(version, servedBy);
        return;
    }
    if (afterUpload) {
        setStatus(SyncState::Confirmed, tr("Saved"));
        step(TimelineEvent::Kind::Confirmed,
             tr("Your new photo is showing (version %1, after %n read(s))", nullptr,
                m_readsSinceUpload)
                 .arg(version),
             servedBy);
        Q_EMIT changed();
        Q_EMIT ownPhotoShown(version, m_readsSinceUpload, m_clock->nowMs() - m_storyStartedAtMs);
        return;
    }
    setStatus(SyncState::Confirmed, QString());
    Q_EMIT changed();
}

void ProfileModel::failRead(const QString &message)
{
    m_previewShown = false;
    setActivity(Activity::Idle);
    m_retry = RetryKind::Load;
    const QString text = m_readingBack
        ? tr("Your photo is saved, but the page couldn't reload. %1").arg(message).trimmed()
        : tr("Couldn't load your profile. %1").arg(message).trimmed();
    setStatus(SyncState::Failed, text);
    step(TimelineEvent::Kind::Failed, text);
    Q_EMIT changed();
    Q_EMIT loadFailed(text);
}

void ProfileModel::cacheImage(qint64 version, const QImage &image)
{
    if (!m_images.contains(version))
        m_imageOrder.append(version);
    m_images.insert(version, image);
    while (m_imageOrder.size() > std::max(1, m_options.imageCacheSize))
        m_images.remove(m_imageOrder.takeFirst());
}

void ProfileModel::setActivity(Activity activity)
{
    m_activity = activity;
}

void ProfileModel::setStatus(SyncState state, const QString &text)
{
    m_state = state;
    m_statusText = text;
}

void ProfileModel::step(TimelineEvent::Kind kind, const QString &text, const QString &node,
                        qint64 lsn)
{
    TimelineEvent event;
    event.correlationId = m_storyId;
    event.screen = m_screen;
    event.kind = kind;
    event.text = text;
    event.node = node;
    event.lsn = lsn;
    Q_EMIT timelineStep(event);
}

void ProfileModel::cancelInFlight()
{
    ++m_generation;
    m_pollTimer.stop();
    m_pollIndex = 0;
    if (m_readCall) {
        m_readCall->disconnect(this);
        m_readCall->abort();
        m_readCall = nullptr;
    }
}
