#include "app/startupprobe.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace {

void stamp(const char *what)
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("startup-probe %s %lld\n", what,
                static_cast<long long>(std::chrono::nanoseconds(now).count()));
    std::fflush(stdout);
}

} // namespace

bool StartupProbe::enabled()
{
    return qEnvironmentVariableIsSet("CONVERGE_STARTUP_PROBE");
}

StartupProbe::StartupProbe(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    // A frame is painted in answer to the native window's expose, and later to the widget's
    // update requests; both are handled synchronously (paint, then flush to the window system).
    // The native window exists once the widget is shown; its expose is watched from then on.
    window->installEventFilter(this);
}

void StartupProbe::readyWhenPainted(QWidget *content)
{

    m_content = content;
    content->installEventFilter(this);
    content->update();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_ready || !m_window)
        return false;
    // Painted inside the frame being delivered.
    if (watched == m_content && event->type() == QEvent::Paint) {
        m_contentPainted = true;
        return false;
    }
    if (m_delivering)
        return false;
    QWindow *native = m_window->windowHandle();
    if (watched == m_window && event->type() == QEvent::Show && native && !m_watchingNative) {
        m_watchingNative = true;
        native->installEventFilter(this);
        return false;
    }
    const bool expose = event->type() == QEvent::Expose && watched == native && native->isExposed();
    const bool update =
        event->type() == QEvent::UpdateRequest && (watched == m_window || watched == native);
    if (expose || update)
        return deliverThenStamp(watched, event);
    return false;
}

bool StartupProbe::deliverThenStamp(QObject *watched, QEvent *event)
{
    m_delivering = true;
    watched->event(event);
    m_delivering = false;
    if (!m_framed && m_window && m_window->windowHandle()->isExposed()) {
        m_framed = true;
        stamp("frame");
    }
    if (m_framed && m_contentPainted) {
        m_ready = true;
        stamp("ready");
    }
    return true;
}
