#!/usr/bin/env bash
# The local cluster that scripts/pg-cluster.sh starts behaves as the PostgreSQL mode relies on:
# replicas stream from the primary, a write's LSN (an integer byte position) tells when a replica
# has it, recovery_min_apply_delay holds a replica back live, and pause/resume stop and restart
# applying while WAL keeps arriving. Every wait is on a condition with a generous deadline.
set -euo pipefail
state="$1"
if [ ! -f "$state/cluster.env" ]; then
    echo "SKIP: no cluster in $state (PostgreSQL is not installed; scripts/setup-debian.sh installs it)"
    exit 77
fi
# shellcheck disable=SC1091
source "$state/cluster.env"
IFS=';' read -ra replicas <<<"$CONVERGE_PG_REPLICAS"
[ "${#replicas[@]}" -ge 2 ] || { echo "FAIL: the cluster needs two replicas"; exit 1; }
r1="${replicas[0]}"
r2="${replicas[1]}"

q() { "$CONVERGE_PG_BIN/psql" "$1" -v ON_ERROR_STOP=1 -XAtqc "$2"; }
fail() { echo "FAIL: $*"; exit 1; }
# Waits until the query on the node prints "t", for at most $3 seconds.
wait_true()
{
    local node="$1" query="$2" limit="${3:-60}" deadline
    deadline=$((SECONDS + limit))
    while [ "$SECONDS" -lt "$deadline" ]; do
        [ "$(q "$node" "$query" 2>/dev/null || true)" = t ] && return 0
        sleep 0.05
    done
    return 1
}
# Writes a row on the primary and prints the WAL position after its commit, as an integer.
write_row()
{
    q "$CONVERGE_PG_PRIMARY" "insert into converge_probe values ($1);" >/dev/null
    q "$CONVERGE_PG_PRIMARY" "select pg_current_wal_insert_lsn() - '0/0'"
}
replayed() { echo "select pg_last_wal_replay_lsn() - '0/0' >= $1"; }
received() { echo "select pg_last_wal_receive_lsn() - '0/0' >= $1"; }
has_row() { q "$1" "select count(*) from converge_probe where id = $2"; }

# 1. Roles: one primary, two replicas streaming from it.
[ "$(q "$CONVERGE_PG_PRIMARY" "select pg_is_in_recovery()")" = f ] || fail "the primary is in recovery"
for r in "$r1" "$r2"; do
    [ "$(q "$r" "select pg_is_in_recovery()")" = t ] || fail "a replica is not in recovery: $r"
done
wait_true "$CONVERGE_PG_PRIMARY" \
    "select count(*) = ${#replicas[@]} from pg_stat_replication where state = 'streaming'" ||
    fail "the replicas are not all streaming"
echo "ok: a primary and ${#replicas[@]} streaming replicas"

# 2. A write reaches both replicas, and its LSN says when.
q "$CONVERGE_PG_PRIMARY" "drop table if exists converge_probe; create table converge_probe (id int primary key);"
lsn="$(write_row 1)"
[[ "$lsn" =~ ^[0-9]+$ ]] || fail "the LSN is not an integer: $lsn"
for r in "$r1" "$r2"; do
    wait_true "$r" "$(replayed "$lsn")" || fail "a replica never replayed LSN $lsn"
    [ "$(has_row "$r" 1)" = 1 ] || fail "replayed LSN $lsn but lacks the row"
done
echo "ok: write at LSN $lsn is on both replicas once their replay LSN reaches it"

# 3. recovery_min_apply_delay, changed live, holds replica-1 back and lets go when lowered.
q "$r1" "alter system set recovery_min_apply_delay = '1h'" >/dev/null
q "$r1" "select pg_reload_conf()" >/dev/null
wait_true "$r1" "select current_setting('recovery_min_apply_delay') = '1h'" 30 ||
    fail "the delay did not take effect"
lsn="$(write_row 2)"
wait_true "$r2" "$(replayed "$lsn")" || fail "replica-2 never replayed LSN $lsn"
wait_true "$r1" "$(received "$lsn")" || fail "replica-1 never received LSN $lsn"
[ "$(has_row "$r1" 2)" = 0 ] || fail "the delayed replica applied the write"
[ "$(q "$r1" "$(replayed "$lsn")")" = f ] || fail "the delayed replica's replay LSN passed $lsn"
q "$r1" "alter system reset recovery_min_apply_delay" >/dev/null
q "$r1" "select pg_reload_conf()" >/dev/null
wait_true "$r1" "$(replayed "$lsn")" || fail "lowering the delay did not release LSN $lsn"
[ "$(has_row "$r1" 2)" = 1 ] || fail "released but lacks the row"
echo "ok: a 1 h apply delay holds the write back on replica-1 only; resetting it releases the write"

# 4. Pause and resume: WAL keeps arriving, nothing is applied until resumed.
q "$r2" "select pg_wal_replay_pause()" >/dev/null
wait_true "$r2" "select pg_get_wal_replay_pause_state() = 'paused'" || fail "replica-2 did not pause"
lsn="$(write_row 3)"
wait_true "$r2" "$(received "$lsn")" || fail "the paused replica stopped receiving"
[ "$(has_row "$r2" 3)" = 0 ] || fail "the paused replica applied the write"
q "$r2" "select pg_wal_replay_resume()" >/dev/null
wait_true "$r2" "$(replayed "$lsn")" || fail "resume did not apply LSN $lsn"
[ "$(has_row "$r2" 3)" = 1 ] || fail "resumed but lacks the row"
echo "ok: a paused replica receives but does not apply; resume applies"
