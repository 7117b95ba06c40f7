// ScrollFollowsFocus: a control that takes keyboard focus inside a scroll area is brought into
// view, also an item view without a current row (whose "where the cursor is" is its corner).

#include "widgets/scrollfollowsfocus.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

namespace {

// Whether the widget's middle is inside the area's viewport.
bool middleInView(const QScrollArea &area, const QWidget *w)
{
    const QPoint middle = w->mapTo(area.viewport(), w->rect().center());
    return area.viewport()->rect().contains(middle);
}

} // namespace

class TestScrollFollowsFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusedControlsComeIntoView_data();
    void focusedControlsComeIntoView();
};

void TestScrollFollowsFocus::focusedControlsComeIntoView_data()
{
    QTest::addColumn<bool>("list");
    QTest::newRow("button") << false;
    QTest::newRow("list without a current row") << true;
}

void TestScrollFollowsFocus::focusedControlsComeIntoView()
{
    QFETCH(bool, list);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    QScrollArea area;
    layout->addWidget(&area);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto *first = new QPushButton(QStringLiteral("First"));
    column->addWidget(first);
    column->addSpacing(900);
    QWidget *target = nullptr;
    if (list) {
        auto *view = new QListWidget;
        for (int i = 0; i < 20; ++i)
            view->addItem(QStringLiteral("Item %1").arg(i));
        view->setFixedHeight(180);
        target = view;
    } else {
        target = new QPushButton(QStringLiteral("Far below"));
    }
    column->addWidget(target);
    column->addSpacing(900);
    area.setWidget(content);
    area.setWidgetResizable(true);
    ScrollFollowsFocus::install(&area);
    window.resize(300, 260);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QVERIFY(!middleInView(area, target));

    // Focus from a shortcut or a click elsewhere, not a Tab inside the area.
    target->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(target->hasFocus());
    QVERIFY2(middleInView(area, target),
             qPrintable(QStringLiteral("scrolled to %1").arg(area.verticalScrollBar()->value())));
}

QTEST_MAIN(TestScrollFollowsFocus)
#include "tst_scrollfollowsfocus.moc"
