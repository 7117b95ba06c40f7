// The control room's Held answers section with the keyboard alone, against a real backend:
// a route is held with Space on its check box, the held answer shows in the table, Return
// releases it and Delete drops it, Tab leaves the table, and every control has a name.

#include "app/controlroom/heldanswersdock.h"
#include "core/wire.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/heldanswers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 10000;
}

class TestHeldAnswersDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamedAndFocusable();
    void spaceOnACheckBoxHoldsTheRoute();
    void keyboardReleasesAndDrops_data();
    void keyboardReleasesAndDrops();
    void tabLeavesTheTable();
    void buttonsFollowTheChosenRow();
    void aRefusedChangeLeavesTheBoxAsTheBackendHolds();

private:
    std::unique_ptr<QTcpSocket> rawPut(int itemId);
    QCheckBox *favoritesBox() const
    {
        return m_dock->findChild<QCheckBox *>(u"hold:"_s + Wire::Route::favoriteKey);
    }
    void holdFavorites();
    void focusTable();

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<HeldAnswersModel> m_model;
    std::unique_ptr<HeldAnswersDock> m_dock;
};

void TestHeldAnswersDock::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_events = std::make_unique<EventStream>(m_client.get());
    m_model = std::make_unique<HeldAnswersModel>(m_client.get());
    m_model->observe(m_events.get());
    m_events->start(0);
    m_dock = std::make_unique<HeldAnswersDock>(m_model.get());
    m_dock->resize(640, 480);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    m_dock->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
}

void TestHeldAnswersDock::cleanup()
{
    m_dock.reset();
    m_model.reset();
    m_events.reset();
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<QTcpSocket> TestHeldAnswersDock::rawPut(int itemId)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(kTimeoutMs))
        return socket;
    const QByteArray body = R"({"favorite":true})";
    socket->write("PUT /items/" + QByteArray::number(itemId)
                  + "/favorite HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    return socket;
}

void TestHeldAnswersDock::holdFavorites()
{
    QCheckBox *box = favoritesBox();
    QVERIFY(box);
    box->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->simulation().hold().holds(Wire::Route::favoriteKey),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->findChild<QLabel *>(u"heldSummary"_s)->text(),
                              u"Holding answers for: Favorite taps."_s, kTimeoutMs);
}

void TestHeldAnswersDock::focusTable()
{
    m_dock->table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_dock->table()->hasFocus());
}

void TestHeldAnswersDock::everyControlIsNamedAndFocusable()
{
    int controls = 0;
    for (QWidget *w : m_dock->widget()->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QTableView *>(w);
        // The table's own corner button is part of the table, not a control of ours.
        if (!control || (w != m_dock->table() && m_dock->table()->isAncestorOf(w)))
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
    }
    QCOMPARE(controls, 6 + 1 + 4); // six routes, the table, four buttons
    QVERIFY(!m_dock->table()->tabKeyNavigation());
}

void TestHeldAnswersDock::spaceOnACheckBoxHoldsTheRoute()
{
    holdFavorites();
    QTest::keyClick(favoritesBox(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->simulation().hold().routes().isEmpty(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->findChild<QLabel *>(u"heldSummary"_s)->text(),
                              u"Not holding any answers."_s, kTimeoutMs);
    QVERIFY(!favoritesBox()->isChecked());
}

void TestHeldAnswersDock::keyboardReleasesAndDrops_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("state");
    QTest::newRow("Return releases") << int(Qt::Key_Return) << u"Released"_s;
    QTest::newRow("Delete drops") << int(Qt::Key_Delete) << u"Dropped (lost)"_s;
}

void TestHeldAnswersDock::keyboardReleasesAndDrops()
{
    QFETCH(int, key);
    QFETCH(QString, state);
    holdFavorites();
    const auto first = rawPut(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    const auto second = rawPut(2);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 2, kTimeoutMs);
    // An unfocused table has no current row; focus gives it the first.
    QVERIFY(!m_dock->table()->currentIndex().isValid());
    focusTable();
    QTRY_COMPARE(m_dock->table()->currentIndex().row(), 0);
    QTest::keyClick(m_dock->table(), Qt::Key_Down);
    QCOMPARE(m_dock->table()->currentIndex().row(), 1);
    QTest::keyClick(m_dock->table(), Qt::Key(key));
    const QModelIndex stateCell = m_model->index(1, HeldAnswersModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(stateCell.data().toString(), state, kTimeoutMs);
    QVERIFY(m_model->isHeld(0)); // the other one waits still
    if (key == Qt::Key_Return)
        QTRY_VERIFY_WITH_TIMEOUT(second->bytesAvailable() > 0, kTimeoutMs);
    else
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QCOMPARE(first->bytesAvailable(), 0);
}

void TestHeldAnswersDock::tabLeavesTheTable()
{
    holdFavorites();
    const auto socket = rawPut(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    focusTable();
    QTest::keyClick(m_dock->table(), Qt::Key_Tab);
    QTRY_VERIFY(!m_dock->table()->hasFocus());
    QCOMPARE(QApplication::focusWidget(), m_dock->findChild<QPushButton *>(u"heldRelease"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(m_dock->table()->hasFocus());
    // Space on the focused Release button releases the chosen answer.
    QTest::keyClick(m_dock->table(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0, kTimeoutMs);
}

void TestHeldAnswersDock::buttonsFollowTheChosenRow()
{
    auto *release = m_dock->findChild<QPushButton *>(u"heldRelease"_s);
    auto *releaseAll = m_dock->findChild<QPushButton *>(u"heldReleaseAll"_s);
    auto *twice = m_dock->findChild<QPushButton *>(u"heldTwice"_s);
    QVERIFY(!release->isEnabled());
    QVERIFY(!releaseAll->isEnabled());
    holdFavorites();
    const auto socket = rawPut(4);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    QVERIFY(release->isEnabled()); // the only held answer is the one meant
    QVERIFY(releaseAll->isEnabled());
    twice->click();
    QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!release->isEnabled(), kTimeoutMs);
    QVERIFY(!releaseAll->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_dock->findChild<QLabel *>(u"heldResult"_s)->text().startsWith(u"Delivered"_s),
        kTimeoutMs);
}

void TestHeldAnswersDock::aRefusedChangeLeavesTheBoxAsTheBackendHolds()
{
    // A backend that takes no admin requests without a token this app does not have.
    QVERIFY(m_server->setAccessToken(u"sekret"_s));
    QCheckBox *box = favoritesBox();
    box->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Space);
    auto *result = m_dock->findChild<QLabel *>(u"heldResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"did not work"_s), kTimeoutMs);
    QVERIFY(!box->isChecked());
    QVERIFY(!m_server->simulation().hold().holds(Wire::Route::favoriteKey));
}

QTEST_MAIN(TestHeldAnswersDock)
#include "tst_heldanswersdock.moc"
