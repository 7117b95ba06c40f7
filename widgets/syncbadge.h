#pragma once

#include "models/sync/syncstate.h"
#include "widgets/kittimer.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class DisplayPreferences;
class KitScheduler;

// A standalone sync-state badge: icon + word, e.g. "⌛ Saving…", "✓ Saved", "! Couldn't save ·
// Retry".
// - The spinner appears only when a wait lasts longer than showDelay (~400 ms) and then stays at
//   least minimumVisible (~500 ms), so quick saves never flash a spinner.
// - "Saved" fades after fadeDelay; with reduced motion it never spins and disappears without a
// fade.
// - In Failed it is a button: click, Enter or Space emits retryRequested().
// Its accessible name is the word, its description the longer sentence.
class SyncBadge : public QWidget
{
    Q_OBJECT

public:
    struct Timings
    {
        std::chrono::milliseconds showDelay {400};
        std::chrono::milliseconds minimumVisible {500};
        std::chrono::milliseconds fadeDelay {2500};
        std::chrono::milliseconds fadeDuration {600};
    };

    explicit SyncBadge(QWidget *parent = nullptr);

    // text overrides the word (e.g. "Updated 12 s ago"); itemName goes into the description
    // ("We couldn't save "Blue Chair".").
    void setState(SyncState state, const QString &text = {}, const QString &itemName = {});
    // What the caller asked for last.
    SyncState state() const { return m_requested; }
    // What is drawn now: lags state() while a visible spinner completes its minimum time.
    SyncState displayedState() const { return m_displayed; }
    QString text() const;
    QString description() const;

    bool isSpinnerVisible() const { return m_spinnerVisible; }
    bool isFadedOut() const { return m_opacity <= 0.0; }
    qreal opacity() const { return m_opacity; }

    void setTimings(const Timings &timings) { m_timings = timings; }
    Timings timings() const { return m_timings; }
    // Reduced motion follows these preferences (may be nullptr: full motion).
    void setDisplayPreferences(DisplayPreferences *preferences);
    bool reducedMotion() const;
    // Keeps "Saved" from fading (the gallery shows every state side by side).
    void setFadeEnabled(bool enabled);
    // The time the delays, the fade and the spinner run on (nullptr: KitScheduler::steady()).
    void setScheduler(KitScheduler *scheduler);
    KitScheduler *scheduler() const { return m_showDelayTimer.scheduler(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void retryRequested();
    void displayedStateChanged(SyncState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyRequested();
    void showSpinner();
    void updateAccessibility();
    void updateSpinAnimation();
    void startFade();
    void stepFade();
    void stopFade();
    qint64 nowMs() const;

    Timings m_timings;
    SyncState m_requested = SyncState::Confirmed;
    SyncState m_displayed = SyncState::Confirmed;
    QString m_requestedText, m_requestedItem, m_text, m_itemName;
    bool m_spinnerVisible = false;
    bool m_fadeEnabled = true;
    qreal m_opacity = 1.0;
    qreal m_spinnerAngle = 0;
    qint64 m_spinnerShownAtMs = 0;
    qint64 m_fadeStartMs = 0;
    KitTimer m_showDelayTimer;
    KitTimer m_holdTimer;
    KitTimer m_fadeDelayTimer;
    KitTimer m_spinTimer;
    KitTimer m_fadeFrameTimer; // repaints while fading
    KitTimer m_fadeEndTimer; // lands on exactly 0, whatever frames a late clock skipped
    QPointer<DisplayPreferences> m_preferences;
};
