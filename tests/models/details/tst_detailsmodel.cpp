// The contact details against the real backend, in process: a save based on an old version meets
// a change made elsewhere. "Ask me" shows both and writes only what the person chooses; "last write
// wins" overwrites without a word. A lost answer is resent with the same key and saves once.

#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/details/detailsmodel.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DetailsMachine;

namespace {

constexpr int patience = 20000; // the machine is shared and slow; nothing here waits this long

struct Form
{
    explicit Form(const QUrl &url)
        : api(url)
        , model(&api)
    {
        api.setClientId(u"laptop"_s);
        Settings settings;
        settings.resendBackoff =
            Backoff {std::chrono::milliseconds(10), std::chrono::milliseconds(40)};
        model.setSettings(settings);
        QObject::connect(&api, &ApiClient::requestStarted, &model,
                         [this](const ApiRequestInfo &info) {
                             if (info.method == "PUT")
                                 saveKeys.append(info.idempotencyKey);
                         });
    }

    bool load()
    {
        model.load();
        return QTest::qWaitFor([this] { return model.isLoaded(); }, patience);
    }

    ApiClient api;
    DetailsModel model;
    QStringList saveKeys; // of every PUT, in order
};

bool idle(const DetailsModel &model)
{
    return model.state().phase == Phase::Idle;
}

} // namespace

class TestDetailsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveWithoutInterferenceIsSaved();
    void changeElsewhereIsShownNotOverwritten();
    void lastWriteWinsOverwritesWithoutAWord();
    void takingTheirsWritesNothing();
    void anEditedMergeIsSaved();
    void lostAnswerIsResentWithTheSameKeyAndSavesOnce();
    void refusedValuesStayInTheForm();
    void anotherDevicesChangeArrivesByItsEvent();

private:
    // The record on the primary, read as a second client would.
    Profile onPrimary();
    void otherDeviceRenames(const QString &name);

    std::unique_ptr<mock::BackendServer> m_server;
};

void TestDetailsModel::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

void TestDetailsModel::cleanup()
{
    m_server.reset();
}

Profile TestDetailsModel::onPrimary()
{
    ApiClient reader(m_server->url());
    ApiCall *call = reader.fetchProfile(ReadConsistency::Primary);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(patience))
        return {};
    const ApiResult result = finished.at(0).at(0).value<ApiResult>();
    const Profile *profile = result.get<Profile>();
    return profile ? *profile : Profile {};
}

void TestDetailsModel::otherDeviceRenames(const QString &name)
{
    ApiClient admin(m_server->url());
    ApiCall *call = admin.admin("POST", u"/admin/simulate-device/details"_s, {{u"name"_s, name}});
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(patience));
    QVERIFY2(finished.at(0).at(0).value<ApiResult>().ok(),
             qPrintable(finished.at(0).at(0).value<ApiResult>().message));
}

void TestDetailsModel::saveWithoutInterferenceIsSaved()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    const qint64 before = form.model.state().server.version;
    QSignalSpy notices(&form.model, &DetailsModel::notified);
    form.model.edit();
    form.model.save(u"  Alex M.  "_s, u"alex.m@example.com"_s);
    QCOMPARE(form.model.syncState(), SyncState::Pending); // at once, before any answer
    QCOMPARE(shownName(form.model.state()), u"Alex M."_s);
    // A second save while the first is on its way sends nothing and keeps the first one's story.
    const QString story = form.model.storyId();
    form.model.save(u"Someone else"_s, u"x@example.com"_s);
    QCOMPARE(form.model.storyId(), story);
    QCOMPARE(shownName(form.model.state()), u"Alex M."_s);
    QTRY_VERIFY_WITH_TIMEOUT(idle(form.model), patience);
    QCOMPARE(form.model.state().server.version, before + 1);
    QCOMPARE(form.model.state().server.updatedBy, u"laptop"_s);
    QCOMPARE(onPrimary().name, u"Alex M."_s);
    QCOMPARE(onPrimary().email, u"alex.m@example.com"_s);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).value<Notice>(), Notice::Saved);
}

void TestDetailsModel::changeElsewhereIsShownNotOverwritten()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    const qint64 edited = form.model.state().server.version;
    QSignalSpy asked(&form.model, &DetailsModel::decisionNeeded);
    form.model.edit();
    otherDeviceRenames(u"Sam Morgan"_s);

    form.model.save(u"Alex M."_s, u"alex@example.com"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form.model.state().phase, Phase::Conflict, patience);
    QCOMPARE(asked.size(), 1);
    const Details theirs = form.model.state().theirs;
    QCOMPARE(theirs.name, u"Sam Morgan"_s);
    QCOMPARE(theirs.version, edited + 1);
    QCOMPARE(theirs.updatedBy, QString::fromLatin1(mock::Simulation::otherDeviceClientId));
    QCOMPARE(onPrimary().name, u"Sam Morgan"_s); // nothing was overwritten
    QCOMPARE(form.model.syncState(), SyncState::Conflict);

    form.model.keepMine();
    QTRY_VERIFY_WITH_TIMEOUT(idle(form.model), patience);
    QCOMPARE(onPrimary().name, u"Alex M."_s);
    QCOMPARE(onPrimary().detailsVersion, edited + 2);
    QCOMPARE(form.saveKeys.size(), 2);
    QVERIFY(form.saveKeys.at(0) != form.saveKeys.at(1)); // a decision is a new write
}

void TestDetailsModel::lastWriteWinsOverwritesWithoutAWord()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    form.model.setPattern(Pattern::LastWriteWins);
    QSignalSpy asked(&form.model, &DetailsModel::decisionNeeded);
    QSignalSpy notices(&form.model, &DetailsModel::notified);
    form.model.edit();
    otherDeviceRenames(u"Sam Morgan"_s);

    form.model.save(u"Alex M."_s, u"alex@example.com"_s);
    QTRY_VERIFY_WITH_TIMEOUT(idle(form.model) && !notices.isEmpty(), patience);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(onPrimary().name, u"Alex M."_s); // Sam's rename is gone
    QCOMPARE(form.model.state().overwritten, 1);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(0).at(0).value<Notice>(), Notice::Saved);
    QCOMPARE(notices.at(1).at(0).value<Notice>(), Notice::Overwrote);
}

void TestDetailsModel::takingTheirsWritesNothing()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    form.model.edit();
    otherDeviceRenames(u"Sam Morgan"_s);
    form.model.save(u"Alex M."_s, u"alex@example.com"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form.model.state().phase, Phase::Conflict, patience);
    const qint64 theirs = form.model.state().theirs.version;

    form.model.takeTheirs();
    QVERIFY(idle(form.model));
    QCOMPARE(form.model.state().server.name, u"Sam Morgan"_s);
    QCOMPARE(form.saveKeys.size(), 1);
    QCOMPARE(onPrimary().detailsVersion, theirs);
}

void TestDetailsModel::anEditedMergeIsSaved()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    form.model.edit();
    otherDeviceRenames(u"Sam Morgan"_s);
    form.model.save(u"Alex M."_s, u"alex.m@example.com"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form.model.state().phase, Phase::Conflict, patience);

    form.model.saveMerged(u"Sam Morgan"_s, u"alex.m@example.com"_s);
    QTRY_VERIFY_WITH_TIMEOUT(idle(form.model), patience);
    const Profile now = onPrimary();
    QCOMPARE(now.name, u"Sam Morgan"_s);
    QCOMPARE(now.email, u"alex.m@example.com"_s);
}

// The first answer is lost after the commit; the resend carries the same key and gets the stored
// answer back — never a 412 against its own earlier success, never a second version.
void TestDetailsModel::lostAnswerIsResentWithTheSameKeyAndSavesOnce()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    const qint64 before = form.model.state().server.version;
    QSignalSpy asked(&form.model, &DetailsModel::decisionNeeded);
    m_server->simulation().faults().failNext(1, mock::FaultInjector::Action::ErrorAfterCommit);
    form.model.edit();
    form.model.save(u"Alex M."_s, u"alex@example.com"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form.saveKeys.size() >= 2 && idle(form.model), patience);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(QSet<QString>(form.saveKeys.begin(), form.saveKeys.end()).size(), 1);
    QCOMPARE(onPrimary().detailsVersion, before + 1);
    QCOMPARE(onPrimary().name, u"Alex M."_s);
}

void TestDetailsModel::refusedValuesStayInTheForm()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    const Profile before = onPrimary();
    form.model.edit();
    form.model.save(u"Alex M."_s, u"not an address"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form.model.state().phase, Phase::Refused, patience);
    QCOMPARE(form.model.syncState(), SyncState::Failed);
    QCOMPARE(shownEmail(form.model.state()), u"not an address"_s);
    QVERIFY(!form.model.state().detail.isEmpty());
    QCOMPARE(onPrimary().detailsVersion, before.detailsVersion);
}

// With the event channel open, the other device's write.accepted brings its version: the page
// shows it and says so once, without waiting for the next read.
void TestDetailsModel::anotherDevicesChangeArrivesByItsEvent()
{
    Form form(m_server->url());
    QVERIFY(form.load());
    EventStream events(&form.api);
    QObject::connect(&events, &EventStream::eventReceived, &form.model, &DetailsModel::noteEvent);
    QSignalSpy connected(&events, &EventStream::connectedChanged);
    events.startFromNow();
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), patience);
    QSignalSpy notices(&form.model, &DetailsModel::notified);
    const qint64 before = form.model.state().server.version;
    otherDeviceRenames(u"Sam Morgan"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form.model.state().server.name, u"Sam Morgan"_s, patience);
    QCOMPARE(form.model.state().server.version, before + 1);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).value<Notice>(), Notice::ChangedElsewhere);
}

QTEST_GUILESS_MAIN(TestDetailsModel)
#include "tst_detailsmodel.moc"
