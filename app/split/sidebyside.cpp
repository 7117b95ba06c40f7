#include "app/split/sidebyside.h"

#include "app/mainwindow.h"
#include "app/split/roomforpanes.h"
#include "app/split/screensplit.h"
#include "app/split/splitchoice.h"
#include "app/split/splitscreen.h"
#include "models/control/actionregistry.h"
#include "models/control/scenario.h"
#include "widgets/statusannouncer.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

SideBySide::SideBySide(MainWindow *window, StatusAnnouncer *announcer, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_announcer(announcer)
    , m_action(new QAction(tr("Side &by side"), this))
    , m_room(new RoomForPanes(window, this))
{
    m_action->setObjectName(u"sideBySideAction"_s);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_action->setStatusTip(tr("The screen in front in two panes, each its own session and "
                              "pattern: one action, mirrored to both"));
    QMenu *view = window->viewMenu();
    view->addSeparator();
    view->addAction(m_action);
    // Triggered, not toggled: the check mark also follows the screen in front.
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (ScreenSplit *split = currentSplit())
            split->setSplit(on);
        followScreen();
    });
    connect(window, &MainWindow::screenChanged, this, &SideBySide::followScreen);
    connect(m_room, &RoomForPanes::docksMoved, this, [this](const QString &words) {
        m_window->statusBar()->showMessage(words, 8000);
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Info, words);
    });
    followScreen();
}

void SideBySide::addSplit(const QString &screen, ScreenSplit *split)
{
    m_splits.emplace_back(screen, split);
    connect(split, &ScreenSplit::splitChanged, this,
            [this, split](bool on) { onSplitChanged(split, on); });
    followScreen();
}

void SideBySide::setPaused(std::function<bool()> paused)
{
    m_room->setPaused(std::move(paused));
}

ScreenSplit *SideBySide::splitOf(const QString &screen) const
{
    const auto it = std::find_if(m_splits.cbegin(), m_splits.cend(),
                                 [&screen](const auto &entry) { return entry.first == screen; });
    return it == m_splits.cend() ? nullptr : it->second;
}

ScreenSplit *SideBySide::currentSplit() const
{
    const QWidget *front = m_window->currentScreen();
    const auto it = std::find_if(m_splits.cbegin(), m_splits.cend(), [front](const auto &entry) {
        return entry.second->view() == front;
    });
    return it == m_splits.cend() ? nullptr : it->second;
}

bool SideBySide::show(const SplitChoice &choice)
{
    ScreenSplit *split = splitOf(choice.screen);
    if (!split || !split->setPatternKeys(choice.left, choice.right))
        return false;
    split->setSplit(true);
    m_window->showScreen(split->view());
    return true;
}

void SideBySide::followScreen()
{
    const ScreenSplit *split = currentSplit();
    m_action->setEnabled(split != nullptr);
    m_action->setChecked(split && split->isSplit());
}

void SideBySide::onSplitChanged(ScreenSplit *split, bool on)
{
    followScreen();
    const bool anySplit = std::any_of(m_splits.cbegin(), m_splits.cend(),
                                      [](const auto &entry) { return entry.second->isSplit(); });
    m_room->splitChanged(split->view(), on, anySplit);
    if (!m_announcer)
        return;
    const SplitScreen *panes = split->view();
    m_announcer->announce(
        StatusAnnouncer::Kind::Info,
        on ? tr("Side by side: %1, %2.").arg(panes->leftTitle(), panes->rightTitle())
           : tr("%1 in one pane again.").arg(split->screenName()));
}

void SideBySide::registerScenarioAction(ActionRegistry *registry)
{
    registry->registerAction(
        QString::fromLatin1(Scenario::splitAction),
        tr("Show a screen side by side (args: screen = favorites, profile or transfer; left, "
           "right = its patterns), or in one pane again (args: screen, on = false)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString screen = args.value(u"screen"_s).toString();
            if (args.contains(u"on"_s) && !args.value(u"on"_s).isBool()) {
                done(false, tr("\"on\" must be true or false."));
                return;
            }
            if (!args.value(u"on"_s).toBool(true)) {
                ScreenSplit *split = splitOf(screen);
                if (!split) {
                    done(false, tr("There is no screen \"%1\" to show side by side.").arg(screen));
                    return;
                }
                split->setSplit(false);
                done(true, tr("%1 in one pane again.").arg(split->screenName()));
                return;
            }
            QString error;
            const std::optional<SplitChoice> choice =
                SplitChoice::make(screen, args.value(u"left"_s).toString(),
                                  args.value(u"right"_s).toString(), &error);
            if (!choice) {
                done(false, error);
                return;
            }
            show(*choice);
            const SplitScreen *panes = splitOf(choice->screen)->view();
            done(true, tr("Side by side: %1, %2.").arg(panes->leftTitle(), panes->rightTitle()));
        });
}
