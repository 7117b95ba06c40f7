#include "widgets/statusannouncer.h"

#include "widgets/announcementnotifier.h"
#include "widgets/kitscheduler.h"

#include <QAccessible>
#include <QLabel>
#include <QStatusBar>
#include <QWidget>

StatusAnnouncer::StatusAnnouncer(QWidget *host, QObject *parent)
    : QObject(parent ? parent : host)
    , m_host(host)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_notifier = new AnnouncementNotifier(host);
#endif
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &KitTimer::timeout, this, &StatusAnnouncer::flush);
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
        return Politeness::Polite;
    }
    return Politeness::Polite;
}

void StatusAnnouncer::announce(Kind kind, const QString &text)
{
    // "Saving…" on every change would bury the messages that matter; the badge shows it.
    if (kind == Kind::Progress)
        return;
    if (kind == Kind::Saved) {
        ++m_savedCount;
        m_savedText = text;
    } else if (!text.isEmpty()) {
        QStringList &list = politenessOf(kind) == Politeness::Assertive ? m_assertive : m_polite;
        if (!list.contains(text))
            list.append(text);
    } else {
        return;
    }
    // Debounce: wait for a quiet mergeWindow, but never longer than maximumDelay in total.
    if (!m_mergeTimer.isActive())
        m_burstStartMs = nowMs();
    const auto waited = std::chrono::milliseconds(nowMs() - m_burstStartMs);
    const auto left = m_timings.maximumDelay - waited;
    m_mergeTimer.start(
        std::max(std::chrono::milliseconds(0), std::min(m_timings.mergeWindow, left)));
}

void StatusAnnouncer::flush()
{
    m_mergeTimer.stop();
    QStringList parts = m_assertive;
    parts += m_polite;
    if (m_savedCount == 1)
        parts.append(m_savedText.isEmpty() ? tr("Change saved.") : m_savedText);
    else if (m_savedCount > 1)
        parts.append(tr("%1 changes saved.").arg(m_savedCount));
    const Politeness politeness =
        m_assertive.isEmpty() ? Politeness::Polite : Politeness::Assertive;
    m_assertive.clear();
    m_polite.clear();
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
    auto *label = new QLabel(m_lastText, statusBar);
    label->setObjectName(QStringLiteral("announcementStatusLabel"));
    label->setTextFormat(Qt::PlainText);
    statusBar->addWidget(label, 1);
    connect(this, &StatusAnnouncer::statusTextChanged, label, &QLabel::setText);
}
