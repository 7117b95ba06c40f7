// Backend time beside session time: readings of the backend's clock and its scale turn a stretch
// of session time into the backend time it spanned, and telemetry reports confirmations in both.

#include "core/clock.h"
#include "models/session/backendclockhistory.h"
#include "models/session/telemetry.h"
#include "models/session/telemetrymodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Session time 0–1000 at 1× (backend 5000–6000), then slow motion 0.25× until 5000
// (backend 6000–7000), then frozen at 7000, then a step to 7600 at session 6000, still frozen.
BackendClockHistory workshop()
{
    BackendClockHistory h;
    h.observe(0, 5000, 1);
    h.observe(1000, 6000, 0.25);
    h.observe(5000, 7000, 0);
    h.observe(6000, 7600, 0);
    return h;
}

} // namespace

class TestBackendClockHistory : public QObject
{
    Q_OBJECT

private slots:
    void spansFollowTheScale_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("backend"); // -1: cannot be told
        QTest::newRow("at normal speed") << qint64(200) << qint64(700) << qint64(500);
        QTest::newRow("in slow motion") << qint64(1000) << qint64(5000) << qint64(1000);
        QTest::newRow("across the change to slow motion")
            << qint64(500) << qint64(3000) << qint64(500 + 500);
        QTest::newRow("frozen") << qint64(5200) << qint64(5900) << qint64(0);
        QTest::newRow("a step while frozen") << qint64(5500) << qint64(6500) << qint64(600);
        QTest::newRow("before the first reading") << qint64(-100) << qint64(500) << qint64(-1);
        QTest::newRow("backwards") << qint64(700) << qint64(200) << qint64(-1);
    }
    void spansFollowTheScale()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, backend);
        const auto span = workshop().backendSpan(from, to);
        QCOMPARE(span.value_or(-1), backend);
    }

    void anOutOfOrderReadingIsIgnored()
    {
        BackendClockHistory h = workshop();
        h.observe(3000, 123456, 1); // older than the last reading
        QCOMPARE(*h.backendAt(5500), 7000);
    }

    void readingsAreBounded()
    {
        BackendClockHistory h;
        for (qint64 i = 0; i < qint64(BackendClockHistory::MaxReadings) + 10; ++i)
            h.observe(i * 10, i * 10, 1);
        QVERIFY(!h.backendAt(0)); // the oldest are gone
        QCOMPARE(*h.backendAt(50000), 50000);
    }

    void telemetryReportsConfirmationsInBothTimes()
    {
        ManualClock session(0);
        BackendClockHistory h;
        h.observe(0, 0, 1);
        h.observe(10000, 10000, 0.25);
        Telemetry telemetry;
        telemetry.setBackendClock(&h, &session);
        // A tap at 10 s in slow motion, confirmed 4 s later: 1 s of backend time.
        session.setNow(14000);
        telemetry.recordConfirmation(u"favorite toggle"_s, 4000);
        const Telemetry::OperationStats s = telemetry.stats(u"favorite toggle"_s);
        QCOMPARE(s.confirmation.max, 4000);
        QCOMPARE(s.confirmationBackend.max, 1000);
        TelemetryModel model(&telemetry);
        const QModelIndex confirmed = model.index(0, TelemetryModel::ConfirmationColumn);
        QCOMPARE(confirmed.data(TelemetryModel::MaxRole).toLongLong(), 4000);
        QCOMPARE(confirmed.data().toString(), u"4.0 s · 4.0 s · 4.0 s\n◔ 1.0 s · 1.0 s · 1.0 s"_s);
        QVERIFY(confirmed.data(Qt::ToolTipRole).toString().contains(u"backend's clock"_s));
    }

    void atNormalSpeedBothTimesAgree()
    {
        ManualClock session(0);
        BackendClockHistory h;
        h.observe(0, 800, 1);
        Telemetry telemetry;
        telemetry.setBackendClock(&h, &session);
        session.setNow(3000);
        telemetry.recordConfirmation(u"transfer"_s, 1200);
        QCOMPARE(telemetry.stats(u"transfer"_s).confirmationBackend.max, 1200);
        TelemetryModel model(&telemetry);
        QCOMPARE(model.index(0, TelemetryModel::ConfirmationColumn).data().toString(),
                 u"1.2 s · 1.2 s · 1.2 s"_s);
    }

    void withoutReadingsOnlyWallTimeIsReported()
    {
        Telemetry telemetry;
        telemetry.recordConfirmation(u"photo upload"_s, 900);
        QCOMPARE(telemetry.stats(u"photo upload"_s).confirmation.count, 1);
        QCOMPARE(telemetry.stats(u"photo upload"_s).confirmationBackend.count, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackendClockHistory)
#include "tst_backendclockhistory.moc"
