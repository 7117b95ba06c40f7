// MainWindow's keyboard moves between panes: F6 and Shift+F6 go from the screen in front to the
// docks one can see and back (the first control, or the one last used there); F10 opens the menu
// bar, as in other desktop applications.

#include "app/mainwindow.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>

#include <algorithm>

namespace {

bool takesTab(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

// Where focus goes in a pane: where it was last, or else the first Tab stop inside.
QWidget *focusTarget(QWidget *pane)
{
    if (QWidget *last = pane->focusWidget(); last && last != pane && takesTab(last))
        return last;
    QWidget *widget = pane;
    do {
        widget = widget->nextInFocusChain();
        if (pane->isAncestorOf(widget) && takesTab(widget))
            return widget;
    } while (widget != pane && widget != pane->window());
    return nullptr;
}

} // namespace

void MainWindow::setUpPaneKeys()
{
    auto *next = new QShortcut(QKeySequence(Qt::Key_F6), this);
    next->setWhatsThis(tr("Move to the next pane")); // the Help menu lists it
    connect(next, &QShortcut::activated, this, [this] { moveToPane(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this);
    previous->setWhatsThis(tr("Move to the previous pane"));
    connect(previous, &QShortcut::activated, this, [this] { moveToPane(-1); });
    auto *menus = new QShortcut(QKeySequence(Qt::Key_F10), this);
    menus->setWhatsThis(tr("Open the menu bar"));
    connect(menus, &QShortcut::activated, this, [this] {
        const QList<QAction *> actions = menuBar()->actions();
        const auto first = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->isVisible() && a->isEnabled() && !a->isSeparator();
        });
        if (first != actions.cend())
            menuBar()->setActiveAction(*first);
    });
}

QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> result;
    if (m_topBar && m_topBar->isVisible())
        result.append(m_topBar);
    if (QWidget *screen = m_screens->currentWidget())
        result.append(screen);
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        // A dock tabbed behind another has its content hidden (see addDock).
        if (dock->isVisible() && dock->widget() && dock->widget()->isVisible())
            result.append(dock);
    }
    // In reading order: by column, then from the top.
    std::sort(result.begin(), result.end(), [this](const QWidget *a, const QWidget *b) {
        const QPoint pa = a->mapTo(this, QPoint(0, 0));
        const QPoint pb = b->mapTo(this, QPoint(0, 0));
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    return result;
}

void MainWindow::moveToPane(int step)
{
    const QList<QWidget *> all = panes();
    if (all.isEmpty())
        return;
    QWidget *focus = focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (focus && (all.at(i) == focus || all.at(i)->isAncestorOf(focus)))
            current = i;
    }
    // Focus outside every pane (the navigation list, beside the screen): F6 goes to the screen.
    if (current < 0)
        current = all.indexOf(m_screens->currentWidget()) - step;
    for (qsizetype tried = 1; tried <= all.size(); ++tried) {
        const qsizetype index = ((current + step * tried) % all.size() + all.size()) % all.size();
        if (QWidget *target = focusTarget(all.at(index))) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}
