// The control room's Backend time section with the keyboard, against a real backend: the speed
// is chosen with the arrow keys among its radio buttons, Step is there only while frozen and moves
// backend time, a scale set elsewhere shows, and the state is told in words.

#include "app/controlroom/backendtimebox.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/backendtime.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/backendtimecontrol.h"

#include "models/client/apicall.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 10000;
}

class TestBackendTimeBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamed();
    void keyboardChoosesTheSpeed_data();
    void keyboardChoosesTheSpeed();
    void stepMovesAFrozenBackend();
    void showsAScaleSetElsewhere();

private:
    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<BackendTimeControl> m_time;
    std::unique_ptr<BackendTimeBox> m_box;
};

void TestBackendTimeBox::init()
{
    QLocale::setDefault(QLocale::c());
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_events = std::make_unique<EventStream>(m_client.get());
    m_time = std::make_unique<BackendTimeControl>(m_client.get());
    m_time->observe(m_events.get());
    m_events->start(0);
    m_box = std::make_unique<BackendTimeBox>(m_time.get());
    m_box->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
    m_box->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_box.get()));
}

void TestBackendTimeBox::cleanup()
{
    m_box.reset();
    m_time.reset();
    m_events.reset();
    m_client.reset();
    m_server.reset();
}

void TestBackendTimeBox::everyControlIsNamed()
{
    const QList<QRadioButton *> speeds = m_box->speedButtons();
    QCOMPARE(speeds.size(), 5);
    QCOMPARE(speeds.at(0)->accessibleName(), u"Backend speed 1×"_s);
    QCOMPARE(speeds.at(4)->accessibleName(), u"Backend speed Frozen"_s);
    // As in any radio group, Tab reaches the checked one; the arrows move among them.
    QVERIFY(speeds.at(0)->focusPolicy() & Qt::TabFocus);
    QVERIFY(!(speeds.at(1)->focusPolicy() & Qt::TabFocus));
    QVERIFY(speeds.at(0)->isChecked());
    QCOMPARE(m_box->stepButton()->accessibleName(), u"Step backend time"_s);
    QVERIFY(!m_box->stepButton()->isEnabled());
    QCOMPARE(m_box->stateLabel()->text(), u"Backend at normal speed."_s);
}

void TestBackendTimeBox::keyboardChoosesTheSpeed_data()
{
    QTest::addColumn<int>("rights");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("state");
    QTest::newRow("0.5×") << 1 << 0.5 << u"◔ Backend in slow motion 0.5×."_s;
    QTest::newRow("0.25×") << 2 << 0.25 << u"◔ Backend in slow motion 0.25×."_s;
    QTest::newRow("0.1×") << 3 << 0.1 << u"◔ Backend in slow motion 0.1×."_s;
    QTest::newRow("frozen") << 4 << 0.0 << u"‖ Backend frozen."_s;
}

void TestBackendTimeBox::keyboardChoosesTheSpeed()
{
    QFETCH(int, rights);
    QFETCH(double, scale);
    QFETCH(QString, state);
    m_box->speedButtons().at(0)->setFocus();
    QTRY_VERIFY(m_box->speedButtons().at(0)->hasFocus());
    // Each arrow moves to the next button and chooses it, as radio buttons do.
    for (int i = 0; i < rights; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->backendTime().clock().scale(), scale, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_time->scale(), scale, kTimeoutMs);
    QCOMPARE(m_box->stateLabel()->text(), state);
    QCOMPARE(m_box->stepButton()->isEnabled(), scale == 0);
    QVERIFY(m_box->speedButtons().at(rights)->isChecked());
    QVERIFY(m_box->speedButtons().at(rights)->hasFocus());
}

void TestBackendTimeBox::stepMovesAFrozenBackend()
{
    QString error;
    QVERIFY(m_server->applyConfigPatch(
        QJsonDocument::fromJson(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})")
            .object(),
        &error));
    m_time->setScale(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_box->stepButton()->isEnabled(), kTimeoutMs);
    const qint64 lsn = m_server->simulation().setFavorite(1, true, u"c-1"_s, u"other"_s);
    m_server->timeMoved();
    QSignalSpy stepped(m_time.get(), &BackendTimeControl::stepped);
    m_box->stepButton()->setFocus();
    QTest::keyClick(m_box->stepButton(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(stepped.size(), 1, kTimeoutMs);
    QCOMPARE(stepped.first().first().toString(), u"Stepped to the next replica catching up."_s);
    QCOMPARE(m_server->simulation().replicas().replica(1).store.appliedLsn(), lsn);
}

void TestBackendTimeBox::showsAScaleSetElsewhere()
{
    std::unique_ptr<ApiClient> other = std::make_unique<ApiClient>(m_server->url());
    ApiCall *call = other->admin("PUT", u"/admin/time"_s, {{u"scale"_s, 0.3}});
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_box->stateLabel()->text(), u"◔ Backend in slow motion 0.3×."_s,
                              kTimeoutMs);
    for (QRadioButton *button : m_box->speedButtons())
        QVERIFY(!button->isChecked());
    QVERIFY(!m_box->stepButton()->isEnabled());
}

QTEST_MAIN(TestBackendTimeBox)
#include "tst_backendtimebox.moc"
