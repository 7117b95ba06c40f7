#include "widgets/statusannouncer.h"

#include "widgets/elidinglabel.h"

#include "widgets/announcementnotifier.h"
#include "widgets/kitscheduler.h"

#include <QAccessible>
#include <QLabel>
#include <QStatusBar>
#include <QWidget>

#include <algorithm>

StatusAnnouncer::StatusAnnouncer(QWidget *host, QObject *parent)
    : QObject(parent ? parent : host)
    , m_host(host)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_notifier = new AnnouncementNotifier(host);
#endif
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &KitTimer::timeout, this, &StatusAnnouncer::flush);
    m_checkingTimer.setSingleShot(true);
    connect(&m_checkingTimer, &KitTimer::timeout, this, &StatusAnnouncer::checkingDue);
}

void StatusAnnouncer::setScheduler(KitScheduler *scheduler)
{
    m_mergeTimer.setScheduler(scheduler);
    m_checkingTimer.setScheduler(scheduler);
}

qint64 StatusAnnouncer::nowMs() const
{
    return m_mergeTimer.scheduler() ? m_mergeTimer.scheduler()->nowMs() : 0;
}

StatusAnnouncer::Politeness StatusAnnouncer::politenessOf(Kind kind)
{
    switch (kind) {
    case Kind::Failure:
    case Kind::RolledBack:
    case Kind::Conflict:
    case Kind::Offline:
        return Politeness::Assertive;
    case Kind::Progress:
    case Kind::Saved:
    case Kind::Info:
    case Kind::Checking:
        return Politeness::Polite;
    }
    return Politeness::Polite;
}

bool StatusAnnouncer::isFinal(Kind kind)
{
    switch (kind) {
    case Kind::Saved:
    case Kind::Failure:
    case Kind::RolledBack:
    case Kind::Conflict:
        return true;
    case Kind::Progress:
    case Kind::Info:
    case Kind::Checking:
    case Kind::Offline:
        return false;
    }
    return false;
}

void StatusAnnouncer::announce(Kind kind, const QString &text, const QString &subject)
{
    // "Saving…" on every change would bury the messages that matter; the badge shows it.
    if (kind == Kind::Progress)
        return;
    if (isFinal(kind) && !subject.isEmpty())
        settle(subject);
    if (kind == Kind::Checking) {
        if (text.isEmpty())
            return;
        const bool waiting = std::any_of(m_checking.cbegin(), m_checking.cend(),
                                         [&](const Message &m) { return m.subject == subject; });
        if (!subject.isEmpty() && (waiting || m_checkingSpoken.contains(subject)))
            return;
        m_checking.append({kind, text, subject, nowMs() + m_timings.checkingDelay.count()});
        if (!m_checkingTimer.isActive())
            m_checkingTimer.start(m_timings.checkingDelay);
        return;
    }
    if (kind == Kind::Saved) {
        ++m_savedCount;
        m_savedText = text;
    } else if (!text.isEmpty()) {
        queue({kind, text, subject});
        return;
    } else {
        return;
    }
    queue({kind, {}, subject});
}

void StatusAnnouncer::queue(const Message &message)
{
    const bool known = !message.text.isEmpty() && message.kind != Kind::Saved
        && std::any_of(m_burst.cbegin(), m_burst.cend(), [&](const Message &m) {
               return m.text == message.text && politenessOf(m.kind) == politenessOf(message.kind);
           });
    if (!known && message.kind != Kind::Saved)
        m_burst.append(message);
    // Debounce: wait for a quiet mergeWindow, but never longer than maximumDelay in total.
    if (!m_mergeTimer.isActive())
        m_burstStartMs = nowMs();
    const auto waited = std::chrono::milliseconds(nowMs() - m_burstStartMs);
    const auto left = m_timings.maximumDelay - waited;
    m_mergeTimer.start(
        std::max(std::chrono::milliseconds(0), std::min(m_timings.mergeWindow, left)));
}

void StatusAnnouncer::settle(const QString &subject)
{
    if (subject.isEmpty())
        return;
    dropOnTheWay(subject);
    m_checkingSpoken.remove(subject);
}

void StatusAnnouncer::dropOnTheWay(const QString &subject)
{
    m_burst.removeIf([&](const Message &m) { return m.subject == subject && !isFinal(m.kind); });
    m_checking.removeIf([&](const Message &m) { return m.subject == subject; });
    if (m_checking.isEmpty())
        m_checkingTimer.stop();
}

void StatusAnnouncer::checkingDue()
{
    const qint64 now = nowMs();
    while (!m_checking.isEmpty() && m_checking.constFirst().dueMs <= now) {
        const Message message = m_checking.takeFirst();
        if (!message.subject.isEmpty())
            m_checkingSpoken.insert(message.subject);
        queue(message);
    }
    if (!m_checking.isEmpty())
        m_checkingTimer.start(std::chrono::milliseconds(m_checking.constFirst().dueMs - now));
}

void StatusAnnouncer::flush()
{
    m_mergeTimer.stop();
    QStringList parts;
    for (const Politeness wanted : {Politeness::Assertive, Politeness::Polite}) {
        for (const Message &m : std::as_const(m_burst)) {
            if (politenessOf(m.kind) == wanted)
                parts.append(m.text);
        }
    }
    if (m_savedCount == 1)
        parts.append(m_savedText.isEmpty() ? tr("Change saved.") : m_savedText);
    else if (m_savedCount > 1)
        parts.append(tr("%n change(s) saved.", nullptr, m_savedCount));
    const bool assertive = std::any_of(m_burst.cbegin(), m_burst.cend(), [](const Message &m) {
        return politenessOf(m.kind) == Politeness::Assertive;
    });
    const Politeness politeness = assertive ? Politeness::Assertive : Politeness::Polite;
    m_burst.clear();
    m_savedCount = 0;
    m_savedText.clear();
    if (parts.isEmpty())
        return;
    const QString text = parts.join(QLatin1Char(' '));
    if (text == m_lastText && m_lastAtMs
        && std::chrono::milliseconds(nowMs() - *m_lastAtMs) < m_timings.repeatWindow)
        return;
    deliver(text, politeness);
}

void StatusAnnouncer::deliver(const QString &text, Politeness politeness)
{
    m_lastText = text;
    m_lastAtMs = nowMs();
    // Exactly one speech channel per build, so each message is spoken once.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (m_host) {
        QAccessibleAnnouncementEvent event(m_host, text);
        event.setPoliteness(politeness == Politeness::Assertive
                                ? QAccessible::AnnouncementPoliteness::Assertive
                                : QAccessible::AnnouncementPoliteness::Polite);
        QAccessible::updateAccessibility(&event);
    }
#else
    if (m_notifier)
        m_notifier->notify(text);
#endif
    emit statusTextChanged(text);
    emit announced(text, politeness);
}

void StatusAnnouncer::attachStatusBar(QStatusBar *statusBar)
{
    // A long message is cut to the status bar's width (whole in the tooltip): it must never make
    // the window wider than the screen it was arranged for.
    auto *label = new ElidingLabel(m_lastText, statusBar);
    label->setObjectName(QStringLiteral("announcementStatusLabel"));
    statusBar->addWidget(label, 1);
    connect(this, &StatusAnnouncer::statusTextChanged, label, &ElidingLabel::setFullText);
}
