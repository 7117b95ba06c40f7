# Sourced by the e2e scripts: a private Xvfb for one test.
#
# Xvfb picks its own free display (-displayfd) instead of xvfb-run -a guessing one from lock
# files, which races with any other X server starting at the same moment (seen as "could not
# connect to display"). -noreset keeps the server as it is when its first client leaves, so a
# client connecting at that moment does not meet a server in the middle of a reset.
#
# start_x_server <WxHxD>: exports DISPLAY and XAUTHORITY, sets x_pid and x_dir; returns 1 (and
# says why) if the server does not come up. stop_x_server: ends it and removes its files.
# report_x_server: prints what the server logged, for a failing test's output.
# run_with_x_server <WxHxD> <command...>: all three around one command; returns its exit code.

x_pid=
x_dir=

start_x_server() {
    local screen=${1:-1600x1200x24} cookie display
    x_dir=$(mktemp -d) || return 1
    cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d " \n") || return 1
    # The server accepts every cookie in its -auth file, whatever display an entry names; the
    # client looks its cookie up by display, so that entry is added once the number is known.
    touch "$x_dir/Xauthority"
    xauth -q -f "$x_dir/Xauthority" add ":0" MIT-MAGIC-COOKIE-1 "$cookie" || return 1
    mkfifo "$x_dir/displayfd" || return 1
    Xvfb -displayfd 3 -noreset -nolisten tcp -auth "$x_dir/Xauthority" -screen 0 "$screen" \
        3>"$x_dir/displayfd" >"$x_dir/Xvfb.log" 2>&1 &
    x_pid=$!
    trap stop_x_server EXIT
    trap 'stop_x_server; exit 143' TERM INT
    # Xvfb writes the number once it accepts connections; the read ends at EOF if it dies first.
    read -r display <"$x_dir/displayfd"
    if [ -z "$display" ] || ! kill -0 "$x_pid" 2>/dev/null; then
        echo "FAIL: Xvfb did not start" >&2
        report_x_server
        return 1
    fi
    xauth -q -f "$x_dir/Xauthority" add ":$display" MIT-MAGIC-COOKIE-1 "$cookie" || return 1
    export DISPLAY=":$display" XAUTHORITY="$x_dir/Xauthority"
}

report_x_server() {
    [ -n "$x_dir" ] || return 0
    echo "--- Xvfb (pid ${x_pid:-none}, display ${DISPLAY:-none}):" >&2
    if [ -n "$x_pid" ] && kill -0 "$x_pid" 2>/dev/null; then
        echo "running" >&2
    else
        echo "not running" >&2
    fi
    tail -n 20 "$x_dir/Xvfb.log" >&2
}

stop_x_server() {
    if [ -n "$x_pid" ]; then
        kill "$x_pid" 2>/dev/null
        wait "$x_pid" 2>/dev/null
        x_pid=
    fi
    [ -n "$x_dir" ] && rm -rf "$x_dir"
    x_dir=
}

run_with_x_server() {
    local screen=$1 rc
    shift
    start_x_server "$screen" || return 1
    "$@"
    rc=$?
    # 77 is a skip, not a failure.
    [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] && report_x_server
    stop_x_server
    return "$rc"
}
