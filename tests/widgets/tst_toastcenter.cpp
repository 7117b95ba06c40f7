#include "tests/widgets/manualtime.h"
#include "widgets/displaypreferences.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/notificationhistorypanel.h"
#include "widgets/toast.h"
#include "widgets/toastcenter.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Style = ToastSpec::Style;
using Action = ToastSpec::Action;

Q_DECLARE_METATYPE(ToastSpec::Style)
Q_DECLARE_METATYPE(ToastSpec::Action)

namespace {

ToastSpec info(const QString &text)
{
    return {.style = Style::Info, .text = text};
}

ToastSpec error(const QString &text, Action action = Action::None)
{
    return {.style = Style::Error, .text = text, .action = action};
}

// A window with a text field that has focus, like a screen where someone is typing. Its toasts
// count down on a manual clock: nothing expires unless the test moves time.
struct Host
{
    ManualTime time;
    QWidget window;
    QLineEdit *field = new QLineEdit(&window);
    DisplayPreferences preferences;
    std::unique_ptr<ToastCenter> center;

    Host()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        layout->addStretch();
        window.resize(800, 600);
        center = std::make_unique<ToastCenter>(&window, &preferences);
        center->setScheduler(&time.scheduler);
        window.show();
        window.activateWindow();
        field->setFocus();
    }
};

} // namespace

class TestToastCenter : public QObject
{
    Q_OBJECT

private slots:
    void showsWithoutTakingFocus();
    void toastContent_data();
    void toastContent();
    void queueLimitsVisible();
    void errorsComeBeforeInfo();
    void identicalMessagesMerge();
    void durations_data();
    void durations();
    void infoExpires();
    void repeatEarnsTheFullTimeAgain();
    void hoverAndFocusPause();
    void actionCallsBackOnce();
    void actionFromHistoryAfterExpiry();
    void callbackSkippedWhenContextGone();
    void historyRecordsEverything();
    void historyPanelTakesAction();
    void focusShortcutGoesAndReturns();
    void escapeDismissesAndReturnsFocus();
    void overlayStaysInsideHost();
    void resolvedToastIsWithdrawnAndSaysHowItEnded_data();
    void resolvedToastIsWithdrawnAndSaysHowItEnded();
    void overlayStaysInsideItsArea();
};

void TestToastCenter::showsWithoutTakingFocus()
{
    Host host;
    QVERIFY(QTest::qWaitForWindowActive(&host.window));
    QCOMPARE(QApplication::focusWidget(), host.field);
    host.center->show(error(u"Couldn't save \"Blue Chair\"."_s, Action::Retry));
    host.center->show(info(u"Updated"_s));
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), host.field);
    QVERIFY(host.center->overlay()->isVisible());
}

void TestToastCenter::toastContent_data()
{
    QTest::addColumn<ToastSpec::Style>("style");
    QTest::addColumn<ToastSpec::Action>("action");
    QTest::addColumn<QString>("accessibleName");
    QTest::addColumn<QString>("buttonText");
    QTest::newRow("info") << Style::Info << Action::None << u"Information: Hello."_s << QString();
    QTest::newRow("success undo") << Style::Success << Action::Undo << u"Done: Hello."_s
                                  << u"Undo"_s;
    QTest::newRow("error retry") << Style::Error << Action::Retry << u"Error: Hello."_s
                                 << u"Retry"_s;
    QTest::newRow("info view") << Style::Info << Action::View << u"Information: Hello."_s
                               << u"View"_s;
}

void TestToastCenter::toastContent()
{
    QFETCH(ToastSpec::Style, style);
    QFETCH(ToastSpec::Action, action);
    QFETCH(QString, accessibleName);
    QFETCH(QString, buttonText);
    Toast toast({.style = style, .text = u"Hello."_s, .action = action});
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&toast);
    QCOMPARE(iface->text(QAccessible::Name), accessibleName);
    QCOMPARE(toast.actionButton() != nullptr, !buttonText.isEmpty());
    if (toast.actionButton())
        QCOMPARE(toast.actionButton()->text(), buttonText);
    QVERIFY(toast.dismissButton());
    QCOMPARE(toast.dismissButton()->accessibleName(), u"Dismiss"_s);
    QCOMPARE(toast.focusPolicy(), Qt::NoFocus);
}

void TestToastCenter::queueLimitsVisible()
{
    Host host;
    host.center->setMaximumVisible(2);
    const int a = host.center->show(info(u"a"_s));
    const int b = host.center->show(info(u"b"_s));
    const int c = host.center->show(info(u"c"_s));
    QCOMPARE(host.center->visibleIds(), QList<int>({a, b}));
    QCOMPARE(host.center->queuedIds(), QList<int>({c}));
    host.center->dismiss(a);
    QCOMPARE(host.center->visibleIds(), QList<int>({b, c}));
    QVERIFY(host.center->queuedIds().isEmpty());
}

void TestToastCenter::errorsComeBeforeInfo()
{
    Host host;
    host.center->setMaximumVisible(2);
    const int i1 = host.center->show(info(u"i1"_s));
    const int i2 = host.center->show(info(u"i2"_s));
    const int i3 = host.center->show(info(u"i3"_s));
    // An error does not wait behind information: it takes the place of the oldest info.
    const int e1 = host.center->show(error(u"e1"_s));
    QCOMPARE(host.center->visibleIds(), QList<int>({i2, e1}));
    QCOMPARE(host.center->queuedIds(), QList<int>({i1, i3}));
    // A second error displaces the remaining info; errors are never displaced by errors.
    const int e2 = host.center->show(error(u"e2"_s));
    const int e3 = host.center->show(error(u"e3"_s));
    QCOMPARE(host.center->visibleIds(), QList<int>({e1, e2}));
    QCOMPARE(host.center->queuedIds(), QList<int>({e3, i2, i1, i3}));
    host.center->dismiss(e1);
    QCOMPARE(host.center->visibleIds(), QList<int>({e2, e3}));
}

void TestToastCenter::identicalMessagesMerge()
{
    Host host;
    const int first = host.center->show(error(u"Offline"_s));
    const int again = host.center->show(error(u"Offline"_s));
    const int third = host.center->show(error(u"Offline"_s));
    QCOMPARE(again, first);
    QCOMPARE(third, first);
    QCOMPARE(host.center->visibleIds().size(), 1);
    QCOMPARE(host.center->count(first), 3);
    QCOMPARE(host.center->toast(first)->count(), 3);
    QVERIFY(host.center->toast(first)->accessibleName().contains(u"3 times"_s));
    QCOMPARE(host.center->history()->rowCount(), 1);
    // Same text but another style or action is another message.
    QVERIFY(host.center->show(info(u"Offline"_s)) != first);
    QVERIFY(host.center->show(error(u"Offline"_s, Action::Retry)) != first);
    // Once gone, the same text is news again.
    host.center->dismiss(first);
    QVERIFY(host.center->show(error(u"Offline"_s)) != first);
}

void TestToastCenter::durations_data()
{
    QTest::addColumn<ToastSpec>("spec");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("autoDismiss");
    QTest::addColumn<int>("expectedMs"); // 0: stays until dismissed
    const ToastSpec plain = info(u"x"_s);
    const ToastSpec success {.style = Style::Success, .text = u"x"_s};
    const ToastSpec withAction {.style = Style::Info, .text = u"x"_s, .action = Action::Undo};
    QTest::newRow("info") << plain << 1.0 << true << 5000;
    QTest::newRow("success") << success << 1.0 << true << 5000;
    QTest::newRow("info twice as long") << plain << 2.0 << true << 10000;
    QTest::newRow("info four times") << plain << 4.0 << true << 20000;
    QTest::newRow("error stays") << error(u"x"_s) << 1.0 << true << 0;
    QTest::newRow("action stays") << withAction << 1.0 << true << 0;
    QTest::newRow("auto-dismiss off") << plain << 1.0 << false << 0;
    QTest::newRow("explicit duration scaled")
        << ToastSpec {.style = Style::Info, .text = u"x"_s, .duration = 1000ms} << 3.0 << true
        << 3000;
}

void TestToastCenter::durations()
{
    QFETCH(ToastSpec, spec);
    QFETCH(double, scale);
    QFETCH(bool, autoDismiss);
    QFETCH(int, expectedMs);
    Host host;
    host.preferences.setToastDurationScale(scale);
    host.preferences.setAutoDismissToasts(autoDismiss);
    const int id = host.center->show(spec);
    QCOMPARE(host.center->toast(id)->timeout(), std::chrono::milliseconds(expectedMs));
}

void TestToastCenter::infoExpires()
{
    Host host; // the default durations: info 5 s, errors until dismissed
    QSignalSpy gone(host.center.get(), &ToastCenter::toastDismissed);
    const int id = host.center->show(info(u"short"_s));
    const int sticky = host.center->show(error(u"long"_s));
    host.time.advance(4999ms);
    QVERIFY(gone.isEmpty());
    host.time.advance(1ms);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().first().toInt(), id);
    QCOMPARE(host.center->visibleIds(), QList<int>({sticky}));
    const int row = host.center->history()->rowOf(id);
    QCOMPARE(host.center->history()
                 ->index(row)
                 .data(NotificationHistoryModel::StatusRole)
                 .value<NotificationHistoryModel::Status>(),
             NotificationHistoryModel::Status::Expired);
    // An error stays however long nobody handles it.
    host.time.advance(24h);
    QCOMPARE(host.center->visibleIds(), QList<int>({sticky}));
    QCOMPARE(gone.size(), 1);

    // Turning auto-dismiss off also holds the toasts already on screen.
    const int held = host.center->show(info(u"held"_s));
    host.preferences.setAutoDismissToasts(false);
    QVERIFY(!host.center->toast(held)->hasTimeout());
    host.time.advance(1h);
    QVERIFY(host.center->visibleIds().contains(held));
}

void TestToastCenter::repeatEarnsTheFullTimeAgain()
{
    Host host;
    const int id = host.center->show(info(u"Updated"_s));
    host.time.advance(4000ms);
    QCOMPARE(host.center->show(info(u"Updated"_s)), id);
    QCOMPARE(host.center->toast(id)->remaining(), 5000ms);
    host.time.advance(4999ms);
    QVERIFY(host.center->visibleIds().contains(id));
    host.time.advance(1ms);
    QVERIFY(host.center->visibleIds().isEmpty());
}

void TestToastCenter::hoverAndFocusPause()
{
    Host host;
    host.center->setDurations({.info = 60000ms});
    const int id = host.center->show(info(u"hover me"_s));
    Toast *toast = host.center->toast(id);
    QSignalSpy paused(toast, &Toast::pausedChanged);

    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QCoreApplication::sendEvent(toast, &enter);
    QVERIFY(toast->isPaused());
    const auto left = toast->remaining();
    host.time.advance(10s); // hovered: the countdown stands still
    QCOMPARE(toast->remaining(), left);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(toast, &leave);
    QVERIFY(!toast->isPaused());
    QCOMPARE(toast->remaining(), left);
    QCOMPARE(paused.size(), 2);

    // Focus inside the toast pauses it as well (keyboard users read at their pace). Focus moves
    // through the window system, so these wait for it.
    QVERIFY(QTest::qWaitForWindowActive(&host.window));
    toast->dismissButton()->setFocus();
    QTRY_VERIFY(toast->isPaused());
    host.time.advance(10s);
    QCOMPARE(toast->remaining(), left);
    host.field->setFocus();
    QTRY_VERIFY(!toast->isPaused());

    // A paused toast does not expire, and after the pause it has a moment to be read again.
    host.center->setDurations({.info = 30ms});
    const int quick = host.center->show(info(u"quick"_s));
    host.center->toast(quick)->setPaused(true);
    host.time.advance(10s); // far longer than its timeout: it must still be there
    QVERIFY(host.center->visibleIds().contains(quick));
    host.center->toast(quick)->setPaused(false);
    host.time.advance(29ms);
    QVERIFY(host.center->visibleIds().contains(quick));
    host.time.advance(1ms);
    QVERIFY(!host.center->visibleIds().contains(quick));
}

void TestToastCenter::actionCallsBackOnce()
{
    Host host;
    QSignalSpy triggered(host.center.get(), &ToastCenter::actionTriggered);
    int calls = 0;
    const int id = host.center->show(error(u"Couldn't save \"Blue Chair\"."_s, Action::Retry),
                                     &host.window, [&calls] { ++calls; });
    QTest::mouseClick(host.center->toast(id)->actionButton(), Qt::LeftButton);
    QCOMPARE(calls, 1);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(triggered.first().at(0).toInt(), id);
    QCOMPARE(triggered.first().at(1).value<ToastSpec::Action>(), Action::Retry);
    QVERIFY(host.center->visibleIds().isEmpty());
    QVERIFY(!host.center->triggerAction(id)); // used once
    QCOMPARE(calls, 1);
}

void TestToastCenter::actionFromHistoryAfterExpiry()
{
    Host host;
    host.center->setDurations({.withAction = 30ms});
    int calls = 0;
    const int id = host.center->show(
        {.style = Style::Success, .text = u"Removed from favorites."_s, .action = Action::Undo},
        &host.window, [&calls] { ++calls; });
    host.time.advance(29ms);
    QCOMPARE(host.center->visibleIds(), QList<int>({id}));
    host.time.advance(1ms);
    QVERIFY(host.center->visibleIds().isEmpty());
    // Shown briefly, not lost: Undo is still there in the history.
    QVERIFY(host.center->history()->isActionAvailable(id));
    QVERIFY(host.center->triggerAction(id));
    QCOMPARE(calls, 1);
    QVERIFY(!host.center->history()->isActionAvailable(id));
}

void TestToastCenter::callbackSkippedWhenContextGone()
{
    Host host;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    const int id =
        host.center->show(error(u"x"_s, Action::Retry), context.get(), [&calls] { ++calls; });
    context.reset();
    QSignalSpy triggered(host.center.get(), &ToastCenter::actionTriggered);
    QVERIFY(host.center->triggerAction(id));
    QCOMPARE(calls, 0);
    QCOMPARE(triggered.size(), 1);
}

void TestToastCenter::historyRecordsEverything()
{
    Host host;
    QAbstractItemModelTester tester(host.center->history());
    host.center->setMaximumVisible(1);
    const int a = host.center->show(info(u"first"_s));
    const int b = host.center->show(info(u"queued, never seen"_s));
    const int c = host.center->show(error(u"failed"_s, Action::Retry));
    NotificationHistoryModel *history = host.center->history();
    QCOMPARE(history->rowCount(), 3);
    // Newest first.
    QCOMPARE(history->idAt(0), c);
    QCOMPARE(history->idAt(1), b);
    QCOMPARE(history->idAt(2), a);
    QCOMPARE(history->index(0).data(NotificationHistoryModel::ActionLabelRole).toString(),
             u"Retry"_s);
    QCOMPARE(history->index(0).data(Qt::AccessibleTextRole).toString(), u"Error: failed"_s);
    QVERIFY(history->index(0).data(Qt::DisplayRole).toString().contains(u"Retry available"_s));
    QVERIFY(!history->index(0).data(Qt::DecorationRole).isNull());

    // A repeat of an older message moves to the top with its count.
    host.center->show(info(u"first"_s));
    QCOMPARE(history->idAt(0), a);
    QCOMPARE(history->index(0).data(NotificationHistoryModel::CountRole).toInt(), 2);

    // Dismissing does not lose the action; clearing the history does.
    host.center->dismiss(c);
    QVERIFY(history->isActionAvailable(c));
    history->clear();
    QVERIFY(!host.center->triggerAction(c));
}

void TestToastCenter::historyPanelTakesAction()
{
    Host host;
    NotificationHistoryPanel panel(host.center.get());
    int calls = 0;
    const int id = host.center->show(error(u"Couldn't save."_s, Action::Retry), &host.window,
                                     [&calls] { ++calls; });
    host.center->dismiss(id);
    panel.view()->setCurrentIndex(host.center->history()->index(0));
    QVERIFY(panel.actionButton()->isEnabled());
    QCOMPARE(panel.actionButton()->text(), u"Retry"_s);
    panel.actionButton()->click();
    QCOMPARE(calls, 1);
    QVERIFY(!panel.actionButton()->isEnabled());
}

void TestToastCenter::focusShortcutGoesAndReturns()
{
    Host host;
    QVERIFY(QTest::qWaitForWindowActive(&host.window));
    QCOMPARE(host.center->focusShortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QSignalSpy historyWanted(host.center.get(), &ToastCenter::historyRequested);
    QTest::keyClick(host.field, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(historyWanted.size(), 1); // nothing to go to

    host.center->show(info(u"older"_s));
    const int newest = host.center->show(error(u"newest"_s, Action::Retry));
    QTest::keyClick(host.field, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), host.center->toast(newest)->actionButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), host.field);
}

void TestToastCenter::escapeDismissesAndReturnsFocus()
{
    Host host;
    QVERIFY(QTest::qWaitForWindowActive(&host.window));
    const int id = host.center->show(info(u"press escape"_s));
    QVERIFY(host.center->toggleFocus());
    QTRY_VERIFY(host.center->toast(id)->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(host.center->visibleIds().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), host.field);
}

void TestToastCenter::overlayStaysInsideHost()
{
    Host host;
    host.center->show(error(u"A long message that needs to wrap over more than one line to fit in "
                            "the toast without being cut off at the edge."_s,
                            Action::Retry));
    const QRect overlay = host.center->overlay()->geometry();
    QVERIFY(host.window.rect().contains(overlay));
    host.window.resize(360, 300);
    QTRY_VERIFY(host.window.rect().contains(host.center->overlay()->geometry()));
}

void TestToastCenter::resolvedToastIsWithdrawnAndSaysHowItEnded_data()
{
    QTest::addColumn<QString>("before"); // what happened to the toast before its subject ended
    QTest::addColumn<QString>("status");
    QTest::newRow("showing") << u"showing"_s << u"Saved"_s;
    QTest::newRow("queued") << u"queued"_s << u"Saved"_s;
    QTest::newRow("dismissed") << u"dismissed"_s << u"Saved"_s;
    QTest::newRow("retried from the toast") << u"action"_s << u"Retry done · Saved"_s;
}

void TestToastCenter::resolvedToastIsWithdrawnAndSaysHowItEnded()
{
    QFETCH(QString, before);
    QFETCH(QString, status);
    Host host;
    host.center->setMaximumVisible(1);
    int retries = 0;
    const int blocker = host.center->show(error(u"Blocks the way"_s));
    const int id = host.center->show(error(u"Couldn't save \"Blue Chair\"."_s, Action::Retry),
                                     &host.window, [&retries] { ++retries; });
    if (before != u"queued"_s)
        host.center->dismiss(blocker);
    if (before == u"dismissed"_s)
        host.center->dismiss(id);
    if (before == u"action"_s)
        QVERIFY(host.center->triggerAction(id));
    QCOMPARE(host.center->queuedIds().contains(id), before == u"queued"_s);

    QSignalSpy shown(host.center.get(), &ToastCenter::toastShown);
    host.center->resolve(id, u"Saved"_s);
    QVERIFY(!host.center->visibleIds().contains(id));
    QVERIFY(!host.center->queuedIds().contains(id));
    if (before == u"queued"_s) {
        host.center->dismiss(blocker);
        QCOMPARE(shown.count(), 0); // withdrawn before it was ever shown
    }
    NotificationHistoryModel *history = host.center->history();
    const QModelIndex row = history->index(history->rowOf(id));
    QVERIFY(!row.data(NotificationHistoryModel::ActionAvailableRole).toBool());
    QVERIFY(!host.center->triggerAction(id));
    QCOMPARE(row.data(NotificationHistoryModel::OutcomeRole).toString(), u"Saved"_s);
    QVERIFY2(row.data(Qt::DisplayRole).toString().endsWith(u"· "_s + status),
             qPrintable(row.data(Qt::DisplayRole).toString()));
    QCOMPARE(retries, before == u"action"_s ? 1 : 0);
    // An unknown id, or one resolved already, changes nothing.
    host.center->resolve(0, u"Saved"_s);
    host.center->resolve(id, u"Saved"_s);
    QCOMPARE(row.data(NotificationHistoryModel::OutcomeRole).toString(), u"Saved"_s);
}

void TestToastCenter::overlayStaysInsideItsArea()
{
    // The screens on the left, a dock with a chart on the right: toasts sit over the screens.
    Host host;
    auto *area = new QWidget(&host.window);
    area->setGeometry(0, 0, 500, 600);
    area->show();
    host.center->setArea(area);
    host.center->show(error(u"Couldn't save \"Blue Chair\"."_s, Action::Retry));
    host.center->show(info(u"Saved"_s));
    QWidget *overlay = host.center->overlay();
    QVERIFY(overlay->isVisible());
    QVERIFY2(area->geometry().contains(overlay->geometry()),
             qPrintable(u"%1,%2 %3×%4"_s.arg(overlay->x())
                            .arg(overlay->y())
                            .arg(overlay->width())
                            .arg(overlay->height())));
    area->resize(460, 500);
    QVERIFY(area->geometry().contains(overlay->geometry()));
}

QTEST_MAIN(TestToastCenter)
#include "tst_toastcenter.moc"
