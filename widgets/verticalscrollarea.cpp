#include "widgets/verticalscrollarea.h"

#include <QEvent>

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    if (!widget())
        return base;
    // No room is reserved for the scroll bar: when it shows (only on a window too short for
    // the content) it takes the content's empty right margin, so a screen with a scroll area
    // needs no more width than it did without one.
    const int width = widget()->minimumSizeHint().width();
    return {width + 2 * frameWidth(), base.height()};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's needs change with its words and fonts: the layout around must ask again.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
