#include "core/clock.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class SessionExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ManualClock clock;
        SessionRecorder recorder(&clock, 100);
        const QString id =
            recorder.beginAction(u"favorites"_s, u"Tapped the heart on “Blue Chair”"_s);
        clock.advance(250);
        TimelineEvent accepted;
        accepted.correlationId = id;
        accepted.kind = TimelineEvent::Kind::WriteAccepted;
        accepted.text = u"The primary accepted the change"_s;
        accepted.node = u"primary"_s;
        accepted.lsn = 42;
        accepted.httpStatus = 200;
        accepted.detail = u"PUT /items/7/favorite"_s;
        recorder.record(accepted);
        TimelineEvent config;
        config.kind = TimelineEvent::Kind::ConfigChanged;
        config.screen = u"control-room"_s;
        config.text = u"Replica lag set to 3 s"_s;
        config.detail = u"{\"replication\":{\"lagMs\":3000}}"_s;
        recorder.record(config);
        TimelineEvent said;
        said.correlationId = id;
        said.kind = TimelineEvent::Kind::Announcement;
        said.text = u"Saved. Blue Chair is a favorite.\nSecond line"_s;
        recorder.record(said);
        TimelineEvent verdict; // what a consistency checker joins with the answer's line
        verdict.correlationId = id;
        verdict.kind = TimelineEvent::Kind::Info;
        verdict.text = u"The page shows this read's version 4, older than version 5"_s;
        verdict.requestId = u"r-7"_s;
        verdict.dataVersion = 41;
        verdict.readUse = u"shown"_s;
        verdict.timeTravel = true;
        recorder.record(verdict);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"session.jsonl"_s);
        const QJsonObject header {{u"seed"_s, 42},
                                  {u"backendUrl"_s, u"http://127.0.0.1:8080"_s},
                                  {u"config"_s, QJsonObject {{u"replicas"_s, 2}}}};
        QString error;
        QVERIFY2(SessionExporter::write(path, recorder, header, &error), qPrintable(error));

        // One line per record: newlines inside texts stay escaped.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll().count('\n'), 6);

        const auto lines = SessionExporter::read(path, &error);
        QVERIFY2(lines, qPrintable(error));
        QCOMPARE(lines->size(), 6);
        const QJsonObject session = lines->first();
        QCOMPARE(session.value(u"kind"_s).toString(), u"session"_s);
        QCOMPARE(session.value(u"formatVersion"_s).toInt(), SessionExporter::FormatVersion);
        QCOMPARE(session.value(u"seed"_s).toInt(), 42);
        QCOMPARE(session.value(u"backendUrl"_s).toString(), u"http://127.0.0.1:8080"_s);
        QCOMPARE(session.value(u"config"_s).toObject().value(u"replicas"_s).toInt(), 2);
        QCOMPARE(session.value(u"eventCount"_s).toInt(), 5);
        QVERIFY(session.contains(u"startedAt"_s));

        QCOMPARE(int(recorder.events().size()), 5);
        for (int i = 0; i < 5; ++i) {
            const auto event = SessionExporter::fromJson(lines->at(i + 1));
            QVERIFY(event);
            const TimelineEvent &original = recorder.events().at(std::size_t(i));
            QCOMPARE(int(event->kind), int(original.kind));
            QCOMPARE(event->atMs, original.atMs);
            QCOMPARE(event->correlationId, original.correlationId);
            QCOMPARE(event->screen, original.screen);
            QCOMPARE(event->text, original.text);
            QCOMPARE(event->node, original.node);
            QCOMPARE(event->lsn, original.lsn);
            QCOMPARE(event->httpStatus, original.httpStatus);
            QCOMPARE(event->detail, original.detail);
            QCOMPARE(event->requestId, original.requestId);
            QCOMPARE(event->consistency, original.consistency);
            QCOMPARE(event->minLsn, original.minLsn);
            QCOMPARE(event->dataVersion, original.dataVersion);
            QCOMPARE(event->writeLsn, original.writeLsn);
            QCOMPARE(event->readUse, original.readUse);
            QCOMPARE(event->timeTravel, original.timeTravel);
        }
        QCOMPARE(lines->at(5).value(u"readUse"_s).toString(), u"shown"_s);
        QCOMPARE(lines->at(5).value(u"timeTravel"_s), QJsonValue(true));
        QCOMPARE(lines->at(1).value(u"readUse"_s).toString(), QString());
        QCOMPARE(lines->at(1).value(u"timeTravel"_s), QJsonValue(false));
        QCOMPARE(lines->at(3).value(u"kind"_s).toString(), u"config_changed"_s);
        QCOMPARE(lines->at(3)
                     .value(u"config"_s)
                     .toObject()
                     .value(u"replication"_s)
                     .toObject()
                     .value(u"lagMs"_s)
                     .toInt(),
                 3000);
        QCOMPARE(lines->at(4).value(u"kind"_s).toString(), u"announcement"_s);
    }

    void everyKindHasAStableName()
    {
        for (int k = 0; k <= int(TimelineEvent::Kind::Info); ++k) {
            const auto kind = static_cast<TimelineEvent::Kind>(k);
            QCOMPARE(SessionExporter::kindFromName(timelineKindName(kind)), kind);
        }
        QVERIFY(!SessionExporter::kindFromName(u"session"_s));
    }

    void rejectsWhatIsNotASession_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("empty") << QByteArray() << u"the first line must be the session header"_s;
        QTest::newRow("truncated line")
            << QByteArray("{\"kind\":\"session\",\"formatVersion\":1}\n{\"kind\":\"user_act")
            << u"Line 2 of"_s;
        QTest::newRow("not an object")
            << QByteArray("{\"kind\":\"session\",\"formatVersion\":1}\n[1,2]\n")
            << u"not a JSON object"_s;
        QTest::newRow("no header") << QByteArray("{\"kind\":\"user_action\",\"atMs\":0}\n")
                                   << u"the first line must be the session header"_s;
        QTest::newRow("future version")
            << QByteArray("{\"kind\":\"session\",\"formatVersion\":99}\n")
            << u"uses session format 99"_s;
    }

    void rejectsWhatIsNotASession()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!SessionExporter::read(path, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void reportsAMissingFileAndAnUnwritablePlace()
    {
        QString error;
        QVERIFY(!SessionExporter::read(u"/nonexistent/session.jsonl"_s, &error));
        QVERIFY(error.contains(u"Could not open"_s));
        ManualClock clock;
        SessionRecorder recorder(&clock);
        error.clear();
        QVERIFY(!SessionExporter::write(u"/nonexistent/dir/session.jsonl"_s, recorder, {}, &error));
        QVERIFY(error.contains(u"Could not write"_s));
    }
};

QTEST_GUILESS_MAIN(SessionExportTest)
#include "tst_sessionexport.moc"
