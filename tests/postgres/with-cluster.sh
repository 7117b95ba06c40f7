#!/usr/bin/env bash
# Runs a command with the connection strings of the cluster that pg_cluster_start left in STATE
# (CONVERGE_PG_PRIMARY, CONVERGE_PG_REPLICAS, CONVERGE_PG_BIN); skips (77) when there is none.
#   with-cluster.sh STATE COMMAND...
set -euo pipefail
state="$1"
shift
if [ ! -f "$state/cluster.env" ]; then
    echo "SKIP: no cluster in $state (PostgreSQL is not installed; scripts/setup-debian.sh installs it)"
    exit 77
fi
set -a
# shellcheck disable=SC1091
source "$state/cluster.env"
set +a
exec "$@"
