#include "app/displaycheck.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>

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

bool asksForInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-help", "--help-all", "-help-all", "-h", "-?",
                                   "--version", "-version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
