#include "widgets/scrollfollowsfocus.h"

#include <QApplication>
#include <QScrollArea>

namespace ScrollFollowsFocus {

void install(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}

} // namespace ScrollFollowsFocus
