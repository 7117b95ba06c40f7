#!/usr/bin/env bash
# Keeps each man page in step with its program's --help: the OPTIONS section lists exactly the
# options --help lists (both ways), with the same value names. Each page must also have the
# sections a reader looks for.
#
# Usage: check_manpages.sh MAN_DIR PROGRAM...   (MAN_DIR holds PROGRAM.1 for each)
set -euo pipefail
man_dir=$1
shift
failures=0

# "  -h, --help   Displays…" → "-h --help"; "  --port <port>  TCP…" → "--port port".
help_options() {
  "$1" --help | sed -n 's/^  \(-[^ ].*\)$/\1/p' | sed 's/   *.*$//; s/[<>,]//g; s/  */ /g'
}

# The line after each .TP in OPTIONS: ".BR \-h ", " \-\-help" → "-h --help";
# ".BI \-\-port " port"" → "--port port".
man_options() {
  awk '/^\.SH /{ in_options = ($2 == "OPTIONS") } in_options && after_tp { print; after_tp = 0 }
       in_options && /^\.TP/{ after_tp = 1 }' "$1" |
    sed 's/^\.[A-Z]* //; s/\\-/-/g; s/[",]//g; s/  */ /g; s/^ //; s/ $//'
}

for program in "$@"; do
  name=$(basename "$program")
  page="$man_dir/$name.1"
  if [ ! -f "$page" ]; then
    echo "FAIL: no man page $page" >&2
    failures=$((failures + 1))
    continue
  fi
  from_help=$(help_options "$program" | sort)
  if [ -z "$from_help" ]; then
    echo "FAIL: $name --help lists no options" >&2
    failures=$((failures + 1))
    continue
  fi
  from_man=$(man_options "$page" | sort)
  missing=$(comm -23 <(echo "$from_help") <(echo "$from_man"))
  unknown=$(comm -13 <(echo "$from_help") <(echo "$from_man"))
  if [ -n "$missing" ]; then
    echo "FAIL: $name.1 lacks what --help lists:" >&2
    echo "$missing" | sed 's/^/    /' >&2
    failures=$((failures + 1))
  fi
  if [ -n "$unknown" ]; then
    echo "FAIL: $name.1 lists what --help does not:" >&2
    echo "$unknown" | sed 's/^/    /' >&2
    failures=$((failures + 1))
  fi
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS "SEE ALSO"; do
    grep -q "^\.SH \"\?$section\"\?$" "$page" || {
      echo "FAIL: $name.1 has no $section section" >&2
      failures=$((failures + 1))
    }
  done
  grep -q "^\.TH $(echo "$name" | tr '[:lower:]' '[:upper:]') 1 " "$page" || {
    echo "FAIL: $name.1 does not start with .TH for section 1" >&2
    failures=$((failures + 1))
  }
  [ -n "$missing$unknown" ] || echo "$name.1: $(echo "$from_help" | wc -l) options, as in --help"
done
[ "$failures" -eq 0 ] || exit 1
