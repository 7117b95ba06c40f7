#include "widgets/scrollfollowsfocus.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QScrollArea>

namespace ScrollFollowsFocus {

void install(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (!now || !area->widget() || !area->widget()->isAncestorOf(now))
            return;
        if (qobject_cast<QAbstractItemView *>(now)) {
            // ensureWidgetVisible() aims at a view's current row, which is nothing (its top-left
            // corner) until focus gives it one: show the view's middle instead.
            const QRect r(now->mapTo(area->widget(), QPoint(0, 0)), now->size());
            area->ensureVisible(r.center().x(), r.center().y(), r.width() / 2, r.height() / 2);
            return;
        }
        area->ensureWidgetVisible(now);
    });
}

} // namespace ScrollFollowsFocus
