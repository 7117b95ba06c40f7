// What the recorder writes: plain words for the backend's events (the machine name only in the
// detail), and for every read what a consistency checker needs, through the export and back.

#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/dto.h"
#include "models/client/eventstream.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendEventsInPlainWords_data();
    void backendEventsInPlainWords();
    void readsRecordWhatACheckerNeeds_data();
    void readsRecordWhatACheckerNeeds();
    void aStepJoinsItsStorysScreenWhileTheStoryIsInTheRing();
    void backendEventsKeepTheBackendsClock();
};

void TestSessionRecorder::backendEventsInPlainWords_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("words");
    QTest::newRow("write.accepted")
        << u"write.accepted"_s << QJsonObject {} << u"The primary accepted the change"_s;
    QTest::newRow("replica.applied")
        << u"replica.applied"_s << QJsonObject {{u"replica"_s, 2}} << u"Replica 2 caught up"_s;
    QTest::newRow("transfer.settled")
        << u"transfer.settled"_s << QJsonObject {} << u"The transfer completed"_s;
    QTest::newRow("transfer.failed")
        << u"transfer.failed"_s
        << QJsonObject {{u"message"_s, u"The recipient's bank declined the transfer."_s}}
        << u"The transfer failed: The recipient's bank declined the transfer."_s;
    QTest::newRow("replica.paused")
        << u"replica.paused"_s << QJsonObject {{u"replica"_s, 1}} << u"Replica 1 was paused"_s;
    QTest::newRow("replica.resumed")
        << u"replica.resumed"_s << QJsonObject {{u"replica"_s, 1}} << u"Replica 1 was resumed"_s;
    QTest::newRow("data.reset") << u"data.reset"_s << QJsonObject {{u"seed"_s, 42}}
                                << u"The data went back to what seed 42 makes"_s;
    QTest::newRow("config.changed")
        << u"config.changed"_s << QJsonObject {} << u"The backend's settings changed"_s;
    QTest::newRow("faults.changed")
        << u"faults.changed"_s << QJsonObject {} << u"A one-off fault was armed or used"_s;
    // Held answers carry the held request's correlation id: they belong to its story.
    QTest::newRow("answer.held") << u"answer.held"_s << QJsonObject {{u"status"_s, 200}}
                                 << u"The backend holds the answer back (it will say 200)"_s;
    QTest::newRow("answer.released")
        << u"answer.released"_s << QJsonObject {{u"outcome"_s, u"released"_s}}
        << u"The held answer was sent"_s;
    QTest::newRow("answer.released twice")
        << u"answer.released"_s << QJsonObject {{u"outcome"_s, u"delivered_twice"_s}}
        << u"The request was delivered a second time; the second answer was sent"_s;
    QTest::newRow("answer.dropped")
        << u"answer.dropped"_s << QJsonObject {{u"reason"_s, u"dropped"_s}}
        << u"The held answer was dropped: the change stays, the "
           "answer is lost"_s;
    QTest::newRow("answer.dropped, client gone")
        << u"answer.dropped"_s << QJsonObject {{u"reason"_s, u"client_gone"_s}}
        << u"The app gave up waiting for the held answer"_s;
    QTest::newRow("answer.dropped, reset")
        << u"answer.dropped"_s << QJsonObject {{u"reason"_s, u"reset"_s}}
        << u"The reset dropped the held answer"_s;
    QTest::newRow("answer.dropped, overflow")
        << u"answer.dropped"_s << QJsonObject {{u"reason"_s, u"overflow"_s}}
        << u"Too many answers were held: this one was dropped"_s;
    QTest::newRow("a type this version does not know")
        << u"cache.warmed"_s << QJsonObject {} << u"The backend reported a change"_s;
}

void TestSessionRecorder::backendEventsInPlainWords()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, data);
    QFETCH(QString, words);
    BackendEvent event;
    event.type = type;
    event.data = data;
    const QString said = SessionRecorder::plainWords(event);
    QCOMPARE(said, words);
    QVERIFY(!said.contains(type)); // never the machine name
}

void TestSessionRecorder::backendEventsKeepTheBackendsClock()
{
    ManualClock clock(9000);
    SessionRecorder recorder(&clock);
    ApiClient client(QUrl(u"http://127.0.0.1:9"_s));
    EventStream stream(&client);
    recorder.observe(&stream);
    BackendEvent event;
    event.type = u"write.accepted"_s;
    event.atMs = 2500; // the backend ran slow: its clock is behind the session's
    Q_EMIT stream.eventReceived(event);
    QCOMPARE(recorder.events().size(), size_t(1));
    QCOMPARE(recorder.events().back().atMs, qint64(9000));
    QCOMPARE(recorder.events().back().backendAtMs, qint64(2500));
}

void TestSessionRecorder::readsRecordWhatACheckerNeeds_data()
{
    QTest::addColumn<ReadConsistency>("consistency");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("seesOwnWrite");
    QTest::newRow("any replica (naive)") << ReadConsistency::AnyReplica << u"any"_s << false;
    QTest::newRow("primary") << ReadConsistency::Primary << u"primary"_s << true;
    QTest::newRow("read-your-writes") << ReadConsistency::ReadYourWrites << u"min-lsn"_s << true;
}

void TestSessionRecorder::readsRecordWhatACheckerNeeds()
{
    QFETCH(ReadConsistency, consistency);
    QFETCH(QString, asked);
    QFETCH(bool, seesOwnWrite);
    // Instant answers, replicas a minute behind: a replica read never has the write.
    mock::BackendConfig config = mock::BackendConfig::instant();
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = 60000;
    }
    mock::BackendServer server(config);
    QVERIFY(server.listen());
    ApiClient client(server.url());
    ManualClock clock;
    SessionRecorder recorder(&clock);
    recorder.observe(&client);

    auto finish = [](ApiCall *call) {
        QSignalSpy spy(call, &ApiCall::finished);
        return spy.wait(20000);
    };
    QVERIFY(finish(client.setFavorite(7, true, ApiClient::newIdempotencyKey())));
    QVERIFY(finish(client.fetchItems(consistency)));

    // Through the file, as a checker would read it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.jsonl"_s);
    QString error;
    QVERIFY2(SessionExporter::write(path, recorder, {}, &error), qPrintable(error));
    const auto lines = SessionExporter::read(path, &error);
    QVERIFY2(lines, qPrintable(error));
    QList<TimelineEvent> answers;
    QList<TimelineEvent> sent;
    for (qsizetype i = 1; i < lines->size(); ++i) {
        const auto event = SessionExporter::fromJson(lines->at(i));
        QVERIFY(event);
        if (event->kind == TimelineEvent::Kind::ResponseReceived)
            answers << *event;
        else if (event->kind == TimelineEvent::Kind::RequestSent)
            sent << *event;
    }
    QCOMPARE(answers.size(), 2);
    QCOMPARE(sent.size(), 2);
    const TimelineEvent &write = answers.at(0);
    const TimelineEvent &read = answers.at(1);
    QVERIFY(write.writeLsn > 0);
    QVERIFY(write.consistency.isEmpty());
    // Each answer pairs with its request, and the two calls are told apart.
    QCOMPARE(sent.at(0).requestId, write.requestId);
    QCOMPARE(sent.at(1).requestId, read.requestId);
    QVERIFY(!read.requestId.isEmpty() && read.requestId != write.requestId);

    QCOMPARE(read.consistency, asked);
    QCOMPARE(sent.at(1).consistency, asked);
    QCOMPARE(read.minLsn, asked == "min-lsn"_L1 ? write.writeLsn : -1);
    QCOMPARE(read.writeLsn, -1);
    QVERIFY(read.dataVersion >= 0);
    // The checker's question: did the read serve data at least as new as our own write?
    QCOMPARE(read.dataVersion >= write.writeLsn, seesOwnWrite);
}

void TestSessionRecorder::aStepJoinsItsStorysScreenWhileTheStoryIsInTheRing()
{
    ManualClock clock;
    SessionRecorder recorder(&clock, 3);
    auto step = [&](const QString &id, const QString &screen = {}) {
        TimelineEvent event;
        event.correlationId = id;
        event.screen = screen;
        event.kind = TimelineEvent::Kind::Info;
        recorder.record(event);
        return recorder.events().back().screen;
    };

    const QString id = recorder.beginAction(u"favorites"_s, u"Tapped the heart"_s);
    QCOMPARE(step(id), u"favorites"_s);
    // The newest step that names a screen wins, also once older ones have left the ring.
    QCOMPARE(step(id, u"profile"_s), u"profile"_s);
    QCOMPARE(step(id), u"profile"_s);
    QCOMPARE(step(id), u"profile"_s);
    QCOMPARE(recorder.screenOf(id), u"profile"_s);

    // Once no step naming a screen is left in the ring, the story's screen is forgotten.
    step(u"other-1"_s, u"transfer"_s);
    step(u"other-2"_s, u"transfer"_s);
    step(u"other-3"_s, u"transfer"_s);
    QCOMPARE(recorder.screenOf(id), QString());
    QCOMPARE(step(id), QString());
    QCOMPARE(recorder.screenOf(u"other-3"_s), u"transfer"_s);

    recorder.clear();
    QCOMPARE(recorder.screenOf(u"other-3"_s), QString());
}

QTEST_GUILESS_MAIN(TestSessionRecorder)
#include "tst_sessionrecorder.moc"
