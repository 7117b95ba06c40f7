#include "app/presenter/presentermode.h"

#include "app/mainwindow.h"
#include "app/presenter/presentercaptionbar.h"
#include "models/control/heldanswers.h"
#include "widgets/statusannouncer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

PresenterMode::PresenterMode(MainWindow *window, PresenterCaptionBar *bar, HeldAnswersModel *held,
                             StatusAnnouncer *announcer, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
    , m_held(held)
    , m_announcer(announcer)
    , m_toggle(new QAction(tr("&Presenter mode"), window))
    , m_sizes(new QActionGroup(this))
{
    const int saved = QSettings().value(u"presenter/size"_s, m_percent).toInt();
    if (std::find(std::begin(sizes), std::end(sizes), saved) != std::end(sizes))
        m_percent = saved;

    m_toggle->setObjectName(u"presenterModeAction"_s);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggle->setStatusTip(tr("Larger text, the technical docks hidden, and a caption that "
                              "explains the last action: for a projector"));
    connect(m_toggle, &QAction::toggled, this, &PresenterMode::setActive);

    QMenu *view = window->viewMenu();
    view->addSeparator();
    view->addAction(m_toggle);
    QMenu *sizeMenu = view->addMenu(tr("Presenter &size"));
    sizeMenu->setObjectName(u"presenterSizeMenu"_s);
    for (int percent : sizes) {
        QAction *action = sizeMenu->addAction(tr("%1 %").arg(percent));
        action->setObjectName(u"presenterSize%1"_s.arg(percent));
        action->setCheckable(true);
        action->setChecked(percent == m_percent);
        m_sizes->addAction(action);
        connect(action, &QAction::triggered, this, [this, percent] { setSizePercent(percent); });
    }

    m_bar->hide();
    window->setTopBar(m_bar);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_toggle->setChecked(active);
    if (active) {
        m_normalFont = QApplication::font();
        m_normalLayout = m_window->saveState();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (!staysInPresenterMode(dock))
                dock->hide();
        }
        applyFont();
        m_bar->show();
    } else {
        m_bar->hide();
        QApplication::setFont(m_normalFont);
        m_window->restoreState(m_normalLayout);
    }
    if (m_announcer)
        m_announcer->announce(StatusAnnouncer::Kind::Info,
                              active ? tr("Presenter mode on. F5 turns it off.")
                                     : tr("Presenter mode off."));
    Q_EMIT activeChanged(active);
}

bool PresenterMode::staysInPresenterMode(const QDockWidget *dock) const
{
    // The facilitator releases held answers while the room watches.
    return dock->objectName() == "heldAnswersDock"_L1 && m_held
        && (m_held->heldCount() > 0 || !m_held->heldRoutes().isEmpty());
}

void PresenterMode::setSizePercent(int percent)
{
    if (std::find(std::begin(sizes), std::end(sizes), percent) == std::end(sizes))
        return;
    m_percent = percent;
    QSettings().setValue(u"presenter/size"_s, percent);
    for (QAction *action : m_sizes->actions())
        action->setChecked(action->objectName() == u"presenterSize%1"_s.arg(percent));
    if (m_active)
        applyFont();
}

void PresenterMode::applyFont()
{
    QFont large = m_normalFont;
    if (m_normalFont.pointSizeF() > 0)
        large.setPointSizeF(m_normalFont.pointSizeF() * m_percent / 100.0);
    else
        large.setPixelSize(qRound(m_normalFont.pixelSize() * m_percent / 100.0));
    QApplication::setFont(large);
}
