// What the room was told ends up in the session, once: every toast that appeared (also the
// shell's own, such as "You're offline") and every announcement a screen reader was given.

#include "app/feedbackrecorder.h"
#include "core/clock.h"
#include "models/session/sessionrecorder.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QStringList told(const SessionRecorder &recorder, TimelineEvent::Kind kind)
{
    QStringList out;
    for (const TimelineEvent &event : recorder.events()) {
        if (event.kind == kind)
            out << event.text;
    }
    return out;
}

} // namespace

class TestFeedbackRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyToastOnce_data();
    void everyToastOnce();
    void announcementsAsSpoken();
    void forgetsDismissedToasts();
};

void TestFeedbackRecorder::everyToastOnce_data()
{
    QTest::addColumn<bool>("screenRecordsIt"); // with its story's correlation id
    QTest::addColumn<bool>("queuedFirst"); // appears later, behind other toasts
    QTest::newRow("the shell's own toast") << false << false;
    QTest::newRow("a screen's toast") << true << false;
    QTest::newRow("a screen's toast shown later") << true << true;
    QTest::newRow("the shell's toast shown later") << false << true;
}

void TestFeedbackRecorder::everyToastOnce()
{
    QFETCH(bool, screenRecordsIt);
    QFETCH(bool, queuedFirst);
    QWidget host;
    host.resize(800, 600);
    ToastCenter toasts(&host);
    StatusAnnouncer announcer(&host);
    ManualClock clock;
    SessionRecorder recorder(&clock);
    FeedbackRecorder feedback(&toasts, &announcer, &recorder);

    QList<int> before;
    if (queuedFirst) {
        toasts.setMaximumVisible(1);
        before << toasts.show({ToastSpec::Style::Error, u"Couldn't save “Lamp”."_s,
                               ToastSpec::Action::None, std::nullopt});
    }
    const QString text = u"You're offline. Changes will be sent when you're back."_s;
    toasts.show({ToastSpec::Style::Error, text, ToastSpec::Action::None, std::nullopt});
    if (screenRecordsIt) {
        TimelineEvent event;
        event.kind = TimelineEvent::Kind::ToastShown;
        event.correlationId = u"c-story"_s;
        event.text = text;
        recorder.record(event);
    }
    for (const int id : before)
        toasts.dismiss(id); // now the waiting toast appears
    QTRY_COMPARE_WITH_TIMEOUT(told(recorder, TimelineEvent::Kind::ToastShown).count(text), 1, 5000);
    // And stays once.
    QCoreApplication::processEvents();
    QCOMPARE(told(recorder, TimelineEvent::Kind::ToastShown).count(text), 1);
    if (queuedFirst)
        QCOMPARE(told(recorder, TimelineEvent::Kind::ToastShown).count(u"Couldn't save “Lamp”."_s),
                 1);
}

void TestFeedbackRecorder::announcementsAsSpoken()
{
    QWidget host;
    ToastCenter toasts(&host);
    StatusAnnouncer announcer(&host);
    ManualClock clock;
    SessionRecorder recorder(&clock);
    FeedbackRecorder feedback(&toasts, &announcer, &recorder);

    announcer.announce(StatusAnnouncer::Kind::Offline, u"You're offline."_s);
    announcer.flush();
    announcer.announce(StatusAnnouncer::Kind::Info,
                       u"Warning: replicas lagging. Replica 2 is 7 s behind."_s);
    announcer.flush();
    QTRY_COMPARE_WITH_TIMEOUT(told(recorder, TimelineEvent::Kind::Announcement).size(), 2, 5000);
    QCOMPARE(told(recorder, TimelineEvent::Kind::Announcement),
             (QStringList {u"You're offline."_s,
                           u"Warning: replicas lagging. Replica 2 is 7 s behind."_s}));
}

void TestFeedbackRecorder::forgetsDismissedToasts()
{
    QWidget host;
    host.resize(800, 600);
    ToastCenter toasts(&host);
    toasts.setMaximumVisible(2);
    StatusAnnouncer announcer(&host);
    ManualClock clock;
    SessionRecorder recorder(&clock);
    FeedbackRecorder feedback(&toasts, &announcer, &recorder);

    // A workshop's worth of toasts, some dismissed while still queued (never shown).
    QList<int> ids;
    for (int i = 0; i < 40; ++i)
        ids << toasts.show({ToastSpec::Style::Error, u"Couldn't save item %1."_s.arg(i),
                            ToastSpec::Action::None, std::nullopt});
    QCoreApplication::processEvents();
    QCOMPARE(feedback.rememberedToasts(), 40);
    for (const int id : std::as_const(ids))
        toasts.dismiss(id);
    QCoreApplication::processEvents();
    QCOMPARE(feedback.rememberedToasts(), 0);
    // Forgetting them lost nothing of what was told: each dismissal showed the next one, and
    // every toast is in the session once.
    QStringList shown = told(recorder, TimelineEvent::Kind::ToastShown);
    QCOMPARE(shown.size(), 40);
    QCOMPARE(shown.removeDuplicates(), 0);
}

QTEST_MAIN(TestFeedbackRecorder)
#include "tst_feedbackrecorder.moc"
