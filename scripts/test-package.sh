#!/usr/bin/env bash
# Builds the Debian package (Release, in build-package/) and installs it on a fresh Debian 12 in a
# chroot, the way a facilitator would on each laptop: `apt install ./converge_*.deb`. Then, in the
# chroot: the three programs answer --help, converge shows its window under Xvfb with its embedded
# backend, a shipped scenario runs headless from /usr/share/converge and passes, the desktop entry
# and the metainfo validate, and the package removes cleanly.
#
# Needs root. The chroot only ever sees the .deb, never the source tree. The bare debootstrap base
# and the downloaded packages are kept between runs (under $CONVERGE_DEBIAN12_CACHE) the way
# scripts/test-debian13.sh keeps Debian 13's; everything else is made fresh each run.
#
# Environment: CONVERGE_DEBIAN12_CACHE (default /var/cache/converge-debian12),
# CONVERGE_DEBIAN12_FRESH=1 to bootstrap the base again, CONVERGE_DEBIAN12_KEEP=1 to keep the
# chroot afterwards (unmounted), CONVERGE_DEBIAN_MIRROR, CONVERGE_PACKAGE_BUILD_DIR (default
# build-package), CONVERGE_PACKAGE_REUSE_BUILD=1 to pack that finished build as it is,
# CONVERGE_PACKAGE_DEB=FILE to test that package instead of building one,
# CONVERGE_PACKAGE_TIMEOUT (minutes for the checks inside the chroot, default 15).
#
# Nothing reads stdin (CI has none). Exits non-zero on any failure, and always ends with one line
# saying passed or FAILED and how long it took.
set -euo pipefail
# One compound command: bash reads all of it before running any, so a checkout that changes this
# file during a run cannot make the running copy read from the wrong offset.
{
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
started=$SECONDS

exec </dev/null

say() { echo "test-package: $*"; }
finish() { # finish STATUS
  local minutes=$(((SECONDS - started) / 60)) seconds=$(((SECONDS - started) % 60))
  if [ "$1" -eq 0 ]; then
    say "passed on Debian 12 in ${minutes}m${seconds}s"
  else
    echo "test-package: FAILED (exit $1) after ${minutes}m${seconds}s" >&2
  fi
  exit "$1"
}

if [ "$(id -u)" -ne 0 ]; then
  echo "test-package: FAILED: needs root (debootstrap, chroot, mount)" >&2
  exit 1
fi

suite=bookworm
# The archive this machine's own apt uses (debian.sources or sources.list); debootstrap's
# default when there is none.
host_mirror() {
  local uri
  uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 ~ /\/debian$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  echo "$uri"
}
mirror="${CONVERGE_DEBIAN_MIRROR:-$(host_mirror)}"
mirror="${mirror:-http://deb.debian.org/debian}"
cache="${CONVERGE_DEBIAN12_CACHE:-/var/cache/converge-debian12}"
base="$cache/base-$suite-minbase.tar"
build="${CONVERGE_PACKAGE_BUILD_DIR:-$root/build-package}"
timeout_minutes="${CONVERGE_PACKAGE_TIMEOUT:-15}"
mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"

# Building the package needs dpkg-shlibdeps (dpkg-dev); the chroot needs debootstrap.
tools=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || tools+=(dpkg-dev)
command -v debootstrap >/dev/null 2>&1 || tools+=(debootstrap)
if [ ${#tools[@]} -gt 0 ]; then
  say "installing ${tools[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${tools[@]}"
fi

# The package: Release, without tests or benchmarks, /usr as its prefix. Logs stay in $build.
# With CONVERGE_PACKAGE_REUSE_BUILD=1, $build is a finished build of any type (CI passes README's
# build/default, RelWithDebInfo) and is only packed: cpack installs the same files either way and
# strips them, and CI spends no third full build on it.
build_package() {
  if [ "${CONVERGE_PACKAGE_REUSE_BUILD:-0}" = 1 ]; then
    [ -f "$build/CPackConfig.cmake" ] || {
      echo "test-package: FAILED: $build is not a configured build (no CPackConfig.cmake)" >&2
      finish 1
    }
    say "packing the finished build in $build"
    pack_package
    return
  fi
  say "building the package in $build"
  mkdir -p "$build"
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR=1
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCONVERGE_BUILD_TESTS=OFF -DCONVERGE_BUILD_BENCHMARKS=OFF >"$build/configure.log" 2>&1 || {
    tail -n 30 "$build/configure.log" >&2
    finish 1
  }
  nice cmake --build "$build" -j2 >"$build/build.log" 2>&1 || {
    tail -n 30 "$build/build.log" >&2
    finish 1
  }
  pack_package
}
pack_package() {
  rm -f "$build"/converge_*.deb
  (cd "$build" && cpack -G DEB >"$build/cpack.log" 2>&1) || {
    tail -n 30 "$build/cpack.log" >&2
    finish 1
  }
}
if [ -n "${CONVERGE_PACKAGE_DEB:-}" ]; then
  deb=$(realpath "$CONVERGE_PACKAGE_DEB")
  say "testing the given package (not building one)"
else
  build_package
  deb=$(ls "$build"/converge_*.deb)
fi
say "package $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(dpkg-deb -f "$deb" Depends | sed 's/^/Depends: /')"

dir="$(mktemp -d /var/tmp/converge-debian12.XXXXXX)"
mounted=()

# Processes started inside the chroot (Xvfb, a converge that did not quit) keep its mounts busy.
kill_chroot_processes() {
  local link pid
  for link in /proc/[0-9]*/root; do
    if [ "$(readlink "$link" 2>/dev/null)" = "$dir" ]; then
      pid="${link#/proc/}"
      kill -KILL "${pid%/root}" 2>/dev/null || true
    fi
  done
}

cleanup() {
  local i
  kill_chroot_processes
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  # Never delete through a mount that is still there (it could be the host's /dev or /proc).
  if findmnt -rn -o TARGET | grep -q "^$dir/"; then
    echo "test-package: mounts left under $dir; not removing it" >&2
    return
  fi
  if [ "${CONVERGE_DEBIAN12_KEEP:-0}" = 1 ]; then
    say "kept the chroot in $dir"
    return
  fi
  rm -rf --one-file-system "$dir"
}
trap cleanup EXIT
trap 'echo "test-package: FAILED: interrupted" >&2; exit 130' INT
trap 'echo "test-package: FAILED: terminated" >&2; exit 143' TERM

bind() { # bind SOURCE TARGET-IN-CHROOT
  local target="$dir/$2"
  mkdir -p "$target"
  mount --bind "$1" "$target"
  mounted+=("$target")
}

if [ -f "$base" ] && [ "${CONVERGE_DEBIAN12_FRESH:-0}" != 1 ]; then
  say "unpacking the cached $suite base ($base)"
  tar -xpf "$base" -C "$dir"
else
  say "debootstrap --variant=minbase $suite from $mirror"
  debootstrap --variant=minbase --cache-dir="$cache/apt-archives" "$suite" "$dir" "$mirror" \
    >"$cache/debootstrap.log" 2>&1 || {
    tail -n 30 "$cache/debootstrap.log" >&2
    echo "test-package: debootstrap failed (log: $cache/debootstrap.log)" >&2
    finish 1
  }
  tar -cpf "$base.tmp" -C "$dir" . && mv "$base.tmp" "$base"
fi

# A fresh Debian 12 as installed: the release with its updates and security updates.
cat >"$dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${CONVERGE_DEBIAN_SECURITY_MIRROR:-${mirror%/debian}/debian-security} $suite-security main
EOF
# The chroot's "/" comes from mktemp (and the cached base keeps that 0700): open it, or every
# user but root is locked out, and a package is for every user.
chmod 755 "$dir"

# Services must not start inside the chroot when their packages are installed.
printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
chmod +x "$dir/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$dir/etc/resolv.conf"
mkdir -p "$dir/root/package"
cp "$deb" "$dir/root/package/"

mkdir -p "$dir/proc" "$dir/sys" "$dir/dev"
mount -t proc proc "$dir/proc"
mounted+=("$dir/proc")
mount -t sysfs sysfs "$dir/sys"
mounted+=("$dir/sys")
bind /dev dev
bind /dev/pts dev/pts
mount -t tmpfs tmpfs "$dir/dev/shm"
mounted+=("$dir/dev/shm")
bind "$cache/apt-archives" var/cache/apt/archives
bind "$cache/apt-lists" var/lib/apt/lists

# What runs inside: each check says what it checks; the first failure ends the run.
cat >"$dir/root/check-package.sh" <<'CHECKS'
set -euo pipefail
say() { echo "test-package [chroot]: $*"; }
export XDG_RUNTIME_DIR=/run/user/0
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
cd /root/package
apt-get update -qq
say "apt install ./$(ls converge_*.deb)"
apt-get install -y -qq ./converge_*.deb >/root/apt-converge.log 2>&1 || {
  tail -n 30 /root/apt-converge.log >&2
  exit 1
}
for program in converge converge-backend converge-gallery; do
  "$program" --help >/dev/null || { echo "$program --help failed" >&2; exit 1; }
  [ -f "/usr/share/man/man1/$program.1" ] || { echo "no man page for $program" >&2; exit 1; }
done
say "converge, converge-backend and converge-gallery answer --help"
# The catalogues ride inside the executables; Qt's own German words come with the package's
# Recommends (qt6-translations-l10n).
CONVERGE_LANG=de converge --help | grep -q "Seed des eingebetteten Backends" ||
  { echo "converge --help is not German with CONVERGE_LANG=de" >&2; exit 1; }
[ -f /usr/share/qt6/translations/qtbase_de.qm ] ||
  { echo "Qt's own German words (qt6-translations-l10n) were not installed" >&2; exit 1; }
say "converge speaks German (its catalogue and Qt's)"

# The tools for the checks come after the package, so they cannot supply what it lacks.
apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils desktop-file-utils appstream \
  >/root/apt-tools.log 2>&1 || {
  tail -n 30 /root/apt-tools.log >&2
  exit 1
}
desktop-file-validate /usr/share/applications/io.github.converge.Converge.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.converge.Converge.metainfo.xml
say "the desktop entry and the metainfo validate"

# The window, under Xvfb, with the embedded backend (check-window.sh, below).
xvfb-run -a -s "-screen 0 1280x800x24" bash /root/check-window.sh
say "converge shows its main window under Xvfb, its embedded backend listening"

status=0
converge --headless --scenario /usr/share/converge/scenarios/profile-photo-four-ways.json \
  --out /root/run >/root/headless.log 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -s /root/run/session.jsonl ]; then
  cat /root/headless.log >&2
  echo "the shipped scenario failed headless (exit $status)" >&2
  exit 1
fi
say "the shipped profile-photo-four-ways scenario passes headless: $(grep PASSED /root/headless.log)"

apt-get remove -y -qq converge >/root/apt-remove.log 2>&1
if [ -e /usr/bin/converge ] || [ -e /usr/share/converge ]; then
  echo "apt remove converge left files behind" >&2
  exit 1
fi
say "the package removes cleanly"
CHECKS

# Waits (generously) until converge, still running, has mapped its main window and its embedded
# backend listens on a TCP port.
cat >"$dir/root/check-window.sh" <<'WINDOW'
set -euo pipefail
converge --seed 7 >/root/window.log 2>&1 &
pid=$!
listens() { # a socket of converge's in LISTEN state (0A) in /proc/net/tcp or tcp6
  local inodes
  inodes=$(ls -l "/proc/$pid/fd" 2>/dev/null | sed -n 's/.*socket:\[\([0-9]*\)\]$/\1/p' | tr '\n' ' ')
  [ -n "$inodes" ] || return 1
  awk -v inodes="$inodes" '
    BEGIN { n = split(inodes, list, " "); for (i = 1; i <= n; i++) mine[list[i]] = 1 }
    $4 == "0A" && ($10 in mine) { found = 1 }
    END { exit !found }' $(ls /proc/net/tcp /proc/net/tcp6 2>/dev/null)
}
for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "converge quit before showing its window:" >&2
    cat /root/window.log >&2
    exit 1
  fi
  # The main window by its title and class, not a "Converge can't start" message box.
  if xwininfo -root -tree 2>/dev/null | grep -q '"Converge": ("converge"' && listens; then
    kill "$pid"
    wait "$pid" || true
    exit 0
  fi
  sleep 0.5
done
echo "converge showed no window with a listening backend within 2 minutes:" >&2
cat /root/window.log >&2
kill "$pid"
exit 1
WINDOW

say "installing and checking inside Debian $(cat "$dir/etc/debian_version")"
status=0
timeout --kill-after=60 "$((timeout_minutes * 60))" \
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  bash /root/check-package.sh || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "test-package: stopped after ${timeout_minutes} minutes (CONVERGE_PACKAGE_TIMEOUT)" >&2
fi
finish "$status"
}
