#!/usr/bin/env bash
# Installs the Debian 12 packages Converge needs to build and to run its tests headless.
# Idempotent: only missing packages are installed, and the script says which ones.
set -euo pipefail

packages=(
  cmake g++ make ninja-build clang-format ccache
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-image-formats-plugins libqt6svg6
  xvfb xauth dbus-daemon dbus-bin dbus-x11 at-spi2-core python3-pyatspi python3-gi orca
  fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev
  # Translations (docs/translations.md): lupdate/lrelease, Qt's LinguistTools CMake package, and
  # Qt's own German words (standard buttons and dialogs). The same names on Debian 12 and 13.
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  # Qt's PostgreSQL driver for the PostgreSQL store mode (docs/postgres.md); it loads libpq.
  libqt6sql6-psql
)
# A real primary with streaming replicas for the PostgreSQL tests (scripts/pg-cluster.sh): the
# release's own server, not the metapackages, which can upgrade shared client packages.
. /etc/os-release
case "${VERSION_ID:-}" in
  12) packages+=(postgresql-15 postgresql-client-15) ;;
  13) packages+=(postgresql-17 postgresql-client-17) ;;
  *) packages+=(postgresql) ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} required Debian packages are already installed."
  exit 0
fi

echo "setup: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done."
