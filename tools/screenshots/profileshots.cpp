#include "tools/screenshots/profileshots.h"

#include "app/screens/profile/conflictdialog.h"
#include "app/screens/profile/detailssection.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/secondsessionwindow.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/details/detailsmodel.h"
#include "models/profile/profilemodel.h"
#include "models/profile/replicainspector.h"
#include "models/profile/samplephotos.h"
#include "tools/screenshots/shots.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The "Replica lag 5 s" preset: every replica applies each write 5 s after the primary.
constexpr auto replicaLag = 5000ms;

mock::BackendConfig lagging()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = replicaLag.count();
    }
    return config;
}

QJsonObject writeLatency(qint64 ms)
{
    return {{u"latency"_s,
             QJsonObject {
                 {u"writes"_s, QJsonObject {{u"distribution"_s, u"fixed"_s}, {u"baseMs"_s, ms}}}}}};
}

// A window like the app's: the screen, a toast overlay and the announcer.
struct Host
{
    explicit Host(const QUrl &url)
        : api(url)
    {
        window.resize(1180, 820);
        SessionServices services;
        services.api = &api;
        services.toasts = new ToastCenter(&window);
        services.announcer = new StatusAnnouncer(&window, &window);
        screen = new ProfileScreen(services);
        auto *layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(screen);
        window.show();
    }

    ProfileModel *model() const { return screen->model(); }
    bool idle() const { return model()->activity() == ProfileModel::Activity::Idle; }
    void waitIdle(Shots &shots, const QString &what)
    {
        shots.waitFor([this] { return idle(); }, what);
    }
    void save(Shots &shots, const QString &name)
    {
        // The inspector's numbers come from /health: let a fresh answer land first.
        screen->inspector()->refresh();
        Shots::pause(300ms);
        shots.save(&window, name);
    }

    ApiClient api;
    QWidget window;
    ProfileScreen *screen = nullptr;
};

// Replica 1 applies at once, replica 2 is stopped; another session uploads. The naive page is
// reloaded until it goes back to the older photo; then stay-on-one-replica reloads as often and
// never does. Each moment at 1280×800 and 1920×1080.
void shootTimeTravel(Shots &shots)
{
    mock::BackendServer server(mock::BackendConfig::instant());
    shots.require(server.listen(QHostAddress::LocalHost), u"a local backend"_s);
    Host h(server.url());
    h.model()->setPattern(ProfilePattern::NaiveReplica);
    h.screen->start();
    shots.waitFor([&] { return h.model()->hasLoaded(); }, u"the profile to load"_s);
    server.setReplicaPaused(2, true);
    const QByteArray photo = SamplePhotos::bytes(u"forest"_s);
    const qint64 lsn =
        server.simulation().uploadPhoto(photo, u"image/jpeg"_s, u"shots"_s, u"another-session"_s);
    shots.waitFor([&] { return server.simulation().nodeWithLsn(lsn).has_value(); },
                  u"replica 1 to apply the other session's upload"_s);

    const auto reloadUntil = [&](const std::function<bool()> &done, int atMost) {
        for (int i = 0; i < atMost && !done(); ++i) {
            h.model()->reload();
            shots.waitFor([&] { return h.idle(); }, u"the reload"_s);
        }
    };
    const auto saveBoth = [&](const QString &name) {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            h.window.resize(size);
            h.save(shots, u"%1-%2x%3"_s.arg(name).arg(size.width()).arg(size.height()));
        }
    };
    reloadUntil([&] { return h.model()->timeTravels(ProfilePattern::NaiveReplica) > 0; }, 60);
    shots.require(h.model()->timeTravels(ProfilePattern::NaiveReplica) > 0,
                  u"the naive page to go back in time"_s);
    saveBoth(u"profile-time-travel"_s);

    h.model()->setPattern(ProfilePattern::Monotonic);
    reloadUntil([] { return false; }, 12);
    shots.require(h.model()->timeTravels(ProfilePattern::Monotonic) == 0,
                  u"stay on one replica never to go back"_s);
    saveBoth(u"profile-stay-on-one-replica"_s);
}

// The person edits the display name while another device renames the profile; "Ask me which to
// keep" meets the 412 and the dialog shows both versions. The form behind it, and the dialog.
void shootChangedElsewhere(Shots &shots)
{
    mock::BackendServer server(mock::BackendConfig::instant());
    shots.require(server.listen(QHostAddress::LocalHost), u"a local backend"_s);
    Host h(server.url());
    h.screen->start();
    DetailsModel *details = h.screen->details();
    shots.waitFor([&] { return details->isLoaded(); }, u"the contact details to load"_s);
    DetailsSection *section = h.screen->detailsSection();
    section->nameField()->setText(u"Alex M."_s);
    details->edit();
    bool renamed = false;
    ApiCall *call = h.api.admin("POST", u"/admin/simulate-device/details"_s,
                                {{u"email"_s, u"sam@example.com"_s}});
    QObject::connect(call, &ApiCall::finished,
                     [&renamed](const ApiResult &result) { renamed = result.ok(); });
    shots.waitFor([&] { return renamed; }, u"the other device's change"_s);
    section->saveButton()->click();
    shots.waitFor(
        [&] { return section->conflictDialog() && section->conflictDialog()->isVisible(); },
        u"the conflict dialog"_s);
    h.window.resize(1280, 800);
    h.save(shots, u"profile-details-conflict-form"_s);
    Shots::pause(300ms);
    shots.save(section->conflictDialog(), u"profile-details-conflict-dialog"_s);
    section->conflictDialog()->reject();
}

} // namespace

// A TTL cache in front of the photo, replicas 5 s behind, read-your-writes: the cache answers
// first with the old copy. Then versioned keys: the new version is a new key. At 1280×800.
void shootCache(Shots &shots)
{
    mock::BackendConfig config = lagging();
    config.cache.strategy = mock::PhotoCache::Strategy::Ttl;
    config.cache.ttlMs = 60000;
    mock::BackendServer server(config);
    shots.require(server.listen(QHostAddress::LocalHost), u"a local backend"_s);
    Host h(server.url());
    h.window.resize(1280, 800);
    h.model()->setPattern(ProfilePattern::ReadYourWrites);
    h.screen->start();
    shots.waitFor([&] { return h.model()->hasLoaded(); }, u"the profile to load"_s);
    Shots::pause(1500ms); // the copy in the cache grows older
    h.screen->uploadSample(u"ocean"_s);
    shots.waitFor([&] { return h.model()->ownVersion() > 0 && h.idle(); },
                  u"the upload behind the TTL cache"_s);
    h.save(shots, u"profile-cache-ttl-1280x800"_s);

    shots.require(
        server.applyConfigPatch({{u"cache"_s, QJsonObject {{u"strategy"_s, u"versioned"_s}}}}),
        u"versioned keys"_s);
    h.model()->reload();
    h.waitIdle(shots, u"the reload"_s);
    h.screen->uploadSample(u"forest"_s);
    shots.waitFor([&] { return h.model()->isOwnPhotoShown() && h.idle(); },
                  u"the upload behind versioned keys"_s);
    h.save(shots, u"profile-cache-versioned-1280x800"_s);
}

void shootProfile(Shots &shots)
{
    mock::BackendServer server(lagging());
    shots.require(server.listen(QHostAddress::LocalHost), u"a local backend"_s);
    Host h(server.url());
    h.screen->start();
    shots.waitFor([&] { return h.model()->hasLoaded(); }, u"the profile to load"_s);

    const struct
    {
        ProfilePattern pattern;
        const char *sample;
        const char *name;
    } runs[] = {
        {ProfilePattern::NaiveReplica, "ocean", "profile-naive-bug"},
        {ProfilePattern::ReadYourWrites, "forest", "profile-read-your-writes"},
        {ProfilePattern::StickyPrimary, "sunrise", "profile-sticky-primary"},
        {ProfilePattern::PollUntilFresh, "flower", "profile-poll-until-fresh"},
    };
    bool first = true;
    for (const auto &run : runs) {
        // Each picture starts from replicas that have caught up with the previous upload.
        if (!first)
            Shots::pause(replicaLag + 500ms);
        first = false;
        h.model()->setPattern(run.pattern);
        h.screen->uploadSample(QString::fromLatin1(run.sample));
        if (run.pattern == ProfilePattern::PollUntilFresh) {
            shots.waitFor([&] { return h.model()->activity() == ProfileModel::Activity::Polling; },
                          u"the page to poll"_s);
            h.save(shots, u"profile-poll-waiting"_s);
        }
        shots.waitFor([&] { return h.model()->ownVersion() > 0 && h.idle(); },
                      u"the upload of %1"_s.arg(QString::fromLatin1(run.sample)));
        h.save(shots, QString::fromLatin1(run.name));
    }

    // A slow upload keeps the local preview up long enough to see it.
    Shots::pause(replicaLag + 500ms);
    h.model()->setPattern(ProfilePattern::NaiveReplica);
    h.model()->setLocalPreview(true);
    shots.require(server.applyConfigPatch(writeLatency(2000)), u"slow writes"_s);
    h.screen->uploadSample(u"night-city"_s);
    h.save(shots, u"profile-local-preview"_s);
    h.waitIdle(shots, u"the previewed upload"_s);
    shots.require(server.applyConfigPatch(writeLatency(0)), u"fast writes"_s);

    // A file that is not a photo: refused before anything is sent.
    const QString notAPhoto = QDir(shots.out()).filePath(u"notes.txt"_s);
    {
        QFile file(notAPhoto);
        shots.require(file.open(QIODevice::WriteOnly) && file.write("plain text, not a PNG\n") > 0,
                      u"a file that is not a photo"_s);
    }
    h.screen->uploadFile(notAPhoto);
    QFile::remove(notAPhoto);
    h.save(shots, u"profile-bad-input"_s);

    // The upload certainly does not arrive (nothing listens there): the toast and the page both
    // offer Retry. A 503 would not do: it may have landed, so the model checks by itself.
    h.model()->setLocalPreview(false);
    h.model()->setPattern(ProfilePattern::ReadYourWrites);
    QTcpServer probe;
    shots.require(probe.listen(QHostAddress::LocalHost), u"a free port"_s);
    const QUrl dead(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    h.api.setBaseUrl(dead);
    h.screen->uploadSample(u"ocean"_s);
    shots.waitFor([&] { return h.model()->canRetry(); }, u"the failed upload"_s);
    h.api.setBaseUrl(server.url());
    h.save(shots, u"profile-upload-failed"_s);
    h.model()->retry();
    shots.waitFor([&] { return h.model()->isOwnPhotoShown() && h.idle(); }, u"the retry"_s);

    // Another session, without this one's token, still sees the old photo.
    h.screen->uploadSample(u"sunrise"_s);
    shots.waitFor([&] { return h.model()->isOwnPhotoShown() && h.idle(); },
                  u"the upload before the second window"_s);
    h.screen->openSecondWindow();
    SecondSessionWindow *second = h.screen->secondWindow();
    shots.require(second != nullptr, u"the second window"_s);
    shots.waitFor([&] { return second->model()->hasLoaded(); }, u"the second window to load"_s);
    Shots::pause(300ms);
    shots.save(second, u"profile-second-window"_s);
    second->close();

    shootTimeTravel(shots);
    shootChangedElsewhere(shots);
    shootCache(shots);
}
