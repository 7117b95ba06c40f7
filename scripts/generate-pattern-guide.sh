#!/usr/bin/env bash
# Regenerates the pattern guide (docs/patterns/) from its hand-written pages (docs/patterns/src/)
# and headless runs of the shipped scenarios they show: pages, index and pictures. A minute or two.
#
# Usage: scripts/generate-pattern-guide.sh [--check] [--text-only] [--all] [--jobs N]
#   --check      write into a temporary folder and fail when an expectation of a scenario the
#                guide shows no longer holds, or a committed page's text is out of date (CTest
#                runs this as pattern_guide)
#   --text-only  run no scenario: only the pages' text
#   --all        also run the shipped scenarios no page shows (their expectations must hold too)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup-debian.sh
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
if [ ! -f build/default/CMakeCache.txt ]; then
  cmake --preset default
fi
cmake --build --preset default --target converge converge-pattern-guide
QT_QPA_PLATFORM=offscreen exec build/default/tools/pattern-guide/converge-pattern-guide "$@"
