#include "models/profile/profilemodel.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/profile/profileinputs.h"
#include "models/profile/profilewords.h"
#include "models/session/sessionrecorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using ProfileMachine::Effect;
using ProfileMachine::Input;
using ProfileMachine::Notice;
using ProfileMachine::Phase;

ProfileModel::ProfileModel(ApiClient *api, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_screen(u"profile"_s)
{
    qRegisterMetaType<ProfileRead>();
    qRegisterMetaType<ProfilePattern>();
    setOptions(m_options);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { feed(Input::timerDue(now())); });
}

ProfileModel::~ProfileModel()
{
    cancelRead();
    if (m_uploadCall)
        m_uploadCall->disconnect(this);
}

void ProfileModel::setOptions(const Options &options)
{
    m_options = options;
    m_settings.stickyWindowMs = options.stickyWindowMs;
    m_settings.pollPausesMs = options.pollBackoffMs;
    m_settings.checkBackoff = options.checkBackoff;
    m_settings.maxChecks = options.maxChecks;
}

void ProfileModel::setRecorder(SessionRecorder *recorder)
{
    m_recorder = recorder;
}

void ProfileModel::setPattern(ProfilePattern pattern)
{
    if (pattern == m_state.pattern)
        return;
    m_state.pattern = pattern;
    Q_EMIT patternChanged(pattern);
}

void ProfileModel::setLocalPreview(bool enabled)
{
    if (enabled == m_state.localPreview)
        return;
    m_state.localPreview = enabled;
    Q_EMIT localPreviewChanged(enabled);
}

int ProfileModel::staleOwnReads(ProfilePattern pattern) const
{
    const auto it = m_staleReads.find(pattern);
    return it == m_staleReads.end() ? 0 : it->second;
}

int ProfileModel::timeTravels(ProfilePattern pattern) const
{
    const auto it = m_timeTravels.find(pattern);
    return it == m_timeTravels.end() ? 0 : it->second;
}

QString ProfileModel::previewText() const
{
    return ProfileWords::preview(m_state);
}

QString ProfileModel::statusText() const
{
    return ProfileWords::status(m_state, m_uploadName);
}

QString ProfileModel::beginAction(const QString &text)
{
    if (m_recorder)
        return m_recorder->beginAction(m_screen, text);
    return ApiClient::newCorrelationId();
}

qint64 ProfileModel::now() const
{
    return m_clock->nowMs();
}

// ---- the person's actions and the event channel -------------------------------------------------

void ProfileModel::load()
{
    if (isUploading())
        return; // the upload's own read-back follows
    m_storyId.clear();
    m_storyStartedAtMs = now();
    feed(Input::load(now()));
}

void ProfileModel::reload()
{
    if (isUploading())
        return;
    m_storyId = beginAction(
        tr("Reloaded the profile page (%1)").arg(ProfilePatterns::title(m_state.pattern)));
    m_storyStartedAtMs = now();
    feed(Input::load(now()));
    Q_EMIT reloadChosen();
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
    if (isUploading()) {
        // Asked before a story begins, so a refused upload leaves no action in the timeline.
        feed(Input::upload({}, photo.bytes.size(), photo.contentType, now()));
        return false;
    }
    Upload upload;
    upload.photo = photo;
    upload.idempotencyKey = ApiClient::newIdempotencyKey();
    upload.correlationId =
        beginAction(tr("Uploaded a new profile photo “%1” (%2)")
                        .arg(photo.displayName, ProfilePatterns::title(m_state.pattern)));
    upload.startedAtMs = now();
    const QString id = upload.correlationId;
    const bool queued = m_feeding; // asked from a signal of this model: it goes in its turn
    feed(Input::upload(id, photo.bytes.size(), photo.contentType, now()), std::nullopt,
         std::move(upload));
    const bool started = queued || (m_upload && m_upload->correlationId == id);
    if (started)
        Q_EMIT uploadChosen(photo);
    return started;
}

void ProfileModel::retry()
{
    feed(Input::retry(now()));
}

void ProfileModel::handleEvent(const BackendEvent &event)
{
    if (auto input = ProfileInputs::fromEvent(event, m_api->clientId(), now()))
        feed(std::move(*input));
}

// ---- the driver ---------------------------------------------------------------------------------

void ProfileModel::feed(Input input, std::optional<ApiResult> result, std::optional<Upload> offered)
{
    // An effect can answer at once (an image from the cache), a listener can act on a signal:
    // such an input waits until the effects of the current one are carried out.
    m_inbox.push_back({std::move(input), std::move(result), std::move(offered)});
    if (m_feeding)
        return;
    m_feeding = true;
    while (!m_inbox.empty()) {
        Arrival arrival = std::move(m_inbox.front());
        m_inbox.pop_front();
        m_offered = std::move(arrival.offered);
        arrival.offered.reset();
        const ProfileMachine::State before = m_state;
        const ProfileMachine::Step transition =
            ProfileMachine::next(m_settings, m_state, arrival.input);
        if (transition.state == before && transition.effects.empty())
            continue; // the input means nothing in this phase
        m_state = transition.state;
        apply(transition, before, arrival);
        m_offered.reset(); // refused as busy, if the machine did not take it
        if (m_state.uploadId.isEmpty())
            m_upload.reset(); // saved, refused, or forgotten by a reload
        Q_EMIT changed();
    }
    m_feeding = false;
}

void ProfileModel::apply(const ProfileMachine::Step &transition,
                         const ProfileMachine::State &before, const Arrival &arrival)
{
    for (const Effect &effect : transition.effects) {
        switch (effect.kind) {
        case Effect::Kind::Send:
            send();
            break;
        case Effect::Kind::Fetch:
            fetch(effect.consistency, effect.lsn);
            break;
        case Effect::Kind::FetchPhoto:
            fetchPhoto(effect.version, effect.lsn);
            break;
        case Effect::Kind::Show:
            m_photo = m_images.value(effect.version);
            break;
        case Effect::Kind::Schedule:
            m_timer.start(static_cast<int>(effect.delayMs));
            break;
        case Effect::Kind::Notify:
            notify(effect, transition, before, arrival);
            break;
        }
    }
}

void ProfileModel::send()
{
    if (!m_upload)
        return;
    cancelRead();
    if (m_uploadCall)
        m_uploadCall->disconnect(this); // a superseded send's answer is not this one's
    m_storyId = m_upload->correlationId;
    m_uploadCall = m_api->uploadPhoto(m_upload->photo.bytes, m_upload->photo.contentType,
                                      m_upload->idempotencyKey, m_upload->correlationId);
    connect(m_uploadCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_uploadCall = nullptr;
        feed(ProfileInputs::fromUploadAnswer(result, now()), result);
    });
}

void ProfileModel::fetch(ReadConsistency consistency, qint64 atLeastLsn)
{
    cancelRead();
    const quint64 generation = m_generation;
    m_readCall = m_api->fetchProfile(consistency, m_storyId, atLeastLsn);
    connect(m_readCall, &ApiCall::finished, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        m_readCall = nullptr;
        if (const Profile *profile = result.get<Profile>())
            m_name = profile->name;
        feed(ProfileInputs::fromReadAnswer(result, now()), result);
    });
}

void ProfileModel::fetchPhoto(qint64 version, qint64 lsn)
{
    if (m_images.contains(version)) {
        feed(Input::photoAnswer(true, version, {}, now()));
        return;
    }
    cancelRead();
    const quint64 generation = m_generation;
    // The photo's bytes from any node that has that version (a lagging replica may not).
    ApiRequest request;
    request.method = "GET";
    request.path = u"/profile/photo/%1"_s.arg(version);
    request.query.addQueryItem(u"minLsn"_s, QString::number(lsn));
    request.correlationId = m_storyId;
    request.binaryAnswer = true;
    request.maxAttempts = 3;
    request.timeout = m_api->defaultTimeout();
    m_readCall = m_api->send(std::move(request));
    connect(
        m_readCall, &ApiCall::finished, this, [this, generation, version](const ApiResult &result) {
            if (generation != m_generation)
                return;
            m_readCall = nullptr;
            const QByteArray *bytes = result.get<QByteArray>();
            const QImage image = result.ok() && bytes ? QImage::fromData(*bytes) : QImage();
            if (!image.isNull())
                cacheImage(version, image);
            const QString detail =
                result.ok() ? tr("The photo from the server couldn't be shown.") : result.message;
            feed(Input::photoAnswer(!image.isNull(), version, detail, now()), result);
        });
}

void ProfileModel::notify(const Effect &effect, const ProfileMachine::Step &transition,
                          const ProfileMachine::State &before, const Arrival &arrival)
{
    const QString text = statusText();
    switch (effect.notice) {
    case Notice::Started:
        if (m_offered && m_offered->correlationId == m_state.uploadId) {
            m_upload = std::move(m_offered);
            m_offered.reset();
        }
        if (!m_upload)
            return;
        m_uploadName = m_upload->photo.displayName;
        m_preview = m_upload->photo.image;
        m_storyId = m_upload->correlationId;
        m_storyStartedAtMs = m_upload->startedAtMs;
        Q_EMIT uploadStarted(m_upload->correlationId, m_upload->photo.displayName);
        return;
    case Notice::Busy:
        Q_EMIT inputRefused(
            tr("Your previous photo is still uploading. Try again when it's done."));
        return;
    case Notice::Saved:
    case Notice::SavedByEvent:
    case Notice::SavedByReadBack:
        noteSaved(effect, arrival);
        return;
    case Notice::Checking:
        step(TimelineEvent::Kind::OutcomeUnknown,
             tr("No answer for “%1”: checking whether it arrived").arg(m_uploadName));
        Q_EMIT uploadChecking(text);
        return;
    case Notice::Refused:
        m_upload.reset();
        step(TimelineEvent::Kind::Failed, text);
        Q_EMIT uploadFailed(text, false, false);
        return;
    case Notice::NotSent:
        step(before.previewShown ? TimelineEvent::Kind::RolledBack : TimelineEvent::Kind::Failed,
             text);
        Q_EMIT uploadFailed(text, true, false);
        return;
    case Notice::Unresolved:
        step(TimelineEvent::Kind::OutcomeUnknown, text);
        Q_EMIT uploadFailed(text, true, true);
        return;
    case Notice::ReadServed:
        noteRead(transition, before, arrival);
        return;
    case Notice::OlderDiscarded:
        if (m_lastRead)
            Q_EMIT olderAnswerDiscarded(*m_lastRead);
        return;
    case Notice::TimeTravel:
        ++m_timeTravels[m_state.pattern];
        step(TimelineEvent::Kind::Stale,
             tr("The page went back in time: it showed version %1 from %2 after version %3")
                 .arg(m_state.shownVersion)
                 .arg(ProfileWords::node(lastServedBy()))
                 .arg(before.seenVersion),
             lastServedBy(), m_lastRead ? m_lastRead->nodeLsn : -1);
        Q_EMIT timeTravelled(m_state.pattern, m_state.shownVersion, before.seenVersion,
                             lastServedBy());
        return;
    case Notice::GaveUp:
        step(TimelineEvent::Kind::Stale,
             tr("Gave up after %n read(s); no replica had your upload yet", nullptr,
                m_state.readsSinceUpload),
             lastServedBy(), m_lastRead ? m_lastRead->nodeLsn : -1);
        Q_EMIT gaveUp(text);
        return;
    case Notice::LoadFailed:
        step(TimelineEvent::Kind::Failed, text);
        Q_EMIT loadFailed(text);
        return;
    case Notice::OwnShown:
        step(TimelineEvent::Kind::Confirmed,
             tr("Your new photo is showing (version %1, after %n read(s))", nullptr,
                m_state.readsSinceUpload)
                 .arg(m_state.shownVersion),
             lastServedBy());
        Q_EMIT ownPhotoShown(m_state.shownVersion, m_state.readsSinceUpload,
                             now() - m_storyStartedAtMs);
        return;
    case Notice::OldShown:
        // The bug on purpose: the page believes this is current, and says "Saved".
        m_showedOldAfterUpload = true;
        step(TimelineEvent::Kind::Stale,
             tr("The page showed your old photo (version %1) from %2")
                 .arg(m_state.shownVersion)
                 .arg(ProfileWords::node(lastServedBy())),
             lastServedBy());
        Q_EMIT oldPhotoShown(m_state.shownVersion, lastServedBy());
        return;
    }
}

void ProfileModel::noteSaved(const Effect &effect, const Arrival &arrival)
{
    const qint64 version = m_state.ownVersion;
    m_api->noteOwnWrite(m_state.ownLsn);
    m_writeAcceptedAtMs = now();
    m_showedOldAfterUpload = false;
    if (m_upload) {
        // Versions are immutable, so the bytes we sent are the server's copy of this version.
        const QImage sent = QImage::fromData(m_upload->photo.bytes);
        cacheImage(version, sent.isNull() ? m_upload->photo.image : sent);
        m_upload.reset();
    }
    // The write's part of the story is settled: the server holds the photo. Whether the page
    // shows it is the read-back's part (the Stale or Confirmed steps that follow).
    QString text;
    QString node = u"primary"_s;
    switch (effect.notice) {
    case Notice::SavedByEvent:
        text = tr("The primary accepted your photo as version %1 (its event arrived; the answer "
                  "was lost)")
                   .arg(version);
        break;
    case Notice::SavedByReadBack:
        text = tr("The primary has your photo as version %1 (read back; the answer was lost)")
                   .arg(version);
        break;
    default:
        text = effect.replayed
            ? tr("The server already had this upload (same key): version %1").arg(version)
            : tr("The server saved your photo as version %1").arg(version);
        if (arrival.result)
            node = arrival.result->servedBy;
        break;
    }
    step(TimelineEvent::Kind::Confirmed, text, node, m_state.ownLsn);
    Q_EMIT uploadSaved(version, effect.replayed);
}

void ProfileModel::noteRead(const ProfileMachine::Step &transition,
                            const ProfileMachine::State &before, const Arrival &arrival)
{
    if (!arrival.result)
        return;
    const ApiResult &result = *arrival.result;
    ProfileRead read;
    read.correlationId = result.correlationId;
    read.pattern = m_state.pattern;
    read.servedBy = result.servedBy;
    read.nodeLsn = result.nodeLsn;
    read.version = arrival.input.photo.version;
    read.cache = result.cache;
    read.cacheStrategy = result.cacheStrategy;
    read.cacheAgeMs = result.cacheAgeMs;
    read.ownVersion = m_state.ownVersion;
    read.ownWriteLsn = m_state.ownLsn;
    read.token = m_api->readYourWritesToken();
    read.insideStickyWindow = m_state.pattern == ProfilePattern::StickyPrimary
        && m_state.stickyUntilMs >= 0 && arrival.input.nowMs < m_state.stickyUntilMs;
    if (m_state.ownVersion > 0)
        read.msSinceWrite = now() - m_writeAcceptedAtMs;
    read.readNumber = std::max(1, m_state.readsSinceUpload);
    for (const Effect &effect : transition.effects) {
        if (effect.kind == Effect::Kind::Schedule)
            read.nextPollMs = effect.delayMs;
    }
    read.gaveUp = m_state.phase == Phase::Stale;
    read.seenLsn = before.seenLsn;
    read.seenVersion = before.seenVersion;
    const auto has = [&transition](Effect::Kind kind, Notice notice = Notice::Started) {
        return std::any_of(transition.effects.cbegin(), transition.effects.cend(),
                           [kind, notice](const Effect &effect) {
                               return effect.kind == kind
                                   && (kind != Effect::Kind::Notify || effect.notice == notice);
                           });
    };
    // Decided now, although the image follows: the page presents what this read returned.
    const bool shown = has(Effect::Kind::FetchPhoto);
    read.discarded = has(Effect::Kind::Notify, Notice::OlderDiscarded);
    read.timeTravel = shown && read.version < before.seenVersion;
    m_lastRead = read;
    Q_EMIT readServed(read);
    noteReadUse(result, read, shown);
    if (read.stale()) {
        ++m_staleReads[m_state.pattern];
        Q_EMIT staleOwnRead(m_state.pattern, read.servedBy);
    }
}

void ProfileModel::noteReadUse(const ApiResult &result, const ProfileRead &read, bool shown)
{
    // The answer's own line cannot say this: the page decides after it arrived. With the
    // request id, an export alone proves whether an old photo reached the screen.
    TimelineEvent event;
    event.correlationId = m_storyId;
    event.screen = m_screen;
    event.kind = TimelineEvent::Kind::Info;
    event.node = read.servedBy;
    event.lsn = read.nodeLsn;
    event.requestId = result.requestId;
    event.dataVersion = result.nodeLsn;
    event.readUse = shown ? u"shown"_s : u"discarded"_s;
    event.timeTravel = read.timeTravel;
    if (read.discarded)
        event.text = tr("The page did not show this read: %1 is at LSN %2; the page has already "
                        "seen LSN %3")
                         .arg(ProfileWords::node(read.servedBy))
                         .arg(read.nodeLsn)
                         .arg(read.seenLsn);
    else if (read.timeTravel)
        event.text = tr("The page shows this read's version %1, older than version %2 it showed "
                        "before")
                         .arg(read.version)
                         .arg(read.seenVersion);
    else if (!shown)
        event.text = tr("The page did not show this read: version %1 is older than your upload")
                         .arg(read.version);
    else if (read.stale())
        event.text =
            tr("The page shows this read's version %1, older than your upload").arg(read.version);
    else
        event.text = tr("The page shows what this read returned (version %1)").arg(read.version);
    Q_EMIT timelineStep(event);
}

void ProfileModel::cacheImage(qint64 version, const QImage &image)
{
    if (!m_images.contains(version))
        m_imageOrder.append(version);
    m_images.insert(version, image);
    while (m_imageOrder.size() > std::max(1, m_options.imageCacheSize))
        m_images.remove(m_imageOrder.takeFirst());
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

void ProfileModel::cancelRead()
{
    ++m_generation;
    if (m_readCall) {
        m_readCall->disconnect(this);
        m_readCall->abort();
        m_readCall = nullptr;
    }
}
