#!/usr/bin/env bash
# Refreshes the catalogues from the sources (docs/translations.md): every tr() word that is new
# appears in translations/converge_de.ts as unfinished, ready for Qt Linguist or an editor; words
# no longer in the sources are dropped. translations/converge_en.ts keeps only English plural
# forms. The build turns both into .qm files; tst_translations names what is still untranslated.
#
# Usage: scripts/update-translations.sh [--into DIR]
#   --into DIR  update copies in DIR instead of the files in translations/ (the test uses it)
# LUPDATE=/path/to/lupdate overrides where lupdate is looked for.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
into=$root/translations
if [ "${1:-}" = "--into" ]; then
  into=$2
  for ts in "$root"/translations/*.ts; do cp "$ts" "$into/"; done
fi

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in lupdate6 /usr/lib/qt6/bin/lupdate "$(command -v qtpaths6 >/dev/null 2>&1 &&
      qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate" lupdate; do
    if command -v "$candidate" >/dev/null 2>&1; then lupdate=$candidate; break; fi
  done
fi
if [ -z "$lupdate" ]; then
  echo "update-translations: lupdate not found; install qt6-l10n-tools (scripts/setup-debian.sh)" >&2
  exit 1
fi

cd "$root"
mapfile -t dirs < translations/source-dirs.txt
options=(-I . -locations none -no-obsolete -silent)
"$lupdate" "${dirs[@]}" "${options[@]}" -ts "$into/converge_de.ts"
"$lupdate" "${dirs[@]}" "${options[@]}" -pluralonly -ts "$into/converge_en.ts"
echo "update-translations: refreshed $into/converge_de.ts and $into/converge_en.ts"
