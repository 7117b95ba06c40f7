#include "widgets/spinnerhold.h"

#include "widgets/kitscheduler.h"

#include <QAbstractItemModel>

#include <algorithm>

SpinnerHold::SpinnerHold(QAbstractItemModel *model, Spinning spinning, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_spinning(std::move(spinning))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &KitTimer::timeout, this, &SpinnerHold::release);
    connect(
        model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { observe(from.row(), to.row()); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &root, int first, int last) {
                if (!root.isValid())
                    observe(first, last);
            });
    // Rows that went away take their hold with them (their persistent index turns invalid).
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        const auto before = m_shown.size();
        std::erase_if(m_shown, [](const Shown &shown) { return !shown.index.isValid(); });
        if (m_shown.size() != before)
            Q_EMIT heldChanged();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SpinnerHold::forgetAll);
    connect(model, &QAbstractItemModel::layoutChanged, this,
            [this] { observe(0, m_model->rowCount() - 1); });
    observe(0, model->rowCount() - 1);
}

void SpinnerHold::setScheduler(KitScheduler *scheduler)
{
    // Times taken belong to the old clock: what shows now starts its minimum over.
    m_timer.setScheduler(scheduler);
    const qint64 now = nowMs();
    for (Shown &shown : m_shown) {
        shown.sinceMs = now;
        if (shown.holdUntilMs >= 0)
            shown.holdUntilMs = now + m_minimum.count();
    }
    rearm();
}

qint64 SpinnerHold::nowMs() const
{
    KitScheduler *scheduler = m_timer.scheduler();
    return scheduler ? scheduler->nowMs() : 0;
}

bool SpinnerHold::isHeld(const QModelIndex &index) const
{
    const QModelIndex row = index.siblingAtColumn(0);
    return std::any_of(m_shown.begin(), m_shown.end(), [&row](const Shown &shown) {
        return shown.holdUntilMs >= 0 && shown.index == row;
    });
}

bool SpinnerHold::hasHeld() const
{
    return std::any_of(m_shown.begin(), m_shown.end(),
                       [](const Shown &shown) { return shown.holdUntilMs >= 0; });
}

void SpinnerHold::observe(int first, int last)
{
    const qint64 now = nowMs();
    bool changed = false;
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const auto it = std::find_if(m_shown.begin(), m_shown.end(),
                                     [&index](const Shown &shown) { return shown.index == index; });
        const bool spinning = m_spinning(index);
        if (spinning) {
            if (it == m_shown.end()) {
                m_shown.push_back({QPersistentModelIndex(index), now, -1});
            } else if (it->holdUntilMs >= 0) {
                it->holdUntilMs = -1; // waiting again: the same spinner goes on
                changed = true;
            }
            continue;
        }
        if (it == m_shown.end() || it->holdUntilMs >= 0)
            continue;
        const qint64 until = it->sinceMs + m_minimum.count();
        if (until > now) {
            it->holdUntilMs = until;
            changed = true;
        } else {
            m_shown.erase(it);
        }
    }
    rearm();
    if (changed)
        Q_EMIT heldChanged();
}

void SpinnerHold::forgetAll()
{
    const bool held = hasHeld();
    m_shown.clear();
    m_timer.stop();
    observe(0, m_model->rowCount() - 1);
    if (held)
        Q_EMIT heldChanged();
}

void SpinnerHold::release()
{
    const qint64 now = nowMs();
    const auto before = m_shown.size();
    std::erase_if(m_shown, [now](const Shown &shown) {
        return !shown.index.isValid() || (shown.holdUntilMs >= 0 && shown.holdUntilMs <= now);
    });
    rearm();
    if (m_shown.size() != before)
        Q_EMIT heldChanged();
}

void SpinnerHold::rearm()
{
    qint64 next = -1;
    for (const Shown &shown : m_shown) {
        if (shown.holdUntilMs >= 0 && (next < 0 || shown.holdUntilMs < next))
            next = shown.holdUntilMs;
    }
    if (next < 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, next - nowMs());
    if (!m_timer.isActive() || m_timer.remainingTime().count() != wait)
        m_timer.start(std::chrono::milliseconds(wait));
}
