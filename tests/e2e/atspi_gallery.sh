#!/bin/bash
# Runs converge-gallery under Xvfb inside a private D-Bus session with the accessibility bus
# active, and lets atspi_gallery_probe.py operate it through AT-SPI.
# Usage: atspi_gallery.sh <converge-gallery> <atspi_gallery_probe.py>
# Exit: 0 pass, 1 fail, 77 skipped (a required tool is missing).
set -u

gallery=${1:?usage: atspi_gallery.sh <converge-gallery> <probe.py>}
probe=${2:?usage: atspi_gallery.sh <converge-gallery> <probe.py>}
python=/usr/bin/python3 # Debian's interpreter: the one that has pyatspi

skip() {
    echo "SKIP: $1" >&2
    exit 77
}

case "${CONVERGE_E2E_STAGE:-}" in
"")
    command -v dbus-run-session >/dev/null || skip "dbus-run-session not found (apt install dbus-bin)"
    command -v dbus-send >/dev/null || skip "dbus-send not found (apt install dbus-bin)"
    command -v dbus-daemon >/dev/null || skip "dbus-daemon not found (apt install dbus-daemon)"
    command -v Xvfb >/dev/null || skip "Xvfb not found (apt install xvfb)"
    command -v xauth >/dev/null || skip "xauth not found (apt install xauth)"
    [ -x /usr/libexec/at-spi-bus-launcher ] || skip "at-spi-bus-launcher not found (apt install at-spi2-core)"
    [ -x "$python" ] || skip "$python not found"
    "$python" -c 'import pyatspi, gi' 2>/dev/null || skip "pyatspi not importable by $python (apt install python3-pyatspi)"
    [ -x "$gallery" ] || { echo "FAIL: $gallery is not an executable" >&2; exit 1; }
    # The display first, so the accessibility bus and the gallery share it.
    export CONVERGE_E2E_STAGE=session
    # shellcheck source=xserver.sh
    . "$(dirname "$0")/xserver.sh"
    run_with_x_server 1600x1200x24 dbus-run-session -- "$0" "$@"
    exit
    ;;
esac

# Inside the private session bus. Start the accessibility bus before the app: a Qt app only
# joins AT-SPI if the bus is already there when it starts.
if ! dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null; then
    echo "FAIL: could not activate the accessibility bus (org.a11y.Bus)" >&2
    exit 1
fi

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_QPA_PLATFORM=xcb
# Gallery settings and caches stay in a throwaway home.
tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export HOME=$tmp_home XDG_RUNTIME_DIR=$tmp_home XDG_CONFIG_HOME=$tmp_home/.config
export NO_AT_BRIDGE=0 GTK_MODULES=

"$python" "$probe" "$gallery"
