#pragma once

#include "widgets/kittimer.h"
#include "widgets/toastspec.h"

#include <QFrame>

class KitScheduler;
class QLabel;
class QPushButton;
class QToolButton;

// One toast: style icon, text, a "×3" count when merged, at most one action button, Dismiss.
// It counts down its own timeout and pauses while hovered or while focus is inside it.
// It never takes focus when shown; Escape inside it dismisses.
class Toast : public QFrame
{
    Q_OBJECT

public:
    explicit Toast(const ToastSpec &spec, QWidget *parent = nullptr);

    const ToastSpec &spec() const { return m_spec; }
    void setCount(int count);
    int count() const { return m_count; }

    // 0 or negative: stays until dismissed. Restarts the countdown.
    void setTimeout(std::chrono::milliseconds timeout);
    bool hasTimeout() const { return m_timeout.count() > 0; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isPaused() const { return m_hovered || m_focusInside || m_externallyPaused; }
    void setPaused(bool paused); // e.g. while the host window is inactive
    std::chrono::milliseconds remaining() const;
    // The time the countdown runs on (nullptr: KitScheduler::steady()).
    void setScheduler(KitScheduler *scheduler) { m_timer.setScheduler(scheduler); }
    KitScheduler *scheduler() const { return m_timer.scheduler(); }

    // The control the focus shortcut lands on: the action, else Dismiss.
    QWidget *primaryControl() const;
    QPushButton *actionButton() const { return m_actionButton; }
    QToolButton *dismissButton() const { return m_dismissButton; }

    static QString actionLabel(ToastSpec::Action action);
    static QString styleLabel(ToastSpec::Style style);

signals:
    void actionClicked();
    void dismissClicked();
    void expired();
    void pausedChanged(bool paused);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updatePause(bool wasPaused);
    void updateTexts();
    void updateIcons();

    ToastSpec m_spec;
    int m_count = 1;
    std::chrono::milliseconds m_timeout {0};
    std::chrono::milliseconds m_remaining {0};
    KitTimer m_timer;
    bool m_hovered = false;
    bool m_focusInside = false;
    bool m_externallyPaused = false;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_countLabel;
    QPushButton *m_actionButton = nullptr;
    QToolButton *m_dismissButton;
};
