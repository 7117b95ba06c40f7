// The Profile photo and Money transfer screens side by side against the real backend: the
// person's action in one pane is done by the other too (once, never bounced back), each pane as
// a session of its own in its own pattern; each pane's figures stand in telemetry rows of their
// own, and what a pane says carries its name. A scenario's "split" field becomes its first step.

#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/profilesplit.h"
#include "app/screens/transfer/transferscreen.h"
#include "app/screens/transfer/transfersplit.h"
#include "app/split/panemirror.h"
#include "app/split/panesession.h"
#include "app/split/splitscreen.h"
#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/control/scenario.h"
#include "models/profile/profilemodel.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QComboBox>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

int requestsTo(const QList<ApiRequestInfo> &requests, const QByteArray &method, const QString &path)
{
    int count = 0;
    for (const ApiRequestInfo &info : requests)
        count += info.method == method && info.path == path && info.attempt == 1;
    return count;
}

// The services of a window's own session, as ConvergeApp composes them.
struct Window
{
    explicit Window(const QUrl &url)
    {
        api = std::make_unique<ApiClient>(url);
        host = std::make_unique<QWidget>();
        layout = new QVBoxLayout(host.get());
        toasts = new ToastCenter(host.get());
        announcer = new StatusAnnouncer(host.get());
        events = new EventStream(api.get(), host.get());
        events->setPollWait(200ms);
        recorder = new SessionRecorder(&clock, 5000, host.get());
        recorder->observe(api.get());
        services.api = api.get();
        services.events = events;
        services.toasts = toasts;
        services.announcer = announcer;
        services.recorder = recorder;
        services.telemetry = &telemetry;
        services.actions = &registry;
        host->resize(1600, 900);
        QObject::connect(api.get(), &ApiClient::requestStarted,
                         [this](const ApiRequestInfo &info) { leftRequests.append(info); });
        QObject::connect(
            announcer, &StatusAnnouncer::announced,
            [this](const QString &text, StatusAnnouncer::Politeness) { said.append(text); });
    }

    // Splits the screen, shows the window and starts the right pane (the left screen's start
    // is the caller's, as the app's own).
    void showSplit(ScreenSplit &split)
    {
        layout->addWidget(split.view());
        split.setSplit(true);
        QVERIFY(split.session());
        watchRight(split.session()->api());
        host->show();
        split.start();
    }

    void watchRight(ApiClient *right)
    {
        QObject::connect(right, &ApiClient::requestStarted,
                         [this](const ApiRequestInfo &info) { rightRequests.append(info); });
    }

    // Whether an announcement held these words (one merges what is said at the same moment).
    bool saidSomething(const QString &words) const
    {
        return std::any_of(said.cbegin(), said.cend(),
                           [&words](const QString &text) { return text.contains(words); });
    }

    // The telemetry rows whose name starts with the operation.
    QStringList rowsOf(const QString &operation) const
    {
        QStringList rows;
        for (const QString &row : telemetry.operations()) {
            if (row.startsWith(operation))
                rows << row;
        }
        return rows;
    }

    SteadyClock clock;
    ActionRegistry registry;
    Telemetry telemetry;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<QWidget> host;
    QVBoxLayout *layout = nullptr;
    ToastCenter *toasts = nullptr;
    StatusAnnouncer *announcer = nullptr;
    EventStream *events = nullptr;
    SessionRecorder *recorder = nullptr;
    SessionServices services;
    QList<ApiRequestInfo> leftRequests;
    QList<ApiRequestInfo> rightRequests;
    QStringList said;
};

mock::BackendConfig laggingConfig()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = 1500;
    }
    return config;
}

mock::BackendConfig quickTransfers()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, 30, 0, 0};
    config.transfers.settleMinMs = 40;
    config.transfers.settleMaxMs = 40;
    config.transfers.successRate = 1.0;
    return config;
}

} // namespace

class TestScreenSplits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileUploadIsMirroredOnce();
    void profilePanesReadTheirOwnWay();
    void profileReloadIsMirrored();
    void transferSendIsMirroredUnderItsOwnKey();
    void transferPanesCountTheirOwnFigures();
    void paneTitlesFollowThePatterns_data();
    void paneTitlesFollowThePatterns();
    void scenarioSplitBecomesTheFirstStep();
    void scenarioSplitIsChecked_data();
    void scenarioSplitIsChecked();
};

void TestScreenSplits::initTestCase()
{
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_screensplits"_s);
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<BackendEvent>();
}

void TestScreenSplits::profileUploadIsMirroredOnce()
{
    mock::BackendServer server(laggingConfig());
    QVERIFY(server.listen());
    Window w(server.url());
    auto *left = new ProfileScreen(w.services);
    ProfileSplit split(left, w.services);
    split.setPatterns(ProfilePattern::NaiveReplica, ProfilePattern::ReadYourWrites);
    w.showSplit(split);
    left->start();
    QTRY_VERIFY_WITH_TIMEOUT(left->model()->hasLoaded() && split.right()->model()->hasLoaded(),
                             10000);

    const int versionBefore = server.simulation().primary().photo().version;
    left->uploadSample(u"flower"_s);
    // Both pages show "Saving…" in the same call as the person's choice.
    QVERIFY(left->model()->isUploading());
    QVERIFY(split.right()->model()->isUploading());
    QTRY_VERIFY_WITH_TIMEOUT(!left->model()->isUploading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!split.right()->model()->isUploading(), 15000);
    // One upload from each session, none bounced back; the server took two versions.
    QCOMPARE(requestsTo(w.leftRequests, "PUT", u"/profile/photo"_s), 1);
    QCOMPARE(requestsTo(w.rightRequests, "PUT", u"/profile/photo"_s), 1);
    QCOMPARE(split.mirror()->forwardedCount(), 1);
    QVERIFY(split.session()->api()->clientId() != w.api->clientId());
    QCOMPARE(server.simulation().primary().photo().version, versionBefore + 2);
}

void TestScreenSplits::profilePanesReadTheirOwnWay()
{
    mock::BackendServer server(laggingConfig());
    QVERIFY(server.listen());
    Window w(server.url());
    auto *left = new ProfileScreen(w.services);
    ProfileSplit split(left, w.services);
    split.setPatterns(ProfilePattern::NaiveReplica, ProfilePattern::ReadYourWrites);
    w.showSplit(split);
    left->start();
    QTRY_VERIFY_WITH_TIMEOUT(left->model()->hasLoaded() && split.right()->model()->hasLoaded(),
                             10000);

    split.right()->uploadSample(u"ocean"_s); // from the right pane this time
    // The read-your-writes pane shows its own photo; the naive one read a lagging replica.
    QTRY_VERIFY_WITH_TIMEOUT(split.right()->model()->isOwnPhotoShown(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!left->model()->isUploading(), 15000);
    QVERIFY(left->model()->showedOldPhotoAfterUpload());
    QVERIFY(!split.right()->model()->showedOldPhotoAfterUpload());
    // The right pane's reads asked for its own token; the left pane's asked for any replica.
    bool rightAskedForItsToken = false;
    for (const ApiRequestInfo &info : std::as_const(w.rightRequests))
        rightAskedForItsToken |= info.consistency == "min-lsn"_L1
            && info.minLsn == split.session()->api()->readYourWritesToken();
    QVERIFY(rightAskedForItsToken);

    // Each pane's figures in a row of its own, named by its title.
    QTRY_COMPARE_WITH_TIMEOUT(w.rowsOf(u"photo upload"_s).size(), 2, 10000);
    const QString leftRow = u"photo upload · Left · Naive replica read"_s;
    const QString rightRow = u"photo upload · Right · Read-your-writes"_s;
    QCOMPARE(w.telemetry.stats(leftRow).feedback.count, 1);
    QCOMPARE(w.telemetry.stats(rightRow).feedback.count, 1);
    QTRY_COMPARE_WITH_TIMEOUT(w.telemetry.stats(rightRow).confirmation.count, 1, 10000);
    // What the right pane said carries its name (merged with what else was said at the moment).
    QTRY_VERIFY_WITH_TIMEOUT(w.saidSomething(u"Right pane: Your new photo is showing."_s), 10000);
}

void TestScreenSplits::profileReloadIsMirrored()
{
    mock::BackendServer server(mock::BackendConfig::instant());
    QVERIFY(server.listen());
    Window w(server.url());
    auto *left = new ProfileScreen(w.services);
    ProfileSplit split(left, w.services);
    w.showSplit(split);
    left->start();
    QTRY_VERIFY_WITH_TIMEOUT(left->model()->hasLoaded() && split.right()->model()->hasLoaded(),
                             10000);
    const int leftReads = requestsTo(w.leftRequests, "GET", u"/profile"_s);
    const int rightReads = requestsTo(w.rightRequests, "GET", u"/profile"_s);
    split.right()->model()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(w.leftRequests, "GET", u"/profile"_s), leftReads + 1,
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(w.rightRequests, "GET", u"/profile"_s), rightReads + 1,
                              10000);
    QCOMPARE(split.mirror()->forwardedCount(), 1);

    // One pane again: the left screen goes on alone under its own name, and nothing is mirrored.
    split.setSplit(false);
    QVERIFY(!split.right());
    QCOMPARE(left->accessibleName(), u"Profile photo"_s);
    left->model()->reload();
    QCOMPARE(split.mirror()->forwardedCount(), 1);
}

void TestScreenSplits::transferSendIsMirroredUnderItsOwnKey()
{
    mock::BackendServer server(quickTransfers());
    QVERIFY(server.listen());
    QTemporaryDir dir;
    Window w(server.url());
    auto *left = new TransferScreen(w.services, dir.filePath(u"outbox.json"_s));
    TransferSplit split(left, w.services);
    split.setRightOutboxPath(dir.filePath(u"outbox-right.json"_s));
    w.showSplit(split);
    // Without a choice the right pane shows the contrast: the optimistic anti-pattern.
    QCOMPARE(split.right()->model()->pattern(), TransferModel::Pattern::Optimistic);
    left->start();
    QTRY_VERIFY_WITH_TIMEOUT(left->payeeBox()->count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(split.right()->payeeBox()->count() > 0, 10000);

    const QString payee = left->payeeBox()->itemData(1).toString();
    const auto sent = left->sendAsPerson(payee, u"25"_s, u"rent"_s);
    QVERIFY2(sent.sent, qPrintable(sent.message));
    // The right pane's form sent the same transfer in the same call.
    QCOMPARE(split.right()->model()->rowCount() > 0, true);
    QTRY_COMPARE_WITH_TIMEOUT(server.simulation().primary().transferCount(), 2, 10000);
    QCOMPARE(requestsTo(w.leftRequests, "POST", u"/transfers"_s), 1);
    QCOMPARE(requestsTo(w.rightRequests, "POST", u"/transfers"_s), 1);
    QCOMPARE(split.mirror()->forwardedCount(), 1);
    // Two people, two keys: the server holds two transfers, not one sent twice.
    QString leftKey;
    QString rightKey;
    for (const ApiRequestInfo &info : std::as_const(w.leftRequests))
        leftKey =
            info.path == "/transfers"_L1 && info.method == "POST" ? info.idempotencyKey : leftKey;
    for (const ApiRequestInfo &info : std::as_const(w.rightRequests))
        rightKey =
            info.path == "/transfers"_L1 && info.method == "POST" ? info.idempotencyKey : rightKey;
    QVERIFY(!leftKey.isEmpty());
    QVERIFY(!rightKey.isEmpty());
    QVERIFY(leftKey != rightKey);
}

void TestScreenSplits::transferPanesCountTheirOwnFigures()
{
    mock::BackendServer server(quickTransfers());
    QVERIFY(server.listen());
    QTemporaryDir dir;
    Window w(server.url());
    auto *left = new TransferScreen(w.services, dir.filePath(u"outbox.json"_s));
    TransferSplit split(left, w.services);
    split.setRightOutboxPath(dir.filePath(u"outbox-right.json"_s));
    w.showSplit(split);
    left->start();
    QTRY_VERIFY_WITH_TIMEOUT(split.right()->payeeBox()->count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(left->payeeBox()->count() > 0, 10000);

    // Sent from the right pane's form this time.
    const QString payee = split.right()->payeeBox()->itemData(0).toString();
    QVERIFY(split.right()->sendAsPerson(payee, u"10"_s, u"lunch"_s).sent);
    const QString leftRow = u"transfer · Left · Transparent pending"_s;
    const QString rightRow = u"transfer · Right · Optimistic (the one not to use)"_s;
    QCOMPARE(w.telemetry.stats(leftRow).feedback.count, 1);
    QCOMPARE(w.telemetry.stats(rightRow).feedback.count, 1);
    QTRY_COMPARE_WITH_TIMEOUT(w.telemetry.stats(leftRow).confirmation.count, 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w.telemetry.stats(rightRow).confirmation.count, 1, 15000);
    QCOMPARE(w.rowsOf(u"transfer"_s).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(w.saidSomething(u"Right pane: "_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.saidSomething(u"Left pane: "_s), 10000);
    // Its stories are the right pane's on the timeline.
    QVERIFY(std::any_of(w.recorder->events().cbegin(), w.recorder->events().cend(),
                        [](const TimelineEvent &event) {
                            return event.screen == QLatin1String(TransferSplit::rightScreenId);
                        }));
}

void TestScreenSplits::paneTitlesFollowThePatterns_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftTitle");
    QTest::addColumn<QString>("rightTitle");
    QTest::newRow("profile") << u"profile"_s << u"sticky-primary"_s << u"monotonic"_s
                             << u"Left · Primary for a while"_s << u"Right · Stay on one replica"_s;
    QTest::newRow("transfer") << u"transfer"_s << u"optimistic"_s << u"transparent"_s
                              << u"Left · Optimistic (the one not to use)"_s
                              << u"Right · Transparent pending"_s;
}

void TestScreenSplits::paneTitlesFollowThePatterns()
{
    QFETCH(QString, screen);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftTitle);
    QFETCH(QString, rightTitle);
    QTemporaryDir dir;
    Window w(QUrl(u"http://127.0.0.1:9"_s)); // never started: titles need no backend
    std::unique_ptr<ScreenSplit> split;
    if (screen == "profile"_L1) {
        split = std::make_unique<ProfileSplit>(new ProfileScreen(w.services), w.services);
    } else {
        auto transfer = std::make_unique<TransferSplit>(
            new TransferScreen(w.services, dir.filePath(u"outbox.json"_s)), w.services);
        transfer->setRightOutboxPath(dir.filePath(u"outbox-right.json"_s));
        split = std::move(transfer);
    }
    w.layout->addWidget(split->view());
    QVERIFY(!split->setPatternKeys(left, u"no-such-pattern"_s));
    QVERIFY(split->setPatternKeys(left, right));
    split->setSplit(true);
    QCOMPARE(split->view()->leftTitle(), leftTitle);
    QCOMPARE(split->view()->rightTitle(), rightTitle);
    QCOMPARE(split->rightWidget()->accessibleName(), rightTitle);
    QVERIFY(split->rightScreenId().endsWith(u"-right"_s));
    split->setSplit(false);
    QVERIFY(!split->rightWidget());
}

void TestScreenSplits::scenarioSplitBecomesTheFirstStep()
{
    ActionRegistry registry;
    registry.registerAction(
        QString::fromLatin1(Scenario::splitAction), u"split"_s,
        [](const QJsonObject &, const ActionRegistry::Done &done) { done(true, {}); });
    registry.registerAction(
        u"profile.upload"_s, u"upload"_s,
        [](const QJsonObject &, const ActionRegistry::Done &done) { done(true, {}); });
    const QByteArray text = R"({
  "name": "Two pages",
  "seed": 1,
  "split": {"screen": "profile", "left": "naive", "right": "read-your-writes"},
  "steps": [{"atMs": 0, "action": "profile.upload", "args": {"sample": "flower"}}]
})";
    QString error;
    const auto scenario = Scenario::parse(text, u"two.json"_s, &error, &registry);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->steps.size(), 2);
    const ScenarioStep &first = scenario->steps.first();
    QCOMPARE(first.kind, ScenarioStep::Kind::Action);
    QCOMPARE(first.name, QString::fromLatin1(Scenario::splitAction));
    QCOMPARE(first.atMs, 0);
    QCOMPARE(first.args.value(u"right"_s).toString(), u"read-your-writes"_s);
    QCOMPARE(first.line, 4);
    QCOMPARE(scenario->steps.at(1).name, u"profile.upload"_s);
}

void TestScreenSplits::scenarioSplitIsChecked_data()
{
    QTest::addColumn<QByteArray>("split");
    QTest::addColumn<bool>("withAction");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object")
        << QByteArray(R"("profile")") << true << u"x.json:1: split must be an object {…}"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"screen": "profile", "left": "naive", "right": "poll", "top": 1})")
        << true << u"x.json:1: split.top is not a known field"_s;
    QTest::newRow("missing right") << QByteArray(R"({"screen": "profile", "left": "naive"})")
                                   << true << u"x.json:1: split.right is missing"_s;
    QTest::newRow("a number") << QByteArray(R"({"screen": 3, "left": "a", "right": "b"})") << true
                              << u"x.json:1: split.screen must be text in quotes"_s;
    QTest::newRow("no window") << QByteArray(
        R"({"screen": "profile", "left": "naive", "right": "poll"})")
                               << false << u"x.json:1: split needs the app's windows"_s;
}

void TestScreenSplits::scenarioSplitIsChecked()
{
    QFETCH(QByteArray, split);
    QFETCH(bool, withAction);
    QFETCH(QString, error);
    ActionRegistry registry;
    if (withAction)
        registry.registerAction(
            QString::fromLatin1(Scenario::splitAction), u"split"_s,
            [](const QJsonObject &, const ActionRegistry::Done &done) { done(true, {}); });
    const QByteArray text = R"({"name": "x", "seed": 1, "split": )" + split + R"(, "steps": []})";
    QString message;
    QVERIFY(!Scenario::parse(text, u"x.json"_s, &message, &registry));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_MAIN(TestScreenSplits)
#include "tst_screensplits.moc"
