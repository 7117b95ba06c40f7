#!/usr/bin/env bash
# The three screens' main shipped scenarios, headless, with the embedded backend on the real
# cluster (--store postgres; the connection strings come from with-cluster.sh). Each must hold
# every expectation, as it does on the simulation: the patterns behave the same on real
# replication. Screenshots and session exports land in OUT/<scenario>/ for a look.
#   pg_headless_screens.sh APP OUT SCENARIO.json...
set -euo pipefail
app="$1"
out="$2"
shift 2
status=0
for scenario in "$@"; do
    name="$(basename "$scenario" .json)"
    rm -rf "${out:?}/$name"
    mkdir -p "$out/$name"
    echo "== $name on PostgreSQL"
    # Each run in a schema of its own: nothing a run leaves behind reaches the next.
    if ! QT_QPA_PLATFORM=offscreen "$app" --store postgres --pg-schema "headless_${name//-/_}" \
        --scenario "$scenario" --headless --out "$out/$name"; then
        echo "FAIL: $name did not hold its expectations on PostgreSQL"
        status=1
    fi
done
exit "$status"
