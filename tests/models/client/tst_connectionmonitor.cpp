// The connection monitor against a scripted server that can hold an answer back, so answers
// arrive in the order a real backend produces by accident: a request admitted before the
// backend went offline is answered after another one was dropped.

#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray healthJson = R"({"status":"ok","seed":42,"primaryLsn":0,"replicas":[],)"
                              R"("pendingTransfers":0,"eventSeq":0,"offline":false})";
const QByteArray itemsJson = R"({"items":[],"lsn":0})";

// One attempt: a retry would be a new request, sent after whatever happened meanwhile.
ApiRequest itemsOnce()
{
    ApiRequest request;
    request.path = u"/items"_s;
    request.maxAttempts = 1;
    return request;
}

} // namespace

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lateAnswerDoesNotMeanBackOnline();
    void lateFailureDoesNotMeanOffline();
    void adminAnswersDoNotMeanOnline();
    void oneLostAnswerIsNotOffline();

private:
    QList<ConnectionMonitor::State> states() const;

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<QSignalSpy> m_states;
    bool m_down = false;
    bool m_loseItems = false;
};

void TestConnectionMonitor::init()
{
    m_down = false;
    m_loseItems = false;
    m_server = std::make_unique<ScriptedServer>();
    // Item reads are held back; everything else answers, or is dropped while "down".
    m_server->setPicker([this](const ScriptedServer::Received &request) {
        if (request.path.startsWith("/items") && m_loseItems)
            return ScriptedServer::Step {ScriptedServer::Action::Close, {}};
        if (request.path.startsWith("/items"))
            return ScriptedServer::Step {ScriptedServer::Action::Hold, {}};
        // As the backend's simulated offline does: admin routes keep answering.
        if (request.path.startsWith("/admin"))
            return ScriptedServer::Step {ScriptedServer::Action::Respond,
                                         ScriptedServer::response(200, "{}")};
        if (m_down)
            return ScriptedServer::Step {ScriptedServer::Action::Close, {}};
        return ScriptedServer::Step {ScriptedServer::Action::Respond,
                                     ScriptedServer::response(200, healthJson)};
    });
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_monitor = std::make_unique<ConnectionMonitor>(m_client.get());
    m_monitor->setProbeInterval(20ms, 50ms);
    m_states = std::make_unique<QSignalSpy>(m_monitor.get(), &ConnectionMonitor::stateChanged);
    m_monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Online, 10000);
}

void TestConnectionMonitor::cleanup()
{
    m_states.reset();
    m_monitor.reset();
    m_client.reset();
    m_server.reset();
}

QList<ConnectionMonitor::State> TestConnectionMonitor::states() const
{
    QList<ConnectionMonitor::State> list;
    for (const QList<QVariant> &args : std::as_const(*m_states))
        list.append(args.at(0).value<ConnectionMonitor::State>());
    return list;
}

// Issue 12: a screen-reader user heard "You're offline… You're back online." while the backend
// was still offline. The "back online" came from the answer to a request sent before the
// failure (a delayed write, a parked long poll), which the backend had admitted while online.
void TestConnectionMonitor::lateAnswerDoesNotMeanBackOnline()
{
    ApiCall *early = m_client->send(itemsOnce());
    QSignalSpy earlyDone(early, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 10000);

    m_down = true;
    m_client->fetchHealth();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Offline, 10000);

    m_server->releaseHeld(
        {ScriptedServer::Action::Respond, ScriptedServer::response(200, itemsJson)});
    QTRY_COMPARE_WITH_TIMEOUT(earlyDone.size(), 1, 10000);
    QVERIFY(earlyDone.at(0).at(0).value<ApiResult>().ok());
    QCOMPARE(m_monitor->state(), ConnectionMonitor::State::Offline);

    // The probes sent from now on still fail, and the monitor says so until one is answered.
    const qsizetype seen = m_server->received().size();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->received().size() >= seen + 2, 10000);
    QCOMPARE(m_monitor->state(), ConnectionMonitor::State::Offline);
    m_down = false;
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Online, 10000);
    QCOMPARE(states(),
             (QList<ConnectionMonitor::State> {ConnectionMonitor::State::Online,
                                               ConnectionMonitor::State::Offline,
                                               ConnectionMonitor::State::Online}));
}

// The mirror case: a request sent before a newer answer fails late (its connection dropped, its
// deadline passed). The newer answer already showed the backend answers.
void TestConnectionMonitor::lateFailureDoesNotMeanOffline()
{
    ApiCall *early = m_client->send(itemsOnce());
    QSignalSpy earlyDone(early, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 10000);
    ApiCall *later = m_client->fetchHealth();
    QSignalSpy laterDone(later, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(laterDone.size(), 1, 10000);

    // Qt's network stack sends a GET once more on a fresh connection when the first one drops
    // without an answer; that copy is held too, and dropped in turn.
    for (int i = 0; i < 3 && earlyDone.isEmpty(); ++i) {
        m_server->releaseHeld({ScriptedServer::Action::Close, {}});
        QTRY_VERIFY_WITH_TIMEOUT(m_server->heldCount() > 0 || !earlyDone.isEmpty(), 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(earlyDone.size(), 1, 10000);
    QVERIFY(!earlyDone.at(0).at(0).value<ApiResult>().ok());
    QCOMPARE(states(), (QList<ConnectionMonitor::State> {ConnectionMonitor::State::Online}));
}

// The control room keeps working while the backend plays offline (a facilitator moves a knob, a
// scenario step runs): those answers are no sign that the person is back online.
void TestConnectionMonitor::adminAnswersDoNotMeanOnline()
{
    // No probes in between: a failed probe sent after the admin request would hide its answer.
    m_monitor->setProbeInterval(60s, 60s);
    m_down = true;
    m_client->fetchHealth();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Offline, 10000);
    ApiCall *knob = m_client->admin("GET", u"/admin/faults"_s);
    QSignalSpy knobDone(knob, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(knobDone.size(), 1, 10000);
    QVERIFY(knobDone.at(0).at(0).value<ApiResult>().ok());
    QCOMPARE(m_monitor->state(), ConnectionMonitor::State::Offline);
    m_down = false;
    m_client->fetchHealth();
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Online, 10000);
}

// Issue 13, item 5: one dropped answer made the app say "You're offline… You're back online."
// The backend still answers; the probe sent after the loss shows it, and nobody is told.
void TestConnectionMonitor::oneLostAnswerIsNotOffline()
{
    m_loseItems = true;
    QSignalSpy observed(m_client.get(), &ApiClient::reachabilityObserved);
    ApiCall *lost = m_client->send(itemsOnce());
    QSignalSpy lostDone(lost, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(lostDone.size(), 1, 10000);
    QVERIFY(!lostDone.at(0).at(0).value<ApiResult>().ok());
    quint64 lostAttempt = 0;
    for (const QList<QVariant> &args : std::as_const(observed)) {
        if (!args.at(0).toBool())
            lostAttempt = std::max(lostAttempt, args.at(1).toULongLong());
    }
    QVERIFY(lostAttempt > 0);
    // Something sent after the loss was answered: the evidence the monitor judged by.
    auto answeredSince = [&] {
        return std::any_of(observed.cbegin(), observed.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toBool() && args.at(1).toULongLong() > lostAttempt;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answeredSince(), 10000);
    QVERIFY(!m_monitor->isDoubting());
    QCOMPARE(m_monitor->state(), ConnectionMonitor::State::Online);
    QCOMPARE(states(), (QList<ConnectionMonitor::State> {ConnectionMonitor::State::Online}));

    // Two in a row, the second sent after the first was lost, is a lost connection.
    m_down = true;
    m_client->send(itemsOnce());
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionMonitor::State::Offline, 10000);
}

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
