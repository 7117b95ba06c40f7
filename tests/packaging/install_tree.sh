#!/usr/bin/env bash
# Installs the build into a fresh prefix outside the build tree and checks what a desktop
# expects to find there, then runs the installed converge headless: once with a shipped scenario
# from share/converge (it uploads shipped sample photos), once with share/converge moved away,
# which must fail for want of the photos, proving the data comes from the prefix and not from
# the program or the source tree.
#
# Usage: install_tree.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail
build=$1 src=$2 version=$3 id=$4
scenario=profile-photo-four-ways.json

work=$(mktemp -d "${TMPDIR:-/tmp}/converge-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
need() { # need PATH-IN-PREFIX...
  local f
  for f in "$@"; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
  done
}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" || {
  cat "$work/install.log" >&2
  echo "FAIL: cmake --install" >&2
  exit 1
}

# The three programs, and nothing else in bin/ (no tests, no developer tools).
for program in converge converge-backend converge-gallery; do
  [ -x "$prefix/bin/$program" ] || fail "bin/$program is missing or not executable"
done
extra=$(ls "$prefix/bin" | grep -vxE 'converge|converge-backend|converge-gallery' || true)
[ -z "$extra" ] || fail "unexpected programs in bin/: $extra"
[ ! -e "$prefix/include" ] || fail "headers installed"
[ -z "$(find "$prefix" -name '*.a')" ] || fail "static libraries installed"

need "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$id.svg" \
  share/man/man1/converge.1 share/man/man1/converge-backend.1 share/man/man1/converge-gallery.1
for size in 16 24 32 48 64 128 256; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
  if [ ! -f "$png" ]; then
    fail "no ${size}x${size} icon"
    continue
  fi
  # A PNG's IHDR holds width and height as big-endian 32-bit numbers at bytes 16 and 20.
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "${size}x${size} icon is ${w}x${h}"
done

# Every shipped scenario and sample photo of the source tree is installed.
for f in "$src"/resources/scenarios/*.json; do
  need "share/converge/scenarios/$(basename "$f")"
done
for f in "$src"/resources/photos/samples/*.jpg; do
  need "share/converge/photos/samples/$(basename "$f")"
done

# The desktop entry, the metainfo and the icon name one id; the entry starts an installed program.
desktop="$prefix/share/applications/$id.desktop"
metainfo="$prefix/share/metainfo/$id.metainfo.xml"
if [ -f "$desktop" ] && [ -f "$metainfo" ]; then
  grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
  exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$prefix/bin/$exec_program" ] || fail "the desktop entry runs $exec_program, not installed"
  grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $id.desktop"
  grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
  shots=$(sed -n 's|.*<image>.*/\([^/<]*\)</image>.*|\1|p' "$metainfo")
  [ -n "$shots" ] || fail "the metainfo has no screenshots"
  for shot in $shots; do
    [ -f "$src/docs/images/$shot" ] || fail "screenshot $shot is not in docs/images"
  done
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
  else
    echo "note: desktop-file-validate not installed (desktop-file-utils); not validated"
  fi
  if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"
  else
    echo "note: appstreamcli not installed (appstream); not validated"
  fi
fi

# The installed app, with no other place to find data: its own XDG folders are empty.
mkdir -p "$work/home" "$work/xdg-data" "$work/xdg-dirs" "$work/xdg-config"
run_installed() { # run_installed SCENARIO OUTDIR LOG
  env HOME="$work/home" XDG_DATA_HOME="$work/xdg-data" XDG_DATA_DIRS="$work/xdg-dirs" \
    XDG_CONFIG_HOME="$work/xdg-config" QT_QPA_PLATFORM=offscreen \
    "$prefix/bin/converge" --headless --scenario "$1" --out "$2" --timeout 120 >"$3" 2>&1
}
status=0
run_installed "$prefix/share/converge/scenarios/$scenario" "$work/out" "$work/run.log" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/run.log" >&2
  fail "the installed converge ran the shipped $scenario with exit $status, not 0"
fi

cp "$src/tests/packaging/data/one-upload.json" "$work/one-upload.json"
mv "$prefix/share/converge" "$work/moved-away"
status=0
run_installed "$work/one-upload.json" "$work/out-missing" "$work/missing.log" || status=$?
if [ "$status" -ne 1 ] || ! grep -q 'there is no sample photo' "$work/missing.log"; then
  cat "$work/missing.log" >&2
  fail "without share/converge the run should fail for want of the sample photo (exit $status)"
fi
grep -q 'sample photos were not found' "$work/missing.log" ||
  fail "without share/converge the app does not say where it looked"

if [ "$failures" -ne 0 ]; then
  echo "install tree: $failures failure(s)" >&2
  exit 1
fi
echo "install tree: passed"
