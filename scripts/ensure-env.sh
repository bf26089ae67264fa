#!/usr/bin/env bash
# Installs what a fresh machine lacks: npm packages, and for the tests Debian's
# Chromium (Playwright may not download browsers here), FreeDict's deu-eng, ita-eng
# and eng-ita dictionaries and LibreOffice's thesauri (the glossary and thesaurus
# tests rebuild committed data from them).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm packages"
  # Not `npm ci`: it insists on lock entries for @swc/core's per-platform builds (pulled in
  # by next-intl), which this registry does not serve. `install --no-save` follows the lock
  # just the same and leaves it untouched.
  npm install --no-audit --no-fund --no-save
fi

[ "${1:-}" = "--with-test-tools" ] || exit 0

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -f /usr/share/dictd/freedict-deu-eng.index ] || missing+=(dict-freedict-deu-eng)
[ -f /usr/share/dictd/freedict-ita-eng.index ] || missing+=(dict-freedict-ita-eng)
[ -f /usr/share/dictd/freedict-eng-ita.index ] || missing+=(dict-freedict-eng-ita)
# LibreOffice's thesauri: the thesaurus test rebuilds public/lexicon/*.thes from them.
[ -f /usr/share/mythes/th_de_DE_v2.dat ] || missing+=(mythes-de)
[ -f /usr/share/mythes/th_it_IT_v2.dat ] || missing+=(mythes-it)
[ -f /usr/share/mythes/th_en_US_v2.dat ] || missing+=(mythes-en-us)
if [ ${#missing[@]} -gt 0 ]; then
  echo "› installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
