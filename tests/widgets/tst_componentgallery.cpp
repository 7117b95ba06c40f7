#include "tests/widgets/manualtime.h"
#include "widgets/announcementlogmodel.h"
#include "widgets/componentgallery.h"
#include "widgets/palettes.h"
#include "widgets/statusannouncer.h"
#include "widgets/syncbadge.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toast.h"
#include "widgets/toastcenter.h"

#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestComponentGallery : public QObject
{
    Q_OBJECT

private slots:
    void everyStateInBothPalettes_data();
    void everyStateInBothPalettes();
    void failedSaveShowsToastAndAnnounces();
};

void TestComponentGallery::everyStateInBothPalettes_data()
{
    QTest::addColumn<ComponentGallery::Theme>("theme");
    QTest::newRow("light") << ComponentGallery::Theme::Light;
    QTest::newRow("dark") << ComponentGallery::Theme::Dark;
}

void TestComponentGallery::everyStateInBothPalettes()
{
    QFETCH(ComponentGallery::Theme, theme);
    ComponentGallery gallery;
    QWidget *column = gallery.themeColumn(theme);
    QCOMPARE(Palettes::isDark(column->palette()), theme == ComponentGallery::Theme::Dark);
    QSet<SyncState> states;
    for (SyncBadge *badge : column->findChildren<SyncBadge *>())
        states.insert(badge->displayedState());
    QCOMPARE(states.size(), std::size(SyncStateStyle::allStates));
    QSet<ToastSpec::Style> styles;
    for (Toast *toast : column->findChildren<Toast *>())
        styles.insert(toast->spec().style);
    QCOMPARE(styles.size(), 3);
}

void TestComponentGallery::failedSaveShowsToastAndAnnounces()
{
    ManualTime time;
    ComponentGallery gallery;
    gallery.setScheduler(&time.scheduler);
    gallery.resize(1200, 800);
    gallery.show();
    QSignalSpy announced(gallery.announcer(), &StatusAnnouncer::announced);
    QPushButton *fail = nullptr;
    for (QPushButton *button : gallery.findChildren<QPushButton *>()) {
        if (button->text() == u"Fail a save"_s)
            fail = button;
    }
    QVERIFY(fail);
    fail->click();
    // The save fails after 0.8 s; the announcement follows its 0.5 s merge window.
    time.advance(799ms);
    QCOMPARE(gallery.liveBadge()->state(), SyncState::Pending);
    QVERIFY(gallery.toastCenter()->visibleIds().isEmpty());
    time.advance(1ms);
    QCOMPARE(gallery.liveBadge()->state(), SyncState::Failed);
    QCOMPARE(gallery.toastCenter()->visibleIds().size(), 1);
    QCOMPARE(announced.size(), 0);
    time.advance(499ms);
    QCOMPARE(announced.size(), 0);
    time.advance(1ms);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().first().toString(),
             u"We couldn't save \"Blue Chair\". It's back as it was."_s);
    QCOMPARE(gallery.toastCenter()->visibleIds().size(), 1);
    QCOMPARE(gallery.liveBadge()->displayedState(), SyncState::Failed);
    QCOMPARE(gallery.announcementLog()->rowCount(), 1);
}

QTEST_MAIN(TestComponentGallery)
#include "tst_componentgallery.moc"
