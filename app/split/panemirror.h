#pragma once

#include <QObject>

#include <functional>

// Carries the person's action from one pane of a split view to the other at the same moment,
// once: an action applied as a mirror is never mirrored back, even if the other pane's screen
// reports it as its own. A screen's split connects its panes' signals through forward().
class PaneMirror final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Runs apply now unless a mirrored action is being applied (then it is the echo of one).
    void forward(const std::function<void()> &apply);
    // Actions carried over so far (tests, the timeline).
    int forwardedCount() const { return m_forwarded; }

private:
    bool m_applying = false;
    int m_forwarded = 0;
};
