#include "core/clock.h"
#include "models/session/replicalagseries.h"
#include "models/session/sessionrecorder.h"
#include "models/session/timelinemodel.h"
#include "widgets/lagchart.h"
#include "widgets/timelineview.h"

#include <QHeaderView>
#include <QTest>

using namespace Qt::StringLiterals;

class TimelineViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void technicalColumnsAreHiddenUntilAsked()
    {
        ManualClock clock;
        SessionRecorder recorder(&clock);
        TimelineModel model(&recorder);
        TimelineView view;
        view.setModel(&model);
        QVERIFY(!view.accessibleName().isEmpty());
        QVERIFY(!view.technicalColumnsVisible());
        QVERIFY(!view.isColumnHidden(TimelineModel::DescriptionColumn));
        QVERIFY(!view.isColumnHidden(TimelineModel::OutcomeColumn));
        for (int c = TimelineModel::FirstTechnicalColumn; c < TimelineModel::ColumnCount; ++c)
            QVERIFY(view.isColumnHidden(c));
        view.setTechnicalColumnsVisible(true);
        for (int c = TimelineModel::FirstTechnicalColumn; c < TimelineModel::ColumnCount; ++c)
            QVERIFY(!view.isColumnHidden(c));
    }

    void expandsTheNewestStoryAndIsKeyboardOperable()
    {
        ManualClock clock;
        SessionRecorder recorder(&clock);
        TimelineModel model(&recorder);
        TimelineView view;
        view.setModel(&model);
        view.resize(800, 400);

        const QString a = recorder.beginAction(u"favorites"_s, u"Tapped A"_s);
        TimelineEvent saved;
        saved.correlationId = a;
        saved.kind = TimelineEvent::Kind::Confirmed;
        saved.text = u"Saved"_s;
        recorder.record(saved);
        model.flush();
        QVERIFY(view.isExpanded(model.index(0, 0)));
        recorder.beginAction(u"favorites"_s, u"Tapped B"_s);
        model.flush();
        QVERIFY(view.isExpanded(model.index(0, 0)));

        view.setFocus();
        view.setCurrentIndex(model.index(0, 0));
        QTest::keyClick(&view, Qt::Key_Down); // into B's only step
        QTest::keyClick(&view, Qt::Key_Down); // to story A
        QCOMPARE(view.currentIndex().data().toString(), u"Tapped A"_s);
        QTest::keyClick(&view, Qt::Key_Left);
        QVERIFY(!view.isExpanded(model.index(1, 0)));
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.isExpanded(model.index(1, 0)));
    }

    void lagChartSummarisesInWords()
    {
        ManualClock clock;
        ReplicaLagSeries series(nullptr, &clock);
        LagChart chart;
        chart.setSeries(&series);
        QCOMPARE(chart.accessibleDescription(), u"No lag measured yet."_s);
        for (int i = 0; i < 10; ++i) {
            series.addSample(1, 200 + i * 10);
            series.addSample(2, i < 8 ? 1000 : 7300, i >= 8);
            clock.advance(1000);
        }
        const QString summary = chart.accessibleDescription();
        QVERIFY2(summary.contains(u"Replica 1: now 0.3 s, p50 0.2 s, p95 0.3 s."_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"Replica 2: now 7.3 s"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"paused"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Alarm at 5.0 s: Replica 2 is 7.3 s behind"_s),
                 qPrintable(summary));

        // Painting with data, with none, and very small must not trip anything.
        chart.resize(500, 260);
        QVERIFY(!chart.grab().isNull());
        chart.resize(60, 40);
        QVERIFY(!chart.grab().isNull());
        series.clear();
        chart.resize(500, 260);
        QVERIFY(!chart.grab().isNull());
        QCOMPARE(chart.accessibleDescription(), u"No lag measured yet."_s);
    }
};

QTEST_MAIN(TimelineViewTest)
#include "tst_timelineview.moc"
