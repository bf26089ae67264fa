#!/usr/bin/env bash
# The one test command (npm test), also run by CI: everything a change must pass.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-env.sh --with-test-tools
export TZ=Europe/Berlin
rm -rf reports
trap 'node scripts/test-summary.mjs $?' EXIT

step() { echo; echo "━━ $*"; }
step "type check";        npm run --silent typecheck
step "lint";              npm run --silent lint
step "format";            npm run --silent format:check
step "unit tests";        npm run --silent unit -- --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "production build";  npm run --silent build
step "JS budgets";        npx tsx scripts/js-budget.ts
step "browser tests";     npm run --silent e2e
