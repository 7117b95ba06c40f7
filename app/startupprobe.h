#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class QWindow;

// Opt-in instrumentation for benchmarks/app_startup: with CONVERGE_STARTUP_PROBE set, prints
// "startup-probe frame <ns>" once the main window's first frame has been painted and handed to
// the window system, and "startup-probe ready <ns>" once the frame that first shows the screen's
// data has. <ns> is CLOCK_MONOTONIC (std::chrono::steady_clock), which the launching process
// shares. Without the variable nothing is created: main() asks enabled() once.
class StartupProbe final : public QObject
{
public:
    static bool enabled();

    // Watches the top-level window's frames; call before it is shown.
    explicit StartupProbe(QWidget *window, QObject *parent = nullptr);

    // From now on, the first frame in which `content` is painted counts as "ready".
    void readyWhenPainted(QWidget *content);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Lets Qt paint and flush the frame this event asks for, then notes what it showed.
    bool deliverThenStamp(QObject *watched, QEvent *event);

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_content;
    bool m_delivering = false;
    bool m_watchingNative = false;
    bool m_framed = false;
    bool m_contentPainted = false;
    bool m_ready = false;
};
