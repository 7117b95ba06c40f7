#!/usr/bin/env bash
# Installs what is missing, builds Converge and runs the whole test suite headless.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
# Configure, build and test in one step (CMakePresets.json, workflow 'default').
cmake --workflow --preset default
