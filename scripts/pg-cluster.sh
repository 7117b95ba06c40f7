#!/usr/bin/env bash
# A throw-away PostgreSQL primary with streaming replicas, for workshops and tests.
#
#   scripts/pg-cluster.sh run [--replicas N] -- COMMAND...   start, run COMMAND with the cluster's
#                                                             connection strings in its environment,
#                                                             tear down when it ends (or on Ctrl+C)
#   scripts/pg-cluster.sh start --state DIR [--replicas N]   start and leave it running; DIR gets
#                                                             cluster.env (the connection strings)
#   scripts/pg-cluster.sh stop --state DIR                   stop and delete what start made
#
# Everything lives in one temporary directory on free ports below 32768 (the kernel's ephemeral
# range collides), with trust authentication on localhost only. As root the servers run as the
# 'postgres' user, since initdb refuses root. A watchdog stops the servers and deletes the
# directory if the process that asked for them dies without saying so (kill -9, a crashed test).
#
# The environment it exports (and writes to cluster.env):
#   CONVERGE_PG_PRIMARY   libpq connection string of the primary
#   CONVERGE_PG_REPLICAS  the replicas' connection strings, separated by ';'
#   CONVERGE_PG_BIN       the PostgreSQL programs used (psql among them)
set -euo pipefail

usage()
{
    sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

die()
{
    echo "pg-cluster: $*" >&2
    exit 1
}

find_bin()
{
    local dir
    # The newest installed major version first.
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -n -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/pg_basebackup" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# Runs a command as the servers' owner.
as_owner()
{
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use()
{
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A port nobody listens on, away from PostgreSQL's usual 5432 and from other runs' choices.
free_port()
{
    local port tries=0
    while [ $tries -lt 200 ]; do
        port=$((20000 + RANDOM % 12000))
        tries=$((tries + 1))
        if ! port_in_use "$port" && ! grep -qsx "$port" "$data/ports"; then
            echo "$port" >>"$data/ports"
            echo "$port"
            return 0
        fi
    done
    die "no free port found between 20000 and 32000"
}

conninfo()
{
    echo "host=localhost port=$1 user=converge dbname=postgres connect_timeout=5"
}

stop_cluster()
{
    local dir data
    [ -d "$state" ] || return 0
    data="$(cat "$state/data-dir" 2>/dev/null || true)"
    for dir in "${data:-$state}"/replica-* "${data:-$state}"/primary; do
        if [ -f "$dir/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$dir" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
        fi
    done
    if [ -f "$state/watchdog.pid" ]; then
        local watchdog
        watchdog="$(cat "$state/watchdog.pid")"
        if [ "$watchdog" != "${BASHPID:-$$}" ]; then kill "$watchdog" 2>/dev/null || true; fi
    fi
    if [ -n "$data" ] && [ -d "$data" ]; then rm -rf "$data"; fi
    rm -rf "$state"
}

start_server()
{
    local dir="$1" name="$2"
    if ! as_owner "$bin/pg_ctl" -D "$dir" -l "$data/$name.log" -w -t 60 start >/dev/null; then
        echo "pg-cluster: $name did not start; its log:" >&2
        tail -n 20 "$data/$name.log" >&2 || true
        return 1
    fi
}

configure()
{
    local dir="$1" port="$2"
    cat >>"$dir/postgresql.conf" <<EOF
# Written by scripts/pg-cluster.sh: a throw-away cluster on this machine only.
listen_addresses = 'localhost'
port = $port
unix_socket_directories = '$data'
wal_level = replica
max_wal_senders = 10
hot_standby = on
hot_standby_feedback = on
fsync = off
synchronous_commit = on
full_page_writes = off
shared_buffers = 16MB
max_connections = 40
EOF
}

start_cluster()
{
    local replicas="$1" port primary_port
    mkdir -p "$state"
    # The servers' files go where their user can reach them: a state folder inside a build
    # tree under /root would not be.
    local base="${TMPDIR:-/tmp}"
    [ "$(id -u)" -eq 0 ] && base=/tmp
    data="$(mktemp -d "$base/converge-pg-data.XXXXXX")"
    echo "$data" >"$state/data-dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data"; fi
    : >"$data/ports"

    primary_port="$(free_port)"
    as_owner "$bin/initdb" -D "$data/primary" -U converge --auth=trust -E UTF8 --no-sync \
        >"$data/initdb.log" 2>&1 || {
        cat "$data/initdb.log" >&2
        die "initdb failed"
    }
    configure "$data/primary" "$primary_port"
    start_server "$data/primary" primary

    local strings=() i
    for i in $(seq 1 "$replicas"); do
        port="$(free_port)"
        as_owner "$bin/pg_basebackup" -h localhost -p "$primary_port" -U converge \
            -D "$data/replica-$i" -R -X stream --no-sync >>"$data/basebackup.log" 2>&1 || {
            cat "$data/basebackup.log" >&2
            die "pg_basebackup for replica-$i failed"
        }
        echo "port = $port" >>"$data/replica-$i/postgresql.conf"
        start_server "$data/replica-$i" "replica-$i"
        strings+=("$(conninfo "$port")")
    done

    local joined
    joined="$(IFS=';'; echo "${strings[*]}")"
    {
        printf 'CONVERGE_PG_PRIMARY=%q\n' "$(conninfo "$primary_port")"
        printf 'CONVERGE_PG_REPLICAS=%q\n' "$joined"
        printf 'CONVERGE_PG_BIN=%q\n' "$bin"
    } >"$state/cluster.env"
    CONVERGE_PG_PRIMARY="$(conninfo "$primary_port")"
    CONVERGE_PG_REPLICAS="$joined"
    CONVERGE_PG_BIN="$bin"
    export CONVERGE_PG_PRIMARY CONVERGE_PG_REPLICAS CONVERGE_PG_BIN
}

# Tears the cluster down once $1 (a PID) is gone, however it went.
start_watchdog()
{
    local owner="$1"
    (
        trap '' INT HUP
        while kill -0 "$owner" 2>/dev/null && [ -d "$state" ]; do
            sleep 1
        done
        stop_cluster
    ) </dev/null >/dev/null 2>&1 &
    echo $! >"$state/watchdog.pid"
}

command="${1:-}"
[ -n "$command" ] || usage
shift
state=""
data=""
replicas=2
owner_pid=""
while [ $# -gt 0 ]; do
    case "$1" in
    --state) state="$2"; shift 2 ;;
    --replicas) replicas="$2"; shift 2 ;;
    --owner-pid) owner_pid="$2"; shift 2 ;;
    --) shift; break ;;
    -h | --help) usage 0 ;;
    *) [ "$command" = run ] && break; die "unknown option: $1" ;;
    esac
done
if ! [[ "$replicas" =~ ^[0-9]+$ ]] || [ "$replicas" -gt 5 ]; then die "--replicas takes 0 to 5"; fi

case "$command" in
start | run)
    if ! bin="$(find_bin)"; then
        echo "pg-cluster: PostgreSQL is not installed (scripts/setup-debian.sh installs it)" >&2
        exit 77 # what ctest counts as skipped
    fi
    ;;
stop)
    [ -n "$state" ] || die "stop needs --state DIR"
    bin="$(find_bin)" || bin=/usr/bin
    stop_cluster
    exit 0
    ;;
-h | --help) usage 0 ;;
*) usage ;;
esac

if [ "$command" = start ]; then
    [ -n "$state" ] || die "start needs --state DIR"
    [ ! -e "$state/data-dir" ] || die "$state already holds a cluster (stop it first)"
    trap 'stop_cluster' ERR
    start_cluster "$replicas"
    trap - ERR
    # The watchdog guards the process that asked (a test runner passes its own PID) or nothing.
    [ -n "$owner_pid" ] && start_watchdog "$owner_pid"
    cat "$state/cluster.env"
    exit 0
fi

# run: the cluster lives exactly as long as the command.
[ $# -gt 0 ] || die "run needs a command after --"
state="$(mktemp -d "${TMPDIR:-/tmp}/converge-pg.XXXXXX")"
trap 'stop_cluster' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_cluster "$replicas"
start_watchdog "$$"
echo "pg-cluster: primary  $CONVERGE_PG_PRIMARY" >&2
echo "pg-cluster: replicas $CONVERGE_PG_REPLICAS" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
