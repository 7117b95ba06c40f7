#!/usr/bin/env bash
# Installs what is missing, builds Converge and starts it with its embedded backend.
# Extra arguments go to the app, e.g. scripts/run.sh --backend http://127.0.0.1:8080
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup-debian.sh
echo "run: configuring and building (preset 'default')…"
cmake --preset default >/dev/null
cmake --build --preset default
exec build/default/app/converge "$@"
