// SpinnerHold on the kit's manual clock: a row's spinner keeps its minimum time whatever moment
// the model's result arrives, and rows that never showed a spinner are never held.

#include "manualtime.h"
#include "widgets/spinnerhold.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int spinRole = Qt::UserRole + 1;

struct Rows
{
    Rows()
    {
        for (int i = 0; i < 3; ++i)
            model.appendRow(new QStandardItem(QString::number(i)));
        hold.setScheduler(&time.scheduler);
    }
    void setSpinning(int row, bool spinning) { model.item(row)->setData(spinning, spinRole); }
    bool held(int row) const { return hold.isHeld(model.index(row, 0)); }

    ManualTime time;
    QStandardItemModel model;
    SpinnerHold hold {&model,
                      [](const QModelIndex &index) { return index.data(spinRole).toBool(); }};
};

} // namespace

class TestSpinnerHold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultIsHeldUntilTheMinimum_data();
    void resultIsHeldUntilTheMinimum();
    void rowThatNeverSpunIsNotHeld();
    void spinningAgainWhileHeldKeepsTheSpinner();
    void removedRowTakesItsHoldAlong();
};

void TestSpinnerHold::resultIsHeldUntilTheMinimum_data()
{
    QTest::addColumn<int>("resultAfterMs");
    QTest::addColumn<int>("heldForMs");
    // A 650–700 ms save with a 400 ms show delay: the spinner showed for 250–300 ms.
    QTest::newRow("after 250 ms") << 250 << 250;
    QTest::newRow("after 300 ms") << 300 << 200;
    QTest::newRow("after 1 ms") << 1 << 499;
    QTest::newRow("after exactly 500 ms") << 500 << 0;
    QTest::newRow("after 900 ms") << 900 << 0;
}

void TestSpinnerHold::resultIsHeldUntilTheMinimum()
{
    QFETCH(int, resultAfterMs);
    QFETCH(int, heldForMs);
    Rows r;
    QSignalSpy changed(&r.hold, &SpinnerHold::heldChanged);
    r.setSpinning(1, true);
    r.time.advance(std::chrono::milliseconds(resultAfterMs));
    r.setSpinning(1, false);
    if (heldForMs == 0) {
        QVERIFY(!r.held(1));
        QVERIFY(!r.hold.hasHeld());
        QCOMPARE(changed.count(), 0);
        return;
    }
    QVERIFY(r.held(1));
    QVERIFY(r.hold.hasHeld());
    QVERIFY(!r.held(0));
    QCOMPARE(changed.count(), 1);
    r.time.advance(std::chrono::milliseconds(heldForMs - 1));
    QVERIFY(r.held(1));
    r.time.advance(1ms);
    QVERIFY(!r.held(1));
    QVERIFY(!r.hold.hasHeld());
    QCOMPARE(changed.count(), 2);
}

void TestSpinnerHold::rowThatNeverSpunIsNotHeld()
{
    Rows r;
    r.model.item(2)->setText(QStringLiteral("renamed"));
    r.setSpinning(2, false);
    QVERIFY(!r.held(2));
    QVERIFY(!r.hold.hasHeld());
}

void TestSpinnerHold::spinningAgainWhileHeldKeepsTheSpinner()
{
    Rows r;
    r.setSpinning(0, true);
    r.time.advance(100ms);
    r.setSpinning(0, false);
    QVERIFY(r.held(0));
    r.time.advance(100ms);
    r.setSpinning(0, true); // a new click while the first result is still held
    QVERIFY(!r.held(0)); // the model spins it again: nothing to hold
    r.time.advance(1000ms);
    r.setSpinning(0, false); // spun 1.2 s in one go: no hold
    QVERIFY(!r.held(0));
}

void TestSpinnerHold::removedRowTakesItsHoldAlong()
{
    Rows r;
    r.setSpinning(1, true);
    r.time.advance(100ms);
    r.setSpinning(1, false);
    QVERIFY(r.hold.hasHeld());
    QSignalSpy changed(&r.hold, &SpinnerHold::heldChanged);
    r.model.removeRow(1);
    QVERIFY(!r.hold.hasHeld());
    QCOMPARE(changed.count(), 1);
    r.time.advance(1s);
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestSpinnerHold)
#include "tst_spinnerhold.moc"
