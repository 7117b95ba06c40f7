#include "app/split/roomforpanes.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QWidget>

#include <algorithm>

RoomForPanes::RoomForPanes(QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void RoomForPanes::splitChanged(QWidget *view, bool on, bool anySplit)
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = nullptr;
    if (on) {
        // Its width is known once the window has laid it out (at start, once it is shown), and
        // a window made narrower later needs the room as much.
        m_watched = view;
        m_actedThisSplit = false;
        view->installEventFilter(this);
        makeRoom(view);
        return;
    }
    if (anySplit || !m_aside)
        return;
    m_aside = false;
    if (m_paused && m_paused())
        return;
    m_window->restoreState(m_layout);
    Q_EMIT docksMoved(tr("The docks are back."));
}

bool RoomForPanes::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        makeRoom(m_watched);
    return QObject::eventFilter(watched, event);
}

void RoomForPanes::makeRoom(QWidget *view)
{
    // Once per split: a dock brought back afterwards is the person's choice.
    if (m_actedThisSplit || m_aside || !view->isVisible() || view->width() >= 2 * paneWidth
        || (m_paused && m_paused()))
        return;
    m_actedThisSplit = true;
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    const bool anyShown = std::any_of(docks.cbegin(), docks.cend(),
                                      [](const QDockWidget *dock) { return dock->isVisible(); });
    if (!anyShown)
        return;
    m_layout = m_window->saveState();
    m_aside = true;
    for (QDockWidget *dock : docks)
        dock->hide();
    Q_EMIT docksMoved(tr("The docks stepped aside so both panes have room; the View menu brings "
                         "them back."));
}
