#!/usr/bin/env bash
# Runs README's test command (scripts/test.sh) on a fresh Debian 13 (Qt 6.8) in a chroot, so CI
# proves the build and the test suite on Qt 6.8 as well as on the host's Debian 12 (Qt 6.4).
#
# Needs root. The chroot gets a clean copy of the committed tree (git archive HEAD), never the
# work tree or its build folders. Only the bare debootstrap base, downloaded packages and the
# compiler cache are kept between runs (under $CONVERGE_DEBIAN13_CACHE); the packages themselves
# are installed by scripts/setup-debian.sh inside every fresh chroot, as on a new machine.
#
# Environment: CONVERGE_DEBIAN13_CACHE (default /var/cache/converge-debian13),
# CONVERGE_DEBIAN13_FRESH=1 to bootstrap the base again, CONVERGE_DEBIAN13_KEEP=1 to keep the
# chroot afterwards (unmounted) for a closer look, CONVERGE_DEBIAN_MIRROR,
# CONVERGE_DEBIAN13_TIMEOUT (minutes for the run inside the chroot, default 50: CI's whole budget
# is 90 minutes on 2 cores).
#
# Nothing reads stdin (CI has none). Exits non-zero on any failure, and always ends with one line
# saying passed or FAILED and how long it took.
set -euo pipefail
# One compound command: bash reads all of it before running any, so a checkout that changes this
# file during a run (it takes long) cannot make the running copy read from the wrong offset.
{
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
started=$SECONDS

exec </dev/null

if [ "$(id -u)" -ne 0 ]; then
  echo "test-debian13: FAILED: needs root (debootstrap, chroot, mount)" >&2
  exit 1
fi

suite=trixie
# The archive this machine's own apt uses (debian.sources or sources.list); debootstrap's
# default when there is none.
host_mirror() {
  local uri
  uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 ~ /\/debian$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  echo "$uri"
}
mirror="${CONVERGE_DEBIAN_MIRROR:-$(host_mirror)}"
cache="${CONVERGE_DEBIAN13_CACHE:-/var/cache/converge-debian13}"
base="$cache/base-$suite-minbase.tar"
timeout_minutes="${CONVERGE_DEBIAN13_TIMEOUT:-50}"
mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial" "$cache/ccache"

if ! command -v debootstrap >/dev/null 2>&1; then
  echo "test-debian13: installing debootstrap"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends debootstrap
fi

dir="$(mktemp -d /var/tmp/converge-debian13.XXXXXX)"
mounted=()

# Processes started inside the chroot (a test's D-Bus daemon, a hung test) keep its mounts busy.
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
    echo "test-debian13: mounts left under $dir; not removing it" >&2
    return
  fi
  if [ "${CONVERGE_DEBIAN13_KEEP:-0}" = 1 ]; then
    echo "test-debian13: kept the chroot in $dir"
    return
  fi
  rm -rf --one-file-system "$dir"
}
trap cleanup EXIT
# An interrupted or terminated run still unmounts and removes the chroot (bash runs the EXIT trap
# on exit, not when killed by a signal it does not trap).
trap 'echo "test-debian13: FAILED: interrupted" >&2; exit 130' INT
trap 'echo "test-debian13: FAILED: terminated" >&2; exit 143' TERM

bind() { # bind SOURCE TARGET-IN-CHROOT
  local target="$dir/$2"
  mkdir -p "$target"
  mount --bind "$1" "$target"
  mounted+=("$target")
}

if [ -f "$base" ] && [ "${CONVERGE_DEBIAN13_FRESH:-0}" != 1 ]; then
  echo "test-debian13: unpacking the cached $suite base ($base)"
  tar -xpf "$base" -C "$dir"
else
  echo "test-debian13: debootstrap --variant=minbase $suite from ${mirror:-the default mirror}"
  debootstrap --variant=minbase --cache-dir="$cache/apt-archives" "$suite" "$dir" ${mirror:+"$mirror"} \
    >"$cache/debootstrap.log" 2>&1 || {
    tail -n 30 "$cache/debootstrap.log" >&2
    echo "test-debian13: FAILED: debootstrap (log: $cache/debootstrap.log)" >&2
    exit 1
  }
  tar -cpf "$base.tmp" -C "$dir" . && mv "$base.tmp" "$base"
fi

# The chroot's "/" comes from mktemp (and the cached base keeps that 0700): open it, or every
# user but root is locked out (the PostgreSQL tests run their servers as 'postgres').
chmod 755 "$dir"

# Services must not start inside the chroot when their packages are installed.
printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
chmod +x "$dir/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$dir/etc/resolv.conf"

mkdir -p "$dir/src"
git -C "$root" archive --format=tar HEAD | tar -x -C "$dir/src"

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
# Package lists too: apt-get update then only checks that they are current.
bind "$cache/apt-lists" var/lib/apt/lists
bind "$cache/ccache" root/.cache/ccache

echo "test-debian13: running scripts/test.sh inside Debian $(cat "$dir/etc/debian_version")"
status=0
timeout --kill-after=60 "$((timeout_minutes * 60))" \
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
  CCACHE_DIR=/root/.cache/ccache \
  bash -c 'cd /src && bash scripts/test.sh && ccache --show-stats 2>/dev/null | grep -i "hits" | head -n 1' ||
  status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "test-debian13: stopped after ${timeout_minutes} minutes (CONVERGE_DEBIAN13_TIMEOUT)" >&2
fi

minutes=$(((SECONDS - started) / 60))
seconds=$(((SECONDS - started) % 60))
if [ "$status" -eq 0 ]; then
  echo "test-debian13: passed on Debian 13 in ${minutes}m${seconds}s"
else
  echo "test-debian13: FAILED on Debian 13 (exit $status) after ${minutes}m${seconds}s" >&2
fi
exit "$status"
}
