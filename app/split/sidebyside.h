#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class ActionRegistry;
class MainWindow;
class QAction;
class RoomForPanes;
class ScreenSplit;
class StatusAnnouncer;
struct SplitChoice;

// View → Side by side for every screen that can split: the action (Ctrl+Shift+D) splits the
// screen in front and its check mark follows that screen; the window says when a screen splits
// or joins again; narrow panes get room (RoomForPanes); scenarios split with view.sideBySide.
class SideBySide final : public QObject
{
    Q_OBJECT

public:
    // Adds its action to the window's View menu.
    SideBySide(MainWindow *window, StatusAnnouncer *announcer, QObject *parent = nullptr);

    // A screen that can split, by the name --split and scenarios use ("profile").
    void addSplit(const QString &screen, ScreenSplit *split);
    // While it holds (presenter mode), the docks are not set aside for the panes.
    void setPaused(std::function<bool()> paused);
    // view.sideBySide (Scenario::splitAction).
    void registerScenarioAction(ActionRegistry *registry);

    // Splits that screen in those patterns and brings it to the front; false for a choice no
    // screen can show (SplitChoice checks it first).
    bool show(const SplitChoice &choice);
    // The split of "favorites", "profile" or "transfer"; null for another name.
    ScreenSplit *splitOf(const QString &screen) const;
    // The screen in front's split; null when it has none.
    ScreenSplit *currentSplit() const;
    QAction *action() const { return m_action; }
    RoomForPanes *room() const { return m_room; }

private:
    void followScreen();
    void onSplitChanged(ScreenSplit *split, bool on);

    MainWindow *m_window;
    StatusAnnouncer *m_announcer;
    QAction *m_action;
    RoomForPanes *m_room;
    std::vector<std::pair<QString, ScreenSplit *>> m_splits;
};
