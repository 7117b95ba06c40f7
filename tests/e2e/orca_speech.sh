#!/bin/bash
# Runs a Converge program with the real screen reader: Xvfb, a private D-Bus session with the
# accessibility bus, and Debian's Orca (under its own process name, braille off, speech on but
# with no synthesizer, writing what it would say to a debug log) for the probe to read.
# Usage: orca_speech.sh <program> <probe.py>; the probe is run as
# <probe.py> <program> <orca debug log> <orca pid> (orca_speech_probe.py: converge-gallery).
# Exit: 0 pass, 1 fail, 77 skipped (a required tool is missing).
set -u

app=${1:?usage: orca_speech.sh <program> <probe.py>}
probe=${2:?usage: orca_speech.sh <program> <probe.py>}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # Debian's interpreter: the one that has pyatspi and Orca's modules

skip() {
    echo "SKIP: $1" >&2
    exit 77
}

case "${CONVERGE_E2E_STAGE:-}" in
"")
    command -v dbus-run-session >/dev/null || skip "dbus-run-session not found (apt install dbus-bin)"
    command -v dbus-send >/dev/null || skip "dbus-send not found (apt install dbus-bin)"
    command -v xauth >/dev/null || skip "xauth not found (apt install xauth)"
    command -v Xvfb >/dev/null || skip "Xvfb not found (apt install xvfb)"
    [ -x /usr/libexec/at-spi-bus-launcher ] || skip "at-spi-bus-launcher not found (apt install at-spi2-core)"
    [ -x "$python" ] || skip "$python not found"
    "$python" -c 'import pyatspi, gi' 2>/dev/null || skip "pyatspi not importable by $python (apt install python3-pyatspi)"
    [ -f /usr/bin/orca ] || skip "Orca not found (apt install orca)"
    [ -x "$app" ] || { echo "FAIL: $app is not an executable" >&2; exit 1; }
    export CONVERGE_E2E_STAGE=session
    # shellcheck source=xserver.sh
    . "$(dirname "$0")/xserver.sh"
    run_with_x_server 1600x1200x24 dbus-run-session -- "$0" "$@"
    exit
    ;;
esac

if ! dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null; then
    echo "FAIL: could not activate the accessibility bus (org.a11y.Bus)" >&2
    exit 1
fi

tmp_home=$(mktemp -d)
orca_pid=
cleanup() {
    if [ -n "$orca_pid" ]; then
        # Orca 43 does not always end on SIGTERM once its session is going away.
        kill "$orca_pid" 2>/dev/null
        for _ in $(seq 50); do
            kill -0 "$orca_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$orca_pid" 2>/dev/null
        wait "$orca_pid" 2>/dev/null
    fi
    [ -n "${CONVERGE_E2E_KEEP_LOG:-}" ] && cp "$tmp_home/orca-debug.log" "$CONVERGE_E2E_KEEP_LOG" 2>/dev/null
    rm -rf "$tmp_home"
}
trap cleanup EXIT
# Orca's settings and the program's stay in a throwaway home; GSettings in memory.
export HOME=$tmp_home XDG_RUNTIME_DIR=$tmp_home XDG_CONFIG_HOME=$tmp_home/.config
export XDG_DATA_HOME=$tmp_home/.local/share GSETTINGS_BACKEND=memory
export NO_AT_BRIDGE=0 GTK_MODULES=
# The messages are English; the probe compares them.
export LANG=C.UTF-8 LANGUAGE=en LC_ALL=C.UTF-8

orca_log=$tmp_home/orca-debug.log
# Speech stays on (the launcher gives it no synthesizer, so nothing is heard): Orca 48 drops the
# announcement events' messages when speech is disabled.
"$python" "$here/orca_launcher.py" --disable=braille \
    --debug-file="$orca_log" >"$tmp_home/orca.out" 2>&1 &
orca_pid=$!

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
"$python" "$probe" "$app" "$orca_log" "$orca_pid"
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ]; then
    echo "--- Orca's own output:" >&2
    tail -n 20 "$tmp_home/orca.out" >&2
fi
exit "$rc"
