// Keyboard use of the main window, in process: no item view becomes current without keyboard
// focus (Qt 6.4 reports that as a focus move, and a screen reader reads the view out), Tab leaves
// every table, never lands on a control that is not on screen and reaches every control, focus
// can be seen, F6 moves between the screen and the docks, F10 opens the menu bar.

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/control/backendsettings.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/toastcenter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return u"(nothing)"_s;
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u" #"_s + w->objectName();
    if (!w->accessibleName().isEmpty())
        name += u" (%1)"_s.arg(w->accessibleName());
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += u" «%1»"_s.arg(button->text());
    return name;
}

bool takesTab(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
        && !w->focusProxy();
}

// Drawn on screen: inside the window and not clipped away by a parent (a scroll area's
// viewport, a dock parked off to the side behind another one's tab).
bool onScreen(const QWidget *w)
{
    if (!w->isVisible() || w->visibleRegion().isEmpty())
        return false;
    const QWidget *window = w->window();
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().intersects(inWindow);
}

double luminance(QRgb c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestKeyboardFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noViewBecomesCurrentWithoutFocus();
    void tabLeavesTable_data();
    void tabLeavesTable();
    void tabWalk_data();
    void tabWalk();
    void focusIsVisible_data();
    void focusIsVisible();
    void favoritesKeepARowAfterTheFilter();
    void f6MovesBetweenPanes();
    void f10OpensTheMenuBar();

private:
    void watchViews();
    QWidget *find(const QString &name) const;
    void showScreenOf(QWidget *w);

    std::unique_ptr<ConvergeApp> m_app;
    MainWindow *m_window = nullptr;
    QStringList m_unfocusedCurrent; // views made current while without keyboard focus
};

void TestKeyboardFocus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_keyboardfocus"_s);
    CommandLineOptions options;
    options.seed = 42;
    options.headless = true; // the default layout, never one a person saved
    m_app = std::make_unique<ConvergeApp>(options);
    m_window = m_app->window();
    watchViews(); // before anything loads: the first list load is one of the cases
    bool ready = false;
    connect(m_app.get(), &ConvergeApp::backendReady, this, [&ready] { ready = true; });
    m_app->start();
    m_window->resize(1440, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(ready, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->favorites()->model()->rowCount() > 0
                                 && m_app->profile()->model()->hasLoaded()
                                 && m_app->transfer()->model()->hasAccount(),
                             20000);
}

void TestKeyboardFocus::cleanupTestCase()
{
    m_app.reset();
}

// A combo box's closed popup follows the combo's current item (Qt 6.8 sets it on every change);
// screen readers hear the combo itself, never that hidden list.
static bool isComboPopup(const QWidget *view)
{
    for (const QObject *p = view->parent(); p; p = p->parent()) {
        if (qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

void TestKeyboardFocus::watchViews()
{
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        if (!view->selectionModel() || isComboPopup(view))
            continue;
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (current.isValid() && !view->hasFocus())
                        m_unfocusedCurrent.append(describe(view) + u" while focus is on "_s
                                                  + describe(QApplication::focusWidget()));
                });
    }
}

QWidget *TestKeyboardFocus::find(const QString &name) const
{
    return m_window->findChild<QWidget *>(name);
}

void TestKeyboardFocus::showScreenOf(QWidget *w)
{
    for (int i = 0; i < m_window->screenCount(); ++i) {
        if (m_window->screenAt(i)->isAncestorOf(w))
            m_window->showScreen(i);
    }
}

void TestKeyboardFocus::noViewBecomesCurrentWithoutFocus()
{
    // A favorite that fails, toggled with Space in the list: the toast and the notification
    // history's new row must not make the (hidden) history list current.
    auto *list = m_app->favorites()->list();
    // A 5xx alone is no "no": without resends it is read back at once and fails.
    FavoritesModel::Timings timings = m_app->favorites()->model()->timings();
    timings.maxResolveAttempts = 0;
    m_app->favorites()->model()->setTimings(timings);
    m_window->showScreen(m_app->favorites());
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QTRY_VERIFY(find(u"failNextRequest"_s)->isEnabled());
    // The backend's answer to the button is the proof it is armed (the panel's words follow
    // from events and refreshes, which this test is not about).
    QSignalSpy armed(m_app->controlRoom()->settings(), &BackendSettings::commandFinished);
    qobject_cast<QPushButton *>(find(u"failNextRequest"_s))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!armed.isEmpty(), 20000);
    QVERIFY2(armed.first().at(0).toBool(), qPrintable(armed.first().at(1).toString()));
    NotificationHistoryModel *history = m_app->toasts()->history();
    const int before = history->rowCount();
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > before, 20000);

    // Ctrl+3 from the list, then a transfer sent with Return in Amount: typing stays there.
    QTest::keyClick(list, Qt::Key_3, Qt::ControlModifier);
    // The page in front holds the transfer screen (it can show it side by side).
    QVERIFY(m_window->currentScreen()->isAncestorOf(m_app->transfer()));
    auto *amount = qobject_cast<QLineEdit *>(find(u"amount"_s));
    amount->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(amount->hasFocus());
    const int transfers = m_app->transfer()->model()->rowCount();
    QTest::keyClicks(amount, u"5"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->transfer()->model()->rowCount() > transfers, 20000);
    QVERIFY(amount->hasFocus());

    QVERIFY2(m_unfocusedCurrent.isEmpty(), qPrintable(m_unfocusedCurrent.join(u"\n"_s)));
}

void TestKeyboardFocus::tabLeavesTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("inspector") << u"inspectorTable"_s;
    QTest::newRow("telemetry") << u"telemetryTable"_s;
    QTest::newRow("telemetry problems") << u"telemetryProblems"_s;
}

void TestKeyboardFocus::tabLeavesTable()
{
    QFETCH(QString, table);
    auto *view = m_window->findChild<QTableView *>(table);
    QVERIFY2(view, qPrintable(table));
    showScreenOf(view);
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 1, 20000);
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(!view->hasFocus(), qPrintable(u"Tab stayed in "_s + describe(view)));
    view->setFocus(Qt::BacktabFocusReason);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(!view->hasFocus(), qPrintable(u"Shift+Tab stayed in "_s + describe(view)));
}

void TestKeyboardFocus::tabWalk_data()
{
    QTest::addColumn<int>("screen");
    QTest::newRow("favorites") << 0;
    QTest::newRow("profile") << 1;
    QTest::newRow("transfer") << 2;
}

void TestKeyboardFocus::tabWalk()
{
    QFETCH(int, screen);
    m_window->showScreen(screen);
    QWidget *start = find(u"navigation"_s);
    start->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(start->hasFocus());

    QSet<QWidget *> reached {start};
    QStringList offScreen;
    bool cycled = false;
    for (int step = 0; step < 400 && !cycled; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now, "Tab left nothing focused");
        if (now == start) {
            cycled = true;
            break;
        }
        if (!onScreen(now))
            offScreen.append(describe(now));
        reached.insert(now);
    }
    QVERIFY2(cycled, "Tab never came back to the navigation list (a trap)");
    QVERIFY2(offScreen.isEmpty(),
             qPrintable(u"Tab landed on controls not on screen:\n"_s + offScreen.join(u'\n')));

    QStringList missed;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (takesTab(w) && !reached.contains(w))
            missed.append(describe(w));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reached:\n"_s + missed.join(u'\n')));
}

void TestKeyboardFocus::focusIsVisible_data()
{
    QTest::addColumn<QString>("widget");
    QTest::newRow("Send") << u"send"_s;
    QTest::newRow("favorites list") << u"favoritesList"_s;
    QTest::newRow("transfers list") << u"transferList"_s;
    QTest::newRow("telemetry table") << u"telemetryTable"_s;
    QTest::newRow("navigation list") << u"navigation"_s;
}

// The pixels around and on the control that change when it takes focus must change by at least
// 3:1 (the contrast WCAG asks of a focus indicator), over at least its perimeter: a one-pixel
// ring, or more.
void TestKeyboardFocus::focusIsVisible()
{
    QFETCH(QString, widget);
    QWidget *w = find(widget);
    QVERIFY2(w, qPrintable(widget));
    showScreenOf(w);
    QTRY_VERIFY(w->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(w->isEnabled(), 60000); // Send, while an earlier transfer is taken
    QWidget *elsewhere =
        widget == u"navigation"_s ? find(u"timelineScreenFilter"_s) : find(u"navigation"_s);
    elsewhere->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(elsewhere->hasFocus());
    const QRect area = QRect(w->mapTo(m_window, QPoint(0, 0)), w->size()).adjusted(-4, -4, 4, 4);
    const QImage before = m_window->grab(area).toImage();
    w->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(w->hasFocus());
    const QImage after = m_window->grab(area).toImage();
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int y = 0; y < before.height(); ++y) {
        for (int x = 0; x < before.width(); ++x) {
            if (contrast(before.pixel(x, y), after.pixel(x, y)) >= 3.0)
                ++changed;
        }
    }
    const int perimeter = 2 * (w->width() + w->height());
    QVERIFY2(changed >= perimeter,
             qPrintable(u"%1: %2 pixels change by 3:1 on focus, fewer than its perimeter %3"_s
                            .arg(describe(w))
                            .arg(changed)
                            .arg(perimeter)));
}

void TestKeyboardFocus::favoritesKeepARowAfterTheFilter()
{
    m_window->showScreen(m_app->favorites());
    QListView *list = m_app->favorites()->list();
    auto *only = m_window->findChild<QCheckBox *>();
    for (QCheckBox *box : m_app->favorites()->findChildren<QCheckBox *>()) {
        if (box->text().contains(u"favorites only"_s))
            only = box;
    }
    QVERIFY(only && only->text().contains(u"favorites only"_s));
    only->setFocus(Qt::TabFocusReason);
    QTest::keyClick(only, Qt::Key_Space);
    QTest::keyClick(only, Qt::Key_Space);
    QVERIFY(!only->isChecked());
    QTest::keyClick(only, Qt::Key_Tab); // the Refresh button
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
    const QModelIndex current = list->currentIndex();
    QVERIFY2(current.isValid(), "the list has focus but no current row");
    const bool favorite = current.data(FavoritesModel::FavoriteRole).toBool();
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(list->currentIndex().data(FavoritesModel::FavoriteRole).toBool(), !favorite);
}

void TestKeyboardFocus::f6MovesBetweenPanes()
{
    m_window->showScreen(m_app->favorites());
    QWidget *screen = m_app->favorites();
    m_app->favorites()->list()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_app->favorites()->list()->hasFocus());

    QSet<QDockWidget *> visited;
    QStringList wrong;
    bool back = false;
    for (int step = 0; step < 20 && !back; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now, "F6 left nothing focused");
        if (screen->isAncestorOf(now)) {
            back = true;
            break;
        }
        QDockWidget *dock = nullptr;
        for (QWidget *p = now; p && !dock; p = p->parentWidget())
            dock = qobject_cast<QDockWidget *>(p);
        if (!dock || !onScreen(now))
            wrong.append(describe(now));
        else
            visited.insert(dock);
    }
    QVERIFY2(back, "F6 never came back to the screen");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const bool shown = dock->isVisible() && dock->widget() && onScreen(dock->widget());
        QVERIFY2(visited.contains(dock) == shown, qPrintable(describe(dock)));
    }
    QVERIFY(!visited.isEmpty());

    // Shift+F6 from the screen goes back to the last pane F6 reached before it.
    QWidget *beforeScreen = nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    beforeScreen = QApplication::focusWidget();
    QVERIFY(beforeScreen && !screen->isAncestorOf(beforeScreen));
    QTest::keyClick(beforeScreen, Qt::Key_F6);
    QVERIFY(screen->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboardFocus::f10OpensTheMenuBar()
{
    m_app->favorites()->list()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_app->favorites()->list()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QCOMPARE(m_window->menuBar()->activeAction(), m_window->menuBar()->actions().constFirst());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
}

QTEST_MAIN(TestKeyboardFocus)
#include "tst_keyboardfocus.moc"
