#include "tests/widgets/manualtime.h"
#include "widgets/announcementlogmodel.h"
#include "widgets/announcementnotifier.h"
#include "widgets/elidinglabel.h"
#include "widgets/statusannouncer.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = StatusAnnouncer::Kind;
using Politeness = StatusAnnouncer::Politeness;

Q_DECLARE_METATYPE(StatusAnnouncer::Kind)
Q_DECLARE_METATYPE(StatusAnnouncer::Politeness)

namespace {

// One call of announce() (or settle(), with kind Progress and no text) in a scripted burst.
struct Said
{
    Kind kind;
    QString subject;
    QString text;
};

} // namespace

Q_DECLARE_METATYPE(QList<Said>)

namespace {

// The merge and repeat windows run on a manual clock: an announcement is delivered only when the
// test moves time past its merge window (or flushes).
struct Fixture
{
    ManualTime time;
    QWidget window;
    std::unique_ptr<StatusAnnouncer> announcer = std::make_unique<StatusAnnouncer>(&window);
    std::unique_ptr<QSignalSpy> spy;

    explicit Fixture(std::chrono::milliseconds mergeWindow = 40ms)
    {
        window.resize(200, 100);
        window.show();
        announcer->setScheduler(&time.scheduler);
        announcer->setTimings(
            {.mergeWindow = mergeWindow, .maximumDelay = 60000ms, .repeatWindow = 60000ms});
        spy = std::make_unique<QSignalSpy>(announcer.get(), &StatusAnnouncer::announced);
    }
    QString text(qsizetype i) const { return spy->at(i).at(0).toString(); }
    Politeness politeness(qsizetype i) const { return spy->at(i).at(1).value<Politeness>(); }
};

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
// Catches the announcement events a screen reader would get; restores the handler on exit.
struct AnnouncementCatcher
{
    struct Caught
    {
        QString message;
        QAccessible::AnnouncementPoliteness politeness;
    };
    static inline QList<Caught> caught;
    QAccessible::UpdateHandler previous = nullptr;
    bool wasActive = QAccessible::isActive();

    AnnouncementCatcher()
    {
        caught.clear();
        previous = QAccessible::installUpdateHandler(&AnnouncementCatcher::handle);
        QAccessible::setActive(true);
    }
    ~AnnouncementCatcher()
    {
        QAccessible::installUpdateHandler(previous);
        QAccessible::setActive(wasActive);
    }
    static void handle(QAccessibleEvent *event)
    {
        if (event->type() == QAccessible::Announcement) {
            const auto *a = static_cast<QAccessibleAnnouncementEvent *>(event);
            caught.append({a->message(), a->politeness()});
        }
    }
};
#endif

} // namespace

class TestStatusAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void politenessByKind_data();
    void politenessByKind();
    void progressIsNotAnnounced();
    void savesAreCoalesced_data();
    void savesAreCoalesced();
    void burstMergesAssertiveFirst();
    void unchangedTextIsNotRepeated();
    void repeatWindow_data();
    void repeatWindow();
    void steadyTrickleStillGetsThrough();
    void statusBarShowsTheSameText();
    void longStatusIsCutNotWidened();
    void notifierIsANamedNotification();
    void eachMessageShownOnce();
    void logModelRecordsAnnouncements();
    void finalStateDropsItsIntermediates_data();
    void finalStateDropsItsIntermediates();
    void checkingIsSaidAfterAMomentOnce_data();
    void checkingIsSaidAfterAMomentOnce();
};

void TestStatusAnnouncer::politenessByKind_data()
{
    QTest::addColumn<StatusAnnouncer::Kind>("kind");
    QTest::addColumn<StatusAnnouncer::Politeness>("politeness");
    QTest::newRow("saved") << Kind::Saved << Politeness::Polite;
    QTest::newRow("info") << Kind::Info << Politeness::Polite;
    QTest::newRow("failure") << Kind::Failure << Politeness::Assertive;
    QTest::newRow("rolled back") << Kind::RolledBack << Politeness::Assertive;
    QTest::newRow("conflict") << Kind::Conflict << Politeness::Assertive;
    QTest::newRow("offline") << Kind::Offline << Politeness::Assertive;
}

void TestStatusAnnouncer::politenessByKind()
{
    QFETCH(StatusAnnouncer::Kind, kind);
    QFETCH(StatusAnnouncer::Politeness, politeness);
    Fixture f;
    f.announcer->announce(kind, u"Something happened."_s);
    f.time.advance(39ms);
    QCOMPARE(f.spy->size(), 0);
    f.time.advance(1ms);
    QCOMPARE(f.spy->size(), 1);
    QCOMPARE(f.text(0), u"Something happened."_s);
    QCOMPARE(f.politeness(0), politeness);
    QCOMPARE(StatusAnnouncer::politenessOf(kind), politeness);
}

void TestStatusAnnouncer::progressIsNotAnnounced()
{
    Fixture f;
    f.announcer->announce(Kind::Progress, u"Saving…"_s);
    f.announcer->flush();
    QCOMPARE(f.spy->size(), 0);
    QVERIFY(f.announcer->statusText().isEmpty());
}

void TestStatusAnnouncer::savesAreCoalesced_data()
{
    QTest::addColumn<int>("saves");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1 << u"\"Item 1\" saved."_s;
    QTest::newRow("two") << 2 << u"2 changes saved."_s;
    QTest::newRow("three") << 3 << u"3 changes saved."_s;
    QTest::newRow("ten") << 10 << u"10 changes saved."_s;
}

void TestStatusAnnouncer::savesAreCoalesced()
{
    QFETCH(int, saves);
    QFETCH(QString, expected);
    Fixture f(200ms);
    for (int i = 1; i <= saves; ++i) {
        f.announcer->announce(Kind::Progress, u"Saving…"_s);
        f.announcer->announce(Kind::Saved, u"\"Item %1\" saved."_s.arg(i));
    }
    f.time.advance(199ms);
    QCOMPARE(f.spy->size(), 0);
    f.time.advance(1ms);
    QCOMPARE(f.spy->size(), 1);
    QCOMPARE(f.text(0), expected);
    QCOMPARE(f.politeness(0), Politeness::Polite);
}

void TestStatusAnnouncer::burstMergesAssertiveFirst()
{
    Fixture f(200ms);
    f.announcer->announce(Kind::Saved);
    f.announcer->announce(Kind::RolledBack,
                          u"We couldn't save \"Blue Chair\". It's back as it was."_s);
    f.announcer->announce(Kind::Saved);
    f.announcer->announce(Kind::RolledBack,
                          u"We couldn't save \"Blue Chair\". It's back as it was."_s);
    f.time.advance(199ms);
    QCOMPARE(f.spy->size(), 0);
    f.time.advance(1ms);
    QCOMPARE(f.spy->size(), 1);
    QCOMPARE(f.text(0),
             u"We couldn't save \"Blue Chair\". It's back as it was. 2 changes saved."_s);
    QCOMPARE(f.politeness(0), Politeness::Assertive);
}

void TestStatusAnnouncer::unchangedTextIsNotRepeated()
{
    Fixture f;
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    QCOMPARE(f.spy->size(), 1);
    // Something else in between makes it news again.
    f.announcer->announce(Kind::Info, u"Back online."_s);
    f.announcer->flush();
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    QCOMPARE(f.spy->size(), 3);
}

void TestStatusAnnouncer::repeatWindow_data()
{
    QTest::addColumn<int>("afterMs");
    QTest::addColumn<int>("announcements");
    QTest::newRow("at once") << 0 << 1;
    QTest::newRow("just inside the window") << 9999 << 1;
    QTest::newRow("once the window has passed") << 10000 << 2;
}

void TestStatusAnnouncer::repeatWindow()
{
    QFETCH(int, afterMs);
    QFETCH(int, announcements);
    Fixture f;
    f.announcer->setTimings({.mergeWindow = 40ms, .maximumDelay = 1500ms, .repeatWindow = 10s});
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    f.time.advance(std::chrono::milliseconds(afterMs));
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    QCOMPARE(f.spy->size(), announcements);
}

void TestStatusAnnouncer::steadyTrickleStillGetsThrough()
{
    // Messages arriving faster than the merge window must not postpone speech forever: a save
    // every 20 ms is announced once maximumDelay has passed since the first, all 15 in one.
    Fixture f(100ms);
    f.announcer->setTimings({.mergeWindow = 100ms, .maximumDelay = 300ms, .repeatWindow = 60000ms});
    int sent = 0;
    while (f.spy->isEmpty() && sent < 400) {
        f.announcer->announce(Kind::Saved);
        ++sent;
        f.time.advance(20ms);
    }
    QVERIFY2(!f.spy->isEmpty(), "a steady stream of saves was never announced");
    QVERIFY(sent > 1);
    QCOMPARE(sent, 15);
    QCOMPARE(f.time.clock.nowMs(), qint64(300));
    QCOMPARE(f.spy->size(), 1);
    QCOMPARE(f.text(0), u"15 changes saved."_s);
}

void TestStatusAnnouncer::statusBarShowsTheSameText()
{
    Fixture f;
    QStatusBar bar;
    f.announcer->attachStatusBar(&bar);
    QSignalSpy status(f.announcer.get(), &StatusAnnouncer::statusTextChanged);
    f.announcer->announce(Kind::Failure, u"We couldn't save your change."_s);
    f.announcer->flush();
    QCOMPARE(status.size(), 1);
    auto *label = bar.findChild<ElidingLabel *>(u"announcementStatusLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->fullText(), f.text(0));
    QCOMPARE(f.announcer->statusText(), f.text(0));
}

// A message longer than the status bar is cut with "…" and whole in the tooltip; it never asks
// the window for more width than it has.
void TestStatusAnnouncer::longStatusIsCutNotWidened()
{
    Fixture f;
    QStatusBar bar;
    bar.resize(240, 30);
    f.announcer->attachStatusBar(&bar);
    bar.show();
    const QString longText = u"We couldn't save your change to the contact details because the "
                             u"server refused the e-mail address you typed."_s;
    f.announcer->announce(Kind::Failure, longText);
    f.announcer->flush();
    auto *label = bar.findChild<ElidingLabel *>(u"announcementStatusLabel"_s);
    QVERIFY(label);
    QTRY_VERIFY(label->width() > 0 && label->width() < 240);
    QVERIFY(label->text().endsWith(u"…"_s));
    QCOMPARE(label->toolTip(), longText);
    QVERIFY(label->minimumSizeHint().width() <= label->width());
    QVERIFY(label->sizeHint().width() > 240); // it would like the whole text when there is room
}

void TestStatusAnnouncer::notifierIsANamedNotification()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt >= 6.8 speaks through QAccessibleAnnouncementEvent: no notifier widget, and the event
    // carries the text and how urgently to say it.
    AnnouncementCatcher catcher;
    Fixture f;
    QVERIFY(!f.announcer->notifier());
    f.announcer->announce(Kind::RolledBack,
                          u"We couldn't save \"Blue Chair\". It's back as it was."_s);
    f.announcer->flush();
    QCOMPARE(AnnouncementCatcher::caught.size(), 1);
    QCOMPARE(AnnouncementCatcher::caught.at(0).message, f.text(0));
    QCOMPARE(AnnouncementCatcher::caught.at(0).politeness,
             f.politeness(0) == Politeness::Assertive
                 ? QAccessible::AnnouncementPoliteness::Assertive
                 : QAccessible::AnnouncementPoliteness::Polite);
#else
    Fixture f;
    f.announcer->announce(Kind::RolledBack,
                          u"We couldn't save \"Blue Chair\". It's back as it was."_s);
    f.announcer->flush();
    AnnouncementNotifier *notifier = f.announcer->notifier();
    QVERIFY(notifier);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(notifier);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QCOMPARE(iface->text(QAccessible::Name), f.text(0));
    QVERIFY(notifier->isVisible());
    // Visually nothing: one pixel, never focusable, never in the way of the mouse.
    QCOMPARE(notifier->size(), QSize(1, 1));
    QCOMPARE(notifier->focusPolicy(), Qt::NoFocus);
    QVERIFY(notifier->testAttribute(Qt::WA_TransparentForMouseEvents));
#endif
}

void TestStatusAnnouncer::eachMessageShownOnce()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    AnnouncementCatcher catcher;
    Fixture f;
    f.announcer->announce(Kind::Failure, u"One."_s);
    f.announcer->flush();
    f.announcer->announce(Kind::Failure, u"Two."_s);
    f.announcer->flush();
    QCOMPARE(AnnouncementCatcher::caught.size(), 2);
    QCOMPARE(AnnouncementCatcher::caught.at(1).message, u"Two."_s);
    QCOMPARE(AnnouncementCatcher::caught.at(1).politeness,
             QAccessible::AnnouncementPoliteness::Assertive);
    QCOMPARE(f.spy->size(), 2);
#else
    // Spoken once means one hide/show (one "showing" event) per announcement.
    Fixture f;
    struct ShowCounter : QObject
    {
        int shows = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Show)
                ++shows;
            return false;
        }
    } counter;
    f.announcer->notifier()->installEventFilter(&counter);
    f.announcer->announce(Kind::Failure, u"One."_s);
    f.announcer->flush();
    f.announcer->announce(Kind::Failure, u"Two."_s);
    f.announcer->flush();
    QCOMPARE(counter.shows, 2);
    QCOMPARE(f.spy->size(), 2);
#endif
}

void TestStatusAnnouncer::logModelRecordsAnnouncements()
{
    Fixture f;
    AnnouncementLogModel log;
    QAbstractItemModelTester tester(&log);
    log.attach(f.announcer.get());
    f.announcer->announce(Kind::Offline, u"You're offline."_s);
    f.announcer->flush();
    f.announcer->announce(Kind::Info, u"Back online."_s);
    f.announcer->flush();
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(0, AnnouncementLogModel::TextColumn).data().toString(),
             u"You're offline."_s);
    QCOMPARE(log.index(0, AnnouncementLogModel::PolitenessColumn).data().toString(),
             u"Assertive"_s);
    QCOMPARE(log.index(1, AnnouncementLogModel::PolitenessColumn).data().toString(), u"Polite"_s);
    QVERIFY(!log.index(1, AnnouncementLogModel::TimeColumn).data().toString().isEmpty());
}

void TestStatusAnnouncer::finalStateDropsItsIntermediates_data()
{
    const QString longer = u"Your transfer is taking longer than usual. You can leave this "
                           u"screen; we'll tell you when it's done."_s;
    const QString declined = u"The bank declined your transfer of €20.00 to Sam."_s;
    QTest::addColumn<QList<Said>>("burst");
    QTest::addColumn<QString>("expected");
    // Issue 13, item 6: both were spoken as one sentence.
    QTest::newRow("declined after taking longer")
        << QList<Said> {{Kind::Info, u"transfer:k1"_s, longer},
                        {Kind::Failure, u"transfer:k1"_s, declined}}
        << declined;
    QTest::newRow("completed after taking longer")
        << QList<Said> {{Kind::Info, u"transfer:k1"_s, longer},
                        {Kind::Saved, u"transfer:k1"_s, u"€20.00 sent to Sam."_s}}
        << u"€20.00 sent to Sam."_s;
    QTest::newRow("another subject's news stays")
        << QList<Said> {{Kind::Info, u"transfer:k2"_s, longer},
                        {Kind::Failure, u"transfer:k1"_s, declined}}
        << declined + u' ' + longer;
    QTest::newRow("news about nothing in particular stays")
        << QList<Said> {{Kind::Info, {}, u"Replica lag is back under the alarm."_s},
                        {Kind::Failure, u"transfer:k1"_s, declined}}
        << declined + u" Replica lag is back under the alarm."_s;
    QTest::newRow("news after the final state is news")
        << QList<Said> {{Kind::Failure, u"transfer:k1"_s, declined},
                        {Kind::Info, u"transfer:k1"_s, longer}}
        << declined + u' ' + longer;
    QTest::newRow("a silent final state")
        << QList<Said> {{Kind::Info, u"favorite:7"_s, u"\"Blue Chair\" is still saving."_s},
                        {Kind::Progress, u"favorite:7"_s, {}},
                        {Kind::Saved, {}, {}}}
        << u"Change saved."_s;
    QTest::newRow("two finals of one subject are both said")
        << QList<Said> {{Kind::RolledBack, u"favorite:7"_s, u"We couldn't save it."_s},
                        {Kind::Conflict, u"favorite:7"_s, u"Changed elsewhere."_s}}
        << u"We couldn't save it. Changed elsewhere."_s;
}

void TestStatusAnnouncer::finalStateDropsItsIntermediates()
{
    QFETCH(QList<Said>, burst);
    QFETCH(QString, expected);
    Fixture f(200ms);
    for (const Said &said : std::as_const(burst)) {
        if (said.kind == Kind::Progress)
            f.announcer->settle(said.subject);
        else
            f.announcer->announce(said.kind, said.text, said.subject);
        f.time.advance(50ms); // all within one burst
    }
    f.time.advance(200ms);
    QCOMPARE(f.spy->size(), 1);
    QCOMPARE(f.text(0), expected);
}

void TestStatusAnnouncer::checkingIsSaidAfterAMomentOnce_data()
{
    const QString checking = u"\"Blue Chair\": We're checking whether your change arrived."_s;
    const QString saved = u"\"Blue Chair\" saved."_s;
    QTest::addColumn<QList<Said>>("script"); // Progress with no subject: let 1 s pass
    QTest::addColumn<QStringList>("expected");
    const Said check {Kind::Checking, u"favorite:7"_s, checking};
    const Said second {Kind::Checking, u"favorite:8"_s, u"\"Lamp\": checking."_s};
    const Said wait {Kind::Progress, {}, {}};
    QTest::newRow("answered within the moment")
        << QList<Said> {check, wait, {Kind::Saved, u"favorite:7"_s, saved}, wait, wait, wait}
        << QStringList {saved};
    QTest::newRow("settled silently within the moment")
        << QList<Said> {check, wait, {Kind::Progress, u"favorite:7"_s, {}}, wait, wait, wait}
        << QStringList {};
    QTest::newRow("still checking after the moment")
        << QList<Said> {check, wait, wait, wait} << QStringList {checking};
    QTest::newRow("checking again is not news")
        << QList<Said> {check, wait, wait, wait, check, wait, wait, wait, check, wait, wait, wait}
        << QStringList {checking};
    QTest::newRow("checking after a final state is news")
        << QList<Said> {check, wait,  wait, wait, {Kind::Saved, u"favorite:7"_s, saved},
                        wait,  check, wait, wait, wait}
        << QStringList {checking, saved, checking};
    QTest::newRow("two subjects, one at a time")
        << QList<Said> {check, wait, second, wait, wait, wait}
        << QStringList {checking, second.text};
}

void TestStatusAnnouncer::checkingIsSaidAfterAMomentOnce()
{
    QFETCH(QList<Said>, script);
    QFETCH(QStringList, expected);
    Fixture f(200ms);
    f.announcer->setTimings({.mergeWindow = 200ms,
                             .maximumDelay = 60000ms,
                             .repeatWindow = 60000ms,
                             .checkingDelay = 2000ms});
    for (const Said &said : std::as_const(script)) {
        if (said.kind == Kind::Progress && said.subject.isEmpty())
            f.time.advance(1000ms);
        else if (said.kind == Kind::Progress)
            f.announcer->settle(said.subject);
        else
            f.announcer->announce(said.kind, said.text, said.subject);
    }
    QStringList heard;
    for (qsizetype i = 0; i < f.spy->size(); ++i) {
        heard.append(f.text(i));
        QCOMPARE(f.politeness(i), Politeness::Polite);
    }
    QCOMPARE(heard, expected);
}

QTEST_MAIN(TestStatusAnnouncer)
#include "tst_statusannouncer.moc"
