#include "models/sync/syncwords.h"
#include "tests/widgets/manualtime.h"
#include "widgets/displaypreferences.h"
#include "widgets/palettes.h"
#include "widgets/syncbadge.h"
#include "widgets/syncbadgedelegate.h"
#include "widgets/syncbadgepainter.h"
#include "widgets/syncstatestyle.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The badge's own timings (show after 400 ms, keep 500 ms, fade after 2.5 s over 0.6 s), on a
// clock the test moves.
struct TimedBadge
{
    ManualTime time;
    SyncBadge badge;

    TimedBadge() { badge.setScheduler(&time.scheduler); }
};

// Counts pixels close to color, to tell whether an icon was actually drawn.
int pixelsNear(const QImage &image, const QColor &color, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                    + qAbs(c.blue() - color.blue())
                < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestSyncBadge : public QObject
{
    Q_OBJECT

private slots:
    void stateTextAndAccessibility_data();
    void stateTextAndAccessibility();
    void iconIsPainted_data();
    void iconIsPainted();
    void spinnerWaitsBeforeShowing();
    void quickSaveNeverShowsSpinner();
    void spinnerStaysItsMinimumTime();
    void reducedMotionNeverSpins();
    void savedFades();
    void savedFadesAtOnceWithReducedMotion();
    void failedOffersRetry();
    void delegatePaintsBadgeAndKeepsRoles();
};

void TestSyncBadge::stateTextAndAccessibility_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QAccessible::Role>("role");
    for (SyncState state : SyncStateStyle::allStates) {
        QTest::addRow("%s", qPrintable(SyncWords::shortText(state)))
            << state << SyncWords::shortText(state)
            << (state == SyncState::Failed ? QAccessible::Button : QAccessible::StaticText);
    }
}

void TestSyncBadge::stateTextAndAccessibility()
{
    QFETCH(SyncState, state);
    QFETCH(QString, text);
    QFETCH(QAccessible::Role, role);
    SyncBadge badge;
    badge.setState(state, {}, u"Blue Chair"_s);
    QCOMPARE(badge.displayedState(), state);
    QCOMPARE(badge.text(), text);
    QCOMPARE(SyncBadgePainter::accessibleText(state), text);

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&badge);
    QVERIFY(iface);
    QCOMPARE(iface->role(), role);
    QCOMPARE(iface->text(QAccessible::Name), text);
    QCOMPARE(iface->text(QAccessible::Description), SyncWords::longText(state, u"Blue Chair"_s));
    QCOMPARE(badge.toolTip(), iface->text(QAccessible::Description));
}

void TestSyncBadge::iconIsPainted_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QPalette>("palette");
    for (SyncState state : SyncStateStyle::allStates) {
        QTest::addRow("%s light", qPrintable(SyncWords::shortText(state)))
            << state << Palettes::light();
        QTest::addRow("%s dark", qPrintable(SyncWords::shortText(state)))
            << state << Palettes::dark();
    }
}

void TestSyncBadge::iconIsPainted()
{
    QFETCH(SyncState, state);
    QFETCH(QPalette, palette);
    QFont font;
    font.setPixelSize(14);
    const QSize size = SyncBadgePainter::sizeHint(QFontMetrics(font), state);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    {
        QPainter p(&image);
        p.setFont(font);
        SyncBadgePainter::paint(&p, image.rect(), state, palette);
    }
    const QColor tone = SyncStateStyle::toneColor(state, palette);
    const int icon = SyncBadgePainter::iconSize(QFontMetrics(font));
    // The icon square alone carries tone pixels: the state is shown by a shape, not the word only.
    QVERIFY(pixelsNear(image, tone, QRect(0, 0, icon, size.height())) > 4);
    // And the word is drawn after it.
    QVERIFY(pixelsNear(image, tone, QRect(icon + 4, 0, size.width() - icon - 4, size.height()))
            > 4);
}

void TestSyncBadge::spinnerWaitsBeforeShowing()
{
    TimedBadge t;
    t.badge.setState(SyncState::Pending);
    QVERIFY(!t.badge.isSpinnerVisible());
    t.time.advance(399ms);
    QVERIFY(!t.badge.isSpinnerVisible());
    t.time.advance(1ms);
    QVERIFY(t.badge.isSpinnerVisible());
    QCOMPARE(t.badge.text(), u"Saving…"_s);
}

void TestSyncBadge::quickSaveNeverShowsSpinner()
{
    TimedBadge t;
    t.badge.setState(SyncState::Pending);
    t.time.advance(399ms);
    t.badge.setState(SyncState::Confirmed);
    QVERIFY(!t.badge.isSpinnerVisible());
    QCOMPARE(t.badge.displayedState(), SyncState::Confirmed);
    // The delay that was running is gone with the wait: no late spinner.
    t.time.advance(10s);
    QVERIFY(!t.badge.isSpinnerVisible());
    QCOMPARE(t.badge.displayedState(), SyncState::Confirmed);
}

void TestSyncBadge::spinnerStaysItsMinimumTime()
{
    TimedBadge t;
    QSignalSpy changed(&t.badge, &SyncBadge::displayedStateChanged);
    t.badge.setState(SyncState::Pending);
    t.time.advance(400ms);
    QVERIFY(t.badge.isSpinnerVisible());
    changed.clear();

    // The answer arrives 100 ms after the spinner appeared: the spinner is not cut short.
    t.time.advance(100ms);
    t.badge.setState(SyncState::Confirmed);
    QCOMPARE(t.badge.state(), SyncState::Confirmed);
    QCOMPARE(t.badge.displayedState(), SyncState::Pending);
    QVERIFY(t.badge.isSpinnerVisible());
    QVERIFY(changed.isEmpty());

    t.time.advance(399ms); // 499 ms shown
    QCOMPARE(t.badge.displayedState(), SyncState::Pending);
    QVERIFY(changed.isEmpty());
    t.time.advance(1ms);
    QCOMPARE(t.badge.displayedState(), SyncState::Confirmed);
    QVERIFY(!t.badge.isSpinnerVisible());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<SyncState>(), SyncState::Confirmed);
}

void TestSyncBadge::reducedMotionNeverSpins()
{
    DisplayPreferences preferences;
    preferences.setReducedMotion(true);
    TimedBadge still;
    still.badge.setDisplayPreferences(&preferences);
    TimedBadge moving; // the same wait with full motion, to show the time step would move it
    for (SyncBadge *badge : {&still.badge, &moving.badge}) {
        badge->resize(badge->sizeHint());
        badge->setState(SyncState::Pending);
    }
    still.time.advance(400ms);
    moving.time.advance(400ms);
    QVERIFY(still.badge.isSpinnerVisible()); // the wait is "long" ...
    QVERIFY(moving.badge.isSpinnerVisible());
    const QImage first = still.badge.grab().toImage();
    const QImage movingFirst = moving.badge.grab().toImage();
    still.time.advance(150ms); // long enough for a spinner to turn, if one were (wrongly) running
    moving.time.advance(150ms);
    // ... but what is drawn does not move, and nothing ticks to move it.
    QCOMPARE(still.badge.grab().toImage(), first);
    QCOMPARE(still.time.scheduler.activeTimerCount(), 0);
    QCOMPARE(moving.time.scheduler.activeTimerCount(), 1);
    QVERIFY(moving.badge.grab().toImage() != movingFirst);
}

void TestSyncBadge::savedFades()
{
    TimedBadge t;
    t.badge.setState(SyncState::Confirmed);
    t.time.advance(2499ms);
    QVERIFY(!t.badge.isFadedOut());
    QCOMPARE(t.badge.opacity(), 1.0);
    t.time.advance(1ms + 300ms); // halfway through the fade
    QVERIFY(t.badge.opacity() > 0.0 && t.badge.opacity() < 1.0);
    t.time.advance(299ms);
    QVERIFY(!t.badge.isFadedOut());
    t.time.advance(1ms);
    QVERIFY(t.badge.isFadedOut());
    // Still truthful for assistive technology after it faded.
    QCOMPARE(t.badge.text(), u"Saved"_s);

    // Other states never fade: they ask something of the person.
    t.badge.setState(SyncState::Failed);
    QVERIFY(!t.badge.isFadedOut());
    t.time.advance(1h);
    QVERIFY(!t.badge.isFadedOut());
}

void TestSyncBadge::savedFadesAtOnceWithReducedMotion()
{
    DisplayPreferences preferences;
    preferences.setReducedMotion(true);
    TimedBadge t;
    t.badge.setDisplayPreferences(&preferences);
    t.badge.setState(SyncState::Confirmed);
    t.time.advance(2499ms);
    QCOMPARE(t.badge.opacity(), 1.0);
    t.time.advance(1ms);
    QVERIFY(t.badge.isFadedOut());
}

void TestSyncBadge::failedOffersRetry()
{
    SyncBadge badge;
    QSignalSpy retry(&badge, &SyncBadge::retryRequested);
    badge.setState(SyncState::Confirmed);
    QCOMPARE(badge.focusPolicy(), Qt::NoFocus);
    QTest::keyClick(&badge, Qt::Key_Space);
    QCOMPARE(retry.size(), 0);

    badge.setState(SyncState::Failed);
    QCOMPARE(badge.focusPolicy(), Qt::StrongFocus);
    QTest::keyClick(&badge, Qt::Key_Space);
    QCOMPARE(retry.size(), 1);

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&badge);
    QVERIFY(iface->actionInterface());
    QVERIFY(iface->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::pressAction()));
    iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(retry.size(), 2);
}

void TestSyncBadge::delegatePaintsBadgeAndKeepsRoles()
{
    constexpr int stateRole = Qt::UserRole + 1;
    QStandardItemModel model;
    auto *item = new QStandardItem(u"Blue Chair"_s);
    item->setData(QVariant::fromValue(SyncState::Failed), stateRole);
    item->setData(SyncBadgePainter::accessibleText(SyncState::Failed), Qt::AccessibleTextRole);
    model.appendRow(item);
    auto *plain = new QStandardItem(u"No state"_s);
    model.appendRow(plain);

    QListView view;
    view.setPalette(Palettes::light());
    view.setModel(&model);
    SyncBadgeDelegate delegate(stateRole);
    view.setItemDelegate(&delegate);
    view.resize(400, 120);

    const QRect row = view.visualRect(model.index(0, 0));
    const QSize badge = SyncBadgePainter::sizeHint(view.fontMetrics(), SyncState::Failed);
    QVERIFY(view.sizeHintForRow(0) >= badge.height());
    const QImage image = view.viewport()->grab().toImage();
    const QColor tone = SyncStateStyle::toneColor(SyncState::Failed, view.palette());
    const QRect badgeArea(row.right() - badge.width() - 20, row.top(), badge.width() + 20,
                          row.height());
    QVERIFY(pixelsNear(image, tone, badgeArea) > 10);
    QCOMPARE(model.index(0, 0).data(Qt::AccessibleTextRole).toString(), u"Couldn't save · Retry"_s);
    const QRect plainRow = view.visualRect(model.index(1, 0));
    QCOMPARE(pixelsNear(image, tone, plainRow), 0);
}

QTEST_MAIN(TestSyncBadge)
#include "tst_syncbadge.moc"
