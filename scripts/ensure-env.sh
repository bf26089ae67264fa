#!/usr/bin/env bash
# Installs what a fresh machine lacks: npm packages, and for the tests Debian's
# Chromium (Playwright may not download browsers here) and FreeDict's deu-eng,
# ita-eng and eng-ita dictionaries (the glossary test rebuilds committed data from them).
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
if [ ${#missing[@]} -gt 0 ]; then
  echo "› installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
