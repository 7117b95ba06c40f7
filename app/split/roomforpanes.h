#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QWidget;

// Two copies of a screen need about twice its width. When a screen goes side by side in a
// window that cannot give each pane paneWidth, the docks step aside (hidden, as presenter mode
// hides them) and the window says so; when the last split ends they come back as they were.
// It acts at most once per split: a person who brings a dock back meanwhile keeps it.
class RoomForPanes final : public QObject
{
    Q_OBJECT

public:
    static constexpr int paneWidth = 440;

    explicit RoomForPanes(QMainWindow *window, QObject *parent = nullptr);

    // While it holds (presenter mode), the docks are someone else's to arrange.
    void setPaused(std::function<bool()> paused) { m_paused = std::move(paused); }
    // A split view turned on or off; anySplit: whether any screen is still split.
    void splitChanged(QWidget *view, bool on, bool anySplit);
    bool docksAside() const { return m_aside; }

Q_SIGNALS:
    // The docks were set aside (or brought back): words for the status bar and the announcer.
    void docksMoved(const QString &words);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void makeRoom(QWidget *view);

    QMainWindow *m_window;
    std::function<bool()> m_paused;
    QPointer<QWidget> m_watched; // the split view waiting for its width
    QByteArray m_layout; // the window's state before the docks stepped aside
    bool m_aside = false;
    bool m_actedThisSplit = false;
};
