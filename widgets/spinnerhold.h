#pragma once

#include "widgets/kittimer.h"

#include <QObject>
#include <QPersistentModelIndex>

#include <chrono>
#include <functional>
#include <vector>

class KitScheduler;
class QAbstractItemModel;

// The spinner's minimum time for the rows of an item view, as SyncBadge keeps it for a single
// badge: a row whose spinner showed keeps it for at least minimumVisible, even when the model
// says the result arrived earlier, so a 650 ms save does not flash a spinner for 250 ms.
// It watches the model's rows through `spinning` (does this row draw a spinner now?) and tells
// the delegate which rows to keep drawing as waiting; heldChanged() asks for a repaint.
class SpinnerHold final : public QObject
{
    Q_OBJECT

public:
    using Spinning = std::function<bool(const QModelIndex &)>;

    SpinnerHold(QAbstractItemModel *model, Spinning spinning, QObject *parent = nullptr);

    void setMinimumVisible(std::chrono::milliseconds minimum) { m_minimum = minimum; }
    std::chrono::milliseconds minimumVisible() const { return m_minimum; }
    // The time the minimum runs on (nullptr: KitScheduler::steady()).
    void setScheduler(KitScheduler *scheduler);

    // The model no longer spins this row, but its spinner has not had its minimum time yet.
    bool isHeld(const QModelIndex &index) const;
    bool hasHeld() const;

Q_SIGNALS:
    void heldChanged();

private:
    struct Shown
    {
        QPersistentModelIndex index;
        qint64 sinceMs = 0;
        qint64 holdUntilMs = -1; // held while >= 0
    };

    void observe(int first, int last);
    void forgetAll();
    void release();
    void rearm();
    qint64 nowMs() const;

    QAbstractItemModel *m_model;
    Spinning m_spinning;
    std::chrono::milliseconds m_minimum {500};
    std::vector<Shown> m_shown;
    KitTimer m_timer;
};
