#include "core/clock.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"
#include "models/session/timelinefiltermodel.h"
#include "models/session/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Builds stories step by step on a ManualClock; the model is flushed explicitly so nothing
// depends on timers.
class TimelineModelTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(int capacity = 5000)
            : recorder(&clock, capacity)
            , model(&recorder)
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }
        TimelineEvent step(const QString &correlationId, TimelineEvent::Kind kind,
                           const QString &text, qint64 lsn = -1, const QString &node = {})
        {
            TimelineEvent e;
            e.correlationId = correlationId;
            e.kind = kind;
            e.text = text;
            e.lsn = lsn;
            e.node = node;
            recorder.record(e);
            return e;
        }
        ManualClock clock;
        SessionRecorder recorder;
        TimelineModel model;
        QAbstractItemModelTester tester;
    };

    static QString text(const QAbstractItemModel &model, int row, int column = 0,
                        const QModelIndex &parent = {})
    {
        return model.index(row, column, parent).data().toString();
    }

private Q_SLOTS:
    void storySentencesHaveOneFullStop_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("outcome"); // TimelineEvent::Kind of the settling step, -1 none
        QTest::addColumn<QString>("said");
        QTest::newRow("plain title")
            << u"Tapped the heart on Blue Chair"_s << int(TimelineEvent::Kind::Confirmed)
            << u"Tapped the heart on Blue Chair. Saved. Steps: 2."_s;
        QTest::newRow("title ending its sentence")
            << u"The recipient's bank declined the transfer."_s << int(TimelineEvent::Kind::Failed)
            << u"The recipient's bank declined the transfer. Couldn't save · Retry. Steps: 2."_s;
        QTest::newRow("still saving")
            << u"Sent €12.00 to Ana"_s << -1 << u"Sent €12.00 to Ana. Saving… Steps: 1."_s;
    }

    void storySentencesHaveOneFullStop()
    {
        QFETCH(QString, title);
        QFETCH(int, outcome);
        QFETCH(QString, said);
        Fixture f;
        const QString a = f.recorder.beginAction(u"transfer"_s, title);
        if (outcome >= 0)
            f.step(a, static_cast<TimelineEvent::Kind>(outcome), u"settled"_s);
        f.model.flush();
        const QString text = f.model.index(0, 0).data(Qt::AccessibleTextRole).toString();
        QCOMPARE(text, said);
        QVERIFY(!text.contains(u".."_s));
    }

    void backgroundStoriesAreOnlyRequests()
    {
        Fixture f;
        f.step(u"c-poll"_s, TimelineEvent::Kind::RequestSent, u"Request sent"_s);
        f.step(u"c-poll"_s, TimelineEvent::Kind::ResponseReceived, u"The server answered"_s);
        const QString tap = f.recorder.beginAction(u"favorites"_s, u"Tapped"_s);
        f.step(tap, TimelineEvent::Kind::RequestSent, u"Request sent"_s);
        f.step(u"c-reset"_s, TimelineEvent::Kind::Info, u"The data went back to its start"_s);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 3);
        QVERIFY(!f.model.storyIndex(u"c-reset"_s).data(TimelineModel::IsBackgroundRole).toBool());
        QVERIFY(!f.model.storyIndex(tap).data(TimelineModel::IsBackgroundRole).toBool());
        QVERIFY(f.model.storyIndex(u"c-poll"_s).data(TimelineModel::IsBackgroundRole).toBool());

        TimelineFilterModel filter;
        filter.setSourceModel(&f.model);
        QCOMPARE(filter.rowCount(), 3); // shown unless told otherwise
        filter.setShowBackground(false);
        QCOMPARE(filter.rowCount(), 2);
        // Something said in the poll's story makes it more than a poll.
        f.step(u"c-poll"_s, TimelineEvent::Kind::ConfigChanged, u"Replica 2 paused"_s);
        f.model.flush();
        QCOMPARE(filter.rowCount(), 3);
    }

    void backendTimeStandsBesideSessionTime()
    {
        Fixture f;
        const QString a = f.recorder.beginAction(u"favorites"_s, u"Tapped the heart"_s);
        f.clock.advance(4000);
        // In slow motion (0.25×) the backend's clock moved 1 s while the session's moved 4 s.
        TimelineEvent accepted;
        accepted.correlationId = a;
        accepted.kind = TimelineEvent::Kind::WriteAccepted;
        accepted.text = u"The primary accepted the change"_s;
        accepted.backendAtMs = 61000;
        f.recorder.record(accepted);
        f.model.flush();
        const QModelIndex story = f.model.index(0, 0);
        QCOMPARE(text(f.model, 0, TimelineModel::BackendTimeColumn), u"01:01.0"_s);
        QCOMPARE(text(f.model, 0, TimelineModel::BackendTimeColumn, story), QString());
        QCOMPARE(text(f.model, 1, TimelineModel::BackendTimeColumn, story), u"01:01.0"_s);
        QCOMPARE(f.model.headerData(TimelineModel::BackendTimeColumn, Qt::Horizontal).toString(),
                 u"Backend time"_s);
        // The export keeps it.
        const auto back = SessionExporter::fromJson(SessionExporter::toJson(accepted));
        QVERIFY(back);
        QCOMPARE(back->backendAtMs, qint64(61000));
    }

    void groupsStepsByCorrelationIdNewestFirst()
    {
        Fixture f;
        const QString a =
            f.recorder.beginAction(u"favorites"_s, u"Tapped the heart on Blue Chair"_s);
        f.clock.advance(300);
        f.step(a, TimelineEvent::Kind::WriteAccepted, u"The primary accepted the change"_s, 7,
               u"primary"_s);
        f.clock.advance(200);
        const QString b = f.recorder.beginAction(u"profile"_s, u"Chose a new photo"_s);
        f.clock.advance(700);
        f.step(a, TimelineEvent::Kind::Confirmed, u"Saved"_s);
        f.model.flush();

        QCOMPARE(f.model.storyCount(), 2);
        QCOMPARE(f.model.rowCount(), 2);
        // Newest story on top.
        QCOMPARE(f.model.index(0, 0).data(TimelineModel::CorrelationIdRole).toString(), b);
        QCOMPARE(f.model.index(1, 0).data(TimelineModel::CorrelationIdRole).toString(), a);
        QCOMPARE(text(f.model, 1), u"Tapped the heart on Blue Chair"_s);
        QCOMPARE(f.model.index(1, 0).data(TimelineModel::ScreenRole).toString(), u"favorites"_s);

        // Steps in the order they happened, in plain words relative to the tap.
        const QModelIndex story = f.model.index(1, 0);
        QCOMPARE(f.model.rowCount(story), 3);
        QCOMPARE(text(f.model, 0, 0, story), u"Tapped the heart on Blue Chair"_s);
        QCOMPARE(text(f.model, 1, 0, story),
                 u"The primary accepted the change 0.3 s after you tapped"_s);
        QCOMPARE(text(f.model, 2, 0, story), u"Saved 1.2 s after you tapped"_s);
        QCOMPARE(text(f.model, 1, TimelineModel::LsnColumn, story), u"7"_s);
        QCOMPARE(text(f.model, 1, TimelineModel::NodeColumn, story), u"primary"_s);
        QCOMPARE(text(f.model, 1, TimelineModel::KindColumn, story), u"write_accepted"_s);

        // Outcome: the story of a confirmed tap is Confirmed; one still waiting is Pending.
        QCOMPARE(story.data(TimelineModel::OutcomeRole).value<SyncState>(), SyncState::Confirmed);
        QCOMPARE(text(f.model, 1, TimelineModel::OutcomeColumn), u"Saved"_s);
        QCOMPARE(f.model.index(0, 0).data(TimelineModel::OutcomeRole).value<SyncState>(),
                 SyncState::Pending);
        QCOMPARE(story.data(TimelineModel::LsnRole).toLongLong(), 7);
    }

    void outcomeIsTheLastSettlingStep_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<int>("expected");
        using K = TimelineEvent::Kind;
        QTest::newRow("nothing yet") << QList<int> {} << int(SyncState::Pending);
        QTest::newRow("confirmed") << QList<int> {int(K::Confirmed)} << int(SyncState::Confirmed);
        QTest::newRow("failed") << QList<int> {int(K::Failed)} << int(SyncState::Failed);
        QTest::newRow("rolled back") << QList<int> {int(K::RolledBack)} << int(SyncState::Failed);
        QTest::newRow("unknown then confirmed")
            << QList<int> {int(K::OutcomeUnknown), int(K::Confirmed)} << int(SyncState::Confirmed);
        QTest::newRow("lost answer")
            << QList<int> {int(K::ToastShown), int(K::OutcomeUnknown)} << int(SyncState::Unknown);
        QTest::newRow("conflict, toast after")
            << QList<int> {int(K::Conflict), int(K::ToastShown), int(K::Announcement)}
            << int(SyncState::Conflict);
    }

    void outcomeIsTheLastSettlingStep()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(int, expected);
        Fixture f;
        const QString id = f.recorder.beginAction(u"favorites"_s, u"Tapped"_s);
        for (int kind : kinds)
            f.step(id, static_cast<TimelineEvent::Kind>(kind), u"step"_s);
        f.model.flush();
        QCOMPARE(int(f.model.storyIndex(id).data(TimelineModel::OutcomeRole).value<SyncState>()),
                 expected);
    }

    void backendStoriesHaveNoOutcome()
    {
        Fixture f;
        f.step(u"other-device"_s, TimelineEvent::Kind::WriteAccepted, u"Accepted"_s, 3);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 1);
        QVERIFY(!f.model.index(0, 0).data(TimelineModel::OutcomeRole).isValid());
        QCOMPARE(text(f.model, 0, TimelineModel::OutcomeColumn), QString());
    }

    void storiesWithoutAPersonAreNamedByTheirMostTellingStep()
    {
        Fixture f;
        TimelineEvent sent;
        sent.correlationId = u"c-admin"_s;
        sent.kind = TimelineEvent::Kind::RequestSent;
        sent.text = u"Request sent"_s;
        sent.detail = u"POST /admin/replicas/2/pause"_s;
        f.recorder.record(sent);
        f.step(u"c-admin"_s, TimelineEvent::Kind::ConfigChanged, u"Replica 2 paused"_s);
        sent.correlationId = u"c-read"_s;
        sent.detail = u"GET /items"_s;
        f.recorder.record(sent);
        f.model.flush();
        QCOMPARE(text(f.model, 1), u"Replica 2 paused"_s);
        QCOMPARE(text(f.model, 0), u"Request sent (GET /items)"_s);
    }

    void batchesUpdatesWithoutReset()
    {
        Fixture f;
        const QString a = f.recorder.beginAction(u"favorites"_s, u"First"_s);
        f.model.flush();

        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 10; ++i)
            f.recorder.beginAction(u"favorites"_s, u"Tap %1"_s.arg(i));
        f.step(a, TimelineEvent::Kind::RequestSent, u"Request sent"_s);
        f.step(a, TimelineEvent::Kind::Confirmed, u"Saved"_s);
        QCOMPARE(inserted.count(), 0); // nothing until the batch is applied
        f.model.flush();

        QCOMPARE(resets.count(), 0);
        // One insert for the two new steps of "First", one for the ten new stories.
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 2);
        QVERIFY(!inserted.at(1).at(0).value<QModelIndex>().isValid());
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(inserted.at(1).at(2).toInt(), 9);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(f.model, 0), u"Tap 9"_s);
        QCOMPARE(text(f.model, 10), u"First"_s);
    }

    void appliesBatchesOnItsOwn()
    {
        Fixture f;
        f.model.setBatchIntervalMs(0);
        f.recorder.beginAction(u"favorites"_s, u"Tap"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.model.storyCount(), 1, 10000);
    }

    void followsTheRecordersCap()
    {
        Fixture f(6);
        const QString a = f.recorder.beginAction(u"favorites"_s, u"A"_s); // 1
        f.step(a, TimelineEvent::Kind::RequestSent, u"sent"_s); // 2
        const QString b = f.recorder.beginAction(u"favorites"_s, u"B"_s); // 3
        f.step(a, TimelineEvent::Kind::Confirmed, u"Saved"_s); // 4
        const QString c = f.recorder.beginAction(u"profile"_s, u"C"_s); // 5
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 3);

        // Two more events: A's first step and its "sent" leave the ring. A story whose beginning
        // is gone disappears as a whole.
        f.step(b, TimelineEvent::Kind::Confirmed, u"Saved"_s); // 6
        f.step(c, TimelineEvent::Kind::RequestSent, u"sent"_s); // 7
        QCOMPARE(f.recorder.droppedCount(), 1);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 2);
        QVERIFY(!f.model.storyIndex(a).isValid());
        QCOMPARE(text(f.model, 0), u"C"_s);
        QCOMPARE(text(f.model, 1), u"B"_s);
        QCOMPARE(f.model.rowCount(f.model.storyIndex(b)), 2);

        // A late step of a vanished story starts a new, headless story instead of resurrecting.
        f.step(a, TimelineEvent::Kind::Announcement, u"late"_s);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 3);
        QCOMPARE(text(f.model, 0), u"late"_s);
    }

    void batchLargerThanTheRing()
    {
        Fixture f(4);
        f.recorder.beginAction(u"favorites"_s, u"old"_s);
        f.model.flush();
        for (int i = 0; i < 10; ++i)
            f.recorder.beginAction(u"favorites"_s, u"Tap %1"_s.arg(i));
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 4);
        QCOMPARE(text(f.model, 0), u"Tap 9"_s);
        QCOMPARE(text(f.model, 3), u"Tap 6"_s);
        // Keeps following the ring afterwards.
        f.recorder.beginAction(u"favorites"_s, u"Tap 10"_s);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 4);
        QCOMPARE(text(f.model, 3), u"Tap 7"_s);
    }

    void replicaCatchUpAttachesByLsn()
    {
        Fixture f;
        const QString a = f.recorder.beginAction(u"favorites"_s, u"Tap A"_s);
        f.step(a, TimelineEvent::Kind::WriteAccepted, u"accepted"_s, 8, u"primary"_s);
        const QString b = f.recorder.beginAction(u"favorites"_s, u"Tap B"_s);
        f.step(b, TimelineEvent::Kind::WriteAccepted, u"accepted"_s, 9, u"primary"_s);
        f.model.flush();
        f.clock.advance(1400);
        // Replica 2 reached LSN 9 with B's id: A (LSN 8) is covered too.
        f.step(b, TimelineEvent::Kind::ReplicaApplied, u"Replica 2 caught up"_s, 9, u"replica-2"_s);
        // An uncorrelated event for an LSN both are below.
        f.step({}, TimelineEvent::Kind::ReplicaApplied, u"Replica 1 caught up"_s, 12,
               u"replica-1"_s);
        // Replica 2 again: nobody is waiting for it any more, so it is a story of its own.
        f.step({}, TimelineEvent::Kind::ReplicaApplied, u"Replica 2 caught up"_s, 13,
               u"replica-2"_s);
        f.model.flush();

        const QModelIndex storyA = f.model.storyIndex(a);
        const QModelIndex storyB = f.model.storyIndex(b);
        QCOMPARE(f.model.rowCount(storyA), 4);
        QCOMPARE(f.model.rowCount(storyB), 4);
        QCOMPARE(text(f.model, 2, 0, storyA), u"Replica 2 caught up 1.4 s after you tapped"_s);
        QCOMPARE(text(f.model, 3, 0, storyA), u"Replica 1 caught up 1.4 s after you tapped"_s);
        QCOMPARE(text(f.model, 2, TimelineModel::NodeColumn, storyB), u"replica-2"_s);
        QCOMPARE(f.model.storyCount(), 3);
        QCOMPARE(text(f.model, 0), u"Replica 2 caught up"_s);
    }

    void filtersByScreenAndOutcome()
    {
        Fixture f;
        const QString a = f.recorder.beginAction(u"favorites"_s, u"A"_s);
        f.step(a, TimelineEvent::Kind::Confirmed, u"Saved"_s);
        const QString b = f.recorder.beginAction(u"favorites"_s, u"B"_s);
        f.step(b, TimelineEvent::Kind::RolledBack, u"Rolled back"_s);
        const QString c = f.recorder.beginAction(u"transfer"_s, u"C"_s);
        f.model.flush();

        TimelineFilterModel filter;
        filter.setSourceModel(&f.model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);

        filter.setScreenFilter(u"favorites"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setOutcomeFilter(SyncState::Failed);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(TimelineModel::CorrelationIdRole).toString(), b);
        // A story that passes keeps all its steps.
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);

        filter.setScreenFilter({});
        filter.setOutcomeFilter(SyncState::Pending);
        QCOMPARE(filter.rowCount(), 1);
        // The filter follows a story whose outcome changes.
        f.step(c, TimelineEvent::Kind::Confirmed, u"Done"_s);
        f.model.flush();
        QCOMPARE(filter.rowCount(), 0);
        filter.setOutcomeFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 3);
    }

    void clearResets()
    {
        Fixture f;
        f.recorder.beginAction(u"favorites"_s, u"A"_s);
        f.model.flush();
        f.recorder.beginAction(u"favorites"_s, u"B"_s); // waiting, dropped by the clear
        f.recorder.clear();
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 0);
        f.recorder.beginAction(u"favorites"_s, u"C"_s);
        f.model.flush();
        QCOMPARE(f.model.storyCount(), 1);
    }

    void readsWhatTheRecorderAlreadyHeld()
    {
        ManualClock clock;
        SessionRecorder recorder(&clock);
        const QString a = recorder.beginAction(u"favorites"_s, u"A"_s);
        TimelineEvent saved;
        saved.correlationId = a;
        saved.kind = TimelineEvent::Kind::Confirmed;
        recorder.record(saved);
        TimelineModel model(&recorder);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.storyCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    }
};

QTEST_GUILESS_MAIN(TimelineModelTest)
#include "tst_timelinemodel.moc"
