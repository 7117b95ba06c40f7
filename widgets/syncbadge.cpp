#include "widgets/syncbadge.h"

#include "widgets/accessiblefactory.h"
#include "widgets/displaypreferences.h"
#include "widgets/kitscheduler.h"
#include "widgets/syncbadgepainter.h"
#include "widgets/syncstatestyle.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

SyncBadge::SyncBadge(QWidget *parent)
    : QWidget(parent)
{
    WidgetsAccessibility::install();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_showDelayTimer.setSingleShot(true);
    m_holdTimer.setSingleShot(true);
    m_fadeDelayTimer.setSingleShot(true);
    m_fadeEndTimer.setSingleShot(true);
    m_spinTimer.setInterval(40ms);
    m_fadeFrameTimer.setInterval(16ms); // about one frame at 60 Hz, as QVariantAnimation ran
    connect(&m_showDelayTimer, &KitTimer::timeout, this, &SyncBadge::showSpinner);
    connect(&m_holdTimer, &KitTimer::timeout, this, &SyncBadge::applyRequested);
    connect(&m_spinTimer, &KitTimer::timeout, this, [this] {
        m_spinnerAngle = std::fmod(m_spinnerAngle + 12.0, 360.0);
        update();
    });
    connect(&m_fadeDelayTimer, &KitTimer::timeout, this, &SyncBadge::startFade);
    connect(&m_fadeFrameTimer, &KitTimer::timeout, this, &SyncBadge::stepFade);
    connect(&m_fadeEndTimer, &KitTimer::timeout, this, &SyncBadge::stepFade);
    applyRequested();
}

void SyncBadge::setState(SyncState state, const QString &text, const QString &itemName)
{
    m_requested = state;
    m_requestedText = text;
    m_requestedItem = itemName;
    // A spinner that is showing finishes its minimum time before it gives way to a result, so it
    // never flashes; a new wait simply continues it.
    if (m_spinnerVisible && !SyncStateStyle::isWaiting(state)) {
        const auto shownFor = std::chrono::milliseconds(nowMs() - m_spinnerShownAtMs);
        if (shownFor < m_timings.minimumVisible) {
            m_holdTimer.start(m_timings.minimumVisible - shownFor);
            return;
        }
    }
    applyRequested();
}

void SyncBadge::applyRequested()
{
    m_holdTimer.stop();
    const SyncState previous = m_displayed;
    m_displayed = m_requested;
    m_text = m_requestedText;
    m_itemName = m_requestedItem;

    if (SyncStateStyle::isWaiting(m_displayed)) {
        if (!m_spinnerVisible && !m_showDelayTimer.isActive())
            m_showDelayTimer.start(m_timings.showDelay);
    } else {
        m_showDelayTimer.stop();
        m_spinnerVisible = false;
    }
    updateSpinAnimation();

    stopFade();
    if (m_displayed == SyncState::Confirmed && m_fadeEnabled)
        m_fadeDelayTimer.start(m_timings.fadeDelay);

    // Failed offers Retry, so only then does the badge take keyboard focus.
    setFocusPolicy(m_displayed == SyncState::Failed ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(m_displayed == SyncState::Failed ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(description());
    updateAccessibility();
    updateGeometry();
    update();
    if (previous != m_displayed)
        emit displayedStateChanged(m_displayed);
}

void SyncBadge::showSpinner()
{
    m_spinnerVisible = true;
    m_spinnerShownAtMs = nowMs();
    updateSpinAnimation();
    update();
}

void SyncBadge::startFade()
{
    if (reducedMotion()) {
        m_opacity = 0;
        update();
        return;
    }
    m_fadeStartMs = nowMs();
    m_fadeFrameTimer.start();
    m_fadeEndTimer.start(m_timings.fadeDuration);
}

void SyncBadge::stepFade()
{
    // Linear from 1 to 0 over fadeDuration, read off the clock so that late frames do not
    // stretch the fade.
    const qint64 duration = std::max<qint64>(1, m_timings.fadeDuration.count());
    const qint64 elapsed = nowMs() - m_fadeStartMs;
    m_opacity = std::clamp(1.0 - qreal(elapsed) / qreal(duration), 0.0, 1.0);
    if (m_opacity <= 0.0) {
        m_fadeFrameTimer.stop();
        m_fadeEndTimer.stop();
    }
    update();
}

void SyncBadge::stopFade()
{
    m_fadeDelayTimer.stop();
    m_fadeFrameTimer.stop();
    m_fadeEndTimer.stop();
    m_opacity = 1.0;
}

qint64 SyncBadge::nowMs() const
{
    return m_showDelayTimer.scheduler() ? m_showDelayTimer.scheduler()->nowMs() : 0;
}

void SyncBadge::setScheduler(KitScheduler *scheduler)
{
    // Times already taken (spinner shown at, fade started at) belong to the old clock.
    const bool spinnerWasVisible = m_spinnerVisible;
    for (KitTimer *timer : {&m_showDelayTimer, &m_holdTimer, &m_fadeDelayTimer, &m_spinTimer,
                            &m_fadeFrameTimer, &m_fadeEndTimer})
        timer->setScheduler(scheduler);
    if (spinnerWasVisible)
        m_spinnerShownAtMs = nowMs();
    if (m_fadeFrameTimer.isActive())
        m_fadeStartMs = nowMs();
}

void SyncBadge::updateSpinAnimation()
{
    if (m_spinnerVisible && !reducedMotion())
        m_spinTimer.start();
    else
        m_spinTimer.stop();
}

QString SyncBadge::text() const
{
    return SyncBadgePainter::accessibleText(m_displayed, m_text);
}

QString SyncBadge::description() const
{
    return SyncBadgePainter::accessibleDescription(m_displayed, m_itemName);
}

void SyncBadge::updateAccessibility()
{
    // Name and description are read from the widget by the accessible interface; tell the bridge.
    setAccessibleName(text());
    setAccessibleDescription(description());
}

void SyncBadge::setDisplayPreferences(DisplayPreferences *preferences)
{
    if (m_preferences)
        disconnect(m_preferences, nullptr, this, nullptr);
    m_preferences = preferences;
    if (m_preferences)
        connect(m_preferences, &DisplayPreferences::changed, this, [this] {
            updateSpinAnimation();
            update();
        });
    updateSpinAnimation();
}

bool SyncBadge::reducedMotion() const
{
    return m_preferences && m_preferences->reducedMotion();
}

void SyncBadge::setFadeEnabled(bool enabled)
{
    m_fadeEnabled = enabled;
    if (!enabled) {
        stopFade();
        update();
    }
}

QSize SyncBadge::sizeHint() const
{
    return SyncBadgePainter::sizeHint(fontMetrics(), m_displayed, m_text) + QSize(8, 4);
}

QSize SyncBadge::minimumSizeHint() const
{
    return sizeHint();
}

void SyncBadge::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    SyncBadgePainter::Options options;
    options.opacity = m_opacity;
    options.spinner = m_spinnerVisible && !reducedMotion();
    options.spinnerAngle = m_spinnerAngle;
    SyncBadgePainter::paint(&painter, rect().adjusted(4, 2, -4, -2), m_displayed, palette(), m_text,
                            options);
    if (hasFocus()) {
        // A ring in Highlight (>= 3:1 on Window in both palettes), clearer than a dotted rect.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(1.0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
}

void SyncBadge::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_displayed == SyncState::Failed && rect().contains(event->position().toPoint()))
        emit retryRequested();
    QWidget::mouseReleaseEvent(event);
}

void SyncBadge::keyPressEvent(QKeyEvent *event)
{
    if (m_displayed == SyncState::Failed
        && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
            || event->key() == Qt::Key_Enter)) {
        emit retryRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}
