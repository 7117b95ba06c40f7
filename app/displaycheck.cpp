#include "app/displaycheck.h"

#include <QtGlobal>

#include <cstdio>

bool hasUsableDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true; // the person chose a platform (offscreen, xcb, wayland…): trust it
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

void explainMissingDisplay()
{
    std::fputs(
        "converge: there is no display to show the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set).\n"
        "\n"
        "To see the app on a machine without a screen, run it in a virtual display:\n"
        "    xvfb-run -a scripts/run.sh\n"
        "To run without any window (screenshots still work, e.g. for scenarios):\n"
        "    QT_QPA_PLATFORM=offscreen scripts/run.sh\n"
        "    scripts/run.sh --scenario resources/scenarios/calm-day.json --headless --out out/\n",
        stderr);
}
