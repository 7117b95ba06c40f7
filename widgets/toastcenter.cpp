#include "widgets/toastcenter.h"

#include "widgets/displaypreferences.h"
#include "widgets/toast.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int edgeMargin = 16;
constexpr int overlayWidth = 420;
} // namespace

ToastCenter::ToastCenter(QWidget *host, DisplayPreferences *preferences)
    : QObject(host)
    , m_host(host)
    , m_preferences(preferences)
    , m_overlay(new QWidget(host))
    , m_shortcut(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), host))
    , m_history(new NotificationHistoryModel(this))
{
    m_overlay->setObjectName(QStringLiteral("toastOverlay"));
    m_overlay->setAccessibleName(tr("Notifications"));
    auto *layout = new QVBoxLayout(m_overlay);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_overlay->hide();
    host->installEventFilter(this);

    m_shortcut->setContext(Qt::WindowShortcut);
    connect(m_shortcut, &QShortcut::activated, this, [this] {
        if (!toggleFocus())
            emit historyRequested();
    });
    connect(m_history, &NotificationHistoryModel::forgotten, this, [this](const QList<int> &ids) {
        for (int id : ids)
            m_callbacks.remove(id);
    });
    if (m_preferences) {
        // A changed choice applies to the toasts on screen as well, not just to the next ones.
        connect(m_preferences, &DisplayPreferences::changed, this, [this] {
            for (Entry &entry : m_visible)
                applyTimeout(entry);
        });
    }
}

ToastCenter::~ToastCenter()
{
    if (m_host)
        m_host->removeEventFilter(this);
    if (m_area)
        m_area->removeEventFilter(this);
    // The overlay belongs to the host; without its center it would be an orphan on screen.
    delete m_overlay;
}

int ToastCenter::priority(const ToastSpec &spec)
{
    return spec.style == ToastSpec::Style::Error ? 1 : 0;
}

int ToastCenter::show(const ToastSpec &spec)
{
    return show(spec, nullptr, {});
}

int ToastCenter::show(const ToastSpec &spec, QObject *context, std::function<void()> onAction)
{
    if (Entry *same = findSame(spec)) {
        ++same->count;
        if (same->widget) {
            same->widget->setCount(same->count);
            applyTimeout(*same); // a repeat earns the full time again
        }
        m_history->merged(same->id, same->count, QDateTime::currentDateTime());
        // The latest caller's callback wins: it has the freshest context for a retry.
        if (onAction)
            m_callbacks.insert(same->id, {context, context != nullptr, std::move(onAction)});
        return same->id;
    }

    const int id = ++m_nextId;
    m_history->add(id, spec, QDateTime::currentDateTime());
    if (onAction)
        m_callbacks.insert(id, {context, context != nullptr, std::move(onAction)});
    enqueue(Entry {id, spec}, false);
    pump();
    return id;
}

ToastCenter::Entry *ToastCenter::find(int id)
{
    for (auto *list : {&m_visible, &m_queue}) {
        for (Entry &entry : *list) {
            if (entry.id == id)
                return &entry;
        }
    }
    return nullptr;
}

ToastCenter::Entry *ToastCenter::findSame(const ToastSpec &spec)
{
    for (auto *list : {&m_visible, &m_queue}) {
        for (Entry &entry : *list) {
            if (entry.spec == spec)
                return &entry;
        }
    }
    return nullptr;
}

void ToastCenter::enqueue(Entry entry, bool front)
{
    // Higher priority first; within a priority, in order of arrival (or first, if put back).
    const int p = priority(entry.spec);
    qsizetype pos = 0;
    while (
        pos < m_queue.size()
        && (priority(m_queue.at(pos).spec) > p || (!front && priority(m_queue.at(pos).spec) == p)))
        ++pos;
    m_queue.insert(pos, std::move(entry));
}

void ToastCenter::pump()
{
    while (!m_queue.isEmpty()) {
        if (m_visible.size() >= m_maximumVisible) {
            // An error does not wait behind information: the oldest lower-priority toast on
            // screen steps back into the queue (its timer restarts when it returns).
            const int waiting = priority(m_queue.first().spec);
            auto victim = std::find_if(m_visible.begin(), m_visible.end(),
                                       [&](const Entry &e) { return priority(e.spec) < waiting; });
            if (victim == m_visible.end())
                break;
            Entry back = *victim;
            m_visible.erase(victim);
            back.widget->hide();
            back.widget->deleteLater();
            back.widget = nullptr;
            enqueue(std::move(back), true);
        }
        Entry entry = m_queue.takeFirst();
        m_visible.append(std::move(entry));
        present(m_visible.last());
    }
    relayout();
}

void ToastCenter::present(Entry &entry)
{
    auto *toast = new Toast(entry.spec, m_overlay);
    toast->setScheduler(m_scheduler);
    toast->setCount(entry.count);
    entry.widget = toast;
    const int id = entry.id;
    connect(toast, &Toast::actionClicked, this, [this, id] { triggerAction(id); });
    connect(toast, &Toast::dismissClicked, this, [this, id] { dismiss(id); });
    connect(toast, &Toast::expired, this,
            [this, id] { remove(id, NotificationHistoryModel::Status::Expired); });
    m_overlay->layout()->addWidget(toast);
    toast->show();
    applyTimeout(entry);
    emit toastShown(id);
}

void ToastCenter::applyTimeout(Entry &entry)
{
    if (!entry.widget)
        return;
    std::chrono::milliseconds base = entry.spec.duration.value_or(
        entry.spec.action != ToastSpec::Action::None        ? m_durations.withAction
            : entry.spec.style == ToastSpec::Style::Error   ? m_durations.error
            : entry.spec.style == ToastSpec::Style::Success ? m_durations.success
                                                            : m_durations.info);
    std::optional<std::chrono::milliseconds> effective;
    if (m_preferences)
        effective = m_preferences->toastDuration(base);
    else if (base.count() > 0)
        effective = base;
    entry.widget->setTimeout(effective.value_or(std::chrono::milliseconds(0)));
}

void ToastCenter::dismiss(int id)
{
    remove(id, NotificationHistoryModel::Status::Dismissed);
}

void ToastCenter::resolve(int id, const QString &outcome)
{
    if (id <= 0 || m_history->rowOf(id) < 0)
        return;
    m_callbacks.remove(id);
    m_history->resolve(id, outcome);
    remove(id, NotificationHistoryModel::Status::Resolved);
}

void ToastCenter::dismissAll()
{
    const QList<int> ids = visibleIds() + queuedIds();
    for (int id : ids)
        dismiss(id);
}

bool ToastCenter::triggerAction(int id)
{
    if (!m_history->isActionAvailable(id))
        return false;
    const int row = m_history->rowOf(id);
    const auto action = static_cast<ToastSpec::Action>(
        m_history->data(m_history->index(row), NotificationHistoryModel::ActionRole).toInt());
    const Callback callback = m_callbacks.take(id);
    m_history->setStatus(id, NotificationHistoryModel::Status::ActionTaken);
    remove(id, NotificationHistoryModel::Status::ActionTaken);
    if (callback.function && (!callback.hasContext || callback.context))
        callback.function();
    emit actionTriggered(id, action);
    return true;
}

void ToastCenter::remove(int id, NotificationHistoryModel::Status status)
{
    bool found = false;
    for (auto *list : {&m_visible, &m_queue}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).id != id)
                continue;
            Toast *widget = list->at(i).widget;
            list->removeAt(i);
            found = true;
            if (widget) {
                const bool hadFocus = widget->isAncestorOf(QApplication::focusWidget());
                widget->hide();
                widget->deleteLater();
                // Focus must not fall into nowhere when the toast it was on goes away.
                if (hadFocus && m_returnFocus)
                    m_returnFocus->setFocus(Qt::OtherFocusReason);
            }
            break;
        }
        if (found)
            break;
    }
    if (!found)
        return;
    // ActionTaken is recorded by triggerAction, Resolved by resolve(); a dismissal never
    // overwrites either.
    if (status != NotificationHistoryModel::Status::ActionTaken
        && status != NotificationHistoryModel::Status::Resolved)
        m_history->setStatus(id, status);
    emit toastDismissed(id);
    pump();
}

void ToastCenter::setArea(QWidget *area)
{
    if (m_area)
        m_area->removeEventFilter(this);
    m_area = area != m_host ? area : nullptr;
    if (m_area)
        m_area->installEventFilter(this);
    relayout();
}

QWidget *ToastCenter::area() const
{
    return m_area ? m_area.data() : m_host.data();
}

void ToastCenter::setMaximumVisible(int count)
{
    m_maximumVisible = std::max(1, count);
    pump();
}

void ToastCenter::setScheduler(KitScheduler *scheduler)
{
    m_scheduler = scheduler;
    for (const Entry &entry : std::as_const(m_visible)) {
        if (entry.widget)
            entry.widget->setScheduler(scheduler);
    }
}

void ToastCenter::setFocusShortcut(const QKeySequence &sequence)
{
    m_shortcut->setKey(sequence);
}

QKeySequence ToastCenter::focusShortcut() const
{
    return m_shortcut->key();
}

bool ToastCenter::focusIsInOverlay() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus && m_overlay->isAncestorOf(focus);
}

bool ToastCenter::toggleFocus()
{
    if (focusIsInOverlay()) {
        QWidget *back = m_returnFocus ? m_returnFocus.data() : m_host.data();
        if (back)
            back->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (m_visible.isEmpty() || !m_visible.last().widget)
        return false;
    m_returnFocus = QApplication::focusWidget();
    m_visible.last().widget->primaryControl()->setFocus(Qt::ShortcutFocusReason);
    return true;
}

QList<int> ToastCenter::visibleIds() const
{
    QList<int> ids;
    for (const Entry &e : m_visible)
        ids.append(e.id);
    return ids;
}

QList<int> ToastCenter::queuedIds() const
{
    QList<int> ids;
    for (const Entry &e : m_queue)
        ids.append(e.id);
    return ids;
}

Toast *ToastCenter::toast(int id) const
{
    for (const Entry &e : m_visible) {
        if (e.id == id)
            return e.widget;
    }
    return nullptr;
}

int ToastCenter::count(int id) const
{
    const int row = m_history->rowOf(id);
    return row < 0
        ? 0
        : m_history->data(m_history->index(row), NotificationHistoryModel::CountRole).toInt();
}

bool ToastCenter::eventFilter(QObject *watched, QEvent *event)
{
    const bool ours = watched == m_host || (m_area && watched == m_area);
    if (ours
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show
            || event->type() == QEvent::Move))
        relayout();
    return QObject::eventFilter(watched, event);
}

void ToastCenter::relayout()
{
    if (!m_host)
        return;
    if (m_visible.isEmpty()) {
        m_overlay->hide();
        return;
    }
    // The area's rectangle in the host's coordinates (the area may sit anywhere inside it).
    QRect frame = m_host->rect();
    if (m_area && m_area->isVisible() && m_host->isAncestorOf(m_area))
        frame = QRect(m_area->mapTo(m_host, QPoint(0, 0)), m_area->size());
    const int width = std::min(overlayWidth, std::max(200, frame.width() - 2 * edgeMargin));
    QLayout *layout = m_overlay->layout();
    layout->activate();
    const int height =
        layout->hasHeightForWidth() ? layout->heightForWidth(width) : layout->sizeHint().height();
    m_overlay->setGeometry(frame.right() + 1 - width - edgeMargin,
                           frame.bottom() + 1 - height - edgeMargin, width, height);
    m_overlay->show();
    m_overlay->raise();
}
