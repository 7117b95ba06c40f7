// Presenter mode in the real window: F5 enlarges the text, hides the technical docks and shows
// the caption bar; F5 again puts the person's layout and text size back. The caption follows
// the last action, and the bar can be reached from the keyboard.

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/presenter/presentercaptionbar.h"
#include "app/presenter/presentermode.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "core/wire.h"
#include "loadedapp.h"
#include "models/control/heldanswers.h"
#include "models/favorites/favoritesmodel.h"
#include "models/session/presentercaption.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList visibleDocks(MainWindow *window)
{
    QStringList names;
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            names << dock->objectName();
    }
    names.sort();
    return names;
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void f5EntersAndLeavesPuttingEverythingBack();
    void sizeIsChosenAndRemembered();
    void captionFollowsTheLastAction();
    void heldAnswersStayWhileTheBackendHolds();

private:
    PresenterCaptionBar *bar() const
    {
        return m_app->window()->findChild<PresenterCaptionBar *>(u"presenterCaptionBar"_s);
    }

    std::unique_ptr<ConvergeApp> m_app;
};

void TestPresenterMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_presentermode"_s);
    QSettings().clear();
    m_app = startLoadedApp();
    QVERIFY(m_app);
    m_app->window()->resize(1280, 720);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestPresenterMode::cleanupTestCase()
{
    m_app.reset();
    QSettings().clear();
}

void TestPresenterMode::f5EntersAndLeavesPuttingEverythingBack()
{
    MainWindow *window = m_app->window();
    QAction *toggle = window->findChild<QAction *>(u"presenterModeAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(bar());
    QVERIFY(!bar()->isVisible());
    const QStringList docksBefore = visibleDocks(window);
    QVERIFY(docksBefore.contains(u"timelineDock"_s));
    const qreal normalSize = QApplication::font().pointSizeF();

    window->activateWindow();
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(m_app->presenterMode()->isActive());
    QVERIFY(toggle->isChecked());
    QVERIFY(bar()->isVisible());
    QCOMPARE(visibleDocks(window), QStringList());
    QCOMPARE(QApplication::font().pointSizeF(), normalSize * 1.5);
    // Widgets follow the application font as its change event reaches them; text set bold
    // grows with it.
    QTRY_COMPARE(window->font().pointSizeF(), normalSize * 1.5);
    QTRY_COMPARE(bar()->actionLabel()->font().pointSizeF(), normalSize * 1.5);
    QVERIFY(!bar()->accessibleName().isEmpty());
    QVERIFY(bar()->captionLabel()->textInteractionFlags() & Qt::TextSelectableByKeyboard);

    // F6 reaches the caption, so a screen reader can read it again.
    QVERIFY(QTest::qWaitForWindowActive(window));
    for (int i = 0; i < 6 && !bar()->isAncestorOf(QApplication::focusWidget()); ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window,
                        Qt::Key_F6);
    QVERIFY(bar()->isAncestorOf(QApplication::focusWidget()));

    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(!m_app->presenterMode()->isActive());
    QVERIFY(!bar()->isVisible());
    QCOMPARE(QApplication::font().pointSizeF(), normalSize);
    QTRY_COMPARE(window->font().pointSizeF(), normalSize);
    QCOMPARE(visibleDocks(window), docksBefore);
}

void TestPresenterMode::sizeIsChosenAndRemembered()
{
    PresenterMode *mode = m_app->presenterMode();
    const qreal normalSize = QApplication::font().pointSizeF();
    mode->setActive(true);
    QAction *largest = m_app->window()->findChild<QAction *>(u"presenterSize200"_s);
    QVERIFY(largest);
    largest->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), normalSize * 2);
    QCOMPARE(QSettings().value(u"presenter/size"_s).toInt(), 200);
    mode->setSizePercent(90); // not offered: ignored
    QCOMPARE(mode->sizePercent(), 200);
    mode->setActive(false);
    QCOMPARE(QApplication::font().pointSizeF(), normalSize);
    mode->setSizePercent(150);
}

void TestPresenterMode::captionFollowsTheLastAction()
{
    m_app->presenterMode()->setActive(true);
    FavoritesModel *favorites = m_app->favorites()->model();
    m_app->window()->showScreen(0);
    favorites->toggle(favorites->itemIdAt(1));
    QTRY_VERIFY(bar()->actionLabel()->text().startsWith(u"You: "_s));
    // Its story ends confirmed, every replica having caught up (the default lag is short).
    QTRY_COMPARE_WITH_TIMEOUT(bar()->captionLabel()->text(),
                              u"Confirmed: what you see is what the server holds. Every "
                              "replica has it now."_s,
                              20000);
    QCOMPARE(bar()->captionLabel()->accessibleName(), bar()->captionLabel()->text());
    m_app->presenterMode()->setActive(false);
}

void TestPresenterMode::heldAnswersStayWhileTheBackendHolds()
{
    HeldAnswersModel *held = m_app->controlRoom()->heldAnswers();
    bool holding = false;
    held->setHeldRoutes({Wire::Route::favoriteKey},
                        [&holding](bool ok, const QString &) { holding = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(holding, 10000);
    FavoritesModel *favorites = m_app->favorites()->model();
    favorites->toggle(favorites->itemIdAt(2));
    QTRY_COMPARE_WITH_TIMEOUT(held->heldCount(), 1, 10000);

    m_app->presenterMode()->setActive(true);
    QCOMPARE(visibleDocks(m_app->window()), QStringList {u"heldAnswersDock"_s});
    QTRY_VERIFY(bar()->heldLabel()->isVisible());
    QCOMPARE(bar()->heldLabel()->accessibleName(), u"1 answer held back by the backend"_s);
    m_app->presenterMode()->setActive(false);

    bool released = false;
    held->setHeldRoutes({}, [&released](bool ok, const QString &) { released = ok; });
    held->releaseAll();
    QTRY_VERIFY_WITH_TIMEOUT(released, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(held->heldCount(), 0, 10000);
}

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
