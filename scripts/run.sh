#!/usr/bin/env bash
# Installs what is missing, builds Converge and starts it with its embedded backend.
# Extra arguments go to the app, e.g. scripts/run.sh --backend http://127.0.0.1:8080
#
# scripts/run.sh --store postgres starts a throw-away PostgreSQL primary with two streaming
# replicas (scripts/pg-cluster.sh) and the app against it, and removes the cluster when the app
# ends. With --pg-primary (or CONVERGE_PG_PRIMARY) the app uses that database instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup-debian.sh
echo "run: configuring and building (preset 'default')…"
cmake --preset default >/dev/null
cmake --build --preset default

postgres=false
own_database=false
previous=
for arg in "$@"; do
  case "$arg" in
    --store=postgres) postgres=true ;;
    postgres) [ "$previous" = --store ] && postgres=true ;;
    --pg-primary|--pg-primary=*) own_database=true ;;
  esac
  previous=$arg
done
[ -n "${CONVERGE_PG_PRIMARY:-}" ] && own_database=true

if $postgres && ! $own_database; then
  echo "run: starting a local PostgreSQL primary with two replicas for --store postgres…"
  exec scripts/pg-cluster.sh run -- build/default/app/converge "$@"
fi
exec build/default/app/converge "$@"
